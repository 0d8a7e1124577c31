package dev.qingdan;

import static dev.qingdan.Programs.onPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The git pre-commit hook of examples/ci, installed in a repository of its own that holds a
 * policies.yaml, committing as a user would; it runs the built qingdan through the launcher.
 */
class PreCommitHookIT {
  @TempDir Path tmp;
  private Path repo;

  /** The output of one command. */
  record Result(int exit, String out) {}

  @BeforeAll
  static void needsGitAndTheJar() {
    assumeTrue(onPath("git") && onPath("sh"), "no git or sh here");
    assumeTrue(Files.isRegularFile(Path.of("target", "qingdan.jar")), "the jar is not built");
  }

  @BeforeEach
  void repositoryWithTheHook() throws Exception {
    repo = tmp.resolve("repo");
    Files.createDirectories(repo);
    git("init", "-q");
    Path hook = repo.resolve(".git/hooks/pre-commit");
    Files.copy(Path.of("examples/ci/pre-commit"), hook);
    assertTrue(hook.toFile().setExecutable(true));
    Files.copy(Path.of("policies.yaml"), repo.resolve("policies.yaml"));
    git("add", "policies.yaml");
    assertEquals(0, git("commit", "-q", "-m", "the checklist").exit());
  }

  private Result git(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("git"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(repo.toFile()).redirectErrorStream(true);
    pb.environment().put("HOME", tmp.toString());
    pb.environment().put("XDG_CONFIG_HOME", tmp.resolve("config").toString());
    pb.environment().put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
    pb.environment().put("GIT_AUTHOR_NAME", "Analyst");
    pb.environment().put("GIT_AUTHOR_EMAIL", "analyst@example.org");
    pb.environment().put("GIT_COMMITTER_NAME", "Analyst");
    pb.environment().put("GIT_COMMITTER_EMAIL", "analyst@example.org");
    pb.environment().put("QINGDAN", Path.of("qingdan").toAbsolutePath().toString());
    File out = tmp.resolve("out.txt").toFile();
    pb.redirectOutput(out);
    Process p = pb.start();
    p.getOutputStream().close();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "git did not finish");
    return new Result(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8));
  }

  @Test
  void aBrokenStagedChecklistIsRefusedWithItsOwnNameInTheMessages() throws Exception {
    Path file = repo.resolve("policies.yaml");
    String text = Files.readString(file);
    Files.writeString(file, text.replaceFirst("lead: \\[区市场监管局]", "lead: [区市场监管处]"));
    git("add", "policies.yaml");
    Result r = git("commit", "-q", "-m", "a typo");
    assertEquals(1, r.exit(), r.out());
    assertTrue(r.out().contains("policies.yaml:"), r.out());
    assertTrue(r.out().contains("[unknown-unit]"), r.out());
    assertFalse(r.out().contains(tmp.toString()), "no temporary path in the messages: " + r.out());
    assertFalse(r.out().contains("staged.yaml"), r.out());
    assertTrue(r.out().contains("pre-commit: the staged policies.yaml does not validate"), r.out());
    assertEquals("1", git("rev-list", "--count", "HEAD").out().trim(), "nothing was committed");
  }

  @Test
  void aStagedDeletionIsCommitted() throws Exception {
    git("rm", "-q", "policies.yaml");
    Result r = git("commit", "-q", "-m", "the checklist moves elsewhere");
    assertEquals(0, r.exit(), r.out());
    assertEquals("2", git("rev-list", "--count", "HEAD").out().trim());
  }

  @Test
  void aValidChangeIsCommittedAndOnlyTheStagedContentCounts() throws Exception {
    Path file = repo.resolve("policies.yaml");
    String text = Files.readString(file);
    Files.writeString(file, text + "# reviewed\n");
    git("add", "policies.yaml");
    // broken in the working tree only: the staged file is what is committed and checked
    Files.writeString(file, text + "  broken: [\n");
    Result r = git("commit", "-q", "-m", "a note");
    assertEquals(0, r.exit(), r.out());
    assertEquals("2", git("rev-list", "--count", "HEAD").out().trim());
  }
}
