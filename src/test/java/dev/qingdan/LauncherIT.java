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
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the launcher script {@code ./qingdan} as a user would, on a copy of the built jar and its
 * lib/ (so that nothing here rebuilds or touches target/), with its class data sharing archive in
 * a cache directory of the test's own.
 */
class LauncherIT {
  private static final Path TARGET = Path.of("target");

  @TempDir Path tmp;
  private Path launcher;
  private Path cache;

  /** The output of one launcher run. */
  record Result(int exit, String out, String err) {}

  @BeforeAll
  static void needsShAndTheJar() {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh: the launcher is a sh script");
    assumeTrue(Files.isRegularFile(TARGET.resolve("qingdan.jar")), "target/qingdan.jar is not built");
  }

  @BeforeEach
  void copyLauncherAndJar() throws IOException {
    Path home = tmp.resolve("qingdan");
    Files.createDirectories(home.resolve("target/lib"));
    launcher = home.resolve("qingdan");
    Files.copy(Path.of("qingdan"), launcher);
    Files.copy(Path.of("policies.yaml"), home.resolve("policies.yaml"));
    Files.copy(TARGET.resolve("qingdan.jar"), home.resolve("target/qingdan.jar"));
    try (Stream<Path> libs = Files.list(TARGET.resolve("lib"))) {
      for (Path lib : libs.toList()) {
        Files.copy(lib, home.resolve("target/lib").resolve(lib.getFileName()));
      }
    }
    cache = tmp.resolve("cache");
  }

  /**
   * Runs the launcher in {@code dir} with the arguments written into a script as UTF-8 bytes
   * (whatever this JVM's own locale would make of them), in an environment of PATH, HOME,
   * XDG_CACHE_HOME and {@code env} only, as {@code env -i} would.
   */
  private Result run(Path dir, Map<String, String> env, String... args) throws Exception {
    return run(dir, env, StandardCharsets.UTF_8, args);
  }

  /** {@link #run(Path, Map, String...)} with the arguments written in {@code typed}. */
  private Result run(Path dir, Map<String, String> env, Charset typed, String... args)
      throws Exception {
    StringBuilder script = new StringBuilder("exec /bin/sh '").append(launcher).append('\'');
    for (String a : args) {
      script.append(" '").append(a.replace("'", "'\\''")).append('\'');
    }
    Path sh = Files.writeString(tmp.resolve("run.sh"), script.append('\n'), typed);
    ProcessBuilder pb = new ProcessBuilder("/bin/sh", sh.toString()).directory(dir.toFile());
    pb.environment().clear();
    pb.environment().put("PATH", System.getenv("PATH"));
    pb.environment().put("HOME", tmp.resolve("home").toString());
    pb.environment().put("XDG_CACHE_HOME", cache.toString());
    pb.environment().putAll(env);
    pb.environment().values().removeIf(String::isEmpty);
    File out = tmp.resolve("out.txt").toFile();
    File err = tmp.resolve("err.txt").toFile();
    pb.redirectOutput(out).redirectError(err).redirectInput(ProcessBuilder.Redirect.PIPE);
    Process p = pb.start();
    p.getOutputStream().close();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the launcher did not finish");
    return new Result(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
        Files.readString(err.toPath(), StandardCharsets.UTF_8));
  }

