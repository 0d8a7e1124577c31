package dev.qingdan;

import static dev.qingdan.Programs.onPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every console example of README.md and docs/ ({@code ```console} blocks) is run as written, with
 * bash, the launcher and the built jar, in a copy of the repository's inputs, and its output must
 * match the lines shown: stdout and stderr together, as a terminal shows them.
 *
 * <p>A line {@code …} alone stands for any number of lines; a line ending in {@code " …"} for any
 * line that starts as it does. A reader whose jar is built sees no first-build line, so an example
 * shows none. Examples of one document run in order in one folder, so a file one writes is there
 * for the next.
 */
class ConsoleExamplesIT {
  private static final String ANY = "…";

  @TempDir Path tmp;

  @BeforeAll
  static void needsBashAndTheJar() {
    assumeTrue(onPath("bash"), "no bash here");
    assumeTrue(Files.isRegularFile(Path.of("target", "qingdan.jar")), "the jar is not built");
  }

  /** One command of an example and the lines shown after it. */
  record Example(int line, String command, List<String> expected) {}

  /** The examples of {@code doc}'s console blocks, in order. */
  static List<Example> examples(Path doc) throws IOException {
    List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
    List<Example> found = new ArrayList<>();
    boolean inBlock = false;
    Example current = null;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (!inBlock) {
        inBlock = l.strip().equals("```console");
        continue;
      }
      if (l.strip().equals("```")) {
        inBlock = false;
        current = null;
        continue;
      }
      if (l.startsWith("$ ")) {
        StringBuilder command = new StringBuilder(l.substring(2));
        while (command.toString().endsWith("\\") && i + 1 < lines.size()) {
          command.append('\n').append(lines.get(++i));
        }
        current = new Example(i + 1, command.toString(), new ArrayList<>());
        found.add(current);
      } else if (current != null) {
        current.expected().add(l);
      }
    }
    return found;
  }

  /** Whether {@code actual} is what {@code expected} shows, with its wildcards. */
  static boolean matches(List<String> expected, List<String> actual) {
    return matches(expected, 0, actual, 0);
  }

  private static boolean matches(List<String> e, int i, List<String> a, int j) {
    if (i == e.size()) {
      return j == a.size();
    }
    String want = e.get(i);
    if (want.equals(ANY)) {
      for (int k = j; k <= a.size(); k++) {
        if (matches(e, i + 1, a, k)) {
          return true;
        }
      }
      return false;
    }
    if (j == a.size()) {
      return false;
    }
    String got = a.get(j);
    boolean same = want.endsWith(" " + ANY)
        ? got.startsWith(want.substring(0, want.length() - ANY.length()))
        : got.equals(want);
    return same && matches(e, i + 1, a, j + 1);
  }

  /**
   * The files that the examples write in the working directory ({@code -o FILE}, {@code > FILE}),
   * each with the document and line that writes it. Files of /tmp, /dev and the checklist, which
   * an example shows refused, are left out.
   */
  static Map<String, List<String>> written() throws IOException {
    Map<String, List<String>> written = new TreeMap<>();
    Pattern output = Pattern.compile("(?:\\s-o|--output)[ =](\\S+)|>\\s*([^\\s&;]\\S*)");
    for (String doc : DOCS) {
      for (Example ex : examples(Path.of(doc))) {
        Matcher m = output.matcher(ex.command());
        while (m.find()) {
          String file = m.group(1) != null ? m.group(1) : m.group(2);
          if (!file.startsWith("/") && !file.equals("policies.yaml")) {
            written.computeIfAbsent(file, f -> new ArrayList<>()).add(doc + ":" + ex.line());
          }
        }
      }
    }
    return written;
  }

  /**
   * A reader follows the guides in one checkout: no two write the same file (the second would be
   * refused, as -o never replaces a file without --force), and git ignores what they write.
   */
  @Test
  void theFilesExamplesWriteAreTheirOwnAndIgnoredByGit() throws Exception {
    Map<String, List<String>> written = written();
    assertTrue(written.containsKey("report.html"), written.toString());
    for (Map.Entry<String, List<String>> e : written.entrySet()) {
      long docs = e.getValue().stream().map(at -> at.substring(0, at.indexOf(':'))).distinct()
          .count();
      assertEquals(1, docs, e.getKey() + " is written by " + e.getValue());
      Process check = new ProcessBuilder("git", "check-ignore", "-q", "--no-index", e.getKey())
          .start();
      assertEquals(0, check.waitFor(), e.getKey() + " (" + e.getValue() + ") is not in .gitignore");
    }
  }

  private static final String[] DOCS = {"README.md", "docs/ratio.md", "docs/deadlines.md",
      "docs/report.md", "docs/diff.md", "docs/import.md", "docs/robustness.md",
      "docs/performance.md", "docs/phrases.md"};

  static Stream<String> docs() {
    return Stream.of(DOCS);
  }

  @ParameterizedTest
  @MethodSource("docs")
  void everyConsoleExampleMatches(String doc) throws Exception {
    Path work = workspace();
    List<String> failures = new ArrayList<>();
    for (Example ex : examples(Path.of(doc))) {
      List<String> actual = run(work, ex.command());
      List<String> expected = new ArrayList<>(ex.expected());
      while (!expected.isEmpty() && expected.get(expected.size() - 1).isEmpty()) {
        expected.remove(expected.size() - 1);
      }
      if (!matches(expected, actual)) {
        failures.add(doc + ":" + ex.line() + ": $ " + ex.command() + "\n--- shown\n"
            + String.join("\n", expected) + "\n--- printed\n" + String.join("\n", actual));
      }
    }
    assertTrue(failures.isEmpty(), failures.size() + " example(s) of " + doc
        + " do not match:\n\n" + String.join("\n\n", failures));
  }

  /**
   * A folder with what the examples read (the checklist, examples/, the test inputs they name),
   * a {@code ./qingdan} that runs this repository's launcher, and a git history of two revisions
   * of the checklist tagged v1 and v2 with qingdan as the diff driver of policies.yaml.
   */
  private Path workspace() throws Exception {
    Path work = tmp.resolve("work");
    Files.createDirectories(work);
    copy(Path.of("policies.yaml"), work.resolve("policies.yaml"));
    copy(Path.of("examples"), work.resolve("examples"));
    copy(Path.of("src/test/resources"), work.resolve("src/test/resources"));
    copy(Path.of("schema"), work.resolve("schema"));
    Path launcher = work.resolve("qingdan");
    Files.writeString(launcher, "#!/bin/sh\nexec '" + Path.of("qingdan").toAbsolutePath()
        + "' \"$@\"\n");
    assertTrue(launcher.toFile().setExecutable(true));
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Files.copy(launcher, bin.resolve("qingdan"));
    assertTrue(bin.resolve("qingdan").toFile().setExecutable(true));
    String history = String.join("\n",
        "git init -q",
        "printf 'policies.yaml diff=qingdan\\n' > .gitattributes",
        "git config diff.qingdan.command \"$PWD/qingdan diff --git-external\"",
        "git add policies.yaml .gitattributes",
        "GIT_AUTHOR_DATE=2022-05-25T09:00:00+08:00 GIT_COMMITTER_DATE=2022-05-25T09:00:00+08:00 "
            + "git commit -q -m '清单（鄞个联〔2022〕2号附件1）'",
        "git tag v1",
        "cp examples/policies-revised.yaml policies.yaml",
        "GIT_AUTHOR_DATE=2022-07-01T09:00:00+08:00 GIT_COMMITTER_DATE=2022-07-01T09:00:00+08:00 "
            + "git commit -q -a -m '清单动态调整：删除第12项，新增第24项'",
        "git tag v2",
        "git checkout -q v1 -- policies.yaml");
    List<String> out = run(work, history);
    assertTrue(out.isEmpty(), String.join("\n", out));
    return work;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  /** The lines {@code command} prints, stdout and stderr together, run by bash in {@code dir}. */
  private List<String> run(Path dir, String command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("bash", "-c", command).directory(dir.toFile())
        .redirectErrorStream(true);
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    pb.environment().remove("NO_COLOR");
    pb.environment().remove("COLUMNS");
    pb.environment().remove("LC_ALL");
    pb.environment().remove("LC_MESSAGES");
    pb.environment().put("LANG", "C.UTF-8");
    pb.environment().put("HOME", tmp.toString());
    pb.environment().put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
    pb.environment().put("PATH", tmp.resolve("bin") + File.pathSeparator
        + System.getenv("PATH"));
    pb.environment().put("GIT_AUTHOR_NAME", "Analyst");
    pb.environment().put("GIT_AUTHOR_EMAIL", "analyst@example.org");
    pb.environment().put("GIT_COMMITTER_NAME", "Analyst");
    pb.environment().put("GIT_COMMITTER_EMAIL", "analyst@example.org");
    pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    Process p = pb.start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), command + " did not finish");
    List<String> lines = new ArrayList<>(new String(out, StandardCharsets.UTF_8).lines().toList());
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }
}
