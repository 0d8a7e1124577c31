package dev.qingdan;

import dev.qingdan.cli.QingdanCommand;
import dev.qingdan.cli.Terminal;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.io.file.PathUtils;

/**
 * The work that the launcher records in its class data sharing archives: every command, in each
 * format, on the bundled checklist and the examples, with the output thrown away. The launcher
 * runs it once per jar and archive, in the background, under {@code -XX:DumpLoadedClassList}, and
 * makes an archive of the classes it loaded; later runs map them instead of reading them from the
 * jars.
 *
 * <p>There are two archives per jar. Without an argument the training leaves out the runs on Office
 * files (.xlsx, .docx), whose classes (POI and its XML stack) are a third of the archive and which
 * JDK 17 relocates on every run: that archive serves every command that names no Office file. With
 * {@code office} it runs everything, for the archive of {@code import}, {@code template} and the
 * runs that name such a file.
 *
 * <p>The commands read the bundled example checklist ({@code --example}): the launcher runs them
 * in its cache directory, where there is no {@code ./policies.yaml}. {@code {home}} in an
 * argument is the repository root (system property {@code qingdan.home}); a command whose file
 * is not there is left out. {@code {out}} is a folder of the training's own for what a command
 * writes (Office runs only), removed at the end.
 */
public final class Training {
  /** The argument that asks for the runs on Office files too. */
  static final String OFFICE = "office";

  /**
   * The runs to record: the root's own, then each command's {@code training()} (and with {@code
   * office} its {@code officeTraining()}), in the order of the help. A run that is not here still
   * works, only its classes are read from the jars.
   */
  static List<List<String>> commands(boolean office) {
    List<List<String>> out = new ArrayList<>();
    out.add(List.of("--version"));
    out.add(List.of("--help"));
    out.addAll(QingdanCommand.training(office));
    return out;
  }

  private Training() {}

  /** Runs every command: those on Office files too when the first argument is {@code office}. */
  public static void main(String[] args) throws IOException {
    boolean office = args.length > 0 && args[0].equals(OFFICE);
    String home = System.getProperty("qingdan.home", ".");
    // Main copies the launcher's environment on every run (QINGDAN_LOCALE): its classes too.
    Main.userEnvironment(System.getenv());
    if (office) {
      Path out = Files.createTempDirectory("qingdan-training");
      try {
        run(commands(true), home, out);
      } finally {
        PathUtils.deleteDirectory(out);
      }
    } else {
      run(commands(false), home, null);
    }
    System.exit(0);
  }

  private static void run(List<List<String>> commands, String home, Path out) {
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    // Text output as on a terminal too, so that the colour and width code is recorded.
    List<Terminal> terminals = List.of(Terminal.pipe(), new Terminal(true, 100, Map.of()));
    for (List<String> command : commands) {
      List<String> resolved = resolve(command, home, out);
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
  }

  /**
   * The arguments with {@code {home}} and {@code {out}} replaced, or null when a file they name in
   * {@code home} is missing.
   */
  static List<String> resolve(List<String> command, String home, Path out) {
    List<String> resolved = new ArrayList<>();
    for (String a : command) {
      if (a.contains("{home}")) {
        a = a.replace("{home}", home);
        if (!Files.isReadable(Path.of(a))) {
          return null;
        }
      }
      resolved.add(a.replace("{out}", String.valueOf(out)));
    }
    return resolved;
  }
}
