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

  /**
   * Waits for the background training to leave the archive of {@code group} (a command's name, or
   * {@code all}) other than {@code not}, and nothing half-made; returns the archive.
   */
  private Path awaitArchive(String group, Path not) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < end) {
      List<Path> archives = cached("*-" + group + ".jsa");
      archives.remove(not);
      if (archives.size() == 1 && cached("*.lock").isEmpty() && cached("*.tmp").isEmpty()
          && cached("*.classes").isEmpty()) {
        return archives.get(0);
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no archive of " + group + " in " + cache + ": " + cached("*"));
  }

  private Path awaitArchive(String group) throws Exception {
    return awaitArchive(group, null);
  }

  /** A condition on the cache, polled by {@link #awaitTraining}. */
  private interface Condition {
    boolean holds() throws Exception;
  }

  /**
   * Waits, for up to 180 s, until {@code done} holds and no training runs (none holds a lock); the
   * assertions after it say what did not happen in time.
   */
  private void awaitTraining(Condition done) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (!(done.holds() && cached("*.lock").isEmpty()) && System.nanoTime() < end) {
      Thread.sleep(200);
    }
  }

  /** The first line of an archive's .id file: the jar it was made for. */
  private static String madeFor(Path archive) throws IOException {
    Path id = Path.of(archive.toString().replaceAll("\\.jsa$", ".id"));
    return Files.isRegularFile(id) ? Files.readAllLines(id).get(0) : "";
  }

  /** The groups that have an archive, sorted. */
  private List<String> groups() throws IOException {
    return cached("*.jsa").stream()
        .map(p -> p.getFileName().toString().replaceAll("^.*-([a-z]+)\\.jsa$", "$1"))
        .sorted()
        .toList();
  }

  /** Whether this run mapped qingdan's own classes from an archive (asked through the JVM log). */
  private boolean usesArchive(String... args) throws Exception {
    Path log = tmp.resolve("classes.log");
    Files.deleteIfExists(log);
    Result r = run(Map.of("QINGDAN_JAVA_OPTS", "-Xlog:class+load=info:file=" + log), args);
    assertEquals(0, r.exit(), r.err());
    return Files.readAllLines(log).stream()
        .anyMatch(l -> l.contains(" dev.qingdan.Main source: shared objects file"));
  }

  /** Whether the last {@link #usesArchive} run read through the jar's directory. */
  private boolean openedTheJar() throws IOException {
    return Files.readAllLines(tmp.resolve("classes.log")).stream()
        .anyMatch(l -> l.contains(" jdk.internal.util.jar.JarIndex "));
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
    Path archive = awaitArchive("list");
    // named by the jar's and java's size, device, inode and time, and the command
    assertTrue(archive.getFileName().toString().matches("qingdan-[0-9.-]+-list\\.jsa"),
        archive.toString());

    Result later = run("list", "--format", "json");
    assertEquals(first, later);
    assertTrue(usesArchive("list", "--format", "json"));
    assertTrue(usesArchive("list"), "the archive of a command holds its every format");
    // every class came from the archive: nothing looked through the jar's 15,000 entries (picocli
    // would, for Groovy's Closure class, unless told not to)
    assertFalse(openedTheJar(), "list opened the jar");
    run("validate");
    awaitArchive("validate");
    assertTrue(usesArchive("validate"));
    assertFalse(openedTheJar(), "validate opened the jar");
    // nor does --version: the version comes from the manifest that Java has read already
    run("--version");
    awaitArchive("all");
    assertTrue(usesArchive("--version"));
    assertFalse(openedTheJar(), "--version opened the jar");
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
    awaitArchive("show");
    assertEquals(r, run("show", "25.1", "--format", "json"));
  }

  @Test
  void aRebuiltJarNeverMeetsTheArchiveOfTheOldOne() throws Exception {
    run("validate");
    Path old = awaitArchive("validate");
    run("--version");
    Path oldAll = awaitArchive("all");
    Files.setLastModifiedTime(jar, FileTime.fromMillis(
        Files.getLastModifiedTime(jar).toMillis() + 5_000));
    assertFalse(usesArchive("validate"), "the touched jar ran with the old archive");
    Path renewed = awaitArchive("validate", old);
    assertNotEquals(old, renewed);
    assertFalse(Files.exists(old), "the old archive is removed");
    assertFalse(Files.exists(oldAll), "so are the old one's of the other commands");
    assertTrue(usesArchive("validate"));
  }

  /**
   * The commands run most have an archive each, of only their classes; the rest share one. Each
   * is made on the first run of its command.
   */
  @Test
  void eachCommandRunMostHasAnArchiveOfItsOwn() throws Exception {
    run("validate", "--format", "json");
    awaitArchive("validate");
    assertEquals(List.of("validate"), groups());
    run("--help");
    awaitArchive("all");
    run("schema");
    run("diff", "policies.yaml", "examples/policies-revised.yaml");
    awaitArchive("diff");
    assertEquals(List.of("all", "diff", "validate"), groups());
    long validate = Files.size(cached("*-validate.jsa").get(0));
    long all = Files.size(cached("*-all.jsa").get(0));
    assertTrue(validate < all, validate + " bytes of validate's archive, " + all + " of all");
  }

  /**
   * A moved checkout keeps its jar's inode and time, but the JVM would not use the archive made at
   * the old path, which it checks: the launcher tells by the path that the archive's .id file
   * names, and makes the archive anew.
   */
  @Test
  void aMovedCheckoutGetsItsArchiveMadeAnew() throws Exception {
    run("validate");
    Path archive = awaitArchive("validate");
    assertTrue(usesArchive("validate"));
    Path moved = tmp.resolve("moved");
    Files.move(launcher.getParent(), moved);
    launcher = moved.resolve("qingdan");
    jar = moved.resolve("target/qingdan.jar");
    assertFalse(usesArchive("validate"), "the moved jar ran with the archive of its old path");
    awaitTraining(() -> madeFor(archive).equals(jar.toString()));
    assertEquals(jar.toString(), madeFor(archive));
    assertEquals(List.of(archive), cached("*.jsa"));
    assertTrue(usesArchive("validate"));
  }

  /**
   * A copy whose jar is a hard link of this one ({@code cp -al}) is the same file: it shares the
   * archive. Once this jar is rebuilt, the copy's jar is another file than the one the archive
   * names, and the copy gets the archive made anew for itself.
   */
  @Test
  void aLinkedCopySharesTheArchiveUntilTheOriginalIsRebuilt() throws Exception {
    run("validate");
    Path archive = awaitArchive("validate");
    Path copy = tmp.resolve("copy");
    Files.createDirectories(copy.resolve("target"));
    Files.copy(launcher, copy.resolve("qingdan"));
    Files.createLink(copy.resolve("target/qingdan.jar"), jar);
    launcher = copy.resolve("qingdan");
    assertTrue(usesArchive("validate"), "the linked copy does not share the archive");
    // the original rebuilt: a new file (a new inode and time) at its path
    Path rebuilt = tmp.resolve("rebuilt.jar");
    Files.copy(JAR, rebuilt);
    Files.move(rebuilt, jar, StandardCopyOption.REPLACE_EXISTING);
    assertFalse(usesArchive("validate"), "the copy ran with an archive the JVM cannot use");
    String copyJar = copy.resolve("target/qingdan.jar").toString();
    awaitTraining(() -> madeFor(archive).equals(copyJar));
    assertEquals(copyJar, madeFor(archive));
    assertTrue(usesArchive("validate"));
  }

  /** What a killed training left half-made is removed by the next one that finishes. */
  @Test
  void aTrainingRemovesWhatKilledOnesLeft() throws Exception {
    Path dir = Files.createDirectories(cache.resolve("qingdan"));
    Path oldTmp = Files.writeString(dir.resolve("qingdan-1-2-validate.jsa.999.tmp"), "half");
    Path oldList = Files.writeString(dir.resolve("qingdan-1-2-validate.jsa.999.classes"), "half");
    Path young = Files.writeString(dir.resolve("qingdan-1-2-list.jsa.998.tmp"), "being made");
    FileTime dayAgo = FileTime.fromMillis(System.currentTimeMillis() - 86_400_000L);
    Files.setLastModifiedTime(oldTmp, dayAgo);
    Files.setLastModifiedTime(oldList, dayAgo);
    run("validate");
    awaitTraining(() -> !cached("*-validate.jsa").isEmpty());
    assertFalse(cached("*-validate.jsa").isEmpty(), "no archive of validate");
    assertFalse(Files.exists(oldTmp));
    assertFalse(Files.exists(oldList));
    assertTrue(Files.exists(young), "a file an hour young may be a training's at work");
  }

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
    awaitArchive("list");
    assertEquals(List.of("list"), groups());
    Map<String, String> none = new HashMap<>();
    assertEquals(texts.get(0), run(none, "list", "--format", "csv").out());
    assertTrue(usesArchive("list", "--format", "csv"));
  }
}
