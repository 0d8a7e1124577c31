package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

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
}
