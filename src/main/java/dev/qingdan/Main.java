package dev.qingdan;

import dev.qingdan.cli.ExitCode;
import dev.qingdan.cli.QingdanCommand;
import dev.qingdan.cli.StandardOutput;
import dev.qingdan.cli.Stderr;
import dev.qingdan.cli.Terminal;
import dev.qingdan.cli.VersionProvider;
import dev.qingdan.text.Msg;
import dev.qingdan.text.Lang;
import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jline.jansi.AnsiConsole;
import picocli.CommandLine;

/** The entry point: sets up the terminal, runs one command, exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    dropRefusedArchive(System.getProperty("qingdan.archive"));
    boolean terminal = isTerminal(System.console());
    int width = 0;
    if (terminal) {
      AnsiConsole.systemInstall();
      width = columns(System.getenv("COLUMNS"));
      if (width <= 0) {
        width = AnsiConsole.getTerminalWidth();
      }
    }
    // UTF-8 whatever the locale: under LANG=C Java would print every Chinese character as '?'.
    PrintWriter out = new StandardOutput(new FileOutputStream(FileDescriptor.out));
    PrintWriter err = new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8),
        false);
    int code = run(new Terminal(terminal, width, userEnvironment(System.getenv())), out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs qingdan as if its output went to a pipe. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(Terminal.pipe(), out, err, args);
  }

  /**
   * Runs qingdan with the given terminal; the only caller of picocli's execute. Output that could
   * not be written (a full disk) is trouble, whatever the command found: one line says why.
   */
  public static int run(Terminal terminal, PrintWriter out, PrintWriter err, String... args) {
    if (QingdanCommand.versionOnly(args)) {
      // What picocli prints for --version, without building any command (docs/performance.md).
      for (String line : new VersionProvider().getVersion()) {
        out.print(line + "\n");
      }
      return written(out, err, ExitCode.OK, null, terminal);
    }
    CommandLine cl = QingdanCommand.commandLine(terminal, out, err, args);
    int code;
    try {
      code = cl.execute(args);
    } catch (OutOfMemoryError e) {
      // picocli hands only exceptions to the handler; an exhausted heap gets one clear line too
      new Stderr(err, QingdanCommand.lang(cl, terminal)).error(Msg.of("out of memory: the input "
          + "is too large for the Java heap; split it, or give Java more memory "
          + "(QINGDAN_JAVA_OPTS=-Xmx4g ./qingdan ...)"));
      code = ExitCode.TROUBLE;
    } catch (StackOverflowError | LinkageError | AssertionError e) {
      Stderr stderr = new Stderr(err, QingdanCommand.lang(cl, terminal));
      stderr.internalError(e);
      stderr.bug();
      if (QingdanCommand.debug(cl)) {
        e.printStackTrace(err);
      }
      code = ExitCode.TROUBLE;
    }
    return written(out, err, code, cl, terminal);
  }

  /**
   * {@code code}, or trouble when {@code out} failed, said in the language of the run of {@code cl}
   * (null: none was built); a closed pipe is no failure.
   */
  private static int written(PrintWriter out, PrintWriter err, int code, CommandLine cl,
      Terminal terminal) {
    out.flush();
    err.flush();
    if (!out.checkError()) {
      return code;
    }
    IOException e = out instanceof StandardOutput s ? s.failure() : null;
    if (StandardOutput.brokenPipe(e)) {
      return code;
    }
    Lang lang = cl == null ? Lang.fromEnvironment(terminal.env())
        : QingdanCommand.lang(cl, terminal);
    new Stderr(err, lang).error(Msg.of("cannot write to standard output: %s", Msg.verbatim(
        e == null || e.getMessage() == null ? "write failed" : e.getMessage())));
    return ExitCode.TROUBLE;
  }

  /**
   * The environment with the user's locale: the launcher runs Java under {@code LC_ALL=C.UTF-8},
   * as JDK 17 decodes the arguments with the locale's charset (and a locale that is not installed
   * as ASCII), and passes the locale the user chose, the first of LC_ALL, LC_MESSAGES and LANG, as
   * {@code QINGDAN_LOCALE}.
   */
  static Map<String, String> userEnvironment(Map<String, String> env) {
    String locale = env.get("QINGDAN_LOCALE");
    if (locale == null) {
      return env;
    }
    Map<String, String> user = new HashMap<>(env);
    user.remove("QINGDAN_LOCALE");
    user.put("LC_ALL", locale);
    return user;
  }

  /**
   * Deletes the class data sharing archive the launcher named when the JVM did not use it (damaged,
   * or made for another path of the jar or another JDK), so that the next run makes it anew.
   */
  private static void dropRefusedArchive(String archive) {
    if (archive != null && !System.getProperty("java.vm.info", "").contains("sharing")) {
      try {
        Files.deleteIfExists(Path.of(archive));
      } catch (IOException | RuntimeException e) {
        // a cache that cannot be changed only costs speed
      }
    }
  }

  /**
   * Whether standard input and output are a terminal. Up to JDK 21 {@code System.console()} is
   * null otherwise; from JDK 22 it is there whatever the streams are, and says so with {@code
   * Console.isTerminal()}, read reflectively while Java 17 is supported.
   */
  static boolean isTerminal(Console console) {
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true; // before JDK 22, a console is a terminal
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  private static int columns(String s) {
    try {
      return s == null ? 0 : Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
