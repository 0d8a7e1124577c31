package dev.qingdan.load.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qingdan.load.InputException;
import dev.qingdan.load.Problem;
import dev.qingdan.load.checklist.ChecklistReader;
import dev.qingdan.load.checklist.LoadedChecklist;
import dev.qingdan.model.Checklist;
import dev.qingdan.model.ProgressEntry;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressReaderTest {
  private static final String DIR = "src/test/resources/progress/";
  private static Checklist checklist;

  @BeforeAll
  static void loadChecklist() throws InputException {
    LoadedChecklist lc = ChecklistReader.read(Path.of("policies.yaml"), "policies.yaml");
    assertFalse(lc.hasErrors(), () -> lc.problems().toString());
    checklist = lc.checklist();
  }

  private static LoadedProgress read(String... names) throws InputException {
    return ProgressReader.read(
        java.util.Arrays.stream(names).map(n -> Path.of(DIR + n)).toList(), checklist);
  }

  /** {@code line:column code}, one per problem, in order. */
  private static List<String> places(LoadedProgress lp) {
    return lp.problems().stream()
        .map(p -> p.line() + ":" + p.column() + " " + p.severity().word() + " " + p.code())
        .toList();
  }

  /** An entry without the place it came from, to compare files of different formats. */
  private static String figures(ProgressEntry e) {
    return e.period() + " " + e.id() + " " + e.unit() + " " + e.numerator() + "/"
        + e.denominator() + " count=" + e.count() + " done=" + e.done() + " note=" + e.note();
  }

  @Test
  void aGoodYamlFileIsReadWithIdsAndUnitsResolved() throws InputException {
    LoadedProgress lp = read("good.yaml");
    assertEquals(List.of(), lp.problems());
    assertEquals(
        List.of(
            "2022-06 1.1 区税务局 1520/1520 count=null done=null note=null",
            // 区人力社保局 is an alias of 区人社局; 13.1 is read as written, not as a number
            "2022-06 13.1 区人社局 null/null count=410 done=null note=第一批培训",
            // item 20 has one row: 20 is 20.1
            "2022-07 20.1 null null/null count=1 done=null note=null",
            "2022-09 19.1 null null/null count=null done=2022-09-20 note=null",
            "2022-07 G1 null null/null count=0 done=null note=null"),
        lp.entries().stream().map(ProgressReaderTest::figures).toList());
    assertEquals(List.of(3, 8, 13, 16, 19),
        lp.entries().stream().map(ProgressEntry::line).toList());
    assertEquals(YearMonth.of(2022, 9), lp.latestMonth().orElseThrow());
  }

  @Test
  void theSameReportsAsCsvGiveTheSameEntries() throws InputException {
    LoadedProgress yaml = read("good.yaml");
    LoadedProgress csv = read("good.csv");
    assertEquals(List.of(), csv.problems());
    assertEquals(yaml.entries().stream().map(ProgressReaderTest::figures).toList(),
        csv.entries().stream().map(ProgressReaderTest::figures).toList());
    // the comment line counts: the header is line 2
    assertEquals(List.of(3, 4, 5, 6, 7), csv.entries().stream().map(ProgressEntry::line).toList());
  }

  @Test
  void everyProblemOfABadYamlFileIsFoundInOneRun() throws InputException {
    LoadedProgress lp = read("bad.yaml");
    assertEquals(
        List.of(
            "9:9 error unknown-id",
            "13:9 error unknown-id",
            "18:11 error unknown-unit",
            "23:12 error negative",
            "26:12 error fraction",
            "29:16 error numerator-above-denominator",
            "31:5 error duplicate",
            "36:13 error period",
            "42:12 error too-large",
            "45:11 error date",
            "48:12 warning wrong-figure",
            "53:5 error unknown-field",
            "54:5 error missing-field",
            "59:11 error unknown-unit",
            "60:16 error type",
            "63:9 error unknown-id"),
        places(lp));
    // the first report is good; 4.1's count is only warned about, and left out
    assertEquals(List.of("2022-06 1.1 区税务局 1/1 count=null done=null note=null",
            "2022-06 4.1 null null/null count=null done=null note=null"),
        lp.entries().stream().map(ProgressReaderTest::figures).toList());
  }

  @Test
  void monthsFarFromThePlansYearAreErrors(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("far.csv");
    java.nio.file.Files.writeString(f, "period,id,unit,numerator,denominator,count,done,note\n"
        + "2202-06,1.1,区税务局,1,1,,,\n"
        + "0000-01,1.1,区税务局,1,1,,,\n"
        + "2020-12,1.1,区税务局,1,1,,,\n"
        + "2021-12,1.1,区税务局,1,1,,,\n"
        + "2032-12,1.1,区税务局,1,1,,,\n"
        + "2033-01,1.1,区税务局,1,1,,,\n");
    LoadedProgress lp = ProgressReader.read(List.of(f), checklist);
    assertEquals(List.of("2:1 error period", "3:1 error period", "4:1 error period",
        "7:1 error period"), places(lp));
    assertEquals("period 2202-06 is far from the plan's year 2022; reports fall from 2021 to 2032",
        lp.problems().get(0).message());
  }

  @Test
  void everyProblemOfABadCsvFileIsFoundInOneRun() throws InputException {
    LoadedProgress lp = read("bad.csv");
    assertEquals(
        List.of(
            "3:9 error unknown-id",
            "4:9 error unknown-id",
            "5:13 error unknown-unit",
            "6:17 error negative",
            "7:17 error fraction",
            "8:14 error numerator-above-denominator",
            "9:1 error duplicate",
            // the note of line 9 goes on over line 10
            "11:1 error period",
            "12:15 error too-large",
            "13:18 error date",
            "14:16 warning wrong-figure",
            "15:1 error csv-fields",
            "16:1 error missing-field",
            "17:13 error unknown-unit",
            "17:20 error type",
            "18:9 error unknown-id"),
        places(lp));
  }

  @Test
  void theMessagesSayWhatIsWrongAndSuggestWhatWasMeant() throws InputException {
    List<String> messages = read("bad.yaml").problems().stream().map(Problem::message).toList();
    assertEquals("unknown id '1.9': no row 1.9; item 1 has the rows 1.1", messages.get(0));
    assertEquals("id '8' is item 8, which has 3 rows (8.1, 8.2, 8.3); name one of them",
        messages.get(1));
    assertEquals("unknown unit '区税物局' (did you mean '区税务局'?); units are those of the "
        + "checklist's register", messages.get(2));
    assertEquals("numerator 1521 is above its denominator 1520", messages.get(5));
    assertEquals("2022-06 1.1 区税务局 is reported twice; the first report is at "
        + "src/test/resources/progress/bad.yaml:3", messages.get(6));
    assertEquals("period 2022-13 has no month 13; months are 01 to 12", messages.get(7));
    assertEquals("count 9223372036854775808 is too large (the most is 9223372036854775807)",
        messages.get(8));
    assertEquals("4.1 is measured by numerator and denominator; count is left out",
        messages.get(10));
    assertEquals("unknown id 'l.1': 'l.1' is not an id: write a row as N.k (13.1), an item as N "
        + "(13) or a goal as G1 (did you mean '1.1'?)", messages.get(15));
  }

  @Test
  void theSameReportInTwoFilesIsADuplicate() throws InputException {
    LoadedProgress lp = read("dup-a.yaml", "dup-b.csv");
    assertEquals(List.of("src/test/resources/progress/dup-b.csv:3:1: 2022-06 1.1 区税务局 is "
            + "reported twice; the first report is at src/test/resources/progress/dup-a.yaml:2"),
        lp.problems().stream().map(p -> p.where() + ": " + p.message()).toList());
    assertEquals(2, lp.entries().size());
  }

  @Test
  void aFileGivenTwiceIsReadOnce() throws InputException {
    LoadedProgress lp = read("good.csv", "good.csv");
    assertEquals(List.of("0:0 warning file-twice"), places(lp));
    assertEquals(5, lp.entries().size());
  }

  @Test
  void anAliasAndItsRegisterNameAreTheSameUnit() {
    LoadedProgress lp = ProgressReader.parse("a.yaml", """
        reports:
          - {period: 2022-06, id: "13.1", unit: 区人社局, count: 1}
          - {period: 2022-06, id: "13.1", unit: 区人力社保局, count: 2}
          - {period: 2022-06, id: "13.1", unit: 区市场监管局, count: 2}
          - {period: 2022-06, id: "13.1", count: 2}
        """, checklist);
    assertEquals(List.of("3:5 error duplicate"), places(lp));
  }

  @Test
  void wrongFiguresAreWarnedAboutAndLeftOut() {
    LoadedProgress lp = ProgressReader.parse("a.csv", """
        period,id,unit,numerator,denominator,count,done,note
        2022-06,13.1,,5,6,7,,
        2022-06,19.1,,1,1,,2022-06-02,
        2022-06,1.1,,1,1,,2022-06-02,
        2022-06,G2,,,,100,,
        2022-06,15.1,,3,4,5,,
        """, checklist);
    // at the first figure left out: the numerator, the numerator, the day
    assertEquals(List.of("2:15 warning wrong-figure", "3:15 warning wrong-figure",
        "4:19 warning wrong-figure"), places(lp));
    assertEquals(List.of(
            "2022-06 13.1 null null/null count=7 done=null note=null",
            "2022-06 19.1 null null/null count=null done=2022-06-02 note=null",
            "2022-06 1.1 null 1/1 count=null done=null note=null",
            "2022-06 G2 null null/null count=100 done=null note=null",
            // 15.1 is judged by the city's document: whatever is reported is kept
            "2022-06 15.1 null 3/4 count=5 done=null note=null"),
        lp.entries().stream().map(ProgressReaderTest::figures).toList());
  }

  @Test
  void aRatioNeedsBothItsFigures() {
    LoadedProgress lp = ProgressReader.parse("a.yaml", """
        reports:
          - {period: 2022-06, id: "1.1", numerator: 5}
          - {period: 2022-07, id: "1.1", denominator: 5}
          - {period: 2022-08, id: "1.1", numerator: 0, denominator: 0}
        """, checklist);
    assertEquals(List.of("2:5 error missing-denominator", "3:5 error missing-numerator"),
        places(lp).stream().map(s -> s.replaceAll("^(\\d+):\\d+", "$1:5")).toList());
    assertEquals(List.of("2022-08 1.1 null 0/0 count=null done=null note=null"),
        lp.entries().stream().map(ProgressReaderTest::figures).toList());
  }

  @Test
  void doneIsADayAndComesOncePerRow() {
    LoadedProgress lp = ProgressReader.parse("a.yaml", """
        reports:
          - {period: 2022-09, id: "19.1", done: 2022-10-01}
          - {period: 2022-10, id: "19.1", unit: 区市场监管局, done: 2022-10-01}
          - {period: 2022-11, id: "19.1", done: 2022-11}
        """, checklist);
    assertEquals(List.of("2:5 warning done-after-period", "3:5 warning done-twice",
            "4:5 error date"),
        places(lp).stream().map(s -> s.replaceAll("^(\\d+):\\d+", "$1:5")).toList());
    assertEquals(LocalDate.of(2022, 10, 1), lp.entries().get(0).done());
  }

  @Test
  void yamlNullsAndQuotedNumbersAreRefusedAsTheSchemaDoes() {
    LoadedProgress lp = ProgressReader.parse("a.yaml", """
        reports:
          - {period: 2022-06, id: "1.1", unit: ~, numerator: "1", denominator: ~}
          - {period: 202206, id: "1.1", numerator: 1.0, denominator: 2}
          - [2022-06, "1.1"]
        extra: 1
        """, checklist);
    assertEquals(List.of("2:40 error type", "2:54 error type", "2:72 error type",
        "3:14 error period", "4:5 error type", "5:1 error unknown-field"), places(lp));
    assertEquals(List.of(), lp.entries());
  }

  @Test
  void wholeNumbersWrittenWithAFractionPartOfZeroAreWhole() {
    LoadedProgress lp = ProgressReader.parse("a.csv", """
        period,id,unit,numerator,denominator,count,done,note
        2022-06,1.1,,1.0,2.00,,,
        """, checklist);
    assertEquals(List.of(), lp.problems());
    assertEquals(1L, lp.entries().get(0).numerator());
    assertEquals(2L, lp.entries().get(0).denominator());
  }

  @Test
  void badCsvStructureIsReportedWithItsPlace() throws InputException {
    assertEquals(List.of("1:1 error csv-header"), places(read("bad-header.csv")));
    assertEquals(List.of("3:1 error csv-syntax"), places(read("unclosed-quote.csv")));
    assertEquals(List.of("0:0 error empty"), places(read("empty.csv")));
  }

  @Test
  void aWrongEncodingIsAProblemOfTheFileNotAnException() throws InputException {
    LoadedProgress gbk = read("gbk.csv");
    assertEquals(List.of("2:13 error encoding"), places(gbk));
    assertTrue(gbk.problems().get(0).message().contains("GBK"), gbk.problems().toString());
    LoadedProgress utf16 = read("utf16.csv");
    assertEquals(List.of("0:0 error encoding"), places(utf16));
    assertTrue(utf16.problems().get(0).message().contains("UTF-16"));
  }

  @Test
  void aByteOrderMarkAndWindowsLineEndsAreFine() throws InputException {
    LoadedProgress lp = read("bom-crlf.csv");
    assertEquals(List.of(), lp.problems());
    assertEquals(List.of("2022-06 1.1 区税务局 1/1 count=null done=null note=null"),
        lp.entries().stream().map(ProgressReaderTest::figures).toList());
  }

  @Test
  void aByteOrderMarkBeforeACommentLeavesItAComment(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("bom-comment.csv");
    Files.write(csv, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        ("# 6月报送\n" + ProgressCsv.HEADER + "\n2022-06,1.1,区税务局,1,1,,,\n")
            .getBytes(StandardCharsets.UTF_8)));
    List<String> expected = List.of("2022-06 1.1 区税务局 1/1 count=null done=null note=null");
    LoadedProgress parallel = ProgressReader.read(List.of(csv), checklist);
    assertEquals(List.of(), parallel.problems());
    assertEquals(expected, parallel.entries().stream().map(ProgressReaderTest::figures).toList());
    ProgressChecks checks = new ProgressChecks(checklist);
    ProgressCsv.readSerially(csv, "bom-comment.csv", checks);
    LoadedProgress serial = ProgressReader.result(checks);
    assertEquals(List.of(), serial.problems());
    assertEquals(expected, serial.entries().stream().map(ProgressReaderTest::figures).toList());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  @Test
  void aFileWithoutAKnownExtensionIsReadByItsContent(@TempDir Path dir) throws Exception {
    assertEquals(1, read("noext").entries().size());
    Path yaml = dir.resolve("reports.txt");
    Files.writeString(yaml, "# yaml\nreports:\n  - {period: 2022-06, id: G2, count: 3}\n");
    LoadedProgress lp = ProgressReader.read(List.of(yaml), checklist);
    assertEquals(List.of(), lp.problems());
    assertEquals(3L, lp.entries().get(0).count());
    assertEquals(ProgressFormat.CSV, ProgressFormat.of("x", "\n# c\nperiod,id\n"));
    assertEquals(ProgressFormat.YAML, ProgressFormat.of("x.YML", "period,id"));
  }

  @Test
  void aMissingFileOrADirectoryIsAnException(@TempDir Path dir) {
    InputException missing = assertThrows(InputException.class,
        () -> ProgressReader.read(List.of(dir.resolve("nope.csv")), checklist));
    assertTrue(missing.unreadable());
    assertEquals("no such file", missing.problem().message());
    InputException directory = assertThrows(InputException.class,
        () -> ProgressReader.read(List.of(dir), checklist));
    assertTrue(directory.unreadable());
  }

  @Test
  void aLargeCsvFileIsStreamed(@TempDir Path dir) throws IOException, InputException {
    // 50,000 distinct reports: of the 54,432 keys of 18 ratio rows x 21 units x 144 months (2021
    // to 2032, the years a 2022 plan's reports may fall in), the first 50,000
    List<String> ids = List.of("1.1", "2.1", "3.1", "4.1", "5.1", "5.2", "6.1", "7.1", "7.2",
        "8.1", "9.1", "9.2", "10.1", "11.1", "22.1", "22.2", "24.1", "24.2");
    Path file = dir.resolve("big.csv");
    List<String> units = checklist.units().stream().map(u -> u.name()).toList();
    int n = 50_000;
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(ProgressReader.CSV_HEADER + "\n");
      for (int i = 0; i < n; i++) {
        int key = i / units.size();
        YearMonth m = YearMonth.of(2021, 1).plusMonths(key / ids.size());
        w.write(m + "," + ids.get(key % ids.size()) + "," + units.get(i % units.size()) + ","
            + (i % 7) + ",7,,,\n");
      }
    }
    LoadedProgress lp = ProgressReader.read(List.of(file), checklist);
    assertEquals(List.of(), lp.problems());
    assertEquals(n, lp.entries().size());
    assertEquals(n + 1, lp.entries().get(n - 1).line());
    // the months and ids are shared, not a copy per line
    assertTrue(lp.entries().get(0).id() == lp.entries().get(ids.size() * units.size()).id());
    assertNull(lp.entries().get(0).count());
  }
}
