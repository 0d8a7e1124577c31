package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Approval tests of {@code deadlines}: what a user sees in each format and each error. */
class DeadlinesCommandTest {
  private static final String DIR = "src/test/resources/deadlines/";
  private static final String DATA = DIR + "scenarios.yaml";

  @Test
  void help() {
    Cli.verify("help", "deadlines", "--help");
  }

  @Test
  void text() {
    Cli.verify("aug31", "deadlines", "--as-of", "2022-08-31", "--data", DATA);
    Cli.verify("dec15", "deadlines", "--as-of", "2022-12-15", "--data", DATA, "--data", DIR + "done-19.yaml");
  }

  @Test
  void textWithoutData() {
    Cli.verify("nodata", "deadlines", "--as-of", "2022-07-01");
  }

  @Test
  void textFitsANarrowTerminal() {
    Cli.verify("narrow", Cli.run(new Terminal(false, 100, Map.of()), "deadlines", "--as-of",
        "2022-10-31", "--data", DATA));
  }

  /** At 80 columns the forecast, the next step and the target leave the table, named under it. */
  @Test
  void theTableFitsTerminalsOf120And160Columns() {
    var runs = Cli.verifyAtWidths("deadlines", "--as-of", "2022-08-31", "--data",
        ReportCommandTest.DATA);
    Cli.assertFits(runs.get(80), 80);
    Cli.assertFits(runs.get(120), 120);
    Cli.assertFits(runs.get(160), 160);
  }

  @Test
  void json() {
    Cli.verify("within", "deadlines", "--as-of", "2022-10-31", "--within", "61", "--data", DATA,
        "--format", "json");
    Cli.verify("unit-alias", "deadlines", "--as-of", "2022-04-30", "--unit", "区人力社保局",
        "--data", DATA, "--format", "json");
  }

  @Test
  void markdown() {
    Cli.verify("dec15", "deadlines", "--as-of", "2022-12-15", "--data", DATA, "--format",
        "markdown");
  }

  @Test
  void ics() {
    Cli.verify("within40", "deadlines", "--as-of", "2022-08-31", "--within", "40", "--data", DATA,
        "--format", "ics");
  }

  @Test
  void icsIsCrlfAndFoldedAt75Octets() {
    Cli.Run run = Cli.run("deadlines", "--as-of", "2022-08-31", "--data", DATA, "--format", "ics");
    assertEquals(0, run.exit());
    String out = run.out();
    assertTrue(out.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"), out);
    assertTrue(out.endsWith("END:VCALENDAR\r\n"));
    assertFalse(out.replace("\r\n", "").contains("\n"), "a bare LF");
    for (String line : out.split("\r\n")) {
      assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, line);
    }
    // One event per milestone of the rows with a plan: G1, G2, 13.1 one each, 7.1 two, 19.1
    // one, 20.1 seven.
    assertEquals(13, out.split("BEGIN:VEVENT", -1).length - 1);
    assertTrue(out.contains("UID:20.1-20220531@qingdan\r\n"));
    assertTrue(out.contains("DTSTAMP:20220831T000000Z\r\n"));
    assertTrue(out.contains("DTSTART;VALUE=DATE:20221130\r\nDTEND;VALUE=DATE:20221201\r\n"));
  }

  // ---- ceilings, levels and growth rates (bounds.yaml: see BoundDeadlinesTest) ----

  private static final String BOUNDS = DIR + "bounds.yaml";
  private static final String BOUNDS_DATA = DIR + "bounds-progress.yaml";

