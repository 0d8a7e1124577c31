package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.qingdan.Main;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Output that cannot be written is trouble: every command that prints, writing to a full disk,
 * exits 2 with one line that says why; a reader that closed its pipe is no error.
 */
class StandardOutputTest {
  private static final List<List<String>> PRINTING = List.of(
      List.of("list"),
      List.of("list", "--format", "csv"),
      List.of("show", "1.1"),
      List.of("ratio", "--data", "examples/progress-2022.yaml"),
      List.of("deadlines", "--as-of", "2022-08-31", "--data", "examples/progress-2022.yaml"),
      List.of("report", "--data", "examples/progress-2022.yaml", "--as-of", "2022-08-31"),
      List.of("diff", "policies.yaml", "examples/policies-revised.yaml"),
      List.of("import", "examples/plan-2022.docx"),
      List.of("import", "examples/plan-2022.txt", "-o", "-"),
      List.of("validate"),
      List.of("validate", "examples/broken/unknown-unit.yaml"),
      List.of("schema"),
      List.of("completion", "bash"),
      List.of("log", "-n", "1"),
      List.of("--version"));

  /** A stream whose every write fails as a full disk does. */
  private static final class Full extends OutputStream {
    private final String message;

    Full(String message) {
      this.message = message;
    }

    @Override
    public void write(int b) throws IOException {
      throw new IOException(message);
    }
  }

  private static Cli.Run run(OutputStream sink, List<String> args) {
    StringWriter err = new StringWriter();
    int exit = Main.run(Terminal.pipe(), new StandardOutput(sink), new PrintWriter(err),
        args.toArray(String[]::new));
    return new Cli.Run(exit, "", err.toString());
  }

  @Test
  void aFullDiskIsTroubleWithOneLine() {
    for (List<String> args : PRINTING) {
      Cli.Run run = run(new Full("No space left on device"), args);
      assertEquals(ExitCode.TROUBLE, run.exit(), args + "\n" + run.block());
      // what a command says on the side (import's notes on the table) stays; the error ends it
      List<String> errors = run.err().lines().filter(l -> l.startsWith("qingdan: error")).toList();
      assertEquals(List.of("qingdan: error: cannot write to standard output: No space left on "
          + "device"), errors, args + "\n" + run.block());
      assertEquals(errors.get(0), run.err().lines().reduce((a, b) -> b).orElseThrow(),
          args.toString());
    }
  }

  @Test
  void theMessageIsInTheUsersLanguage() {
    StringWriter err = new StringWriter();
    int exit = Main.run(new Terminal(false, 0, Map.of("LANG", "zh_CN.UTF-8")),
        new StandardOutput(new Full("No space left on device")), new PrintWriter(err), "list");
    assertEquals(ExitCode.TROUBLE, exit);
    assertEquals("qingdan: 错误：无法写入标准输出：No space left on device\n", err.toString());
  }

  /** {@code qingdan list | head -1}: the reader went away; the exit code is the command's own. */
  @Test
  void aClosedPipeIsNoError() {
    for (List<String> args : PRINTING) {
      Cli.Run quiet = run(new Full("Broken pipe"), args);
      Cli.Run whole = Cli.run(args.toArray(String[]::new));
      assertEquals(whole.exit(), quiet.exit(), args + "\n" + quiet.block());
      assertEquals(whole.err(), quiet.err(), args.toString());
    }
  }
}
