package dev.qingdan.load.table;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers of a table's items: the 序号 cell, or where the table has no 序号 column, the number
 * the task text starts with ({@code 1.}, {@code 1、}, {@code 一、}, {@code （一）}, {@code (1)}).
 */
final class TaskNumbering {
  private static final String NUMERALS = "一二三四五六七八九十百";
  private static final Pattern PREFIX = Pattern.compile("^[\\s\\u3000]*(?:"
      + "(\\d{1,4})[\\s\\u3000]*[.．、](?!\\d)"
      + "|([" + NUMERALS + "]{1,4})[\\s\\u3000]*[、.．]"
      + "|[（(][\\s\\u3000]*(\\d{1,4}|[" + NUMERALS + "]{1,4})[\\s\\u3000]*[）)])[\\s\\u3000]*");

  private TaskNumbering() {}

  /**
   * A number at the start of a task's text, and the text after it.
   *
   * @param number the item number the prefix says
   * @param rest the text without the prefix
   */
  record Prefix(int number, String rest) {}

  /** The number the text starts with, or null when it starts with none or only a number. */
  static Prefix prefix(String text) {
    Matcher m = PREFIX.matcher(text);
    if (!m.lookingAt() || m.end() == text.length()) {
      return null;
    }
    String digits = m.group(1) != null ? m.group(1) : m.group(3);
    Integer n = digits != null && Character.isDigit(digits.charAt(0)) ? Integer.valueOf(digits)
        : chinese(m.group(2) != null ? m.group(2) : digits);
    return n == null || n < 1 ? null : new Prefix(n, text.substring(m.end()));
  }

  /**
   * The level of the number the text starts with, as Chinese documents nest them: 0 for {@code 一、},
   * 1 for {@code （一）}, 2 for {@code 1.} and {@code 1、}, 3 for {@code (1)}; -1 for none.
   */
  static int level(String text) {
    Matcher m = PREFIX.matcher(text);
    if (prefix(text) == null || !m.lookingAt()) {
      return -1;
    }
    if (m.group(1) != null) {
      return 2;
    }
    if (m.group(2) != null) {
      return 0;
    }
    return Character.isDigit(m.group(3).charAt(0)) ? 3 : 1;
  }

  /** 一 to 九十九 as a number; null for anything else. */
  static Integer chinese(String s) {
    int ten = s.indexOf('十');
    if (s.indexOf('百') >= 0 || ten != s.lastIndexOf('十') || s.isEmpty()) {
      return null;
    }
    if (ten < 0) {
      return s.length() == 1 ? digit(s.charAt(0)) : null;
    }
    Integer tens = ten == 0 ? Integer.valueOf(1) : ten == 1 ? digit(s.charAt(0)) : null;
    Integer ones = ten == s.length() - 1 ? Integer.valueOf(0)
        : ten == s.length() - 2 ? digit(s.charAt(ten + 1)) : null;
    return tens == null || ones == null ? null : tens * 10 + ones;
  }

  private static Integer digit(char c) {
    int i = "一二三四五六七八九".indexOf(c);
    return i < 0 ? null : i + 1;
  }

  /** A 序号 in words with its brackets or mark: （一）, (二), 三、, 四. */
  private static final Pattern WORDS_ITEM =
      Pattern.compile("[（(]([一二三四五六七八九十]+)[）)]|([一二三四五六七八九十]+)[、.．]");

  /**
   * A 序号 cell written in words with its brackets or mark ({@code （一）}, {@code 二、}) as a
   * number; null for anything else, a bare {@code 一} included (it may number a group: see
   * TableRows).
   */
  static Integer wordsItem(String s) {
    Matcher m = WORDS_ITEM.matcher(s);
    if (!m.matches()) {
      return null;
    }
    return chinese(m.group(1) != null ? m.group(1) : m.group(2));
  }

  /** A 序号 cell as a number ({@code 3}, {@code 3.}, {@code 3、}); null when it is none. */
  static Integer item(String s) {
    String t = s.replaceAll("[.、．]$", "");
    try {
      int n = Integer.parseInt(t);
      return n >= 1 && n < 1_000_000 ? n : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
