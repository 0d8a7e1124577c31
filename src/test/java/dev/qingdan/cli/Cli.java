package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qingdan.Main;
import dev.qingdan.text.DisplayWidth;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
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

  /**
   * Runs in terminals 80, 120 and 160 columns wide (without colour) and verifies each run as
   * {@code w80}, {@code w120} and {@code w160}; returns the runs by width.
   */
  public static Map<Integer, Run> verifyAtWidths(String... args) {
    Map<Integer, Run> runs = new LinkedHashMap<>();
    for (int width : new int[] {80, 120, 160}) {
      Run run = run(new Terminal(false, width, Map.of()), args);
      verify("w" + width, run);
      runs.put(width, run);
    }
    return runs;
  }

  /** Asserts that every line a run printed fits in {@code width} columns. */
  public static void assertFits(Run run, int width) {
    for (String line : run.out().split("\n")) {
      assertTrue(DisplayWidth.of(line) <= width, () -> DisplayWidth.of(line) + " columns, wider "
          + "than " + width + ": " + line);
    }
  }
}
