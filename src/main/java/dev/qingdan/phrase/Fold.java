package dev.qingdan.phrase;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Text folded for reading a phrase: full-width letters, digits and signs to their ASCII forms (the
 * full-width comma, semicolon, colon and brackets stay as written), {@code ≧} and {@code ≦} to
 * {@code ≥} and {@code ≤}, dashes and {@code ~} to {@code -}, the traditional characters that
 * plans' figures and comparators use to their simplified forms ({@code 萬}, {@code 億},
 * {@code 個}, {@code 達}, {@code 內}), thousands separators and blanks dropped. Each character is
 * folded alone, so a position in the folded text is a position in the written text less the
 * characters dropped.
 */
public final class Fold {
  /** Traditional characters and their simplified forms, pairwise. */
  private static final String TRADITIONAL =
      "萬万億亿個个較较項项戶户場场間间條条處处達达於于內内餘余點点噸吨畝亩區区縣县鎮镇級级號号設设擴扩"
          + "裡里裏里壓压縮缩減减兩两實实現现務务臺台輛辆張张組组歲岁時时數数額额標标準准蓋盖"
          + "責责單单計计劃划進进備备註注況况門门關关產产業业開开發发價价資资報报導导"
          + "啟启動动構构結结體体礎础後后節节週周會会議议據据舉举辦办參参與与來来復复約约稱称總总從从學学為为將将擬拟";

  private Fold() {}

  /** {@code s} folded. */
  public static String text(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\uff01' && c <= '\uff5e' && c != '\uff0c' && c != '\uff1b' && c != '\uff1a'
          && c != '\uff08' && c != '\uff09') {
        c = (char) (c - 0xfee0); // ０-９, ％, ＜, ＞; the full-width comma and brackets stay
      }
      c = switch (c) {
        case '\u2265', '\u2267' -> '≥';
        case '\u2264', '\u2266' -> '≤';
        case '\u2010', '\u2013', '\u2014', '\u2212', '\u301c', '~' -> '-';
        default -> c;
      };
      if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0' || c == '\ufeff') {
        continue; // blanks a paste or a line break leaves inside a cell
      }
      if ((c == ',' || c == '，') && i > 0 && Character.isDigit(s.charAt(i - 1))
          && thousands(s, i)) {
        continue; // 3,000 and 3，000
      }
      b.append(simplified(c));
    }
    return b.toString();
  }

  /**
   * {@code s} as a search compares it: width forms alike (an input method types {@code （园区）}
   * where a file has {@code (园区)}, {@code ＡＢＣ} for {@code ABC}) by Unicode's compatibility
   * folding (NFKC), and letters in lower case.
   */
  public static String searched(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }

  /** {@code s} with each traditional character that {@link #simplified(char)} knows simplified. */
  public static String simplified(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      b.append(simplified(s.charAt(i)));
    }
    return b.toString();
  }

  /** The simplified form of a traditional character that figures and comparators use, else c. */
  public static char simplified(char c) {
    int t = TRADITIONAL.indexOf(c);
    return t >= 0 && t % 2 == 0 ? TRADITIONAL.charAt(t + 1) : c;
  }

  /**
   * The number written {@code digits} and {@code multiplier} ({@code 千}, {@code 万}, {@code 百万},
   * {@code 千万}, {@code 亿}, {@code 万亿}, or null), without trailing zeros after the point.
   */
  public static BigDecimal number(String digits, String multiplier) {
    BigDecimal v = new BigDecimal(digits);
    if (multiplier != null) {
      long f = switch (multiplier) {
        case "千" -> 1_000L;
        case "万" -> 10_000L;
        case "百万" -> 1_000_000L;
        case "千万" -> 10_000_000L;
        case "万亿" -> 1_000_000_000_000L;
        default -> 100_000_000L;
      };
      v = v.multiply(BigDecimal.valueOf(f));
    }
    return v.stripTrailingZeros().scale() <= 0 ? v.setScale(0) : v.stripTrailingZeros();
  }

  /** Whether the comma at {@code i} separates thousands: exactly three digits follow it. */
  public static boolean thousands(String s, int i) {
    int j = i + 1;
    int digits = 0;
    while (j < s.length() && Character.isDigit(s.charAt(j))) {
      digits++;
      j++;
    }
    return digits == 3 && (j == s.length() || !Character.isDigit(s.charAt(j)));
  }
}
