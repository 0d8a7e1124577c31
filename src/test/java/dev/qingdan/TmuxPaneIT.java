package dev.qingdan;

import static dev.qingdan.Programs.onPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.qingdan.text.DisplayWidth;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The built jar at a real terminal: tmux, in a detached pane 80 or 120 columns wide. qingdan
 * finds the width itself (no COLUMNS), and the table it prints, with Chinese text and “ ”, must
 * line up as tmux draws it: every line within the pane, and every piece of a cell (a run of text
 * between two blank columns) inside one column of the rule under the header, starting at its start
 * or, right-aligned, ending at its end. One place off, a cell runs into the gap beside it.
 *
 * <p>Where each character lands is tmux's own doing: the width of every character the table uses
 * is measured in the pane, by printing it as many times as the pane is wide and counting how many
 * tmux puts on one line. Those widths must also be {@link DisplayWidth}'s.
 */
@Timeout(180)
class TmuxPaneIT {
  /** The end mark of a script's output, followed by the script's name. */
  private static final String DONE = "__QINGDAN_DONE__";

  /** The start mark of a script's output: the typed command wraps in a narrow pane. */
  private static final String START = "__QINGDAN_START__";

  /** Characters whose width qingdan's output depends on, beside those the table happens to use. */
  private static final String PROBES = "“”‘’…─●▇░·→–—、，。（）：；《》\u3000Ａ１✅🔴中";

  @TempDir Path tmp;

  @BeforeAll
  static void needsTmuxAndTheJar() {
    assumeTrue(onPath("tmux"), "no tmux here");
    assumeTrue(Files.isRegularFile(Path.of("target", "qingdan.jar")), "the jar is not built");
  }

  @ParameterizedTest(name = "{1} columns: {0}")
  @CsvSource(delimiter = '|', value = {
      "list|80", "list|120", "ratio --data examples/progress-2022.yaml --id 3,20,24|120"})
  void theTableLinesUpAsTmuxDrawsIt(String command, int columns) throws Exception {
    try (Pane pane = new Pane(tmp, columns)) {
      List<String> out = pane.run("java -jar " + Path.of("target", "qingdan.jar").toAbsolutePath()
          + " " + command + " --color never");
      String all = String.join("\n", out);
      assertTrue(all.contains("“") && all.contains("”"), "the table has “ ”:\n" + all);

      TreeSet<Integer> chars = new TreeSet<>();
      (all + PROBES).codePoints().filter(cp -> cp > 0x7e).forEach(chars::add);
      Map<Integer, Integer> widths = pane.widths(chars);

      // The table: its header (one line or more) after a blank line, the rule, the rows.
      int separator = 0;
      while (!out.get(separator).startsWith("─")) {
        separator++;
      }
      int start = separator;
      while (start > 0 && !out.get(start - 1).isBlank()) {
        start--;
      }
      int end = separator + 1;
      while (end < out.size() && !out.get(end).isBlank()
          && !out.get(end).matches("\\d+ rows?")) {
        end++;
      }
      assertTrue(end > separator + 2, "the table has rows:\n" + all);
      List<int[]> columnsAt = runsOf(out.get(separator), widths);
      for (int i = start; i < end; i++) {
        String line = out.get(i);
        String where = "line " + i + " of the pane:\n" + line + "\n" + all;
        List<int[]> cells = runsOf(line, widths);
        int width = cells.isEmpty() ? 0 : cells.get(cells.size() - 1)[1];
        assertTrue(width <= columns, () -> width + " columns wide: " + where);
        for (int[] cell : cells) {
          assertTrue(columnsAt.stream().anyMatch(c -> cell[0] >= c[0] && cell[1] <= c[1]
              && (cell[0] == c[0] || cell[1] == c[1])),
              () -> "a cell at " + cell[0] + "-" + cell[1] + " is out of its column: " + where);
        }
      }

      widths.forEach((cp, w) -> assertEquals(w, DisplayWidth.of(cp),
          () -> "tmux draws " + Character.toString(cp) + " U+" + Integer.toHexString(cp) + " "
              + w + " wide"));
    }
  }

