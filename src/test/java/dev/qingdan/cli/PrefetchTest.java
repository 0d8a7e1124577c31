package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.qingdan.load.InputException;
import dev.qingdan.load.LoadedChecklist;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checklist read ahead is handed over only for the file it was read from, under the same
 * name; anything else is read when asked for, with the same result as without it.
 */
class PrefetchTest {
  @TempDir Path tmp;

  private static final Path BROKEN = Path.of("examples/broken/unknown-unit.yaml");

  @Test
  void theFileOfDashPIsReadAheadAndHandedOver() throws Exception {
    for (String[] args : new String[][] {
      {"validate", "-p", BROKEN.toString()},
      {"list", "--policies", BROKEN.toString(), "--format", "json"},
      {"show", "--policies=" + BROKEN, "20.1"},
      {"validate", "-p" + BROKEN},
      {"list", "--grep", "x", "-p" + BROKEN},
    }) {
      Prefetch p = Prefetch.start(args);
      LoadedChecklist first = p.read(BROKEN, BROKEN.toString());
      assertSame(first, p.read(BROKEN, BROKEN.toString()), String.join(" ", args));
      assertEquals(first.problems(), Prefetch.NONE.read(BROKEN, BROKEN.toString()).problems());
    }
  }

  @Test
  void withoutDashPItIsPoliciesYaml() throws Exception {
    Prefetch p = Prefetch.start("ratio", "--data", "examples/progress-2022.yaml");
    Path here = Path.of(Policies.DEFAULT);
    assertSame(p.read(here, Policies.DEFAULT), p.read(here, Policies.DEFAULT));
  }

  @Test
  void anotherFileOrNameIsReadWhenAskedFor() throws Exception {
    Prefetch p = Prefetch.start("validate", "-p", BROKEN.toString());
    Path here = Path.of(Policies.DEFAULT);
    assertNotSame(p.read(here, Policies.DEFAULT), p.read(here, Policies.DEFAULT));
    assertNotSame(p.read(BROKEN, "other name"), p.read(BROKEN, "other name"));
    assertEquals("other name", p.read(BROKEN, "other name").file());
  }

  @Test
  void nothingIsReadAheadForHelpOtherCommandsOrWhatIsNotAFile() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("a-directory.yaml"));
    Path here = Path.of(Policies.DEFAULT);
    for (String[] args : new String[][] {
      {"validate", "--help"},
      {"list", "-V"},
      {"diff", "policies.yaml", "examples/policies-revised.yaml"},
      {"import", "examples/plan-2022.txt"},
      {},
    }) {
      Prefetch p = Prefetch.start(args);
      assertNotSame(p.read(here, Policies.DEFAULT), p.read(here, Policies.DEFAULT),
          String.join(" ", args));
    }
    Prefetch p = Prefetch.start("validate", "-p", dir.toString());
    assertThrows(InputException.class, () -> p.read(dir, dir.toString()));
  }

  /** An input that cannot be used fails the same way when it was read ahead. */
  @Test
  void errorsAreTheSame(@TempDir Path dir) throws Exception {
    Path gbk = dir.resolve("gbk.yaml");
    Files.write(gbk, "rows: \u4e2d\n".getBytes("GBK"));
    Prefetch p = Prefetch.start("validate", "-p", gbk.toString());
    InputException ahead = assertThrows(InputException.class,
        () -> p.read(gbk, gbk.toString()));
    InputException now = assertThrows(InputException.class,
        () -> Prefetch.NONE.read(gbk, gbk.toString()));
    assertEquals(now.problem(), ahead.problem());
  }
}