  private Result run(Map<String, String> env, String... args) throws Exception {
    return run(launcher.getParent(), env, args);
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
   * Waits for the background job to leave an archive other than {@code not} and nothing half-made
   * (but the files {@code planted}, which are no archive of its making either).
   */
  private Path awaitArchive(Path not, Path... planted) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < end) {
      List<Path> archives = new ArrayList<>(cached("*.jsa"));
      archives.remove(not);
      archives.removeAll(List.of(planted));
      List<Path> made = new ArrayList<>(cached("*.tmp*"));
      made.removeAll(List.of(planted));
      if (archives.size() == 1 && made.isEmpty()) {
        return archives.get(0);
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no archive in " + cache + ": " + cached("*"));
  }

  /** Whether this run mapped qingdan's own classes from an archive (asked through the JVM log). */
  private boolean usesArchive(String... args) throws Exception {
    return fromArchive("dev.qingdan.Main", args);
  }

  /** Whether this run took the class {@code name} from an archive. */
  private boolean fromArchive(String name, String... args) throws Exception {
    Path log = tmp.resolve("classes.log");
    Files.deleteIfExists(log);
    Result r = run(Map.of("QINGDAN_JAVA_OPTS", "-Xlog:class+load=info:file=" + log), args);
    assertEquals(0, r.exit(), r.err());
    return Files.readAllLines(log).stream()
        .anyMatch(l -> l.contains(" " + name + " source: shared objects file"));
  }

  private static JsonNode json(String text) throws IOException {
    return new ObjectMapper().readTree(text);
  }

  @Test
  void theFirstRunKeepsStdoutCleanAndLeavesOneArchiveThatEveryCommandUses() throws Exception {
    Result first = run("list", "--format", "json");
    assertEquals(0, first.exit(), first.err());
    assertEquals("", first.err());
    assertEquals(32, json(first.out()).get("rows").size());
    Path archive = awaitArchive(null);
    // named by the jar's size, device, inode and modification time, and by its own size
    assertTrue(archive.getFileName().toString().matches("qingdan-[0-9]+-[0-9]+-[0-9]+-[0-9.]+-"
        + Files.size(archive) + "\\.jsa"), archive.toString());
    assertEquals(first, run("list", "--format", "json"));
    for (String command : List.of("list", "validate", "--version", "show 20.1", "report --data "
        + Path.of("examples/progress-2022.yaml").toAbsolutePath() + " --as-of 2022-08-31")) {
      assertTrue(usesArchive(command.split(" ")), command + " ran without the archive");
    }
    assertEquals(List.of(archive), cached("*"), "one archive serves every command");
    // Main copies the environment the launcher gives it (QINGDAN_LOCALE) on every run
    assertTrue(fromArchive("java.lang.ProcessEnvironment$StringEntrySet", "validate"));
    java.util.Properties built = new java.util.Properties();
    try (var in = Files.newInputStream(Path.of("target/classes/dev/qingdan/version.properties"))) {
      built.load(in);
    }
    assertEquals("qingdan " + built.getProperty("version") + "\n", run("--version").out());
  }

  /** The archive the launcher gives the JVM for these arguments, if any. */
  private List<String> archiveFor(String... args) throws Exception {
    Result r = run(Map.of("QINGDAN_JAVA_OPTS", "-XshowSettings:properties"), args);
    return property(r, "qingdan.archive");
  }

  private static String example(String name) {
    return Path.of("examples", name).toAbsolutePath().toString();
  }

  /**
   * Two archives: a small one that every command maps, and one with the Office classes too for
   * template and the runs that name an Office file, made by the first run that needs it (which
   * maps the small one meanwhile). QINGDAN_DEBUG=1 names the archive.
   */
  @Test
  void officeRunsMapAnArchiveOfTheirOwn() throws Exception {
    // the training's runs on Office files read the examples of the checkout
    sh("cp", "-R", "examples", launcher.resolveSibling("examples").toString());
    Result validate = run("validate");
    Path small = awaitArchive(null);
    Result first = run(Map.of("QINGDAN_DEBUG", "1"), "import", example("plan-2022.xlsx"));
    assertEquals(0, first.exit(), first.err());
    assertTrue(first.err().startsWith("qingdan: no start-up archive " + cache.resolve("qingdan")
        .resolve(small.getFileName().toString().replaceFirst("-[0-9]+\\.jsa$", "-office-*.jsa"))
        + " yet: making it in the background; this run maps " + small + "\n"), first.err());
    Path office = awaitArchive(small);
    assertTrue(office.getFileName().toString().matches("qingdan-[0-9]+-[0-9]+-[0-9]+-[0-9.]+"
        + "-office-" + Files.size(office) + "\\.jsa"), office.toString());
    assertTrue(Files.size(office) > Files.size(small) * 5 / 4, office + " is not larger");
    Result again = run(Map.of("QINGDAN_DEBUG", "1"), "import", example("plan-2022.xlsx"));
    assertEquals("qingdan: start-up archive " + office + "\n" + first.err().substring(
        first.err().indexOf('\n') + 1), again.err());
    assertEquals(first.out(), again.out());
    assertEquals(validate, run("validate"));
    // the Office classes come from the archive
    Path log = tmp.resolve("classes.log");
    run(Map.of("QINGDAN_JAVA_OPTS", "-Xlog:class+load=info:file=" + log), "import",
        example("plan-2022.docx"));
    assertTrue(Files.readAllLines(log).stream().anyMatch(l -> l.contains(
        " org.apache.poi.xwpf.usermodel.XWPFDocument source: shared objects file")));
    for (String command : List.of("template --example --unit 区人社局 --period 2022-06 -o "
            + tmp.resolve("form.xlsx"), "ratio --example --data " + example("forms-2022-06"),
        "validate --example --data=" + example("forms-2022-06/区人社局-2022-06.xlsx"),
        "import " + example("plan-2022.docx"), "validate --data " + example("plan.XLS"))) {
      assertEquals(List.of(office.toString()), archiveFor(command.split(" ")), command);
    }
    for (String command : List.of("validate", "--version", "import " + example("plan-2022.txt"),
        "ratio --example --data " + example("progress-2022.csv"), "list --grep xlsx",
        "diff policies.yaml " + example("policies-revised.yaml"))) {
      assertEquals(List.of(small.toString()), archiveFor(command.split(" ")), command);
    }
    assertEquals(Set.of(small, office), Set.copyOf(cached("*")));
    // a damaged Office archive is made anew, as the small one is
    try (RandomAccessFile f = new RandomAccessFile(office.toFile(), "rw")) {
      f.setLength(f.length() / 2);
    }
    assertEquals(first.out(), run("import", example("plan-2022.xlsx")).out());
    Path anew = awaitArchive(small);
    assertTrue(anew.getFileName().toString().endsWith("-office-" + Files.size(anew) + ".jsa"),
        anew.toString());
  }

  /** The three newest archives of each kind are kept (of this jar and of the ones before it). */
  @Test
  void theThreeNewestArchivesOfEachKindAreKept() throws Exception {
    Path dir = Files.createDirectories(cache.resolve("qingdan"));
    sh("chmod", "700", dir.toString());
    List<Path> old = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      for (String kind : List.of("", "-office")) {
        Path a = Files.write(dir.resolve("qingdan-1-2-3-" + i + ".000000000" + kind + "-4.jsa"),
            new byte[4]);
        Files.setLastModifiedTime(a, FileTime.fromMillis(i * 1_000_000L));
        old.add(a);
      }
    }
    run("validate");
    Path small = awaitArchive(null, old.toArray(Path[]::new));
    assertEquals(Set.of(small, old.get(4), old.get(6), // the newest small ones
        old.get(1), old.get(3), old.get(5), old.get(7)), Set.copyOf(cached("*.jsa")));
    run("template", "--example", "--unit", "区人社局", "--period", "2022-06", "-o",
        tmp.resolve("form.xlsx").toString());
    List<Path> before = cached("*.jsa");
    Path office = awaitArchive(small, before.toArray(Path[]::new));
    assertEquals(Set.of(small, old.get(4), old.get(6), office, old.get(5), old.get(7)),
        Set.copyOf(cached("*")));
  }

