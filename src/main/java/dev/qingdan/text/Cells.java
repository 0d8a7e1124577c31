package dev.qingdan.text;

import java.util.ArrayList;
import java.util.List;

/** Small rules for table cells shared by the loader, the validator and the importer. */
public final class Cells {
  private Cells() {}

  /**
   * Strips what a paste adds and a reader cannot see: ASCII and full-width spaces, no-break spaces
   * and a carriage return at either end.
   */
  public static String clean(String s) {
    int b = 0;
    int e = s.length();
    while (b < e && isBlank(s.charAt(b))) {
      b++;
    }
    while (e > b && isBlank(s.charAt(e - 1))) {
      e--;
    }
    return s.substring(b, e);
  }

  public static boolean isBlank(char c) {
    return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
  }

  /**
   * Splits a unit cell ({@code 区市场监管局、区财政局,各镇街(园区)}) into names; {@code -} and an
   * empty cell are no units.
   */
  public static List<String> units(String cell) {
    String s = clean(cell == null ? "" : cell);
    List<String> out = new ArrayList<>();
    if (s.isEmpty() || s.equals("-") || s.equals("—") || s.equals("无")) {
      return out;
    }
    for (String part : s.split("[、,，;；/\\s\\u3000]+")) { // a line break separates too
      String p = clean(part);
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }
}
