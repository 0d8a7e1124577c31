package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a user of {@code ratio} sees: approval tests of every format and error, and checks. */
class RatioCommandTest {
  private static final String YAML = "examples/progress-2022.yaml";
  private static final String CSV = "examples/progress-2022.csv";
  private static final String DIR = "src/test/resources/progress/";
  private static final String DONE_WHEN = DIR + "done-when.yaml";

  @Test
  void help() {
    Cli.verify("help", "ratio", "--help");
  }

  @Test
  void theExampleYear() {
    Cli.verify("text", "ratio", "--data", YAML);
    Cli.verify("by-unit", "ratio", "--data", YAML, "--by", "unit");
    Cli.verify("period", "ratio", "--data", YAML, "--period", "2022-04");
    Cli.verify("markdown", "ratio", "--data", YAML, "--format", "markdown");
    Cli.verify("csv", "ratio", "--data", YAML, "--format", "csv");
    Cli.verify("csv-by-unit", "ratio", "--data", YAML, "--format", "csv", "--by", "unit",
        "--id", "3.1,7,13");
    Cli.verify("json-by-unit", "ratio", "--data", YAML, "--format", "json", "--by", "unit",
        "--id", "3.1,13.1,20.1,19.1", "--through", "2022-06");
  }

  @Test
  void theIssuesDoneWhenCases() {
    Cli.verify("text", "ratio", "--data", DONE_WHEN, "--id", "1.1,2.1,24.1,13.1");
    Cli.verify("json", "ratio", "--data", DONE_WHEN, "--id", "1.1,2.1,24.1,13.1", "--format",
        "json");
  }

  @Test
  void theYamlAndTheCsvExampleGiveTheSameResultsInEveryFormat() {
    for (String format : List.of("text", "json", "csv", "markdown")) {
      for (String by : List.of("", "unit")) {
        List<String> args = new java.util.ArrayList<>(List.of("ratio", "--format", format));
        if (!by.isEmpty()) {
          args.addAll(List.of("--by", by));
        }
        Cli.Run yaml = Cli.run(concat(args, "--data", YAML));
        Cli.Run csv = Cli.run(concat(args, "--data", CSV));
        assertEquals(0, yaml.exit(), yaml.err());
        assertEquals("", yaml.err());
        assertEquals(yaml.block(), csv.block(), format + " " + by);
      }
    }
  }

  /** What {@code schema output ratio} prints describes every JSON output of ratio. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      --data examples/progress-2022.yaml --format json
      --data examples/progress-2022.yaml --format json --by unit
      --data examples/progress-2022.csv --format json --period 2022-02
      --data src/test/resources/progress/done-when.yaml --format json --through 2021-12
      """)
  void theJsonConformsToItsSchema(String args) throws Exception {
    Cli.Run run = Cli.run(("ratio " + args).split(" "));
    assertEquals(0, run.exit(), run.err());
    assertEquals(List.of(), OutputSchemaTest.check("ratio", run.out()));
    // and it can fail
    assertFalse(OutputSchemaTest.check("ratio", run.out().replace("\"status\": \"",
        "\"status\": \"x")).isEmpty());
  }

  @Test
  void noFormatPrintsNaNOrInfinity() {
    for (String format : List.of("text", "json", "csv", "markdown")) {
      String out = Cli.run("ratio", "--data", DONE_WHEN, "--format", format).out();
      assertFalse(out.contains("NaN") || out.contains("Infinity"), format);
    }
  }

  @Test
  void failOnMissed() {
    Cli.verify("missed", "ratio", "--data", DONE_WHEN, "--id", "2.1", "--format", "csv",
        "--fail-on", "missed");
    Cli.verify("none-missed", "ratio", "--data", YAML, "--id", "1.1,13.1", "--format", "csv",
        "--fail-on", "missed");
  }

  @Test
  void errors() {
    Cli.verify("bad-yaml", "ratio", "--data", DIR + "bad.yaml");
    Cli.verify("bad-csv", "ratio", "--data", DIR + "bad.csv");
    Cli.verify("duplicate", "ratio", "--data", DIR + "dup-a.yaml", "--data", DIR + "dup-b.csv");
    Cli.verify("broken", "ratio", "--data", DIR + "gbk.csv", "--data", DIR + "unclosed-quote.csv");
    Cli.verify("missing-file", "ratio", "--data", DIR + "nope.yaml");
    Cli.verify("no-data-option", "ratio");
    Cli.verify("no-reports", "ratio", "--data", DIR + "no-reports.yaml");
    Cli.verify("bad-month", "ratio", "--data", YAML, "--through", "2022-13");
    Cli.verify("both-months", "ratio", "--data", YAML, "--through", "2022-03", "--period",
        "2022-04");
    Cli.verify("unknown-id", "ratio", "--data", YAML, "--id", "25");
    Cli.verify("bad-format", "ratio", "--data", YAML, "--format", "html");
  }

  @Test
  void warningsGoToStandardErrorAndTheRatiosAreStillComputed() {
    Cli.verify("warning", "ratio", "--data", DIR + "good.csv", "--data", DIR + "good.csv", "--id", "1.1",
        "--format", "csv");
  }

  @Test
  void statusesAreColouredOnATerminal() {
    String out = Cli.run(Cli.terminal(0), "ratio", "--data", YAML, "--id", "1.1,5.1,13.1")
        .out();
    assertTrue(out.contains("\u001b[32mmet"), out);
    assertTrue(out.contains("\u001b[31mmissed"), out);
    assertTrue(out.contains("\u001b[33min-progress"), out);
    String never = Cli.run(Cli.terminal(0), "ratio", "--data", YAML, "--color", "never").out();
    assertFalse(never.contains("\u001b"));
    assertFalse(Cli.run("ratio", "--data", YAML).out().contains("\u001b"));
  }

  /** At 80 columns the interval and the reports leave the table, named under it. */
  @Test
  void theTableFitsTerminalsOf120And160Columns() {
    var runs = Cli.verifyAtWidths("ratio", "--data", YAML);
    Cli.assertFits(runs.get(80), 80);
    Cli.assertFits(runs.get(120), 120);
    Cli.assertFits(runs.get(160), 160);
  }

