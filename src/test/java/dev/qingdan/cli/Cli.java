package dev.qingdan.cli;

import dev.qingdan.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;

/** Runs qingdan in-process as a user would, and shows what the user sees as one block. */
public final class Cli {
  private Cli() {}

  /** The result of one run. */
  public record Run(int exit, String out, String err) {
    /** {@code exit: N}, {@code --- out}, {@code --- err}: the block approval tests verify. */
    public String block() {
      return "exit: " + exit + "\n--- out\n" + out + (out.isEmpty() || out.endsWith("\n") ? ""
          : "\n") + "--- err\n" + err;
    }
  }

  public static Run run(String... args) {
    return run(Terminal.pipe(), args);
  }

  public static Run run(Terminal terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(terminal, new PrintWriter(out), new PrintWriter(err), args);
    return new Run(exit, out.toString(), err.toString());
  }

  /** A terminal of the given width, with colour allowed. */
  public static Terminal terminal(int width) {
    return new Terminal(true, width, Map.of());
  }

  /** Verifies the block of a run; {@code name} tells apart several runs of one test. */
  public static void verify(String name, String... args) {
    verify(name, run(args));
  }

  public static void verify(String name, Run run) {
    Approvals.verify(run.block(), new Options().forFile().withAdditionalInformation(name));
  }
}
