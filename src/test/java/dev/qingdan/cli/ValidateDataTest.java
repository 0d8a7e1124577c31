package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Approval tests of {@code validate --data}: progress files checked beside the checklist. */
class ValidateDataTest {
  private static final String DIR = "src/test/resources/progress/";

  @Test
  void goodFiles() {
    Cli.verify("good-yaml", "validate", "--data", DIR + "good.yaml");
    Cli.verify("good-csv", "validate", "--data", DIR + "good.csv");
  }

  @Test
  void everyBadReportOfAYamlFile() {
    Cli.verify("bad-yaml", "validate", "--data", DIR + "bad.yaml");
  }

  @Test
  void everyBadReportOfACsvFile() {
    Cli.verify("bad-csv", "validate", "--data", DIR + "bad.csv");
  }

  /** good.csv holds the reports of good.yaml: given together, each of them is there twice. */
  @Test
  void theSameReportInTwoFiles() {
    Cli.verify("twice", "validate", "--data", DIR + "good.yaml", "--data", DIR + "good.csv");
    Cli.verify("duplicate", "validate", "--data", DIR + "dup-a.yaml", "--data", DIR + "dup-b.csv");
  }

  @Test
  void brokenFiles() {
    Cli.verify("broken", "validate", "--data", DIR + "bad-header.csv",
        "--data", DIR + "unclosed-quote.csv", "--data", DIR + "gbk.csv", "--data", DIR + "utf16.csv",
        "--data", DIR + "empty.csv");
  }

  @Test
  void dataTakesOneFileSoThatTheFilesAfterItAreChecklists() {
    Cli.Run run = Cli.run("validate", "--data", DIR + "good.csv", "policies.yaml",
        "examples/broken/unknown-unit.yaml");
    assertEquals(1, run.exit(), run.block());
    assertTrue(run.out().contains("policies.yaml: valid (32 rows"), run.out());
    assertTrue(run.out().contains("examples/broken/unknown-unit.yaml:234:12: error"), run.out());
    assertTrue(run.out().contains(DIR + "good.csv: valid"), run.out());
    Cli.Run ratio = Cli.run("ratio", "--data", DIR + "good.csv", "-o", "out.txt");
    assertEquals(2, ratio.exit(), ratio.block());
    assertTrue(ratio.err().contains("-o"), "an unknown option, not a progress file: " + ratio.err());
  }

  @Test
  void json() {
    Cli.verify("json", "validate", "--format", "json", "--data", DIR + "dup-a.yaml",
        "--data", DIR + "dup-b.csv");
  }

  @Test
  void aMissingFileIsTrouble() {
    Cli.verify("missing", "validate", "--data", DIR + "nope.csv");
  }

  /**
   * A read of more than a second says how it goes on a terminal's standard error and wipes the
   * line when it is over, as ratio and report do; never in a pipe or for JSON.
   */
  @Test
  void aLongReadShowsItsProgressOnATerminalOnly() {
    String line = "reading: 5 reports, 0 MB/s, 0 s left";
    Terminal plain = new Terminal(true, 0, Map.of("NO_COLOR", "1"));
    Cli.Run terminal = slow(plain, "validate", "--data", DIR + "good.csv");
    assertEquals(0, terminal.exit(), terminal.block());
    assertEquals("\r" + line + "\r" + " ".repeat(line.length()) + "\r", terminal.err());
    assertEquals(Cli.run("validate", "--data", DIR + "good.csv").out(), terminal.out());
    Cli.Run pipe = slow(Terminal.pipe(), "validate", "--data", DIR + "good.csv");
    assertEquals("", pipe.err());
    Cli.Run json = slow(plain, "validate", "--format", "json", "--data",
        DIR + "good.csv");
    assertEquals("", json.err());
  }

  /** A run of validate whose clock moves two seconds each time it is read. */
  private static Cli.Run slow(Terminal terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = QingdanCommand.commandLine(terminal, new PrintWriter(out),
        new PrintWriter(err));
    AtomicLong now = new AtomicLong();
    ValidateCommand v = cl.getSubcommands().get("validate").getCommand();
    v.nanos(() -> now.addAndGet(2_000_000_000L));
    int exit = cl.execute(args);
    return new Cli.Run(exit, out.toString(), err.toString());
  }
}
