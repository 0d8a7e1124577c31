package dev.qingdan.load.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qingdan.load.Links;
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
 * {@link Revisions}: git revision syntax and the checklist's history, in a repository made for
 * the test (v1 the checklist, v2 the revised one, v3 on top of it not YAML at all).
 */
@Tag("process")
class RevisionsTest {
  @TempDir static Path repo;

  private static void git(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("git"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(repo.toFile()).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.put("HOME", repo.toString());
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("GIT_CONFIG_GLOBAL", "/dev/null");
    for (String who : List.of("AUTHOR", "COMMITTER")) {
      env.put("GIT_" + who + "_NAME", "Reviewer");
      env.put("GIT_" + who + "_EMAIL", "reviewer@example.org");
      env.put("GIT_" + who + "_DATE", "2022-07-01T10:00:00+08:00");
    }
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException("git " + String.join(" ", args) + "\n" + out);
    }
  }

  private static void commit(String text, String tag) throws Exception {
    Files.writeString(repo.resolve("policies.yaml"), text, StandardCharsets.UTF_8);
    git("add", "policies.yaml");
    git("commit", "-q", "-m", tag);
    git("tag", tag);
  }

  @BeforeAll
  static void history() throws Exception {
    git("init", "-q", "-b", "main");
    commit(Files.readString(Path.of("policies.yaml")), "v1");
    commit(Files.readString(Path.of("examples/policies-revised.yaml")), "v2");
    commit("rows: [unclosed\n", "v3");
  }

  private static Revisions revisions() {
    return new Revisions(repo, null, "(bundled)", null, new Links(repo, false));
  }

  private static String en(Revisions.Failure f) {
    return f.getCause() != null ? f.getCause().getMessage() : f.msg().en();
  }

  @Test
  void revisionsRangesAndPathsNameTheSides() throws Revisions.Failure {
    Revisions.Pair range = revisions().resolve(List.of("v1..v2"));
    assertEquals("v1:policies.yaml", range.old().label());
    assertEquals("v2:policies.yaml", range.neu().label());
    Revisions.Pair pair = revisions().resolve(List.of("v1", "v2:policies.yaml"));
    assertEquals("v1:policies.yaml", pair.old().label());
    assertEquals("v2:policies.yaml", pair.neu().label());
    assertEquals(32, pair.old().loaded().checklist().rows().size());
    Revisions.Pair base = revisions().resolve(List.of("v1...v2"));
    assertEquals("merge-base(v1, v2):policies.yaml", base.old().label());
    Revisions.Pair relative = revisions().resolve(List.of("HEAD~2", "HEAD~1:./policies.yaml"));
    assertEquals("HEAD~2:policies.yaml", relative.old().label());
    assertEquals("HEAD~1:./policies.yaml", relative.neu().label());
    assertEquals("policies.yaml", relative.neu().file());
    // the working file (here v3, broken) is the new side when one revision is given
    Revisions.Failure working = assertThrows(Revisions.Failure.class,
        () -> revisions().resolve(List.of("HEAD~2")));
    assertEquals("policies.yaml", working.problems().get(0).file());
  }

  @Test
  void whatCannotBeComparedSaysWhy() {
    assertEquals("'-v1': a revision must not start with '-'", en(assertThrows(
        Revisions.Failure.class, () -> revisions().resolve(List.of("-v1", "v2")))));
    assertEquals("'v1..v2': a range (A..B) stands alone; give either a range or two revisions",
        en(assertThrows(Revisions.Failure.class,
            () -> revisions().resolve(List.of("v1..v2", "v1")))));
    assertEquals("'v1:': no path after ':'", en(assertThrows(Revisions.Failure.class,
        () -> revisions().resolve(List.of("v1:", "v2")))));
    assertEquals("'v9': no such file or git revision", en(assertThrows(Revisions.Failure.class,
        () -> revisions().resolve(List.of("v9", "v2")))));
    Revisions.Failure broken = assertThrows(Revisions.Failure.class,
        () -> revisions().resolve(List.of("v2", "v3")));
    assertFalse(broken.problems().isEmpty(), "v3 is not a checklist");
    assertEquals("v3:policies.yaml", broken.problems().get(0).file());
  }

  @Test
  void theHistoryIsNewestFirstWithBothSidesOfEachCommit() throws Revisions.Failure {
    List<History.Step> steps = revisions().history(null, 0);
    assertEquals(3, steps.size());
    assertEquals("v3", steps.get(0).commit().subject());
    assertTrue(steps.get(0).failure().problems().size() > 0);
    History.Step v2 = steps.get(1);
    assertNull(v2.failure());
    assertEquals(32, v2.before().rows().size());
    assertFalse(v2.added() || v2.removed());
    History.Step v1 = steps.get(2);
    assertTrue(v1.added());
    assertEquals(0, v1.before().rows().size());
    assertEquals(32, v1.after().rows().size());
    assertEquals(1, revisions().history("v2", 1).size());
    assertEquals("'-1': a revision must not start with '-'", en(assertThrows(
        Revisions.Failure.class, () -> revisions().history("-1", 0))));
  }

  @Test
  void outsideARepositoryTheHistoryIsRefused(@TempDir Path elsewhere) {
    Revisions r = new Revisions(elsewhere, null, "(bundled)", null,
        new Links(elsewhere, false));
    assertTrue(en(assertThrows(Revisions.Failure.class, () -> r.history(null, 0)))
        .endsWith("is not in a git repository"));
  }
}
