package dev.qingdan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qingdan.cli.Cli;
import dev.qingdan.cli.QingdanCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that the launcher records in its archive all run, on files that exist. */
class TrainingTest {
  /** Commands in the list on purpose for their error path. */
  private static final Set<List<String>> FAILING = Set.of(List.of("show", "--example", "99"));

  @TempDir Path out;

  @Test
  void everyCommandRunsOnTheRepositorysFiles() {
    for (List<String> command : Training.commands(true)) {
      List<String> args = Training.resolve(command, ".", out);
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
    for (List<String> command : Training.commands(true)) {
      if (reading.contains(command.get(0)) && !command.contains("--help")) {
        assertTrue(command.contains("--example") || command.contains("-p"), command.toString());
      }
    }
  }

  @Test
  void aMissingFileLeavesTheCommandOut() {
    assertNull(Training.resolve(List.of("import", "{home}/no-such-file.txt"), ".", out));
    assertEquals(List.of("import", "./examples/plan-2022.txt"),
        Training.resolve(List.of("import", "{home}/examples/plan-2022.txt"), ".", out));
  }

  /**
   * The small archive's training touches no Office file, and each run that the Office archive
   * adds names one, as the launcher tells them: by the file's ending, or a folder that holds a
   * workbook ({@code --data DIR}); {@code template} writes one whatever it is given.
   */
  @Test
  void onlyTheOfficeTrainingTouchesOfficeFiles() throws IOException {
    List<List<String>> small = Training.commands(false);
    List<List<String>> all = Training.commands(true);
    assertTrue(all.containsAll(small), "the Office archive holds the small one's runs");
    for (List<String> command : all) {
      List<String> args = Training.resolve(command, ".", out);
      assertEquals(!small.contains(command), namesOfficeFile(args), command.toString());
    }
    assertEquals(Set.of("import", "ratio", "template", "validate"), all.stream()
        .filter(c -> !small.contains(c)).map(c -> c.get(0)).collect(Collectors.toSet()));
  }

  /** The launcher's rule for the Office archive (the script ./qingdan), on resolved arguments. */
  private static boolean namesOfficeFile(List<String> args) throws IOException {
    if (args.get(0).equals("template")) {
      return true;
    }
    for (String a : args) {
      if (a.matches("(?i).*\\.(xlsx|xlsm|xls|docx|doc)")) {
        return true;
      }
      if (Files.isDirectory(Path.of(a))) {
        try (Stream<Path> files = Files.list(Path.of(a))) {
          if (files.anyMatch(f -> f.getFileName().toString().matches("(?i).*\\.xls.*"))) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
