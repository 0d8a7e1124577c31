package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a user sees when asking for help, a version, or typing a wrong command. */
class HelpTest {
  @Test
  void topLevelHelp() {
    Cli.verify("help", "--help");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "list", "show", "schema", "import"})
  void commandHelp(String command) {
    Cli.verify(command, command, "--help");
  }

  @Test
  void versionIsTheBuildsVersion() {
    Cli.Run run = Cli.run("--version");
    assertEquals(0, run.exit());
    assertTrue(run.out().matches("qingdan \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n"), run.out());
    assertEquals(run.out(), Cli.run("list", "--version").out());
  }

  @Test
  void noCommandIsBadUsage() {
    Cli.verify("none");
  }

  @Test
  void unknownCommandSuggestsTheClosest() {
    Cli.verify("typo", "valdate");
  }

  @Test
  void unknownOptionIsBadUsage() {
    Cli.verify("option", "list", "--colour", "never");
  }

  @Test
  void badEnumValueNamesTheChoices() {
    Cli.verify("format", "list", "--format", "xml");
  }
}
