package dev.qingdan;

import dev.qingdan.cli.Terminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The work that the launcher records in its class data sharing archives: every command, each
 * format, on the bundled checklist, with the output thrown away. Given a command's name, only that
 * command is run (the launcher keeps an archive of its own for each of the commands run most, and
 * one of all the commands for the rest). The launcher runs this once per command, jar and JVM, in
 * the background, with {@code -XX:DumpLoadedClassList}, and makes an archive of the classes it
 * loaded; later runs then map them instead of reading and verifying them from the jar.
 *
 * <p>Run with no {@code ./policies.yaml} in the working directory (the launcher runs it in its
 * cache directory), so that the commands read the bundled checklist. {@code {home}} in an argument
 * is the repository root (system property {@code qingdan.home}); {@code {checklist}} is a
 * temporary copy of the bundled checklist, for the commands given a checklist file with {@code -p}
 * (which they read ahead). A command whose file is not there is left out.
 */
public final class Training {
  /**
   * The commands to record. A command that is not here still runs, only its own classes are read
   * from the jar. Add new commands and formats here (with example data under examples/).
   */
  static final List<List<String>> COMMANDS = List.of(
      List.of("--version"),
      List.of("--help"),
      List.of("validate"),
      // a checklist file, as in a repository: it is read ahead (cli/Prefetch)
      List.of("validate", "-p", "{checklist}"),
      List.of("list", "-p", "{checklist}", "--format", "json"),
      List.of("validate", "--verbose", "--format", "github"),
      List.of("validate", "--format", "json"),
      List.of("validate", "--format", "junit"),
      List.of("validate", "--help"),
      List.of("list"),
      List.of("list", "--format", "json"),
      List.of("list", "--format", "csv"),
      List.of("list", "--format", "markdown"),
      List.of("list", "--unit", "区市场监管局", "--grep", "个体"),
      List.of("show", "20.1"),
      List.of("show", "13", "--format", "json"),
      List.of("show", "G1", "--format", "yaml"),
      List.of("show", "99"),
      List.of("schema"),
      List.of("schema", "output", "list"),
      List.of("completion", "bash"),
      List.of("import", "{home}/examples/plan-2022.txt"),
      List.of("import", "{home}/examples/plan-2022.txt", "--year", "2022"),
      List.of("validate", "--data", "{home}/examples/progress-2022.csv"),
      List.of("ratio", "--data", "{home}/examples/progress-2022.yaml"),
      List.of("ratio", "--data", "{home}/examples/progress-2022.csv", "--format", "json"),
      List.of("ratio", "--data", "{home}/examples/progress-2022.csv", "--by", "unit", "--lang",
          "zh"),
      List.of("deadlines", "--as-of", "2022-08-31", "--data", "{home}/examples/progress-2022.yaml"),
      List.of("deadlines", "--as-of", "2022-08-31", "--data", "{home}/examples/progress-2022.csv",
          "--format", "json"),
      List.of("diff", "{home}/policies.yaml", "{home}/examples/policies-revised.yaml"),
      List.of("diff", "{home}/policies.yaml", "{home}/examples/policies-revised.yaml", "--format",
          "json"),
      List.of("report", "--data", "{home}/examples/progress-2022.yaml", "--as-of", "2022-08-31"),
      List.of("report", "--data", "{home}/examples/progress-2022.csv", "--as-of", "2022-08-31",
          "--format", "json"),
      List.of("report", "--data", "{home}/examples/progress-2022.yaml", "--as-of", "2022-08-31",
          "--format", "html"),
      List.of("report", "--data", "{home}/examples/progress-2022.yaml", "--as-of", "2022-08-31",
          "--format", "markdown")
      // Add new commands here (with example data under examples/).
      );

  /** The name of the archive of every command. */
  static final String ALL = "all";

  private Training() {}

  /** Runs the commands of {@code args[0]} (a command's name), or every command. */
  public static void main(String[] args) {
    String home = System.getProperty("qingdan.home", ".");
    List<List<String>> commands = commands(args.length == 0 ? ALL : args[0]);
    Path copy = copyOfTheBundledChecklist();
    String checklist = copy == null ? home + "/policies.yaml" : copy.toString();
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    // Text output as on a terminal too, so that the colour and width code is recorded.
    List<Terminal> terminals = List.of(Terminal.pipe(), new Terminal(true, 100, Map.of()));
    for (List<String> command : commands) {
      List<String> resolved = resolve(command, home, checklist);
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
    try {
      if (copy != null) {
        Files.deleteIfExists(copy);
      }
    } catch (IOException e) {
      // a temporary file left behind loses nothing
    }
    System.exit(0);
  }

  /** The commands whose first word is {@code group}, or all of them for {@link #ALL}. */
  static List<List<String>> commands(String group) {
    if (group.equals(ALL)) {
      return COMMANDS;
    }
    List<List<String>> out = new ArrayList<>();
    for (List<String> command : COMMANDS) {
      if (command.get(0).equals(group)) {
        out.add(command);
      }
    }
    return out;
  }

  /**
   * The bundled checklist as a file of its own, so that the commands that read a checklist file
   * (ahead of time, too) are recorded wherever the repository is; null when it cannot be written.
   */
  private static Path copyOfTheBundledChecklist() {
    try (InputStream in = Training.class.getResourceAsStream("/dev/qingdan/data/policies.yaml")) {
      if (in == null) {
        return null;
      }
      // Named by the process rather than by Files.createTempFile, whose random name would set up
      // the JDK's secure random generator (60 classes) in an archive of commands that never use it.
      Path p = Path.of(System.getProperty("java.io.tmpdir"),
          "qingdan-training-" + ProcessHandle.current().pid() + ".yaml");
      Files.write(p, in.readAllBytes(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      return p;
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * The arguments with {@code {home}} and {@code {checklist}} replaced, or null when a file they
   * name is missing.
   */
  static List<String> resolve(List<String> command, String home, String checklist) {
    List<String> out = new ArrayList<>();
    for (String a : command) {
      if (a.contains("{home}") || a.contains("{checklist}")) {
        a = a.replace("{home}", home).replace("{checklist}", checklist);
        if (!Files.isReadable(Path.of(a))) {
          return null;
        }
      }
      out.add(a);
    }
    return out;
  }
}
