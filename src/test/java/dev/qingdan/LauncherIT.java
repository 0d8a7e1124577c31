package dev.qingdan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the launcher script {@code ./qingdan} as a user would, on a copy of the built jar (so that
 * nothing here rebuilds or touches target/qingdan.jar), with its class data sharing archive in a
 * cache directory of the test's own.
 */
class LauncherIT {
  private static final Path JAR = Path.of("target", "qingdan.jar");

  @TempDir Path tmp;
  private Path launcher;
  private Path jar;
  private Path cache;

  /** The output of one launcher run. */
  record Result(int exit, String out, String err) {}

  @BeforeAll
  static void needsShAndTheJar() {
    assumeTrue(onPath("sh"), "no sh here: the launcher is a POSIX shell script");
    assumeTrue(Files.isRegularFile(JAR), "target/qingdan.jar is not built");
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    return path != null && Stream.of(path.split(File.pathSeparator))
        .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
  }

  @BeforeEach
  void copyLauncherAndJar() throws IOException {
    Path home = tmp.resolve("qingdan");
    Files.createDirectories(home.resolve("target"));
    launcher = home.resolve("qingdan");
    Files.copy(Path.of("qingdan"), launcher);
    jar = home.resolve("target/qingdan.jar");
    Files.copy(JAR, jar);
    cache = tmp.resolve("cache");
  }

  private Result run(Map<String, String> env, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("sh", launcher.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    pb.environment().remove("JDK_JAVA_OPTIONS");
    pb.environment().remove("QINGDAN_CDS");
    pb.environment().remove("QINGDAN_JAVA_OPTS");
    pb.environment().put("XDG_CACHE_HOME", cache.toString());
    pb.environment().putAll(env);
    File out = tmp.resolve("out.txt").toFile();
    File err = tmp.resolve("err.txt").toFile();
    pb.redirectOutput(out).redirectError(err).redirectInput(ProcessBuilder.Redirect.PIPE);
    Process p = pb.start();
    p.getOutputStream().close();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the launcher did not finish");
    return new Result(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
        Files.readString(err.toPath(), StandardCharsets.UTF_8));
  }

  private Result run(String... args) throws Exception {
    return run(Map.of(), args);
  }

  private List<Path> cached(String glob) throws IOException {
    Path dir = cache.resolve("qingdan");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Path> found = new ArrayList<>();
    try (var s = Files.newDirectoryStream(dir, glob)) {
      s.forEach(found::add);
    }
    return found;
  }

  /** Waits for the background training to leave exactly one archive and nothing else. */
  private Path awaitArchive(Path not) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < end) {
      List<Path> archives = cached("*.jsa");
      if (archives.size() == 1 && !archives.get(0).equals(not) && cached("*.lock").isEmpty()
          && cached("*.tmp").isEmpty()) {
        return archives.get(0);
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no archive in " + cache + ": " + cached("*"));
  }

  /** Whether this run mapped qingdan's own classes from an archive (asked through the JVM log). */
  private boolean usesArchive(String... args) throws Exception {
    Path log = tmp.resolve("classes.log");
    Files.deleteIfExists(log);
    Result r = run(Map.of("QINGDAN_JAVA_OPTS", "-Xlog:class+load=info:file=" + log), args);
    assertEquals(0, r.exit(), r.err());
    return Files.readAllLines(log).stream()
        .anyMatch(l -> l.contains(" dev.qingdan.Main source: shared objects file (top)"));
  }

  private static JsonNode json(String text) throws IOException {
    return new ObjectMapper().readTree(text);
  }

  @Test
  void theFirstRunKeepsStdoutCleanAndLeavesAnArchiveThatLaterRunsUse() throws Exception {
    Result first = run("list", "--format", "json");
    assertEquals(0, first.exit(), first.err());
    assertEquals("", first.err());
    assertEquals(32, json(first.out()).get("rows").size());
    Path archive = awaitArchive(null);
    assertTrue(archive.getFileName().toString().matches("qingdan-\\d+\\.jsa"), archive.toString());

    Result later = run("list", "--format", "json");
    assertEquals(first, later);
    assertTrue(usesArchive("validate"));
    // every class came from the archive: nothing looked through the jar's 15,000 entries (picocli
    // would, for Groovy's Closure class, unless told not to)
    List<String> log = Files.readAllLines(tmp.resolve("classes.log"));
    assertTrue(log.stream().noneMatch(l -> l.contains(" jdk.internal.util.jar.JarIndex ")),
        "validate opened the jar");
    // nor does --version: the version comes from the manifest that Java has read already
    assertTrue(usesArchive("--version"));
    log = Files.readAllLines(tmp.resolve("classes.log"));
    assertTrue(log.stream().noneMatch(l -> l.contains(" jdk.internal.util.jar.JarIndex ")),
        "--version opened the jar");
    java.util.Properties built = new java.util.Properties();
    try (var in = Files.newInputStream(Path.of("target/classes/dev/qingdan/version.properties"))) {
      built.load(in);
    }
    assertEquals("qingdan " + built.getProperty("version") + "\n", run("--version").out());
  }

  @Test
  void theLauncherNamesTheMainClassOfTheJarsManifest() throws Exception {
    String mainClass;
    try (java.util.jar.JarFile j = new java.util.jar.JarFile(JAR.toFile())) {
      mainClass = j.getManifest().getMainAttributes().getValue("Main-Class");
    }
    assertTrue(Files.readString(launcher).contains("\nmain=" + mainClass + "\n"), mainClass);
  }

  @Test
  void theExitCodeAndStderrAreTheCommandsOnTheFirstRun() throws Exception {
    Result r = run("show", "25.1", "--format", "json");
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertEquals("qingdan: error: no row 25.1; the checklist has items 1–24\n", r.err());
    awaitArchive(null);
    assertEquals(r, run("show", "25.1", "--format", "json"));
  }

  @Test
  void aRebuiltJarNeverMeetsTheArchiveOfTheOldOne() throws Exception {
    run("--version");
    Path old = awaitArchive(null);
    Files.setLastModifiedTime(jar, FileTime.fromMillis(
        Files.getLastModifiedTime(jar).toMillis() + 5_000));
    assertFalse(usesArchive("validate"), "the touched jar ran with the old archive");
    Path renewed = awaitArchive(old);
    assertNotEquals(old, renewed);
    assertFalse(Files.exists(old), "the old archive is removed");
    assertTrue(usesArchive("validate"));
  }

  /** A collector given in QINGDAN_JAVA_OPTS replaces the parallel one (the JVM refuses two). */
  @Test
  void anotherCollectorReplacesTheParallelOne() throws Exception {
    Path log = tmp.resolve("gc.log");
    Result r = run(Map.of("QINGDAN_CDS", "0", "QINGDAN_JAVA_OPTS",
        "-XX:+UseSerialGC -Xlog:gc:file=" + log), "validate");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("policies.yaml: valid"), r.out());
    assertTrue(Files.readString(log).contains("Using Serial"), Files.readString(log));
    Result plain = run(Map.of("QINGDAN_CDS", "0", "QINGDAN_JAVA_OPTS",
        "-Xlog:gc:file=" + log), "validate");
    assertEquals(0, plain.exit(), plain.err());
    assertTrue(Files.readString(log).contains("Using Parallel"), Files.readString(log));
  }

