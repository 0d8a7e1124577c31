package dev.qingdan;

import dev.qingdan.cli.QingdanCommand;
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
   * The runs to record: the root's own, then each command's {@code training()}, in the order of
   * the help. A run that is not here still works, only its classes are read from the jars.
   */
  static List<List<String>> commands() {
    List<List<String>> out = new ArrayList<>();
    out.add(List.of("--version"));
    out.add(List.of("--help"));
    out.addAll(QingdanCommand.training());
    return out;
  }

  private Training() {}

  /** Runs every command. */
  public static void main(String[] args) {
    String home = System.getProperty("qingdan.home", ".");
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    // Text output as on a terminal too, so that the colour and width code is recorded.
    List<Terminal> terminals = List.of(Terminal.pipe(), new Terminal(true, 100, Map.of()));
    for (List<String> command : commands()) {
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