  @Test
  void aNarrowTerminalGetsANarrowTable() {
    // 102 columns are the narrowest this table gets: its numbers, targets and statuses are whole.
    String out = Cli.run(new Terminal(true, 110, java.util.Map.of()), "ratio", "--data", YAML,
        "--color", "never").out();
    for (String line : out.split("\n")) {
      assertTrue(dev.qingdan.text.DisplayWidth.of(line) <= 110 || line.startsWith("  "), line);
    }
  }

  /**
   * Each kind of bad report alone in a file: exit 2, and one message that names the file, the
   * line and the column.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          unknown id        | csv  | 2022-06,1.9,,1,2,,,                       | 2:9   | unknown-id
          item of rows      | csv  | 2022-06,8,,1,2,,,                         | 2:9   | unknown-id
          unknown unit      | csv  | 2022-06,1.1,区税物局,1,2,,,               | 2:13  | unknown-unit
          negative          | csv  | 2022-06,13.1,,,,-5,,                      | 2:17  | negative
          fraction          | csv  | 2022-06,20.1,,,,1.5,,                     | 2:17  | fraction
          above             | csv  | 2022-06,2.1,,1521,1520,,,                 | 2:14  | numerator-above-denominator
          month 13          | csv  | 2022-13,3.1,,1,1,,,                       | 2:1   | period
          too large         | csv  | 2022-06,G1,,,,9223372036854775808,,       | 2:15  | too-large
          bad day           | csv  | 2022-09,19.1,,,,,2022-09-31,              | 2:18  | date
          fields            | csv  | 2022-06,5.1,,1,1,,,,extra                 | 2:1   | csv-fields
          not a number      | csv  | 2022-06,7.2,,two,3,,,                     | 2:14  | type
          one side          | csv  | 2022-06,7.2,,,3,,,                        | 2:15  | missing-numerator
          unknown field     | yaml | '{period: 2022-06, id: "1.1", remark: x}' | 2:34  | unknown-field
          missing period    | yaml | '{id: "1.1", numerator: 1, denominator: 1}' | 2:5 | missing-field
          quoted number     | yaml | '{period: 2022-06, id: "1.1", numerator: "1", denominator: 1}' | 2:45 | type
          """)
  void everyKindOfBadReportExits2WithOneMessageNamingItsPlace(String what, String format,
      String report, String place, String code, @TempDir Path dir) throws IOException {
    Path file = dir.resolve("r." + format);
    String text = format.equals("csv")
        ? "period,id,unit,numerator,denominator,count,done,note\n" + report + "\n"
        : "reports:\n  - " + report + "\n";
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Cli.Run run = Cli.run("ratio", "--data", file.toString());
    assertEquals(2, run.exit(), what);
    assertEquals("", run.out());
    List<String> lines = run.err().lines().toList();
    assertEquals(1, lines.size(), run.err());
    assertTrue(lines.get(0).startsWith("qingdan: error: " + file + ":" + place + ": "),
        run.err());
    assertTrue(lines.get(0).endsWith("[" + code + "]"), run.err());
  }

  @Test
  void theSameReportInTwoFilesExits2(@TempDir Path dir) throws IOException {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.yaml");
    Files.writeString(a, "period,id,unit,numerator,denominator,count,done,note\n"
        + "2022-06,1.1,区人社局,1,2,,,\n", StandardCharsets.UTF_8);
    Files.writeString(b, "reports:\n  - {period: 2022-06, id: 1.1, unit: 区人力社保局, "
        + "numerator: 1, denominator: 2}\n", StandardCharsets.UTF_8);
    Cli.Run run = Cli.run("ratio", "--data", a.toString(), "--data", b.toString());
    assertEquals(2, run.exit());
    assertEquals(List.of("qingdan: error: " + b + ":2:5: 2022-06 1.1 区人社局 is reported twice; the first "
        + "report is at " + a + ":2 [duplicate]"), run.err().lines().toList());
  }

  private static String[] concat(List<String> args, String... more) {
    List<String> all = new java.util.ArrayList<>(args);
    all.addAll(List.of(more));
    return all.toArray(new String[0]);
  }
}