  @Test
  void qingdanCds0TurnsItOff() throws Exception {
    Result r = run(Map.of("QINGDAN_CDS", "0"), "validate");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("policies.yaml: valid"), r.out());
    Thread.sleep(2_000);
    assertFalse(Files.exists(cache), "nothing is written to the cache");
  }

  @Test
  void aCacheThatCannotBeWrittenOnlyCostsSpeed() throws Exception {
    // A file where the cache directory should be: nothing can be made below it (even by root).
    Files.writeString(cache, "not a directory");
    Result r = run("list", "--format", "json");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    assertEquals(32, json(r.out()).get("rows").size());
    Result v = run("validate", "--format", "json", "src/test/resources/checklists/deep.yaml");
    assertEquals(1, v.exit(), v.err());
    assertEquals("", v.err());
    assertFalse(json(v.out()).get("valid").asBoolean());
  }

  @Test
  void firstRunsThatRaceLeaveOneWholeArchive() throws Exception {
    List<Process> ps = new ArrayList<>();
    List<File> outs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ProcessBuilder pb = new ProcessBuilder("sh", launcher.toString(), "list", "--format", "csv");
      pb.environment().put("XDG_CACHE_HOME", cache.toString());
      pb.environment().remove("QINGDAN_CDS");
      pb.environment().remove("QINGDAN_JAVA_OPTS");
      File out = tmp.resolve("race" + i + ".txt").toFile();
      outs.add(out);
      ps.add(pb.redirectOutput(out).redirectError(ProcessBuilder.Redirect.DISCARD).start());
    }
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < ps.size(); i++) {
      assertTrue(ps.get(i).waitFor(120, TimeUnit.SECONDS));
      assertEquals(0, ps.get(i).exitValue());
      texts.add(Files.readString(outs.get(i).toPath(), StandardCharsets.UTF_8));
    }
    assertEquals(texts.get(0), texts.get(1));
    assertEquals(texts.get(0), texts.get(2));
    awaitArchive(null);
    Map<String, String> none = new HashMap<>();
    assertEquals(texts.get(0), run(none, "list", "--format", "csv").out());
    assertTrue(usesArchive("list", "--format", "csv"));
  }
}
