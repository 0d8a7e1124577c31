package dev.qingdan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qingdan.cli.Cli;
import dev.qingdan.cli.QingdanCommand;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The commands that the launcher records in its archive all run, on files that exist. */
class TrainingTest {
  /** Commands in the list on purpose for their error path. */
  private static final Set<List<String>> FAILING = Set.of(List.of("show", "--example", "99"));

  @Test
  void everyCommandRunsOnTheRepositorysFiles() {
    for (List<String> command : Training.commands()) {
      List<String> args = Training.resolve(command, ".");
      assertNotNull(args, "a file of " + command + " is missing");
      Cli.Run run = Cli.run(args.toArray(String[]::new));
      assertFalse(run.err().contains("internal error"), command + ": " + run.err());
      if (FAILING.contains(command)) {
        assertEquals(2, run.exit(), command.toString());
      } else {
        assertEquals(0, run.exit(), command + ": " + run.err());
      }
    }
  }

  /**
   * The launcher runs the training where there is no ./policies.yaml, and qingdan never falls back
   * to the bundled example: a command that reads the checklist must name one.
   */
  @Test
  void everyCommandThatReadsTheChecklistNamesIt() {
    List<String> reading = QingdanCommand.checklistReaders();
    for (List<String> command : Training.commands()) {
      if (reading.contains(command.get(0)) && !command.contains("--help")) {
        assertTrue(command.contains("--example") || command.contains("-p"), command.toString());
      }
    }
  }

  @Test
  void aMissingFileLeavesTheCommandOut() {
    assertNull(Training.resolve(List.of("import", "{home}/no-such-file.txt"), "."));
    assertEquals(List.of("import", "./examples/plan-2022.txt"),
        Training.resolve(List.of("import", "{home}/examples/plan-2022.txt"), "."));
  }
}
