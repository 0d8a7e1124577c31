package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV output opened in a spreadsheet runs nothing: a title or indicator that starts with {@code
 * =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is written with a leading
 * {@code '}; other text and the figures are written as they are.
 */
class SpreadsheetCellsTest {
  @TempDir Path dir;
  private HostileChecklist hostile;

  @BeforeEach
  void write() throws IOException {
    hostile = HostileChecklist.write(dir);
  }

  /** The text as a CSV cell shows it: with a {@code '} before a formula's start. */
  private static String neutralised(String s) {
    return "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }

  @Test
  void listNeutralisesTitlesAndIndicators() throws IOException {
    Cli.Run run = Cli.run("list", "-p", hostile.policies.toString(), "--format", "csv");
    assertEquals(0, run.exit(), run.block());
    List<List<String>> rows = read(run.out());
    assertEquals(List.of("id", "item", "title", "lead", "partners", "indicator", "target",
        "schedule", "definition"), rows.get(0));
    for (int k = 0; k < HostileChecklist.TEXTS.size(); k++) {
      List<String> row = rows.get(k + 1);
      String text = HostileChecklist.TEXTS.get(k);
      assertEquals(neutralised(text), row.get(2), row.toString());
      assertEquals(neutralised(text), row.get(5), row.toString());
    }
    assertEquals(List.of("1.1", "1", "<script>alert(1)</script>", HostileChecklist.UNIT, "",
        "<script>alert(1)</script>", "100%", "依纳税人申报享受",
        "实际享受的个体工商户数量/符合条件并申报的个体工商户数量"), rows.get(1));
    assertTrue(run.out().contains("\n7.1,7,'+1+1,区国资中心,"), run.out());
    assertTrue(run.out().contains("\n6.1,6,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","),
        run.out());
  }

  @Test
  void ratioNeutralisesTextAndKeepsNumbers() throws IOException {
    Cli.Run run = Cli.run("ratio", "-p", hostile.policies.toString(), "--data",
        hostile.progress.toString(), "--format", "csv");
    assertEquals(0, run.exit(), run.block());
    List<List<String>> rows = read(run.out());
    for (int k = 0; k < HostileChecklist.TEXTS.size(); k++) {
      assertEquals(neutralised(HostileChecklist.TEXTS.get(k)), rows.get(k + 1).get(1));
    }
    assertTrue(run.out().contains("\n6.1,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","),
        run.out());
    // the figures of 7.2 ('-2+3') stay numbers: digits, never a quote
    assertTrue(run.out().contains("\n7.2,'-2+3,"), run.out());
    String line = run.out().lines().filter(l -> l.startsWith("7.2,")).findFirst().orElseThrow();
    assertTrue(line.matches("7\\.2,'-2\\+3,\\d+,\\d+,,[\\d.]+,[\\d.]+,100%,\\w+,.*"), line);

    Cli.Run byUnit = Cli.run("ratio", "-p", hostile.policies.toString(), "--data",
        hostile.progress.toString(), "--format", "csv", "--by", "unit");
    assertEquals(0, byUnit.exit(), byUnit.block());
    assertTrue(byUnit.out().contains("\n区税务局<b>|</b>,1.1,<script>alert(1)</script>,"),
        byUnit.out());
    assertTrue(byUnit.out().contains("\n区税务局<b>|</b>,7.2,'-2+3,"), byUnit.out());
  }

  private static List<List<String>> read(String csv) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (CsvParser p = new CsvFactory().createParser(csv)) {
      p.setSchema(CsvSchema.emptySchema());
      p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
      List<String> row = null;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.START_ARRAY && p.getParsingContext().getParent().inArray()) {
          row = new ArrayList<>();
        } else if (t == JsonToken.VALUE_STRING) {
          row.add(p.getText());
        } else if (t == JsonToken.END_ARRAY && row != null) {
          rows.add(row);
          row = null;
        }
      }
    }
    return rows;
  }
}
