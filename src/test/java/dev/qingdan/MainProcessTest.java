package dev.qingdan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Runs qingdan as its own process, as the launcher does, in a hostile locale. */
@Tag("process")
class MainProcessTest {
  /** The output of one process. */
  record Result(int exit, String out, String err) {}

  static Result run(String... args) throws Exception {
    return run(List.of(), "C", args);
  }

  /** A run with these JVM options, under this LANG. */
  static Result run(List<String> jvm, String lang, String... args) throws Exception {
    return run(null, jvm, lang, args);
  }

  /** A run in the directory {@code dir} (null: this one). */
  static Result run(Path dir, List<String> jvm, String lang, String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvm);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Main.class.getName());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    if (dir != null) {
      pb.directory(dir.toFile());
    }
    pb.environment().put("LANG", lang);
    pb.environment().remove("LC_ALL");
    pb.environment().remove("LC_MESSAGES");
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    pb.environment().remove("JDK_JAVA_OPTIONS");
    File out = File.createTempFile("qingdan-out", ".txt");
    File err = File.createTempFile("qingdan-err", ".txt");
    try {
      pb.redirectOutput(out).redirectError(err).redirectInput(ProcessBuilder.Redirect.PIPE);
      Process p = pb.start();
      p.getOutputStream().close();
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "qingdan did not finish");
      return new Result(p.exitValue(),
          java.nio.file.Files.readString(out.toPath(), StandardCharsets.UTF_8),
          java.nio.file.Files.readString(err.toPath(), StandardCharsets.UTF_8));
    } finally {
      out.delete();
      err.delete();
    }
  }

  /** An input larger than the heap ends in one line, in the reader's language, and exit 2. */
  @Test
  void outOfMemoryIsOneLine(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    Path big = tmp.resolve("big.yaml");
    StringBuilder b = new StringBuilder("rows:\n");
    String cell = "个体工商户".repeat(20);
    for (int i = 0; i < 200_000; i++) {
      b.append("  - title: ").append(cell).append(i).append('\n');
    }
    java.nio.file.Files.writeString(big, b, StandardCharsets.UTF_8);
    List<String> small = List.of("-Xmx16m", "-XX:+UseSerialGC");
    Result en = run(small, "C", "validate", big.toString());
    assertEquals(2, en.exit(), en.err());
    assertEquals("", en.out());
    assertEquals("qingdan: error: out of memory: the input is too large for the Java heap; split "
        + "it, or give Java more memory (QINGDAN_JAVA_OPTS=-Xmx4g ./qingdan ...)\n", en.err());
    Result zh = run(small, "zh_CN.UTF-8", "validate", big.toString());
    assertEquals(2, zh.exit(), zh.err());
    assertTrue(zh.err().startsWith("qingdan: 错误：内存不足"), zh.err());
  }

  /**
   * Where there is no ./policies.yaml, every command that reads the checklist exits 2 saying so,
   * validate included (a CI job whose change deletes the file fails); the bundled example is read
   * only when --example asks for it.
   */
  @Test
  void noChecklistHereIsTrouble(@org.junit.jupiter.api.io.TempDir Path empty) throws Exception {
    String missing = "qingdan: error: policies.yaml: no such file; run qingdan where the checklist "
        + "is, name it with -p FILE, or read the bundled example with --example\n";
    for (String[] args : new String[][] {{"validate"}, {"list"}, {"show", "1.1"},
        {"deadlines", "--as-of", "2022-08-31"}, {"diff", "HEAD~1"},
        {"template", "--unit", "区税务局", "--period", "2022-06"}}) {
      Result r = run(empty, List.of(), "C", args);
      assertEquals(2, r.exit(), String.join(" ", args) + ": " + r.err());
      assertEquals("", r.out(), String.join(" ", args));
      assertTrue(r.err().endsWith(missing) || r.err().contains("no such file"),
          String.join(" ", args) + ": " + r.err());
    }
    assertEquals(missing, run(empty, List.of(), "C", "validate").err());
    Result json = run(empty, List.of(), "C", "validate", "--format", "json");
    assertEquals(2, json.exit());
    assertTrue(json.out().contains("\"valid\" : false") || json.out().contains("\"valid\": false"),
        json.out());
    Result example = run(empty, List.of(), "C", "validate", "--example");
    assertEquals(0, example.exit(), example.err());
    assertEquals("", example.err());
    assertTrue(example.out().contains("valid (32 rows, 2 goals)"), example.out());
  }

  @Test
  void chineseSurvivesLangC() throws Exception {
    Result r = run("show", "20.1");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("20.1  加快个体工商户准入准营\n"), r.out());
    assertTrue(!r.out().contains("?"), "no character lost to '?'");
  }

  @Test
  void errorsGoToStderrAndStdoutStaysClean() throws Exception {
    Result r = run("show", "25.1", "--format", "json");
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertEquals("qingdan: error: no row 25.1; the checklist has items 1–24\n", r.err());
  }

  @Test
  void jsonStaysOnStdoutForABrokenFile() throws Exception {
    Result r = run("validate", "--format", "json", "src/test/resources/checklists/deep.yaml");
    assertEquals(1, r.exit());
    assertTrue(r.out().startsWith("{"), r.out());
    assertTrue(!r.err().contains("\tat "), r.err());
  }

  /** Standard output onto a full disk: exit 2 and one line on stderr, not exit 0 and half a file. */
  @Test
  void aFullDiskIsTrouble() throws Exception {
    File full = new File("/dev/full");
    org.junit.jupiter.api.Assumptions.assumeTrue(full.exists(), "no /dev/full here");
    for (List<String> args : List.of(List.of("list", "--format", "json"),
        List.of("import", "examples/plan-2022.docx", "-o", "-"))) {
      Process p = start(args).redirectOutput(full).redirectError(ProcessBuilder.Redirect.PIPE)
          .start();
      p.getOutputStream().close();
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "qingdan did not finish");
      assertEquals(2, p.exitValue(), err);
      assertTrue(err.endsWith("\nqingdan: error: cannot write to standard output: No space left "
          + "on device\n") || err.equals("qingdan: error: cannot write to standard output: No "
          + "space left on device\n"), err);
      assertEquals(1, err.lines().filter(l -> l.startsWith("qingdan: error")).count(), err);
    }
  }

  /** A reader that stops early ({@code qingdan schema | head -1}) is no error: exit 0, silent. */
  @Test
  void aClosedPipeIsQuiet() throws Exception {
    Process p = start(List.of("schema")).redirectError(ProcessBuilder.Redirect.PIPE).start();
    p.getOutputStream().close();
    p.getInputStream().close(); // before qingdan writes: its first write meets a closed pipe
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "qingdan did not finish");
    assertEquals(0, p.exitValue(), err);
    assertEquals("", err);
  }

  private static ProcessBuilder start(List<String> args) {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("LANG", "C");
    pb.environment().remove("LC_ALL");
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    return pb;
  }
}
