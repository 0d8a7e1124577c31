package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diff} and {@code log} over git revisions, in a repository made for the test: v1 is
 * policies.yaml, v2 (HEAD of main, and the working tree) the example revision; the branch
 * {@code broken} adds v3, which is not valid YAML. Dates and names are fixed, so the commit hashes
 * are too.
 */
@Tag("process")
class DiffGitTest {
  @TempDir static Path repo;

  /** Runs git in the test repository, isolated from the user's configuration. */
  static String git(Path dir, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("git"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.put("HOME", dir.toString());
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("GIT_CONFIG_GLOBAL", "/dev/null");
    env.put("GIT_AUTHOR_NAME", "Reviewer");
    env.put("GIT_AUTHOR_EMAIL", "reviewer@example.org");
    env.put("GIT_COMMITTER_NAME", "Reviewer");
    env.put("GIT_COMMITTER_EMAIL", "reviewer@example.org");
    env.put("GIT_AUTHOR_DATE", "2022-07-01T10:00:00+08:00");
    env.put("GIT_COMMITTER_DATE", "2022-07-01T10:00:00+08:00");
    env.put("LC_ALL", "C");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = p.waitFor();
    if (code != 0) {
      throw new IllegalStateException("git " + String.join(" ", args) + ": exit " + code + "\n"
          + out);
    }
    return out;
  }

  private static void commit(String file, String message, String tag) throws Exception {
    Files.copy(Path.of(file), repo.resolve("policies.yaml"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    git(repo, "add", "policies.yaml");
    git(repo, "commit", "-q", "-m", message);
    git(repo, "tag", tag);
  }

  @BeforeAll
  static void history() throws Exception {
    git(repo, "init", "-q", "-b", "main");
    Files.copy(Path.of(".gitattributes"), repo.resolve(".gitattributes"));
    git(repo, "add", ".gitattributes");
    git(repo, "commit", "-q", "-m", "Add the diff driver's attributes");
    commit("policies.yaml", "Add the checklist of 2022-05-25", "v1");
    commit("examples/policies-revised.yaml", "Revise the checklist: drop item 12, add item 24",
        "v2");
    git(repo, "checkout", "-q", "-b", "broken");
    Files.writeString(repo.resolve("policies.yaml"), "rows: [unclosed\n");
    git(repo, "commit", "-q", "-am", "Break the checklist");
    git(repo, "tag", "v3");
    git(repo, "checkout", "-q", "-b", "units", "v1");
    commit("src/test/resources/diff/register.yaml", "Rename two units, number the document 5号",
        "v4");
    git(repo, "checkout", "-q", "-b", "mixed", "v1");
    commit("src/test/resources/diff/mixed.yaml", "Plan 20.1 sooner but end it later", "v5");
    git(repo, "checkout", "-q", "main");
  }

  private static String dir() {
    return repo.toString();
  }

  /** The run with the temporary directory's name taken out, so that it can be approved. */
  private static Cli.Run run(String... args) {
    Cli.Run r = Cli.run(args);
    return new Cli.Run(r.exit(), r.out().replace(dir(), "REPO"), r.err().replace(dir(), "REPO"));
  }

  @Test
  void againstTheWorkingTree() {
    Cli.verify("head-1", run("diff", "-C", dir(), "HEAD~1"));
    // The same revision as a file and as v2 gives the same changes.
    Cli.Run files = Cli.run("diff", "policies.yaml", "examples/policies-revised.yaml");
    Cli.Run revs = Cli.run("diff", "-C", dir(), "v1", "v2");
    assertEquals(body(files.out()), body(revs.out()));
    assertEquals(0, revs.exit());
  }

  private static String body(String text) {
    return text.substring(text.indexOf("\n", text.indexOf("+++")) + 1);
  }

  @Test
  void inASubdirectoryTheChecklistIsAtTheRoot() throws IOException {
    Path sub = Files.createDirectories(repo.resolve("sub/deeper"));
    Cli.Run here = Cli.run("diff", "-C", sub.toString(), "HEAD~1", "HEAD", "--format", "json");
    assertEquals(0, here.exit(), here.err());
    assertTrue(here.out().contains("\"from\": \"HEAD~1:../../policies.yaml\",\n  \"to\": "
        + "\"HEAD:../../policies.yaml\""), here.out());
    Cli.Run root = Cli.run("diff", "-C", dir(), "HEAD~1", "HEAD", "--format", "json");
    assertEquals(root.out().replaceAll("\"(from|to)\": \"[^\"]*\"", ""),
        here.out().replaceAll("\"(from|to)\": \"[^\"]*\"", ""));
    // The working tree's checklist is the root's too, and log follows the same file.
    assertEquals(0, Cli.run("diff", "-C", sub.toString(), "HEAD", "--exit-code").exit());
    Cli.Run log = Cli.run("log", "-C", sub.toString(), "--format", "json");
    assertEquals(Cli.run("log", "-C", dir(), "--format", "json").out().replace(
        "\"path\": \"policies.yaml\"", "\"path\": \"../../policies.yaml\""), log.out());
  }

  @Test
  void revisionsAndRanges() {
    Cli.verify("two-dots", run("diff", "-C", dir(), "v1..v2", "--format", "json"));
    Cli.verify("three-dots", run("diff", "-C", dir(), "v1...v2", "--exit-code"));
    Cli.verify("rev-path", run("diff", "-C", dir(), "v1:policies.yaml", "v2:policies.yaml",
        "--format", "markdown"));
    Cli.verify("open-range", run("diff", "-C", dir(), "v2..", "--exit-code"));
  }

  @Test
  void theIndex() {
    assertEquals(0, Cli.run("diff", "-C", dir(), ":policies.yaml", "--exit-code").exit());
    Cli.Run r = Cli.run("diff", "-C", dir(), "HEAD~1", ":policies.yaml", "--format", "json");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\"from\": \"HEAD~1:policies.yaml\",\n  \"to\": "
        + "\":policies.yaml\""), r.out());
    assertEquals(Cli.run("diff", "-C", dir(), "v1..v2", "--format", "json").out()
        .replaceAll("\"(from|to)\": \"[^\"]*\"", ""),
        r.out().replaceAll("\"(from|to)\": \"[^\"]*\"", ""));
  }

  @Test
  void refusedAndUnknownRevisions() {
    Path marker = repo.resolve("written-by-git");
    Cli.verify("dash", run("diff", "-C", dir(), "--", "--output=" + marker));
    assertFalse(Files.exists(marker), "git never saw the option");
    Cli.verify("dash-path", run("diff", "-C", dir(), "--", "-v1:policies.yaml"));
    Cli.verify("unknown", run("diff", "-C", dir(), "v9"));
    Cli.verify("unknown-in-range", run("diff", "-C", dir(), "v1..v9"));
    Cli.verify("no-such-path", run("diff", "-C", dir(), "v1:nowhere.yaml"));
    Cli.verify("broken", run("diff", "-C", dir(), "v3"));
    Cli.verify("range-and-more", run("diff", "-C", dir(), "v1..v2", "v2"));
  }

  @Test
  void notARepository(@TempDir Path empty) {
    Cli.Run r = Cli.run("diff", "-C", empty.toString(), "HEAD~1");
    assertEquals(2, r.exit());
    assertEquals("qingdan: error: 'HEAD~1': no such file, and " + empty
        + " is not in a git repository\n", r.err());
    Cli.Run log = Cli.run("log", "-C", empty.toString());
    assertEquals(2, log.exit());
    assertEquals("qingdan: error: log reads the git history, but " + empty
        + " is not in a git repository\n", log.err());
  }

  @Test
  void log() {
    Cli.verify("text", run("log", "-C", dir()));
    Cli.Run json = run("log", "-C", dir(), "--format", "json", "-n", "1");
    Cli.verify("json", json);
    try {
      assertEquals(List.of(), OutputSchemaTest.check("log", json.out()));
      assertEquals(List.of(), OutputSchemaTest.check("log", Cli.run("log", "-C", dir(),
          "--format", "json", "broken").out()));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    Cli.verify("broken", run("log", "-C", dir(), "broken"));
    Cli.verify("zh", run("log", "-C", dir(), "broken", "--lang", "zh"));
    Cli.verify("range", run("log", "-C", dir(), "v1..broken"));
    Cli.verify("dash", run("log", "-C", dir(), "--", "--all"));
  }

  /**
   * log counts what diff counts beyond the rows: the unit register's and the document's changes,
   * and every change by its impact, a mixed one too.
   */
  @Test
  void logCountsTheRegisterTheDocumentAndImpacts() {
    Cli.verify("units", run("log", "-C", dir(), "v1..units"));
    Cli.verify("mixed", run("log", "-C", dir(), "v1..mixed"));
    Cli.verify("zh", run("log", "-C", dir(), "v1..mixed", "--lang", "zh"));
    Cli.Run json = run("log", "-C", dir(), "v1..units", "--format", "json");
    Cli.verify("json", json);
    try {
      assertEquals(List.of(), OutputSchemaTest.check("log", json.out()));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** The command git runs for diff=qingdan: this build of qingdan, on the test's class path. */
  private static String driver() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return quote(java) + " -cp " + quote(System.getProperty("java.class.path"))
        + " dev.qingdan.Main diff --git-external";
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  @Test
  void gitDiffShowsTheSemanticDiff() throws Exception {
    git(repo, "config", "diff.qingdan.command", driver());
    try {
      String semantic = git(repo, "diff", "v1", "v2", "--", "policies.yaml");
      Cli.verify("v1-v2", new Cli.Run(0, semantic, ""));
      // Without the attribute's driver, git shows its own line diff.
      String lines = git(repo, "diff", "--no-ext-diff", "v1", "v2", "--", "policies.yaml");
      assertTrue(lines.startsWith("diff --git a/policies.yaml b/policies.yaml\n"), lines);
      // A revision that is not a checklist: a note, then git's line diff; git goes on.
      String broken = git(repo, "diff", "v2", "v3", "--", "policies.yaml");
      // The note comes first (stderr is flushed at once), then git's line diff.
      String note = "qingdan: error: b/policies.yaml:1:7: malformed YAML: while "
          + "parsing a flow sequence; rows: [unclosed; expected ',' or ']', but got <stream end> "
          + "[yaml-syntax]\n"
          + "qingdan: showing a line diff of policies.yaml instead\n";
      assertTrue(broken.startsWith(note), broken);
      broken = broken.substring(note.length());
      assertTrue(broken.startsWith("diff --git a/policies.yaml b/policies.yaml\n"
          + "index 9b955bf..ebfd6b9 100644\n"
          + "--- a/policies.yaml\n"
          + "+++ b/policies.yaml\n"
          + "@@ -1,792 +1 @@\n"
          + "-# yaml-language-server: $schema=../schema/policies.schema.json\n"), broken);
      assertTrue(broken.endsWith("\n+rows: [unclosed\n"), broken);
      // The file's first revision: everything is added.
      String first = git(repo, "log", "-p", "--ext-diff", "--format=%s", "v1", "-1", "--",
          "policies.yaml");
      assertTrue(first.contains("--- /dev/null\n+++ b/policies.yaml\n"), first);
      assertTrue(first.contains("34 added, 0 removed, 0 modified, 0 renumbered"), first);
    } finally {
      git(repo, "config", "--unset", "diff.qingdan.command");
    }
  }

  @Test
  void externalArguments() throws Exception {
    Path a = repo.resolve("old.yaml");
    Files.copy(Path.of("policies.yaml"), a, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Cli.Run r = Cli.run("diff", "-C", dir(), "--git-external", "policies.yaml", "old.yaml",
        "1111111", "100644", "policies.yaml", "2222222", "100644");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("--- a/policies.yaml\n+++ b/policies.yaml\n"), r.out());
    assertTrue(r.out().contains("1 added, 1 removed, 5 modified, 15 renumbered"), r.out());
    Cli.verify("wrong-count", run("diff", "-C", dir(), "--git-external", "policies.yaml",
        "old.yaml"));
    Files.delete(a);
    assertTrue(new File(dir()).isDirectory());
  }
}
