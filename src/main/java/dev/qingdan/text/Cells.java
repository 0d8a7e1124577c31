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
   * empty cell are no units. A blank inside a name, where a page wrapped it ({@code 区新兴产业
   * 服务中心}, {@code 区综合行政 执法局 区公建中心}), joins a piece that ends in no unit word to
   * the next piece that does; a name a narrow column broke into pieces of a character or two
   * ({@code 市 监 察 局}, {@code 市政 府办 公厅}) is one; persons ({@code 张三 李四}) stay apart.
   */
  public static List<String> units(String cell) {
    String s = clean(cell == null ? "" : cell);
    List<String> out = new ArrayList<>();
    if (s.isEmpty() || s.equals("-") || s.equals("—") || s.equals("无")) {
      return out;
    }
    for (String listed : s.split("[、,，;；/]+")) {
      String whole = narrowWrapped(listed);
      if (whole != null) {
        out.add(whole);
        continue;
      }
      String pending = "";
      for (String part : listed.split("[\\s\\u3000]+")) { // a line break separates too
        String p = clean(part);
        if (p.isEmpty()) {
          continue;
        }
        if (!pending.isEmpty() && endsAsUnit(p)) {
          out.add(pending + p);
        } else {
          if (!pending.isEmpty()) {
            out.add(pending);
          }
          if (!endsAsUnit(p) && p.length() >= 3) {
            pending = p;
            continue;
          }
          out.add(p);
        }
        pending = "";
      }
      if (!pending.isEmpty()) {
        out.add(pending);
      }
    }
    return out;
  }

  /**
   * The one name a narrow column broke into pieces of a character or two ({@code 市 监 察 局},
   * {@code 市政 府办 公厅}), or null: a piece before the last is at most two characters and ends in no
   * unit word, and the pieces together end as a unit's name does (persons, {@code 张三 李四}, do not).
   */
  private static String narrowWrapped(String listed) {
    List<String> parts = new ArrayList<>();
    for (String part : listed.split("[\\s\\u3000]+")) {
      String p = clean(part);
      if (!p.isEmpty()) {
        parts.add(p);
      }
    }
    if (parts.size() < 2) {
      return null;
    }
    String joined = String.join("", parts);
    for (int i = 0; i < parts.size() - 1; i++) {
      String p = parts.get(i);
      if (p.length() <= 2 && !endsAsUnit(p) && endsAsUnit(joined)) {
        return joined;
      }
    }
    return null;
  }

  /** The last characters of a unit's name, simplified and traditional: 局, 委, 办, 中心, 街道 … */
  private static final String UNIT_ENDS =
      "局委办辦心院所会會部处處科室站队隊司厅廳府行社团團馆館园園道镇鎮乡鄉村组組校署联聯";

  /** Whether {@code name} ends as a unit's name does (区住建局, 服务中心, 各镇街(园区)). */
  public static boolean endsAsUnit(String name) {
    char last = name.charAt(name.length() - 1);
    return UNIT_ENDS.indexOf(last) >= 0 || last == ')' || last == '）';
  }
}
