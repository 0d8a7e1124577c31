package dev.qingdan.load.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.qingdan.load.InputException;
import dev.qingdan.load.Problem;
import dev.qingdan.load.checklist.ChecklistReader;
import dev.qingdan.load.checklist.LoadedChecklist;
import dev.qingdan.model.Checklist;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress reports in Parquet files written by DuckDB (make.mjs beside them): the same reports and
 * the same checks as CSV, each problem placed at its row and column.
 */
class ProgressParquetTest {
  private static final Path DIR = Path.of("src/test/resources/progress/parquet");
  private static Checklist checklist;

  @TempDir Path tmp;

  @BeforeAll
  static void loadChecklist() throws InputException {
    LoadedChecklist lc = ChecklistReader.read(Path.of("policies.yaml"), "policies.yaml");
    assertFalse(lc.hasErrors(), () -> lc.problems().toString());
    checklist = lc.checklist();
  }

  private static LoadedProgress read(Path... files) throws InputException {
    return ProgressReader.read(List.of(files), checklist);
  }

  private static List<String> problems(LoadedProgress lp) {
    return lp.problems().stream().map(p -> p.where().replace(DIR + "/", "") + " " + p.code()
        + " " + p.message()).toList();
  }

  private static List<String> figures(LoadedProgress lp) {
    return lp.entries().stream().map(e -> e.period() + " " + e.id() + " " + e.unit() + " "
        + e.numerator() + "/" + e.denominator() + " count=" + e.count() + " done=" + e.done()
        + " note=" + e.note() + " line=" + e.line()).toList();
  }

  @Test
  void aYearReadsAsItsCsvWithRowsForLines() throws InputException {
    LoadedProgress csv = read(Path.of("examples/progress-2022.csv"));
    for (String f : List.of("year-snappy", "year-zstd", "year-gzip", "year-plain-v2",
        "year-lz4")) {
      LoadedProgress parquet = read(DIR.resolve(f + ".parquet"));
      assertEquals(List.of(), parquet.problems(), f);
      // the CSV's reports start on line 12, under ten lines of comment and the header
      assertEquals(figures(csv), figures(parquet).stream().map(s -> {
        int at = s.lastIndexOf("line=") + 5;
        return s.substring(0, at) + (Integer.parseInt(s.substring(at)) + 11);
      }).toList(), f);
    }
  }

  @Test
  void wrongValuesGetTheChecksOfCsvAtTheirRowAndColumn() throws InputException {
    LoadedProgress lp = read(DIR.resolve("bad-values.parquet"));
    assertEquals(List.of(
        "bad-values.parquet:row 1 column numerator numerator-above-denominator numerator 1520 is "
            + "above its denominator 1500",
        "bad-values.parquet:row 2 column period period period 2022-13 has no month 13; months are "
            + "01 to 12",
        "bad-values.parquet:row 3 column id unknown-id unknown id '99.1': no row 99.1; the "
            + "checklist has items 1–24 (did you mean '19.1'?)",
        "bad-values.parquet:row 4 column count negative count must not be negative, found -4",
        "bad-values.parquet:row 5 column id missing-field id is empty; every report names its row "
            + "(N.k) or goal (G1)",
        "bad-values.parquet:row 7 column period duplicate 2022-06 2.1 区税务局 is reported twice; "
            + "the first report is at " + DIR + "/bad-values.parquet:row 6 column period"),
        problems(lp));
    assertEquals(List.of("2022-06 2.1 区税务局 5/5 count=null done=null note=null line=6"),
        figures(lp));
  }

  @Test
  void aDoubleWithAFractionIsNotACount() throws InputException {
    assertEquals(List.of("fraction.parquet:row 1 column count fraction count must be a whole "
        + "number, found 1.5"), problems(read(DIR.resolve("fraction.parquet"))));
  }

  @Test
  void aDateIsAMonthOnItsFirstDayAndADoubleAWholeCount() throws InputException {
    LoadedProgress lp = read(DIR.resolve("dates.parquet"));
    assertEquals(List.of("dates.parquet:row 2 column period period period should be a month "
        + "YYYY-MM, found '2022-06-15'"), problems(lp));
    assertEquals(List.of("2022-06 13.1 null null/null count=410 done=null note=about 四百 line=1"),
        figures(lp));
  }

