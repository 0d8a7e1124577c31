package dev.qingdan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** CSV rows: quoted exactly where RFC 4180 needs it, and read back as written. */
class CsvTest {
  /** What a spreadsheet reads as the start of a formula. */
  private static final String DANGEROUS = "=+-@\t\r";

  private static String row(String... cells) {
    StringWriter s = new StringWriter();
    PrintWriter out = new PrintWriter(s);
    Csv.writeRow(out, List.of(cells));
    out.flush();
    return s.toString();
  }

  @Test
  void quotesOnlyWhatNeedsIt() {
    assertEquals("13.1,区市场监管局,100%\n", row("13.1", "区市场监管局", "100%"));
    assertEquals("\"a,b\",\"say \"\"yes\"\"\",\"two\nlines\",\n", row("a,b", "say \"yes\"",
        "two\nlines", ""));
    assertEquals("\"cr\rhere\",，。\n", row("cr\rhere", "，。"));
    assertEquals("\n", row(""));
  }

  /** A text cell a spreadsheet would run as a formula gets a leading {@code '}; numbers do not. */
  @Test
  void neutralisesFormulasButNotNumbers() {
    assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+1+1,'-2+3,'@SUM(A1)\n",
        row("=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)"));
    assertEquals("'\t=1,\"'\r=1\",'-,a=b,１=\n", row("\t=1", "\r=1", "-", "a=b", "１="));
    StringWriter s = new StringWriter();
    PrintWriter out = new PrintWriter(s);
    Csv.writeRow(out, Arrays.asList(-3, new BigDecimal("-0.125"), BigInteger.TEN.negate(),
        new BigDecimal("1E+3"), null, "-3"));
    out.flush();
    assertEquals("-3,-0.125,-10,1000,,'-3\n", s.toString());
  }

  /**
   * Random text, dangerous starts included: no text cell is written with a dangerous start, and
   * the cells read back (by Jackson's CSV parser) are the originals, with one {@code '} before
   * those that had one.
   */
  @Test
  void rowsReadBackAsWritten() throws IOException {
    Random random = new Random(20221);
    CsvFactory factory = new CsvFactory();
    for (int i = 0; i < 2000; i++) {
      List<String> cells = new ArrayList<>();
      int n = 1 + random.nextInt(6);
      for (int j = 0; j < n; j++) {
        String cell = RandomText.string(random, 12);
        if (random.nextInt(3) == 0) {
          cell = DANGEROUS.charAt(random.nextInt(DANGEROUS.length())) + cell;
        }
        cells.add(random.nextInt(8) == 0 ? cell + ",\"" : cell);
      }
      String text = row(cells.toArray(String[]::new));
      List<String> back = new ArrayList<>();
      try (CsvParser p = factory.createParser(text)) {
        p.setSchema(CsvSchema.emptySchema());
        p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          if (t == JsonToken.VALUE_STRING) {
            back.add(p.getText());
          }
        }
      }
      if (cells.size() == 1 && cells.get(0).isEmpty()) {
        continue; // an empty line is no row
      }
      assertEquals(cells.size(), back.size(), text);
      for (int k = 0; k < cells.size(); k++) {
        String original = cells.get(k);
        String written = back.get(k);
        assertFalse(!written.isEmpty() && DANGEROUS.indexOf(written.charAt(0)) >= 0, text);
        boolean added = !original.isEmpty() && DANGEROUS.indexOf(original.charAt(0)) >= 0;
        assertEquals(original, added ? written.substring(1) : written, text);
        assertEquals(added, written.startsWith("'") && !original.startsWith("'"), text);
      }
    }
  }
}
