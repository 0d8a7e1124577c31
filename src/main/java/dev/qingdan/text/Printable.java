package dev.qingdan.text;

/**
 * Makes text from an input file safe to print on one line: a message quotes cells and values as
 * written, and a hostile file could otherwise break a message over lines (a CSV cell may hold a
 * line break) or send escape sequences to the terminal that reads it.
 */
public final class Printable {
  private Printable() {}

  /**
   * {@code s} with line breaks, tabs, other control characters, the invisible direction
   * overrides and the invisible spaces and joiners written as escapes ({@code \n}, {@code \t},
   * {@code \u001B}); null stays null.
   */
  public static String escape(String s) {
    return escape(s, false);
  }

  /**
   * As {@link #escape(String)}, but line breaks stay: for output that lays a value out over lines
   * of its own (indented, so a line of the value never starts a line of output).
   */
  public static String escapeKeepingLines(String s) {
    return escape(s, true);
  }

  /** The most characters of an input's text that a message quotes. */
  public static final int EXCERPT = 60;

  /**
   * {@code s} cut to {@link #EXCERPT} characters, the rest as {@code …}: a message quotes a cell
   * or a line so that its reader finds it, not to print it whole (the file may be one that was
   * never meant to be shown, such as ~/.netrc named by mistake). Null stays null.
   */
  public static String excerpt(String s) {
    if (s == null || s.codePointCount(0, s.length()) <= EXCERPT) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, EXCERPT - 1)) + "…";
  }

  private static String escape(String s, boolean keepLines) {
    if (s == null || clean(s)) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (keepLines && c == '\n') {
        b.append(c);
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
        continue;
      }
      switch (c) {
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (unsafe(c)) {
            b.append(String.format("\\u%04X", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  private static boolean clean(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (unsafe(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean unsafe(char c) {
    // controls, bidi overrides and isolates, and the invisible ones that make two names look
    // the same: no-break space, zero-width space and joiners, direction marks, word joiner, BOM;
    // and what XML 1.0 cannot hold: a surrogate out of its pair, U+FFFE and U+FFFF
    return c < 0x20 || c >= 0x7F && c <= 0xA0 || c >= 0x202A && c <= 0x202E
        || c >= 0x2066 && c <= 0x2069 || c >= 0x200B && c <= 0x200F || c == 0x2060
        || c == 0xFEFF || Character.isSurrogate(c) || c >= 0xFFFE;
  }
}
