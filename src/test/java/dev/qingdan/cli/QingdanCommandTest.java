package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The command line built for the arguments (only the command they name, the checklist read ahead)
 * behaves exactly as the one with every command.
 */
class QingdanCommandTest {
  private static final PrintWriter NOWHERE = new PrintWriter(new StringWriter());

  private static Set<String> built(String... args) {
    return QingdanCommand.commandLine(Terminal.pipe(), NOWHERE, NOWHERE, args).getSubcommands()
        .keySet();
  }

  @Test
  void aNamedCommandIsBuiltAlone() {
    assertEquals(Set.of("validate"), built("validate", "--format", "json"));
    assertEquals(Set.of("show"), built("show", "1.1"));
    assertEquals(Set.of("completion"), built("completion", "bash"));
  }

  @Test
  void everythingElseGetsEveryCommandInTheOrderOfTheHelp() {
    List<String> all = new ArrayList<>(QingdanCommand.commandLine(Terminal.pipe(), NOWHERE,
        NOWHERE).getSubcommands().keySet());
    assertEquals(List.of("validate", "list", "show", "schema", "import", "ratio", "deadlines",
        "report", "template", "diff", "log", "completion", "man", "help"), all);
    for (String[] args : List.of(new String[0], new String[] {"--help"}, new String[] {"-h"},
        new String[] {"valdate"}, new String[] {"--version", "list"},
        new String[] {"-V", "-h"}, new String[] {"--debug", "validate"})) {
      assertEquals(Set.copyOf(all), built(args), String.join(" ", args));
    }
  }

  /** Runs args on the command line with every command and nothing read ahead. */
  private static Cli.Run wholeTree(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter o = new PrintWriter(out);
    PrintWriter e = new PrintWriter(err);
    CommandLine cl = QingdanCommand.commandLine(Terminal.pipe(), o, e);
    int exit = cl.execute(args);
    o.flush();
    e.flush();
    return new Cli.Run(exit, out.toString(), err.toString());
  }

  @Test
  void whatAUserSeesIsTheSameAsWithEveryCommand() {
    List<List<String>> cases = List.of(
        List.of("--version"),
        List.of("-V"),
        List.of("validate"),
        List.of("validate", "--format", "json", "src/test/resources/checklists/deep.yaml"),
        List.of("validate", "--help"),
        List.of("validate", "--bogus"),
        List.of("validate", "--version"),
        List.of("list", "--format", "csv"),
        List.of("list", "--format", "xml"),
        List.of("show", "25.1"),
        List.of("show", "20.1", "--format", "yaml"),
        List.of("schema", "output"),
        List.of("import", "missing.txt"),
        List.of("completion", "fish"),
        List.of("completion", "bash", "--generate"),
        List.of("ratio", "--data", "examples/progress-2022.csv", "--format", "json"),
        List.of("ratio", "--bogus"),
        List.of("deadlines", "--as-of", "2022-08-31", "--data", "examples/progress-2022.yaml"),
        List.of("diff", "policies.yaml", "examples/policies-revised.yaml", "--lang", "en"),
        List.of("log", "--help"),
        List.of("man"),
        List.of("man", "extra"));
    for (List<String> c : cases) {
      String[] args = c.toArray(String[]::new);
      assertEquals(wholeTree(args).block(), Cli.run(args).block(), String.join(" ", c));
    }
  }
}