  @Test
  void aFileThatIsNotParquetAsAWholeIsOneProblem() throws InputException {
    assertEquals(List.of("not-parquet.parquet format not a Parquet file (it does not start with "
        + "PAR1); write it with Spark, Trino, DuckDB or pandas, or give the reports as .csv, .yaml "
        + "or .xlsx"), problems(read(DIR.resolve("not-parquet.parquet"))));
    assertEquals(List.of("truncated.parquet format the Parquet file is cut short (it does not end "
        + "with PAR1): it was not written to the end, or copied in part"),
        problems(read(DIR.resolve("truncated.parquet"))));
    assertEquals(List.of("brotli.parquet format the file is compressed with BROTLI, which is not "
        + "read; write it with SNAPPY, ZSTD, GZIP, LZ4_RAW or no compression"),
        problems(read(DIR.resolve("brotli.parquet"))));
  }

  @Test
  void damagedPagesAreOneProblemNotACrash() throws InputException, IOException {
    byte[] whole = Files.readAllBytes(DIR.resolve("year-snappy.parquet"));
    Arrays.fill(whole, 4, 2000, (byte) 0x5A);
    Path damaged = Files.write(tmp.resolve("damaged.parquet"), whole);
    assertEquals(List.of(damaged + " format the Parquet file is damaged and cannot be read: "
        + "can not read class org.apache.parquet.format.PageHeader: Maximum skip depth exceeded"),
        problems(read(damaged)));
  }

  @Test
  void columnsAreTheFieldsOfTheCsvHeader() throws InputException {
    assertEquals(List.of("no-id.parquet parquet-columns no column id; every report names its "
        + "month (period) and row (id), and the columns are period, id, unit, numerator, "
        + "denominator, count, done, note"), problems(read(DIR.resolve("no-id.parquet"))));
    assertEquals(List.of("unknown-column.parquet parquet-columns column numerater is not a field "
        + "of progress data; the columns are period, id, unit, numerator, denominator, count, "
        + "done, note"), problems(read(DIR.resolve("unknown-column.parquet"))));
    assertEquals(List.of("boolean-count.parquet:column count type column count is BOOLEAN; count "
        + "is written as a whole number (INT32, INT64, DECIMAL, or a DOUBLE without a fraction) "
        + "or text"), problems(read(DIR.resolve("boolean-count.parquet"))));
  }

  @Test
  void aFolderAndAFileWithoutItsExtensionAreReadAsParquet() throws InputException, IOException {
    Files.copy(DIR.resolve("year-zstd.parquet"), tmp.resolve("year.parquet"));
    Files.copy(DIR.resolve("fraction.parquet"), tmp.resolve("export"));
    assertEquals(364, read(tmp).entries().size());
    assertEquals(List.of(tmp.resolve("export") + ":row 1 column count fraction count must be a "
        + "whole number, found 1.5"), problems(read(tmp.resolve("export"))));
  }

  @Test
  void aPageThatClaimsToUnpackPastTheLimitIsNotAllocated() {
    IOException e = assertThrows(IOException.class, () -> new ProgressParquetCodecs()
        .getDecompressor(CompressionCodecName.SNAPPY)
        .decompress(BytesInput.from(new byte[] {1, 2, 3}), Integer.MAX_VALUE));
    assertEquals("a page unpacks to 2147483647 bytes, more than the limit of 67108864 for one "
        + "page", e.getMessage());
  }

  @Test
  void rowsTakenAsTheirFiguresGiveWhatRowsCheckedInFullGive() throws InputException {
    for (String f : List.of("year-snappy", "year-zstd", "year-gzip", "year-plain-v2", "year-lz4",
        "bad-values", "dates", "fraction")) {
      Path path = DIR.resolve(f + ".parquet");
      ProgressChecks full = new ProgressChecks(checklist);
      ProgressParquet.read(path, f, full.errors, full::accept);
      ProgressChecks figures = new ProgressChecks(checklist);
      ProgressParquet.read(path, f, figures);
      LoadedProgress want = ProgressReader.result(full);
      LoadedProgress got = ProgressReader.result(figures);
      assertEquals(problems(want), problems(got), f);
      assertEquals(figures(want), figures(got), f);
    }
  }

  @Test
  void aFaultOfTheChecksIsNotTakenForADamagedFile() {
    List<Problem> errors = new ArrayList<>();
    IllegalStateException e = assertThrows(IllegalStateException.class, () ->
        ProgressParquet.read(DIR.resolve("year-snappy.parquet"), "year-snappy.parquet", errors,
            r -> {
              throw new IllegalStateException("a fault in the checks");
            }));
    assertEquals("a fault in the checks", e.getMessage());
    assertEquals(List.of(), errors);
  }
}
