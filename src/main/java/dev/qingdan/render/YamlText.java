package dev.qingdan.render;

import java.util.List;
import java.util.regex.Pattern;

/** Writes YAML scalars so that they read back exactly as written, quoting only where needed. */
public final class YamlText {
  private static final Pattern SPECIAL =
      Pattern.compile(
          "(?i)~|null|true|false|yes|no|on|off|y|n|[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)"
              + "([eE][-+]?[0-9]+)?|[-+]?\\.(inf|nan)|0x[0-9a-f_]+|0o?[0-7_]+|[0-9:]+");

  private YamlText() {}

  /** A scalar: plain where YAML reads it back as the same text, double-quoted otherwise. */
  public static String scalar(String s) {
    if (s == null) {
      return "null";
    }
    return needsQuotes(s) ? quoted(s) : s;
  }

  /** A flow list of scalars: {@code [区税务局, 区财政局]}. */
  public static String flowList(List<String> items) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(scalar(items.get(i)));
    }
    return sb.append(']').toString();
  }

  static boolean needsQuotes(String s) {
    if (s.isEmpty() || SPECIAL.matcher(s).matches()) {
      return true;
    }
    char first = s.charAt(0);
    char last = s.charAt(s.length() - 1);
    if ("-?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0 || Character.isWhitespace(first)
        || Character.isWhitespace(last) || first == '\u3000' || last == '\u3000') {
      return true;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
          || ":#,[]{}?\"'\\".indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  static String quoted(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
            sb.append(String.format("\\u%04X", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
