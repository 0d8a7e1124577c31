package dev.qingdan.render;

import java.util.Random;

/** Random strings of mixed Chinese and Latin text for the randomized tests. */
public final class RandomText {
  private static final String[] POOLS = {
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789%.-/",
    "    ",
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经",
    "，。：；“”（）、《》〔〕！？",
    "ＡＢＣ１２３\u3000",
    "\u0301\u0308",
    "😀🤔",
    "𠀀𠀁",
  };

  private RandomText() {}

  /** Returns up to {@code maxLength} code points, sometimes with a line break. */
  public static String string(Random random, int maxLength) {
    int length = random.nextInt(maxLength + 1);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      if (random.nextInt(40) == 0) {
        s.append(random.nextBoolean() ? "\n" : "\r\n");
        continue;
      }
      // Mostly Latin and Chinese, as in the checklist.
      int pick = random.nextInt(POOLS.length + 7);
      String chars = POOLS[pick < 4 ? 0 : pick < 8 ? 2 : pick - 7];
      int at = chars.offsetByCodePoints(0, random.nextInt(chars.codePointCount(0, chars.length())));
      s.appendCodePoint(chars.codePointAt(at));
    }
    return s.toString();
  }
}
