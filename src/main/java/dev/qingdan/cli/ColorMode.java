package dev.qingdan.cli;

/** {@code --color}: auto colours only a terminal, and never when NO_COLOR is set. */
public enum ColorMode {
  auto,
  always,
  never;

  /** Whether to colour, given where the output goes. */
  public boolean enabled(Terminal t) {
    return switch (this) {
      case always -> true;
      case never -> false;
      case auto -> t.isTerminal() && t.env().getOrDefault("NO_COLOR", "").isEmpty();
    };
  }
}
