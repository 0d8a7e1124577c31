package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code qingdan validate}: what CI and a person see for good and broken checklists. */
class ValidateCommandTest {
  private static final String DIR = "src/test/resources/checklists/";

  @Test
  void theRealChecklistIsValid() {
    Cli.verify("default", "validate");
  }

  @Test
  void theRealChecklistIsValidInEveryFormat() {
    for (String format : new String[] {"json", "github", "junit"}) {
      Cli.verify(format, "validate", "--format", format);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"unknown-lead", "many-problems", "tab-indent", "alias", "list-root",
      "empty", "deep", "gbk", "utf16", "bom", "schedule-mismatch", "warning-only", "unclosed-quote",
      "unclosed-bracket", "unclosed-brace", "bad-indent", "key-without-colon"})
  void brokenChecklists(String name) {
    Cli.verify(name, "validate", DIR + name + ".yaml");
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "github", "junit"})
  void anUnknownLeadUnitInEachFormat(String format) {
    Cli.verify(format, "validate", "--format", format, DIR + "unknown-lead.yaml");
  }

  @Test
  void strictFailsOnWarnings() {
    assertEquals(0, Cli.run("validate", DIR + "warning-only.yaml").exit());
    Cli.verify("strict", "validate", "--strict", DIR + "warning-only.yaml");
  }

  @Test
  void severalFilesAreAllChecked() {
    Cli.verify("several", "validate", "policies.yaml", DIR + "unknown-lead.yaml",
        DIR + "tab-indent.yaml");
  }

  @Test
  void verboseShowsTheNotes() {
    Cli.verify("verbose", "validate", "--verbose");
    Cli.verify("github", "validate", "-v", "--format", "github");
  }

  @Test
  void aMissingFileIsTrouble() {
    Cli.verify("missing", "validate", "policies.yaml", DIR + "no-such-file.yaml");
  }

  @Test
  void aDirectoryIsTrouble() {
    Cli.verify("directory", "validate", DIR);
  }

  @Test
  void policiesOptionNamesTheFile() {
    Cli.verify("policies", "validate", "-p", DIR + "unknown-lead.yaml", "--format", "github");
  }

  @Test
  void inChinese() {
    Cli.verify("zh", "validate", "--lang", "zh", DIR + "unknown-lead.yaml");
  }
}
