package dev.qingdan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.IllegalFormatException;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Msg formats its templates as {@code String.format(Locale.ROOT, …)} would. */
class MsgTest {
  private static final String[] TEXT = {"a", "中文", " ", "：", "(", "$", "1", "%%"};

  @Test
  void formatsAsStringFormatDoes() {
    Random random = new Random(20221231);
    for (int run = 0; run < 5000; run++) {
      int n = random.nextInt(4);
      Object[] args = new Object[n];
      char[] kinds = new char[n];
      for (int k = 0; k < n; k++) {
        kinds[k] = random.nextBoolean() ? 's' : 'd';
        args[k] = kinds[k] == 'd' ? (Object) (random.nextLong() % 100_000)
            : random.nextInt(5) == 0 ? null : "x" + random.nextInt(1000);
      }
      StringBuilder t = new StringBuilder();
      boolean numbered = random.nextBoolean();
      int next = 0;
      for (int part = random.nextInt(8); part >= 0; part--) {
        if (n > 0 && random.nextInt(3) == 0) {
          int k = numbered ? random.nextInt(n) : next++ % n;
          if (!numbered && next > n) {
            continue;
          }
          t.append('%').append(numbered ? (k + 1) + "$" : "").append(kinds[k]);
        } else {
          t.append(TEXT[random.nextInt(TEXT.length)]);
        }
      }
      String template = t.toString();
      assertEquals(String.format(Locale.ROOT, template, args), Msg.format(template, args),
          template);
    }
  }

  @Test
  void leavesOtherSpecifiersToTheFormatter() {
    assertEquals("3.50", Msg.format("%.2f", new Object[] {3.5}));
    assertThrows(IllegalFormatException.class, () -> Msg.format("%s %s", new Object[] {"a"}));
  }

  @Test
  void aContextIsNotPrinted() {
    assertEquals("3 rows", Msg.in("list", "%d rows", 3).en());
    assertEquals("list|%d rows", Msg.in("list", "%d rows", 3).key());
  }

  /** Text a template quotes comes from an input: no more than an excerpt of it is printed. */
  @Test
  void quotedTextIsAnExcerpt() {
    String cell = "machine example.com login someone@example.com password s3cret, and more";
    String cut = cell.substring(0, 59) + "…";
    assertEquals(60, cut.length());
    assertEquals("unknown unit '" + cut + "'", Msg.of("unknown unit '%s'", cell).en());
    // an argument quoted once is input text wherever else it is printed
    assertEquals("'" + cut + "' (" + cut + ")", Msg.of("'%1$s' (%1$s)", cell).en());
    assertEquals("50%, '" + cut + "', " + cell, Msg.of("%d%%, '%s', %s", 50, cell, cell).en());
    String han = "区".repeat(70);
    assertEquals("'" + "区".repeat(59) + "…'", Msg.of("'%s'", han).en());
    assertEquals("'short'", Msg.of("'%s'", "short").en());
  }
}
