package dev.qingdan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** CSV rows: quoted exactly where RFC 4180 needs it, and read back as written. */
class CsvTest {
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

  @Test
  void rowsReadBackAsWritten() throws IOException {
    Random random = new Random(20221);
    CsvFactory factory = new CsvFactory();
    for (int i = 0; i < 500; i++) {
      List<String> cells = new ArrayList<>();
      int n = 1 + random.nextInt(6);
      for (int j = 0; j < n; j++) {
        String cell = RandomText.string(random, 12);
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
      assertEquals(cells, back, text);
    }
  }
}
