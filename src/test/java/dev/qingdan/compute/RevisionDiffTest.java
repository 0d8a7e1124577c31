package dev.qingdan.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.qingdan.load.ChecklistReader;
import dev.qingdan.load.LoadedChecklist;
import dev.qingdan.load.Severity;
import dev.qingdan.model.Checklist;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RevisionDiffTest {
  static Checklist load(String file) throws Exception {
    LoadedChecklist lc = ChecklistReader.read(Path.of(file), file);
    assertEquals(List.of(), lc.problems().stream().filter(p -> p.severity() == Severity.ERROR)
        .toList());
    return lc.checklist();
  }

  /** One change on one line: kind, old id, new id, field, old → new, impact. */
  static String line(Change c) {
    return c.change().word() + " " + c.oldId() + " " + c.id()
        + (c.field() == null ? "" : " " + c.field()) + " [" + c.old() + " -> " + c.neu() + "] "
        + c.impact().word();
  }

  static String lines(DiffResult d) {
    return d.changes().stream().map(RevisionDiffTest::line).collect(Collectors.joining("\n"));
  }

  @Test
  void theRevisionOfTheIssue() throws Exception {
    DiffResult d = RevisionDiff.compare(load("policies.yaml"),
        load("examples/policies-revised.yaml"));
    assertEquals(String.join("\n",
        "modified 1.1 1.1 target [100% -> 95%] loosening",
        "modified 7.1 7.1 lead [区国资中心 -> 区国资中心、区住建局] neutral",
        "removed 12.1 null [支持开展促消费专项行动 -> null] loosening",
        "renumbered 13.1 12.1 [13.1 -> 12.1] neutral",
        "renumbered 14.1 13.1 [14.1 -> 13.1] neutral",
        "renumbered 15.1 14.1 [15.1 -> 14.1] neutral",
        "renumbered 16.1 15.1 [16.1 -> 15.1] neutral",
        "renumbered 17.1 16.1 [17.1 -> 16.1] neutral",
        "renumbered 18.1 17.1 [18.1 -> 17.1] neutral",
        "renumbered 19.1 18.1 [19.1 -> 18.1] neutral",
        "modified 19.1 18.1 schedule [9月底前出台歇业登记细化配套政策。 -> 10月底前出台歇业登记细化配套政策。] "
            + "loosening",
        "renumbered 20.1 19.1 [20.1 -> 19.1] neutral",
        "modified 20.1 19.1 target [8个 -> 10个] tightening",
        "modified 20.1 19.1 schedule [5月：上线2个应用场景； 6月-11月：各上线1个应用场景 -> "
            + "5月：上线4个应用场景； 6月-11月：各上线1个应用场景] tightening",
        "renumbered 21.1 20.1 [21.1 -> 20.1] neutral",
        "renumbered 22.1 21.1 [22.1 -> 21.1] neutral",
        "renumbered 22.2 21.2 [22.2 -> 21.2] neutral",
        "renumbered 23.1 22.1 [23.1 -> 22.1] neutral",
        "renumbered 23.2 22.2 [23.2 -> 22.2] neutral",
        "renumbered 24.1 23.1 [24.1 -> 23.1] neutral",
        "renumbered 24.2 23.2 [24.2 -> 23.2] neutral",
        "added null 24.1 [null -> 推动个体工商户数字化转型] tightening"), lines(d));
    assertEquals(new DiffResult.Summary(1, 1, 5, 15), d.summary());
    assertEquals(3, d.count(Impact.TIGHTENING));
    assertEquals(3, d.count(Impact.LOOSENING));
    assertEquals(1, d.count(Impact.NEUTRAL));
    assertEquals(0, d.count(Impact.DEFINITIONAL));
  }

  @Test
  void detailsOfTheRevision() throws Exception {
    DiffResult d = RevisionDiff.compare(load("policies.yaml"),
        load("examples/policies-revised.yaml"));
    assertEquals(new ChangeDetail.Units(List.of("区住建局"), List.of()), d.changes().get(1)
        .detail());
    assertEquals(new ChangeDetail.Milestones(List.of(new ChangeDetail.Shift(
        LocalDate.of(2022, 9, 30), null, LocalDate.of(2022, 10, 31), null))),
        d.changes().get(10).detail());
    ChangeDetail.Milestones m = (ChangeDetail.Milestones) d.changes().get(13).detail();
    assertEquals(7, m.shifts().size());
    assertEquals(new ChangeDetail.Shift(LocalDate.of(2022, 5, 31), 2L, LocalDate.of(2022, 5, 31),
        4L), m.shifts().get(0));
    assertEquals(new ChangeDetail.Shift(LocalDate.of(2022, 11, 30), 8L,
        LocalDate.of(2022, 11, 30), 10L), m.shifts().get(6));
  }

  @Test
  void aFileAgainstItselfHasNoChange() throws Exception {
    Checklist c = load("policies.yaml");
    assertEquals(List.of(), RevisionDiff.compare(c, c).changes());
    assertEquals(List.of(), RevisionDiff.compare(c, load("policies.yaml")).changes());
  }

  @Test
  void fingerprintsAreStableAndDistinct() throws Exception {
    DiffResult d = RevisionDiff.compare(load("policies.yaml"),
        load("examples/policies-revised.yaml"));
    assertEquals(d.changes().size(), d.changes().stream().map(Change::fingerprint).distinct()
        .count());
    // Computed independently (Python hashlib): the first 16 hex digits of
    // sha256("modified␟row␟对月销售额15万元以下的小规模纳税人免征增值税␟政策享受率␟1␟target␟100%␟95%").
    assertEquals("fba21fbc41affc8a", d.changes().get(0).fingerprint());
    assertEquals(16, d.changes().get(0).fingerprint().length());
    assertNotEquals(d.changes().get(0).fingerprint(), RevisionDiff.fingerprint(
        ChangeKind.MODIFIED, "row\u001f对月销售额15万元以下的小规模纳税人免征增值税\u001f政策享受率\u001f1",
        "target", "100%", "96%"));
  }

  @Test
  void aFingerprintIgnoresUnrelatedEdits() throws Exception {
    Checklist old = load("policies.yaml");
    Checklist full = load("examples/policies-revised.yaml");
    // Only 19.1's due date moves, in place: no row is removed, so it keeps its number.
    List<dev.qingdan.model.Row> rows = new java.util.ArrayList<>(old.rows());
    int i = rows.indexOf(old.row(dev.qingdan.model.RowId.parse("19.1").orElseThrow())
        .orElseThrow());
    dev.qingdan.model.Row moved = full.row(dev.qingdan.model.RowId.parse("18.1").orElseThrow())
        .orElseThrow();
    rows.set(i, Revisions.withId(moved, rows.get(i).id()));
    DiffResult alone = RevisionDiff.compare(old, Revisions.checklist(old, rows));
    assertEquals("modified 19.1 19.1 schedule [9月底前出台歇业登记细化配套政策。 -> "
        + "10月底前出台歇业登记细化配套政策。] loosening", lines(alone));
    DiffResult all = RevisionDiff.compare(old, full);
    String print = alone.changes().get(0).fingerprint();
    assertEquals(1, all.changes().stream().filter(c -> c.fingerprint().equals(print)).count());
    // Against a revision that also rewords 19.1's key points, the change keeps its fingerprint.
    dev.qingdan.model.Row reworded = new dev.qingdan.model.Row(moved.id(), moved.title(),
        moved.points() + "（修订）", moved.lead(), moved.partners(), moved.goal(),
        moved.indicator(), moved.target(), moved.schedule(), moved.definition(), moved.method());
    rows.set(i, Revisions.withId(reworded, rows.get(i).id()));
    DiffResult more = RevisionDiff.compare(old, Revisions.checklist(old, rows));
    assertEquals(2, more.changes().size());
    assertEquals(print, more.changes().get(1).fingerprint());
  }
}