  /**
   * diff finds the pane's width itself and every line it prints fits it, in either language: tmux
   * joins the lines it wrapped, so one too wide shows whole. Nothing is cut, only wrapped.
   */
  @ParameterizedTest(name = "{0} columns, {1}")
  @CsvSource({"40,en", "80,en", "120,en", "40,zh", "80,zh", "120,zh"})
  void diffFitsThePane(int columns, String lang) throws Exception {
    fitsThePane(columns, true, "diff", "policies.yaml", "examples/policies-revised.yaml", "--color",
        "never", "--lang", lang);
  }

  /**
   * report at 40 columns: its tables wrap their cells between words, and a table too wide for the
   * pane even without its spare columns shows a block per row.
   */
  @ParameterizedTest(name = "{0} columns, {1}")
  @CsvSource({"40,en", "40,zh", "80,en"})
  void reportFitsThePane(int columns, String lang) throws Exception {
    fitsThePane(columns, false, "report", "--data", "examples/progress-2022.yaml", "--as-of",
        "2022-06-30", "--color", "never", "--lang", lang);
  }

  /**
   * Every line {@code args} print in the pane fits it; with {@code rewrapped}, it is what a pipe
   * gets, only wrapped (a table in a narrow pane may show its rows otherwise).
   */
  private void fitsThePane(int columns, boolean rewrapped, String... args) throws Exception {
    StringWriter piped = new StringWriter();
    Main.run(new PrintWriter(piped), new PrintWriter(new StringWriter()), args);
    try (Pane pane = new Pane(tmp, columns)) {
      List<String> out = pane.run("java -jar " + Path.of("target", "qingdan.jar").toAbsolutePath()
          + " " + String.join(" ", args));
      assertTrue(out.size() > 30, () -> String.join("\n", out));
      for (String line : out) {
        // the widths tmux gives these characters are DisplayWidth's: see the test above
        assertTrue(DisplayWidth.of(line) <= columns, () -> DisplayWidth.of(line)
            + " columns wide: " + line + "\n" + String.join("\n", out));
      }
      if (rewrapped) {
        assertEquals(piped.toString().replaceAll("\\s+", ""),
            String.join("", out).replaceAll("\\s+", ""));
      }
    }
  }

  /**
   * The cells of a line as tmux lays it out: the runs of text between two or more blank columns,
   * each as {start, end} in columns, the end not included.
   */
  private static List<int[]> runsOf(String line, Map<Integer, Integer> widths) {
    List<int[]> runs = new ArrayList<>();
    int at = 0;
    int start = -1;
    int end = 0;
    for (int i = 0; i < line.length(); i += Character.charCount(line.codePointAt(i))) {
      int cp = line.codePointAt(i);
      int w = cp <= 0x7e ? 1 : widths.get(cp);
      if (cp != ' ') {
        if (start >= 0 && at - end >= 2) {
          runs.add(new int[] {start, end});
          start = -1;
        }
        if (start < 0) {
          start = at;
        }
        end = at + w;
      }
      at += w;
    }
    if (start >= 0) {
      runs.add(new int[] {start, end});
    }
    return runs;
  }

  /**
   * A tmux server of its own, its socket in the test's folder, with one detached pane running
   * bash; killed when closed.
   */
  private static final class Pane implements AutoCloseable {
    private final Path dir;
    private final int columns;
    private final Path socket;

    Pane(Path dir, int columns) throws Exception {
      this.dir = dir;
      this.columns = columns;
      this.socket = dir.resolve("tmux.sock");
      Path conf = dir.resolve("tmux.conf");
      Files.writeString(conf, "set -g history-limit 20000\n");
      tmux("-f", conf.toString(), "new-session", "-d", "-s", "qd", "-x",
          Integer.toString(columns), "-y", "50", "bash --norc --noprofile");
    }