  /** A change to a file, as a disk or a program could make it. */
  interface Damage {
    void to(RandomAccessFile file) throws IOException;
  }

  /** Waits for the archive the first run makes and damages it. */
  private Path damageArchive(Damage damage) throws Exception {
    Path archive = awaitArchive(null);
    assertTrue(archive.toFile().setWritable(true));
    try (RandomAccessFile f = new RandomAccessFile(archive.toFile(), "rw")) {
      damage.to(f);
    }
    return archive;
  }

  /**
   * JDK 17 crashes on a truncated archive (SIGBUS, on every run): the launcher tells by its size,
   * runs without it and makes it anew.
   */
  @Test
  void aDamagedArchiveIsMadeAnew() throws Exception {
    Result good = run("validate");
    damageArchive(f -> f.setLength(f.length() / 2));
    assertEquals(good, run("validate"));
    Path anew = awaitArchive(null);
    assertTrue(anew.getFileName().toString().endsWith("-" + Files.size(anew) + ".jsa"), anew.toString());
    assertTrue(usesArchive("validate"));
  }

  /**
   * A moved checkout keeps its jar's inode and time, but the JVM does not use an archive made at
   * another path: it is made anew for the new one.
   */
  @Test
  void aMovedCheckoutGetsItsArchiveMadeAnew() throws Exception {
    run("validate");
    awaitArchive(null);
    assertTrue(usesArchive("validate"));
    Path moved = tmp.resolve("moved");
    Files.move(launcher.getParent(), moved);
    launcher = moved.resolve("qingdan");
    assertFalse(usesArchive("validate"), "the moved jar ran with the archive of its old path");
    assertEquals(List.of(), cached("*.jsa"), "the refused archive is still there");
    run("validate");
    awaitArchive(null);
    assertTrue(usesArchive("validate"));
  }

