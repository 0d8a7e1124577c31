package dev.qingdan;

import dev.qingdan.cli.Terminal;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The work that the launcher records in its class data sharing archive: every command, in each
 * format, on the bundled checklist and the examples, with the output thrown away. The launcher
 * runs it once per jar, in the background, under {@code -XX:DumpLoadedClassList}, and makes an
 * archive of the classes it loaded; later runs map them instead of reading them from the jars.
 *
 * <p>The commands read the bundled example checklist ({@code --example}): the launcher runs them
 * in its cache directory, where there is no {@code ./policies.yaml}. {@code {home}} in an
 * argument is the repository root (system property {@code qingdan.home}); a command whose file
 * is not there is left out.
 */
public final class Training {
  /**
   * The commands to record. A command that is not here still runs, only its classes are read
   * from the jars. Add new commands and formats here (with example data under examples/).
   */
  static final List<List<String>> COMMANDS = List.of(
      List.of("--version"),
      List.of("--help"),
      List.of("validate", "--example"),
      List.of("validate", "-p", "{home}/policies.yaml"),
      List.of("validate", "--example", "--verbose", "--format", "github"),
      List.of("validate", "--example", "--format", "json"),
      List.of("validate", "--example", "--format", "junit"),
      List.of("validate", "--help"),
      List.of("list", "--example"),
      List.of("list", "--example", "--format", "json"),
      List.of("list", "--example", "--format", "csv"),
      List.of("list", "--example", "--format", "markdown"),
      List.of("list", "--example", "--unit", "区市场监管局", "--grep", "个体"),
      List.of("show", "--example", "20.1"),
      List.of("show", "--example", "13", "--format", "json"),
      List.of("show", "--example", "G1", "--format", "yaml"),
      List.of("show", "--example", "99"),
      List.of("schema"),
      List.of("schema", "output", "list"),
      List.of("completion", "bash"),
      List.of("import", "{home}/examples/plan-2022.txt"),
      List.of("import", "{home}/examples/plan-2022.txt", "--year", "2022"),
      List.of("validate", "--example", "--data", "{home}/examples/progress-2022.csv"),
      List.of("ratio", "--example", "--data", "{home}/examples/progress-2022.yaml"),
      List.of("ratio", "--example", "--data", "{home}/examples/progress-2022.csv", "--format",
          "json"),
      List.of("ratio", "--example", "--data", "{home}/examples/progress-2022.csv", "--by", "unit",
          "--lang", "zh"),
      List.of("deadlines", "--example", "--as-of", "2022-08-31", "--data",
          "{home}/examples/progress-2022.yaml"),
      List.of("deadlines", "--example", "--as-of", "2022-08-31", "--data",
          "{home}/examples/progress-2022.csv", "--format", "json"),
      List.of("diff", "{home}/policies.yaml", "{home}/examples/policies-revised.yaml"),
      List.of("diff", "{home}/policies.yaml", "{home}/examples/policies-revised.yaml", "--format",
          "json"),
      List.of("report", "--example", "--data", "{home}/examples/progress-2022.yaml", "--as-of",
          "2022-08-31"),
      List.of("report", "--example", "--data", "{home}/examples/progress-2022.csv", "--as-of",
          "2022-08-31", "--format", "json"),
      List.of("report", "--example", "--data", "{home}/examples/progress-2022.yaml", "--as-of",
          "2022-08-31", "--format", "html"),
      List.of("report", "--example", "--data", "{home}/examples/progress-2022.yaml", "--as-of",
          "2022-08-31", "--format", "markdown"),
      List.of("validate", "--example", "--data", "{home}/examples/forms-2022-06"),
      List.of("ratio", "--example", "--data", "{home}/examples/forms-2022-06", "--format",
          "json")
      // Add new commands here (with example data under examples/).
      );

  private Training() {}

  /** Runs every command. */
  public static void main(String[] args) {
    String home = System.getProperty("qingdan.home", ".");
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    // Text output as on a terminal too, so that the colour and width code is recorded.
    List<Terminal> terminals = List.of(Terminal.pipe(), new Terminal(true, 100, Map.of()));
    for (List<String> command : COMMANDS) {
      List<String> resolved = resolve(command, home);
      if (resolved == null) {
        continue;
      }
      for (Terminal t : terminals) {
        try {
          Main.run(t, nowhere, nowhere, resolved.toArray(String[]::new));
        } catch (RuntimeException e) {
          // a command that fails here only misses the archive
        }
      }
    }
    System.exit(0);
  }

  /** The arguments with {@code {home}} replaced, or null when a file they name is missing. */
  static List<String> resolve(List<String> command, String home) {
    List<String> out = new ArrayList<>();
    for (String a : command) {
      if (a.contains("{home}")) {
        a = a.replace("{home}", home);
        if (!Files.isReadable(Path.of(a))) {
          return null;
        }
      }
      out.add(a);
    }
    return out;
  }
}
