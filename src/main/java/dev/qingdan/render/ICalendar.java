package dev.qingdan.render;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Writes iCalendar (RFC 5545) content lines: CRLF line ends, text values escaped, lines folded at
 * 75 octets of UTF-8 without splitting a character.
 */
public final class ICalendar {
  /** The most octets a line may have, its line break left out (RFC 5545, 3.1). */
  static final int MAX_OCTETS = 75;

  private final PrintWriter out;

  public ICalendar(PrintWriter out) {
    this.out = out;
  }

  /** A property whose value is written as it is (dates, UIDs, fixed words). */
  public ICalendar raw(String name, String value) {
    for (String line : fold(name + ":" + value)) {
      out.print(line + "\r\n");
    }
    return this;
  }

  /** A property of type TEXT: backslash, semicolon, comma and line breaks escaped. */
  public ICalendar text(String name, String value) {
    return raw(name, escape(value));
  }

  /** Escapes a TEXT value (RFC 5545, 3.3.11). */
  public static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case ';' -> sb.append("\\;");
        case ',' -> sb.append("\\,");
        case '\n' -> sb.append("\\n");
        case '\r' -> {
          if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
            i++;
          }
          sb.append("\\n");
        }
        default -> {
          // Other control characters are not allowed in a TEXT value.
          if (c < 0x20 && c != '\t' || c == 0x7f) {
            sb.append(' ');
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /**
   * Splits a content line into physical lines of at most 75 octets: the first as it is, each
   * further one after a single space that counts among its octets. A character is never split.
   */
  public static java.util.List<String> fold(String line) {
    java.util.List<String> lines = new java.util.ArrayList<>();
    StringBuilder current = new StringBuilder();
    int octets = 0;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      int n = Character.charCount(cp);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > MAX_OCTETS) {
        lines.add(current.toString());
        current.setLength(0);
        current.append(' ');
        octets = 1;
      }
      current.append(line, i, i + n);
      octets += size;
      i += n;
    }
    lines.add(current.toString());
    return lines;
  }
}
