package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qingdan.text.DisplayWidth;
import java.util.List;
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

  static final String[] COMMANDS = Models.COMMANDS.toArray(String[]::new);

  /** Every help fits an 80-column terminal, Chinese counted two columns a character. */
  @Test
  void everyHelpFits80Columns() {
    for (String command : COMMANDS) {
      for (String line : Cli.run(command, "--help").out().split("\n")) {
        assertTrue(DisplayWidth.of(line) <= 80, command + " --help: " + line);
      }
    }
    for (String line : Cli.run("--help").out().split("\n")) {
      assertTrue(DisplayWidth.of(line) <= 80, "--help: " + line);
    }
  }

  /** Every command's help ends with two or three examples, each a qingdan command line. */
  @Test
  void everyCommandsHelpEndsWithExamples() {
    for (String command : COMMANDS) {
      String help = Cli.run(command, "--help").out();
      String[] parts = help.split("\nExamples:\n", -1);
      assertEquals(2, parts.length, command + " --help has one Examples section: " + help);
      List<String> examples = parts[1].lines().toList();
      assertTrue(examples.size() >= 1 && examples.size() <= 3, command + ": " + examples);
      for (String example : examples) {
        assertTrue(example.startsWith("  ") && example.contains("qingdan " + command),
            command + ": " + example);
      }
    }
  }

  /** {@code qingdan help COMMAND} is {@code qingdan COMMAND --help}. */
  @Test
  void helpCommandPrintsACommandsHelp() {
    for (String command : COMMANDS) {
      Cli.Run help = Cli.run("help", command);
      assertEquals(0, help.exit(), help.err());
      assertEquals(Cli.run(command, "--help").out(), help.out(), command);
    }
    assertEquals(Cli.run("--help").out(), Cli.run("help").out());
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

  /** {@code --data a.csv b.yaml}: the second file needs its own --data, and the error says so. */
  @Test
  void aSecondValueAfterARepeatableOptionSaysToRepeatIt() {
    for (String[] args : new String[][] {
        {"ratio", "--data", "examples/progress-2022.csv", "examples/progress-2022.yaml"},
        {"ratio", "--data=examples/progress-2022.csv", "examples/progress-2022.yaml"}}) {
      Cli.Run run = Cli.run(args);
      assertEquals(2, run.exit());
      assertEquals("", run.out());
      assertEquals("qingdan: error: unexpected argument 'examples/progress-2022.yaml' after the "
          + "value of --data: give --data once for each value, as in --data "
          + "examples/progress-2022.csv --data examples/progress-2022.yaml\n"
          + "Try 'qingdan ratio --help' for more information.\n", run.err());
    }
    assertTrue(Cli.run("ratio", "--lang", "zh", "--data", "examples/progress-2022.csv", "b.yaml")
        .err().startsWith("qingdan: 错误：无法识别的参数 'b.yaml'：它跟在 --data 的值之后"));
    assertTrue(Cli.run("ratio", "--data", "examples/progress-2022.csv", "--format", "text", "b.yaml").err()
        .startsWith("qingdan: error: Unmatched argument"),
        "a word after no option is picocli's error");
  }

  /** {@code -o ""} (an unset variable) names no file; it is not the current directory. */
  @Test
  void anEmptyOutputNameNamesNoFile() {
    Cli.Run run = Cli.run("report", "--data", "examples/progress-2022.yaml", "--as-of",
        "2022-08-31", "-o", "");
    assertEquals(2, run.exit());
    assertEquals("qingdan: error: -o names no file (an empty name); give a file name, or leave -o "
        + "out to write to standard output\n", run.err());
  }

  @Test
  void badEnumValueNamesTheChoices() {
    Cli.verify("format", "list", "--format", "xml");
  }
}