    /** Runs a shell command in the pane and returns the lines it printed, as tmux shows them. */
    List<String> run(String command) throws Exception {
      Path script = dir.resolve("run.sh");
      Files.writeString(script, "cd " + quote(Path.of("").toAbsolutePath().toString())
          + "\nunset COLUMNS LINES JAVA_TOOL_OPTIONS\nprintf '%s\\n' " + START + "\n" + command
          + "\nprintf '%s\\n' " + DONE + "run\n", StandardCharsets.UTF_8);
      // Lines that tmux wrapped are joined, so that one too wide shows.
      return printed(script, true);
    }

    /** The number of columns tmux gives each of these code points. */
    Map<Integer, Integer> widths(Iterable<Integer> codePoints) throws Exception {
      StringBuilder sh = new StringBuilder("printf '%s\\n' " + START + "\n");
      for (int cp : codePoints) {
        String c = Character.toString(cp);
        sh.append("printf '%s\\n' '#").append(cp).append("' '").append(c.repeat(columns))
            .append("'\n");
      }
      sh.append("printf '%s\\n' ").append(DONE).append("probe\n");
      Path script = dir.resolve("probe.sh");
      Files.writeString(script, sh.toString(), StandardCharsets.UTF_8);
      // Not joined: a line of wide characters wraps after half as many.
      List<String> lines = printed(script, false);
      Map<Integer, Integer> widths = new TreeMap<>();
      for (int i = 0; i + 1 < lines.size(); i++) {
        if (lines.get(i).startsWith("#")) {
          int cp = Integer.parseInt(lines.get(i).substring(1));
          int onALine = (int) lines.get(i + 1).codePoints().count();
          assertEquals(0, columns % onALine, () -> "tmux put " + onALine + " of "
              + Character.toString(cp) + " on a line of " + columns);
          widths.put(cp, columns / onALine);
        }
      }
      return widths;
    }

    /** Runs a script in the pane; returns the lines between its start and end marks. */
    private List<String> printed(Path script, boolean join) throws Exception {
      String typed = "bash " + quote(script.toString());
      tmux("send-keys", "-t", "qd", typed, "Enter");
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
      while (System.nanoTime() < until) {
        List<String> lines = List.of(tmux("capture-pane", "-p", join ? "-J" : "-q", "-t",
            "qd", "-S", "-", "-E", "-").split("\n"));
        String name = script.getFileName().toString();
        int done = lines.lastIndexOf(DONE + name.substring(0, name.indexOf('.')));
        if (done >= 0) {
          int start = done - 1;
          while (!lines.get(start).strip().equals(START)) {
            start--;
          }
          List<String> out = new ArrayList<>();
          for (String l : lines.subList(start + 1, done)) {
            // -J keeps the spaces at the end of a line
            out.add(l.replaceAll(" +$", ""));
          }
          tmux("clear-history", "-t", "qd");
          return out;
        }
        Thread.sleep(200);
      }
      throw new AssertionError("no end in sight in the pane:\n"
          + tmux("capture-pane", "-p", "-t", "qd"));
    }

    private String tmux(String... args) throws IOException, InterruptedException {
      List<String> cmd = new ArrayList<>(List.of("tmux", "-S", socket.toString()));
      cmd.addAll(List.of(args));
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
      pb.environment().put("LANG", "C.UTF-8");
      pb.environment().remove("LC_ALL");
      pb.environment().remove("COLUMNS");
      pb.environment().remove("TMUX");
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(30, TimeUnit.SECONDS), String.join(" ", cmd));
      assertEquals(0, p.exitValue(), () -> String.join(" ", cmd) + ": " + out);
      return out;
    }

    private static String quote(String s) {
      return "'" + s.replace("'", "'\\''") + "'";
    }

    @Override
    public void close() throws Exception {
      tmux("kill-server");
    }
  }
}
