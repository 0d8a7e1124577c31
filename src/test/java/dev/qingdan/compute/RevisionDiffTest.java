package dev.qingdan.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qingdan.load.checklist.ChecklistReader;
import dev.qingdan.load.checklist.LoadedChecklist;
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
    assertNotEquals(d.changes().get(0).fingerprint(), ChangeCollector.fingerprint(
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

  /** The first lead unit leads: another order of the lead units is a change, of partners not. */
  @Test
  void theOrderOfLeadUnitsIsAChange() throws Exception {
    Checklist old = load("policies.yaml");
    List<dev.qingdan.model.Row> rows = new java.util.ArrayList<>(old.rows());
    int i = 0;
    while (rows.get(i).lead().size() < 2) {
      i++;
    }
    dev.qingdan.model.Row r = rows.get(i);
    List<String> lead = new java.util.ArrayList<>(r.lead());
    java.util.Collections.reverse(lead);
    List<String> partners = new java.util.ArrayList<>(r.partners());
    java.util.Collections.reverse(partners);
    rows.set(i, new dev.qingdan.model.Row(r.id(), r.title(), r.points(), lead, partners,
        r.goal(), r.indicator(), r.target(), r.schedule(), r.definition(), r.method()));
    assertEquals("modified " + r.id() + " " + r.id() + " lead [" + String.join("、", r.lead())
        + " -> " + String.join("、", lead) + "] neutral",
        lines(RevisionDiff.compare(old, Revisions.checklist(old, rows))));
  }

  private static final String DIFF = "src/test/resources/diff/";

  private static DiffResult against(String file) throws Exception {
    return RevisionDiff.compare(load("policies.yaml"), load(DIFF + file));
  }

  private static String lines(List<Change> changes) {
    return changes.stream().map(RevisionDiffTest::line).collect(Collectors.joining("\n"));
  }

  @Test
  void swappedRowsAreRenumberedWhateverTheOrder() throws Exception {
    DiffResult d = against("moved.yaml");
    assertEquals(String.join("\n",
        "renumbered 8.3 8.2 [8.3 -> 8.2] neutral",
        "renumbered 8.2 8.3 [8.2 -> 8.3] neutral",
        "renumbered 22.1 21.1 [22.1 -> 21.1] neutral",
        "renumbered 22.2 21.2 [22.2 -> 21.2] neutral",
        "renumbered 21.1 22.1 [21.1 -> 22.1] neutral"), lines(d));
    assertEquals(new DiffResult.Summary(0, 0, 0, 5), d.summary());
    assertEquals(0, d.count(Impact.LOOSENING) + d.count(Impact.TIGHTENING));
  }

  @Test
  void theRegisterAndTheDocumentAreCompared() throws Exception {
    DiffResult d = against("register.yaml");
    assertEquals(String.join("\n",
        "modified null null number [鄞个联〔2022〕2号 -> 鄞个联〔2022〕5号] neutral",
        "modified null null date [2022-05-25 -> 2022-07-01] neutral"), lines(d.document()));
    assertEquals(String.join("\n",
        "modified 区人社局 区人力社保局 name [区人社局 -> 区人力社保局] neutral",
        "modified 区统计局 区统计局 aliases [- -> 统计局] neutral",
        "modified 区供电公司 国网宁波市鄞州区供电公司 name [区供电公司 -> 国网宁波市鄞州区供电公司] neutral",
        "added null 区民政局 unit [null -> 区民政局] neutral"), lines(d.register()));
    assertEquals(new ChangeDetail.Names(List.of("区人社局"), List.of("区人力社保局"), List.of()),
        d.register().get(0).detail());
    // 13.1's lead written by the unit's new name, 8.x's by its old one: no change of a row.
    assertEquals("", lines(d));
    assertTrue(d.hasChanges());
    assertEquals(6, d.count(Impact.NEUTRAL));
  }

  @Test
  void anAliasThatNowNamesAnotherUnitIsDefinitional() throws Exception {
    DiffResult d = against("remapped.yaml");
    assertEquals(String.join("\n",
        "modified 区人社局 区人社局 aliases [区人力社保局 -> -] neutral",
        "added null 区民政局 unit [null -> 区民政局 (区人力社保局)] definitional"),
        lines(d.register()));
    ChangeDetail.Names n = (ChangeDetail.Names) d.register().get(1).detail();
    assertEquals(List.of(
        new ChangeDetail.Remap("8.1", "lead", "区人力社保局", "区人社局"),
        new ChangeDetail.Remap("8.2", "lead", "区人力社保局", "区人社局"),
        new ChangeDetail.Remap("8.3", "lead", "区人力社保局", "区人社局"),
        new ChangeDetail.Remap("19.1", "partners", "区人力社保局", "区人社局")), n.remapped());
    // The rows write what they wrote: the register's change says what it now means, once.
    assertEquals("", lines(d));
    Review r = Review.of(d, List.of(), java.util.Set.of(Impact.DEFINITIONAL));
    assertEquals(List.of(d.register().get(1)), r.failing());
  }

  @Test
  void aTextEditedAloneIsJudgedByWhatItSays() throws Exception {
    // As read, before validate refuses it: the text says 2500人次, the value still 3000.
    assertEquals("modified 13.1 13.1 target [3000人次 -> 2500人次] loosening",
        lines(against("target-text-only.yaml")));
    assertEquals("modified 19.1 19.1 schedule [9月底前出台歇业登记细化配套政策。 -> "
        + "12月底前出台歇业登记细化配套政策。] loosening",
        lines(against("schedule-text-only.yaml")));
    // And the other way: the value lowered under an unchanged text is loosening too.
    Checklist old = load("policies.yaml");
    List<dev.qingdan.model.Row> rows = new java.util.ArrayList<>(old.rows());
    int k = rows.indexOf(old.row(dev.qingdan.model.RowId.parse("13.1").orElseThrow())
        .orElseThrow());
    dev.qingdan.model.Target t = rows.get(k).target();
    rows.set(k, Revisions.withTarget(rows.get(k), new dev.qingdan.model.Target(t.text(), t.op(),
        java.math.BigDecimal.valueOf(2500), t.unit())));
    assertEquals("modified 13.1 13.1 target [3000人次 -> 3000人次] loosening",
        lines(RevisionDiff.compare(old, Revisions.checklist(old, rows))));
  }

  @Test
  void aTargetLoweredWithItsMilestoneIsOneChange() throws Exception {
    DiffResult d = against("lowered.yaml");
    assertEquals("modified 13.1 13.1 target [3000人次 -> 2500人次] loosening", lines(d));
    assertEquals(new ChangeDetail.Milestones(List.of(new ChangeDetail.Shift(
        LocalDate.of(2022, 12, 31), 3000L, LocalDate.of(2022, 12, 31), 2500L))),
        d.changes().get(0).detail());
    DiffResult g = against("goals-and-definitions.yaml");
    assertEquals("modified G1 G1 target [3000人次 -> 3500人次] tightening", line(g.changes().get(0)));
    assertEquals("target", g.changes().get(0).field());
    assertEquals(4, g.summary().modified());
  }

  @Test
  void aGoalsSentenceTargetAndMilestoneEditedTogetherAreOneChange() throws Exception {
    DiffResult d = against("goal-edit.yaml");
    assertEquals("modified G1 G1 target [3000人次 -> 3500人次] tightening", lines(d.changes()));
    assertEquals(new ChangeDetail.GoalEdit("力争全年实现小微主体职业劳动者培训3000人次",
        "力争全年实现小微主体职业劳动者培训3500人次", new ChangeDetail.Milestones(List.of(
            new ChangeDetail.Shift(LocalDate.of(2022, 12, 31), 3000L, LocalDate.of(2022, 12, 31),
                3500L)))), d.changes().get(0).detail());
    assertEquals(1, d.summary().modified());
    // the sentence is part of what is acknowledged: the same target with another sentence is
    // another change
    assertNotEquals(against("goals-and-definitions.yaml").changes().get(0).fingerprint(),
        d.changes().get(0).fingerprint());
  }

  @Test
  void goalsDefinitionsAndPartnersAreJudgedLikeEveryField() throws Exception {
    assertEquals(String.join("\n",
        "modified G2 G2 text [力争全年全区新登记个体工商户达1万户以上 -> 力争全年全区新登记个体工商户达8000户以上] "
            + "loosening",
        "modified 13.1 13.1 partners [区财政局 -> 区财政局、区级有关单位] neutral",
        "modified 22.1 22.1 definition [完成整改清退的违规收费问题数占检查发现问题数之比 -> "
            + "完成整改清退的违规收费问题数占受理投诉举报问题数之比] definitional",
        "modified 24.1 24.1 schedule [1月-12月，保持每月双随机监管信用风险分类结果应用率≥70%。 -> "
            + "1月-6月，保持每月双随机监管信用风险分类结果应用率≥70%。] loosening"),
        lines(against("text-fields.yaml")));
    assertEquals("1万户以上", Impacts.figure("力争全年全区新登记个体工商户达1万户以上").text());
    assertEquals(null, Impacts.figure("全年分批实施"));
  }

  @Test
  void theDocumentsYearIsAChange() throws Exception {
    Checklist old = load("policies.yaml");
    dev.qingdan.model.Document doc = old.document();
    Checklist neu = new Checklist(new dev.qingdan.model.Document(doc.title() + "（修订）",
        doc.number(), doc.issuer(), doc.date(), 2023, doc.checklist()), old.units(),
        List.of("区级有关单位"), old.goals(), old.rows());
    DiffResult d = RevisionDiff.compare(old, neu);
    assertEquals(String.join("\n",
        "modified null null title [" + doc.title() + " -> " + doc.title() + "（修订）] neutral",
        "modified null null year [2022 -> 2023] neutral"), lines(d.document()));
    assertEquals("removed 各镇街(园区) null generic [各镇街(园区) -> null] neutral",
        lines(d.register()));
    assertEquals(List.of(), d.changes());
    assertEquals(3, d.all().size());
  }
}
