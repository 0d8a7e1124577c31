package dev.qingdan.phrase;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cell twice over, char for char: {@code display} keeps the characters as written (for
 * deliverables), {@code key} folds full-width forms and dashes to ASCII (for matching). Both drop
 * spacing, which Word tables scatter between numbers and 月.
 */
record CellText(String display, String key) {
  /** Step numbers (①, 1., （1）, 一、) that start the steps of a cell; read as separators. */
  private static final Pattern STEP =
      Pattern.compile(
          "[\u2460-\u249b\u3251-\u325f\u2776-\u2793]"
              + "|\\(\\d{1,2}\\)|\\([一二三四五六七八九十]{1,3}\\)"
              + "|(?:^|(?<=[;。,:!?、]))(?:"
              + "\\d{1,2}[.、](?!\\d+(?:\\.\\d+)?[%万个])|[一二三四五六七八九十]{1,3}、"
              + "|[一二三四五六七八九十]是)");

  private static final String TRIM = " :,;。.、!?";

  static CellText of(String text) {
    StringBuilder display = new StringBuilder(text.length());
    StringBuilder key = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        int j = i;
        while (j < text.length() && isSpace(text.charAt(j))) {
          j++;
        }
        // Spacing matters only between two Latin words or numbers (浙里办 APP stays readable).
        char before = key.length() == 0 ? ' ' : key.charAt(key.length() - 1);
        char after = j < text.length() ? fold(text.charAt(j)) : ' ';
        if (isLatin(before) && isLatin(after)) {
          display.append(' ');
          key.append(' ');
        }
        i = j;
        continue;
      }
      display.append(c);
      key.append(fold(c));
      i++;
    }
    // Step numbers become separators in both, so that the two stay aligned char for char.
    // Numbers count the steps from 1 (1、…2、…): 3、6、9、12月 is a list of months, not steps.
    Matcher step = STEP.matcher(key.toString());
    List<int[]> steps = new ArrayList<>();
    boolean counted = true;
    while (step.find()) {
      long number = stepNumber(step.group());
      counted &= number < 0 || number == steps.size() + 1;
      steps.add(new int[] {step.start(), step.end(), number < 0 ? 1 : 0});
    }
    for (int[] at : steps) {
      if (counted || at[2] == 1) {
        for (int k = at[0]; k < at[1]; k++) {
          display.setCharAt(k, ';');
          key.setCharAt(k, ';');
        }
      }
    }
    return new CellText(display.toString(), key.toString());
  }

  /** The number of a step written with digits or Chinese numerals (2、, 二、, (2), 二是), else -1. */
  private static long stepNumber(String step) {
    String digits = step.replaceAll("[^0-9一二三四五六七八九十]", "");
    return digits.isEmpty() || step.matches("[\u2460-\u249b\u3251-\u325f\u2776-\u2793]")
        ? -1 : Numerals.chineseOrArabic(digits);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u200b'
        || c == '\u200c'
        || c == '\u200d'
        || c == '\ufeff';
  }

  private static boolean isLatin(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static char fold(char c) {
    if (c >= '\uff01' && c <= '\uff5e') {
      c = (char) (c - 0xfee0);
    }
    return switch (c) {
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\ufe58',
          '\ufe63' -> '-';
      case '\u301c' -> '~';
      case '\uff61' -> '。';
      default -> Fold.simplified(c); // 年內, 開工: traditional forms read as simplified ones
    };
  }

  /** The bounds of key[from, to) without separators at either end. */
  static int[] trim(String key, int from, int to) {
    int a = from;
    int b = to;
    while (a < b && TRIM.indexOf(key.charAt(a)) >= 0) {
      a++;
    }
    while (b > a && TRIM.indexOf(key.charAt(b - 1)) >= 0) {
      b--;
    }
    return new int[] {a, b};
  }
}