  @Test
  void ceilingsLevelsAndGrowthRatesAreJudged() {
    Cli.verify("feb28", "deadlines", "-p", BOUNDS, "--data", BOUNDS_DATA, "--as-of",
        "2022-02-28");
    Cli.verify("sep30", "deadlines", "-p", BOUNDS, "--data", BOUNDS_DATA, "--as-of",
        "2022-09-30");
    Cli.verify("jan15-zh", "deadlines", "-p", BOUNDS, "--data", BOUNDS_DATA, "--as-of",
        "2023-01-15", "--lang", "zh");
    Cli.verify("json", "deadlines", "-p", BOUNDS, "--data", BOUNDS_DATA, "--as-of",
        "2022-09-30", "--format", "json");
    Cli.verify("markdown", "deadlines", "-p", BOUNDS, "--data", BOUNDS_DATA, "--as-of",
        "2022-09-30", "--format", "markdown");
    Cli.verify("ics", "deadlines", "-p", BOUNDS, "--data", BOUNDS_DATA, "--as-of",
        "2022-09-24", "--within", "7", "--format", "ics");
    assertEquals(1, Cli.run("deadlines", "-p", BOUNDS, "--data", BOUNDS_DATA, "--as-of",
        "2022-09-30", "--fail-on", "behind").exit());
    assertEquals(0, Cli.run("deadlines", "-p", BOUNDS, "--data", BOUNDS_DATA, "--as-of",
        "2022-09-30", "--fail-on", "overdue").exit());
    assertEquals(1, Cli.run("deadlines", "-p", BOUNDS, "--data", BOUNDS_DATA, "--as-of",
        "2023-01-01", "--fail-on", "overdue").exit());
  }

  @Test
  void failOn() {
    Cli.verify("behind", "deadlines", "--as-of", "2022-08-31", "--data", DATA, "--fail-on",
        "behind", "--within", "0");
    assertEquals(0, Cli.run("deadlines", "--as-of", "2022-08-31", "--data", DATA, "--fail-on",
        "overdue").exit());
    assertEquals(1, Cli.run("deadlines", "--as-of", "2022-12-15", "--data", DATA, "--fail-on",
        "overdue").exit());
    assertEquals(0, Cli.run("deadlines", "--as-of", "2022-10-31", "--data", DATA, "--fail-on",
        "behind", "--unit", "区国资中心").exit());
  }

  @Test
  void thresholds() {
    Cli.verify("tight", "deadlines", "--as-of", "2022-08-31", "--data", DATA, "--yellow", "3",
        "--red", "12.5", "--due-soon", "0", "--within", "200", "--format", "markdown");
  }

  @Test
  void errors() {
    Cli.verify("bad-date", "deadlines", "--as-of", "2022-02-30");
    Cli.verify("unknown-unit", "deadlines", "--as-of", "2022-08-31", "--unit", "区人社厅");
    Cli.verify("thresholds", "deadlines", "--as-of", "2022-08-31", "--yellow", "40");
    Cli.verify("negative-within", "deadlines", "--as-of", "2022-08-31", "--within", "-1");
    Cli.verify("missing-data", "deadlines", "--as-of", "2022-08-31", "--data", DIR + "nope.yaml");
    Cli.verify("broken-data", "deadlines", "--as-of", "2022-08-31", "--data", DIR + "broken.yaml");
    Cli.verify("bad-format", "deadlines", "--format", "pdf");
  }

  @Test
  void warningsOfTheDataGoToStderr() {
    // 19.1's count is left out: it is still behind on its due day.
    Cli.verify("wrong-kind", "deadlines", "--as-of", "2022-09-30", "--data",
        DIR + "wrong-kind.yaml", "--within", "0");
  }

  @Test
  @org.junit.jupiter.api.Timeout(30)
  void anAsOfDateOutsideSaneYearsIsBadUsage() {
    for (String day : new String[] {"+999999999-12-31", "-0001-01-01", "0000-01-01",
        "9999-12-31", "2022-9-30", "20220930"}) {
      for (String command : new String[] {"deadlines", "report"}) {
        Cli.Run run = command.equals("report")
            ? Cli.run(command, "--as-of", day, "--data", DATA)
            : Cli.run(command, "--as-of", day);
        assertEquals(2, run.exit(), command + " --as-of " + day + "\n" + run.block());
        assertEquals("", run.out(), day);
        assertTrue(run.err().contains("'" + day + "'"), run.err());
      }
    }
    assertEquals(0, Cli.run("deadlines", "--as-of", "2100-12-31").exit());
    assertEquals(0, Cli.run("deadlines", "--as-of", "1900-01-01").exit());
  }

