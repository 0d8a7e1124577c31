package dev.qingdan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qingdan.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The commands that the launcher records in its archive all run, on files that exist. */
class TrainingTest {
  /** Commands in the list on purpose for their error path. */
  private static final Set<List<String>> FAILING = Set.of(List.of("show", "99"));

  @Test
  void everyCommandRunsOnTheRepositorysFiles() {
    for (List<String> command : Training.COMMANDS) {
      List<String> args = Training.resolve(command, ".", "./policies.yaml");
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

  @Test
  void aMissingFileLeavesTheCommandOut() {
    assertNull(Training.resolve(List.of("import", "{home}/no-such-file.txt"), ".",
        "./policies.yaml"));
    assertEquals(List.of("import", "./examples/plan-2022.txt"),
        Training.resolve(List.of("import", "{home}/examples/plan-2022.txt"), ".",
            "./policies.yaml"));
  }

  /**
   * Each command that the launcher gives an archive of its own is trained on its own, in every
   * format the list has for it; the rest share the archive of every command.
   */
  @Test
  void theLaunchersOwnArchivesEachHaveTheirCommandsTraining() throws IOException {
    Matcher m = Pattern.compile("\n    ([a-z |]+)\\) group=\\$1 ;;\n")
        .matcher(Files.readString(Path.of("qingdan")));
    assertTrue(m.find(), "the launcher's list of commands with an archive of their own");
    List<String> groups = List.of(m.group(1).split(" \\| "));
    assertEquals(List.of("validate", "list", "show", "ratio", "deadlines", "report", "diff"),
        groups);
    for (String g : groups) {
      List<List<String>> commands = Training.commands(g);
      assertFalse(commands.isEmpty(), g);
      assertTrue(commands.stream().allMatch(c -> c.get(0).equals(g)), g);
      assertEquals(Training.COMMANDS.stream().filter(c -> c.get(0).equals(g)).count(),
          commands.size(), g);
    }
    assertEquals(Training.COMMANDS, Training.commands(Training.ALL));
  }
}
