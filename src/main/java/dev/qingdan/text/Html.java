package dev.qingdan.text;

/** HTML text: every string from the data goes through {@link #esc}. */
public final class Html {
  private Html() {}

  /**
   * Escapes text for an element's content or a quoted attribute: a line break is a space, as a
   * browser shows it, and other control characters and the invisible ones are written as {@link
   * Printable} writes them for a terminal, so that the page's source shows no line or escape
   * sequence of the data's making.
   */
  public static String esc(String s) {
    if (s == null) {
      return "";
    }
    s = Printable.escape(s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '));
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