  @Test
  void aRebuiltJarNeverMeetsTheArchiveOfTheOldOne() throws Exception {
    run("validate");
    Path old = awaitArchive(null);
    Path jar = launcher.resolveSibling("target/qingdan.jar");
    Files.setLastModifiedTime(jar, FileTime.fromMillis(
        Files.getLastModifiedTime(jar).toMillis() + 5_000));
    assertFalse(usesArchive("validate"), "the touched jar ran with the old archive");
    assertNotEquals(old, awaitArchive(old));
    assertTrue(usesArchive("validate"));
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

  /** Arguments are read as UTF-8 under any locale, and the locale still chooses the language. */
  @Test
  void chineseArgumentsWhateverTheLocale() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("work"));
    Files.copy(Path.of("policies.yaml"), dir.resolve("清单.yaml"));
    Map<String, String> off = Map.of("QINGDAN_CDS", "0");
    // (zh_CN.UTF-8 is not installed everywhere; where it is not, Java took it for ASCII)
    for (String lang : new String[] {"", "C", "POSIX", "en_US.ISO-8859-1", "zh_CN.UTF-8"}) {
      Map<String, String> env = new HashMap<>(off);
      env.put("LANG", lang);
      Result grep = run(dir, env, "list", "--grep", "歇业", "-p", "清单.yaml");
      assertEquals(0, grep.exit(), lang + ": " + grep.err());
      assertTrue(grep.out().startsWith(lang.startsWith("zh") ? "编号" : "id "), lang + ": " + grep.out());
      assertTrue(grep.out().contains("19.1  推行歇业制度"), lang + ": " + grep.out());
      assertEquals(4, grep.out().split("\n").length, lang + ": " + grep.out());
      Result unit = run(dir, env, "list", "--example", "--unit", "区人社局", "--format",
          "json");
      assertEquals(0, unit.exit(), lang + ": " + unit.err());
      assertFalse(json(unit.out()).get("rows").isEmpty(), lang);
      Result file = run(dir, env, "validate", "清单.yaml");
      assertEquals(0, file.exit(), lang + ": " + file.err());
      assertTrue(file.out().startsWith("清单.yaml: "), lang + ": " + file.out());
    }
    // LC_ALL over LC_MESSAGES over LANG, as before: the language stays the user's
    Result zh = run(dir, Map.of("QINGDAN_CDS", "0", "LC_ALL", "zh_CN.GB18030", "LANG", "C"),
        Charset.forName("GB18030"), "list", "--example", "--grep", "歇业");
    assertTrue(zh.out().startsWith("编号"), zh.out());
    Result en = run(dir, Map.of("QINGDAN_CDS", "0", "LC_ALL", "C", "LC_MESSAGES", "zh_CN.UTF-8"),
        "list", "--example", "--grep", "歇业");
    assertTrue(en.out().startsWith("id "), en.out());
    Result messages = run(dir, Map.of("QINGDAN_CDS", "0", "LC_MESSAGES", "zh_CN", "LANG", "C"),
        "list", "--example", "--grep", "歇业");
    assertTrue(messages.out().startsWith("编号"), messages.out());
  }

  /** A terminal in GBK or GB18030 types its own bytes, which mean the same characters. */
  @Test
  void argumentsInTheLocalesChineseCharset() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("work"));
    for (String lang : new String[] {"zh_CN.GBK", "zh_CN.gb18030"}) {
      Charset typed = Charset.forName(lang.substring(lang.indexOf('.') + 1));
      Result grep = run(dir, Map.of("QINGDAN_CDS", "0", "LANG", lang), typed,
          "list", "--example", "--grep", "歇业");
      assertEquals(0, grep.exit(), lang + ": " + grep.err());
      assertTrue(grep.out().contains("19.1  推行歇业制度"), lang + ": " + grep.out());
    }
  }

  /** Installed as a link (ln -s …/qingdan ~/bin/qingdan), it finds its checkout through it. */
  @Test
  void runsThroughASymbolicLink() throws Exception {
    Path bin = Files.createDirectories(tmp.resolve("home/bin"));
    Path relative = Files.createSymbolicLink(bin.resolve("relative"),
        bin.relativize(launcher));
    launcher = Files.createSymbolicLink(bin.resolve("qingdan"), relative);
    Result r = run(bin, Map.of("QINGDAN_CDS", "0"), "show", "19.1", "--example");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("推行歇业制度"), r.out());
  }

  @Test
  void noJavaOnPathIsOneLineAndExit2() throws Exception {
    Result r = run(Map.of("PATH", tmp.resolve("empty").toString()), "validate");
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().matches("qingdan: no 'java' on PATH[^\n]*\n"), r.err());
  }

  /** The XDG spec: a relative XDG_CACHE_HOME is invalid and ignored, so ~/.cache is used. */
  @Test
  void aRelativeXdgCacheHomeIsIgnored() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("work"));
    cache = tmp.resolve("home/.cache");
    assertEquals(0, run(dir, Map.of("XDG_CACHE_HOME", "relative"), "validate", "--example")
        .exit());
    awaitArchive(null);
    assertFalse(Files.exists(dir.resolve("relative")), "made a cache under the working directory");
  }

  @Test
  void anotherCollectorReplacesTheParallelOne() throws Exception {
    Path log = tmp.resolve("gc.log");
    validateWith("-XX:+UseSerialGC -Xlog:gc:file=" + log);
    assertTrue(Files.readString(log).contains("Using Serial"), Files.readString(log));
    validateWith("-Xlog:gc:file=" + log);
    assertTrue(Files.readString(log).contains("Using Parallel"), Files.readString(log));
  }

  @Test
  void compilerOptionsReplaceTheLaunchersOwn() throws Exception {
    Path log = tmp.resolve("jit.log");
    validateWith("-Xlog:jit+thread=debug:file=" + log);
    assertEquals(1, compilerThreads(log), "one C1 thread");
    // both compilers need two threads: the launcher's one would stop the JVM
    validateWith("-XX:TieredStopAtLevel=4 -Xlog:jit+thread=debug:file=" + log);
    assertTrue(compilerThreads(log) >= 2, Files.readString(log));
  }

  /** The launcher's name of this jar's archive, but its size: the jar's size, device, inode, time. */
  private String stamp() throws Exception {
    return "qingdan-" + sh("stat", "-L", "-c", "%s-%d-%i-%.9Y",
        launcher.resolveSibling("target/qingdan.jar").toString()).strip();
  }

  private static String sh(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), String.join(" ", command) + ": " + out);
    return out;
  }

  /** A file with this jar's archive name, the size the name says and the jar's time: no archive. */
  private Path plantArchive(Path dir) throws Exception {
    Path archive = Files.write(dir.resolve(stamp() + "-4096.jsa"), new byte[4096]);
    return Files.setLastModifiedTime(archive,
        Files.getLastModifiedTime(launcher.resolveSibling("target/qingdan.jar")));
  }

  /** The archive the launcher gives the JVM on a run of {@code --version}, if any. */
  private List<String> archiveGiven() throws Exception {
    Result r = run(Map.of("QINGDAN_JAVA_OPTS", "-XshowSettings:properties"), "--version");
    assertEquals(0, r.exit(), r.err());
    return property(r, "qingdan.archive");
  }

  /**
   * An archive is code the JVM runs: one in a cache that others can change, or in a directory in
   * which they could put another cache in its place, is not used (and nothing is made there).
   */
  @Test
  void aCacheThatOthersCanChangeIsNotUsed() throws Exception {
    Path dir = Files.createDirectories(cache.resolve("qingdan"));
    Path planted = plantArchive(dir);
    // the modes of XDG_CACHE_HOME and of the cache in it
    for (String modes : List.of("700 777", "700 770", "700 702", "777 700", "1777 707")) {
      sh("chmod", modes.split(" ")[0], cache.toString());
      sh("chmod", modes.split(" ")[1], dir.toString());
      assertEquals(List.of(), archiveGiven(), modes);
      Result debug = run(Map.of("QINGDAN_DEBUG", "1"), "--version");
      assertEquals("qingdan: no start-up archive: " + dir + " is not a directory that only you "
          + "can change (docs/performance.md)\n", debug.err(), modes);
      assertEquals(0, debug.exit());
    }
    assertEquals(List.of(planted), cached("*"));
    // the cache of the user's own in a sticky directory that anyone can write, as /tmp: used
    sh("chmod", "1777", cache.toString());
    sh("chmod", "700", dir.toString());
    assertEquals(List.of(planted.toString()), archiveGiven());
  }

  @Test
  void aCacheOfAnotherUserIsNotUsed() throws Exception {
    assumeTrue("root".equals(System.getProperty("user.name")), "only root gives a directory away");
    Path dir = Files.createDirectories(cache.resolve("qingdan"));
    Path planted = plantArchive(dir);
    sh("chmod", "700", dir.toString());
    sh("chown", "-R", "nobody", dir.toString());
    assertEquals(List.of(), archiveGiven());
    assertEquals(List.of(planted), cached("*"));
  }

  /**
   * A symbolic link where the launcher once wrote the list of classes, planted by someone who
   * could write the cache, is not written through: not while others can write it, and not after.
   */
  @Test
  void aPlantedLinkIsNotWrittenThrough() throws Exception {
    Path victim = Files.writeString(tmp.resolve("victim.txt"), "the victim's\n");
    Path dir = Files.createDirectories(cache.resolve("qingdan"));
    sh("chmod", "777", dir.toString());
    Path link = Files.createSymbolicLink(dir.resolve(stamp() + ".jsa.tmp.classes"), victim);
    assertEquals(0, run("--version").exit());
    Thread.sleep(3_000); // the list was opened as the JVM that writes it started
    assertEquals("the victim's\n", Files.readString(victim));
    sh("chmod", "700", dir.toString());
    assertEquals(0, run("--version").exit());
    awaitArchive(null, link);
    assertEquals("the victim's\n", Files.readString(victim));
    assertTrue(usesArchive("--version"));
  }

  /**
   * A damaged archive of the right size crashed every run (JDK 17 maps it unchecked): one written
   * to since it was made no longer has the jar's modification time, and is made anew. No crash
   * report is left in the working directory.
   */
  @Test
  void aDamagedArchiveOfTheRightSizeIsMadeAnew() throws Exception {
    Result good = run("validate");
    damageArchive(f -> {
      for (long at : new long[] {100, f.length() / 2}) {
        f.seek(at);
        f.write("damaged".repeat(10).getBytes(StandardCharsets.US_ASCII));
      }
    });
    assertEquals(good, run("validate"));
    try (Stream<Path> files = Files.list(launcher.getParent())) {
      assertEquals(List.of(), files.filter(f -> f.getFileName().toString().startsWith("hs_err"))
          .toList());
    }
    Path anew = awaitArchive(null);
    // the jar's time, which the damaged one no longer had
    assertEquals(Files.getLastModifiedTime(launcher.resolveSibling("target/qingdan.jar")),
        Files.getLastModifiedTime(anew));
    assertTrue(usesArchive("validate"));
  }

  /**
   * A crash of the JVM leaves no report in the working directory: it goes to the cache when that
   * is the user's own, and nowhere without one.
   */
  @Test
  void aCrashLeavesNoReportInTheWorkingDirectory() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("work"));
    String crash = "-Xmx2m -XX:+CrashOnOutOfMemoryError";
    Result r = run(dir, Map.of("QINGDAN_CDS", "0", "QINGDAN_JAVA_OPTS", crash), "list",
        "--example");
    assertEquals(134, r.exit(), r.err()); // SIGABRT
    Files.createDirectories(cache.resolve("qingdan"));
    sh("chmod", "700", cache.resolve("qingdan").toString());
    assertEquals(134, run(dir, Map.of("QINGDAN_JAVA_OPTS", crash), "list", "--example")
        .exit());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(), files.toList());
    }
    assertEquals(1, cached("hs_err_pid*.log").size(), cached("*").toString());
    awaitArchive(null);
  }

  /** As the XDG spec says: a cache directory that does not exist is made for the user alone. */
  @Test
  void theCacheIsMadeForTheUserAlone() throws Exception {
    assertEquals(0, run("--version").exit());
    awaitArchive(null);
    assertEquals("rwx------", PosixFilePermissions.toString(
        Files.getPosixFilePermissions(cache.resolve("qingdan"))));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cache)));
  }

  /**
   * SIGTERM to the launcher's process group while the archive is being made (or the jar built)
   * leaves no temporary file and no lock; SIGINT leaves the background job to finish.
   */
  @Test
  void signalsLeaveNoTemporaryFileBehind() throws Exception {
    Process p = startInGroup("--version");
    awaitFile(() -> !cached("*.tmp.*").isEmpty());
    signalGroup("TERM", p);
    assertEquals(List.of(), cached("*"));
    p = startInGroup("--version");
    awaitFile(() -> !cached("*.tmp.*").isEmpty());
    signalGroup("INT", p);
    Path archive = awaitArchive(null);
    assertEquals(List.of(archive), cached("*"));
    // the build of the jar, by a Maven that takes its time
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Path started = bin.resolve("started");
    Files.writeString(bin.resolve("mvn"), "#!/bin/sh\n: >'" + started + "'\nsleep 60\n");
    assertTrue(bin.resolve("mvn").toFile().setExecutable(true));
    Files.delete(launcher.resolveSibling("target/qingdan.jar"));
    for (String signal : List.of("TERM", "INT")) {
      p = startInGroup(Map.of("PATH", bin + ":" + System.getenv("PATH")), "validate");
      Path lock = launcher.resolveSibling("target/.qingdan-build.lock");
      Files.deleteIfExists(started);
      awaitFile(() -> Files.exists(started));
      signalGroup(signal, p);
      assertEquals(2, p.exitValue(), signal);
      assertFalse(Files.exists(lock), signal);
    }
  }

  private Process startInGroup(String... args) throws IOException {
    return startInGroup(Map.of(), args);
  }

  /** Starts the launcher in a session and process group of its own (setsid). */
  private Process startInGroup(Map<String, String> env, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("setsid", "/bin/sh", launcher.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(launcher.getParent().toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("XDG_CACHE_HOME", cache.toString());
    pb.environment().remove("QINGDAN_CDS");
    pb.environment().remove("QINGDAN_JAVA_OPTS");
    pb.environment().putAll(env);
    return pb.start();
  }

  /** A condition on files, checked again until it holds. */
  interface FileCondition {
    boolean holds() throws IOException;
  }

  private static void awaitFile(FileCondition condition) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!condition.holds()) {
      assertTrue(System.nanoTime() < end, "waited a minute");
      Thread.sleep(50);
    }
  }

  /** Sends a signal to the process group that {@code p} leads and waits until it is gone. */
  private static void signalGroup(String signal, Process p) throws Exception {
    String group = "-" + p.pid();
    sh("/bin/sh", "-c", "kill -" + signal + " " + group);
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (new ProcessBuilder("/bin/sh", "-c", "kill -0 " + group + " 2>/dev/null").start()
        .waitFor() == 0) {
      assertTrue(System.nanoTime() < end, "the process group lived on after " + signal);
      Thread.sleep(100);
    }
    p.waitFor();
  }

  /** A shell pattern in QINGDAN_JAVA_OPTS reaches the JVM as written, whatever files there are. */
  @Test
  void javaOptionsAreWordsNotFileNames() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("work"));
    Files.writeString(dir.resolve("-Dx=planted"), "");
    Result r = run(dir, Map.of("QINGDAN_CDS", "0",
        "QINGDAN_JAVA_OPTS", "-Dx=* -XshowSettings:properties"), "--version");
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of("*"), property(r, "x"));
  }

  /** The values of a system property in the JVM's {@code -XshowSettings:properties} listing. */
  private static List<String> property(Result r, String name) {
    String prefix = "    " + name + " = ";
    return r.err().lines().filter(l -> l.startsWith(prefix))
        .map(l -> l.substring(prefix.length())).toList();
  }

  /** Validates policies.yaml without the archive, with these JVM options, which must work. */
  private void validateWith(String javaOpts) throws Exception {
    Result r = run(Map.of("QINGDAN_CDS", "0", "QINGDAN_JAVA_OPTS", javaOpts), "validate");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("policies.yaml: valid"), r.out());
  }

  private static long compilerThreads(Path log) throws IOException {
    return Files.readAllLines(log).stream().filter(l -> l.contains("compiler thread")).count();
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
    Result v = run("validate", "--format", "json",
        Path.of("src/test/resources/checklists/deep.yaml").toAbsolutePath().toString());
    assertEquals(1, v.exit(), v.err());
    assertEquals("", v.err());
    assertFalse(json(v.out()).get("valid").asBoolean());
  }

  @Test
  void firstRunsThatRaceLeaveOneWholeArchive() throws Exception {
    List<Process> ps = new ArrayList<>();
    List<File> outs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ProcessBuilder pb = new ProcessBuilder("/bin/sh", launcher.toString(), "list", "--format", "csv")
          .directory(launcher.getParent().toFile());
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
    Path archive = awaitArchive(null);
    assertEquals(List.of(archive), cached("*"));
    assertEquals(texts.get(0), run("list", "--format", "csv").out());
    assertTrue(usesArchive("list", "--format", "csv"));
  }
}
