package dev.qingdan.cli;

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
    Cli.verify("twice", "validate", "--data", DIR + "good.yaml", DIR + "good.csv");
    Cli.verify("duplicate", "validate", "--data", DIR + "dup-a.yaml", DIR + "dup-b.csv");
  }

  @Test
  void brokenFiles() {
    Cli.verify("broken", "validate", "--data", DIR + "bad-header.csv", DIR + "unclosed-quote.csv",
        DIR + "gbk.csv", DIR + "utf16.csv", DIR + "empty.csv");
  }

  @Test
  void json() {
    Cli.verify("json", "validate", "--format", "json", "--data", DIR + "dup-a.yaml",
        DIR + "dup-b.csv");
  }

  @Test
  void aMissingFileIsTrouble() {
    Cli.verify("missing", "validate", "--data", DIR + "nope.csv");
  }
}
