package dev.qingdan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.IllegalFormatException;
import org.junit.jupiter.api.Test;

/** Msg fills its templates as {@code String.format(Locale.ROOT, …)} does. */
class MsgTest {
  private static final String[] TEXT = {"a", "中文", " ", "：", "(", "$", "1", "%%"};

  @Test
  void fillsAsStringFormatDoesInNoLocale() {
    assertEquals("3.50 1234567", Msg.format("%.2f %d", new Object[] {3.5, 1234567}));
    assertEquals("b a", Msg.format("%2$s %1$s", new Object[] {"a", "b"}));
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
