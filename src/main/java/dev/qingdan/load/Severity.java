package dev.qingdan.load;

/** How bad a problem is: errors fail validation, warnings only with {@code --strict}. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** The word used in every output format. */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