  // ---- the "Done when", through the command ----

  private static JsonNode row(String id, String asOf, String... data) throws Exception {
    String[] args = new String[4 + data.length * 2];
    args[0] = "deadlines";
    args[1] = "--as-of";
    args[2] = asOf;
    args[3] = "--format=json";
    for (int i = 0; i < data.length; i++) {
      args[4 + 2 * i] = "--data";
      args[5 + 2 * i] = data[i];
    }
    Cli.Run run = Cli.run(args);
    assertEquals(0, run.exit(), run.err());
    for (JsonNode r : new ObjectMapper().readTree(run.out()).get("rows")) {
      if (r.get("id").asText().equals(id)) {
        return r;
      }
    }
    throw new AssertionError("no row " + id);
  }

  @Test
  void doneWhen() throws Exception {
    JsonNode aug = row("20.1", "2022-08-31", DATA);
    assertEquals("behind", aug.get("status").asText());
    assertEquals(4, aug.get("actual").asInt());
    assertEquals(5, aug.get("planned").asInt());
    JsonNode oct = row("20.1", "2022-10-31", DATA);
    assertEquals("on-track", oct.get("status").asText());
    assertEquals(7, oct.get("actual").asInt());
    assertEquals(7, oct.get("planned").asInt());
    assertEquals("behind", row("20.1", "2022-11-30", DATA).get("status").asText());
    assertEquals("overdue", row("20.1", "2022-12-15", DATA).get("status").asText());

    assertEquals("pending", row("19.1", "2022-09-29", DATA).get("status").asText());
    assertEquals("done", row("19.1", "2022-09-30", DATA, DIR + "done-19.yaml").get("status")
        .asText());
    assertEquals("overdue", row("19.1", "2022-10-01", DATA).get("status").asText());

    assertEquals("on-track", row("13.1", "2022-06-30", DATA).get("status").asText());
    assertEquals("behind", row("13.1", "2022-08-31", DATA).get("status").asText());
  }

  // ---- today's date comes from the clock ----

  @Test
  void asOfDefaultsToTodayInTheLocalTimeZone() {
    // 2022-08-30T20:00Z is already 2022-08-31 in Shanghai (UTC+8).
    Clock clock = Clock.fixed(Instant.parse("2022-08-30T20:00:00Z"), ZoneId.of("Asia/Shanghai"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = QingdanCommand.commandLine(Terminal.pipe(), new PrintWriter(out),
        new PrintWriter(err));
    DeadlinesCommand d = cl.getSubcommands().get("deadlines").getCommand();
    d.clock(clock);
    int exit = cl.execute("deadlines", "--data", DATA);
    assertEquals(0, exit, err.toString());
    Cli.Run explicit = Cli.run("deadlines", "--as-of", "2022-08-31", "--data", DATA);
    assertEquals(explicit.out(), out.toString());
  }

  @Test
  void lightsAreColouredOnATerminal() {
    Cli.Run run = Cli.run(Cli.terminal(0), "deadlines", "--as-of", "2022-12-15", "--data", DATA);
    assertTrue(run.out().contains("\u001b[31m● red"), run.out());
    assertTrue(run.out().contains("\u001b[33m● yellow"), run.out());
    assertTrue(run.out().contains("\u001b[32m● green"), run.out());
    Cli.Run plain = Cli.run(new Terminal(true, 0, Map.of("NO_COLOR", "1")), "deadlines",
        "--as-of", "2022-12-15", "--data", DATA);
    assertFalse(plain.out().contains("\u001b["), plain.out());
  }
}
