package dev.qingdan.phrase;

/** Numbers as schedule and target cells write them: in digits, or in Chinese numerals. */
final class Numerals {
  private Numerals() {}

  static long chineseOrArabic(String number) {
    if (number.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return number.length() > 15 ? -1 : Long.parseLong(number);
    }
    return chineseNumber(number);
  }

  /** A Chinese numeral (十一, 两, 一百零五), or -1 when it is not well formed (一二, 二〇二二). */
  static long chineseNumber(String s) {
    if (s == null || s.isEmpty()) {
      return -1;
    }
    long total = 0;
    long section = 0;
    int digit = -1;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      int d = ch == '两' ? 2 : ch == '〇' ? 0 : "零一二三四五六七八九".indexOf(ch);
      if (d >= 0) {
        if (digit > 0) {
          return -1;
        }
        digit = d;
        continue;
      }
      long unit =
          switch (ch) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            case '万' -> 10_000;
            default -> -1;
          };
      if (unit < 0) {
        return -1;
      }
      if (unit == 10_000) {
        total = (total + section + Math.max(digit, 0)) * 10_000;
        section = 0;
      } else {
        section += (digit < 0 ? 1 : digit) * unit;
      }
      digit = -1;
      if (total > 1_000_000_000_000L) {
        return -1;
      }
    }
    return total + section + Math.max(digit, 0);
  }
}
