package dev.qingdan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qingdan.load.checklist.ChecklistReader;
import dev.qingdan.load.checklist.ChecklistValidator;
import dev.qingdan.load.checklist.LoadedChecklist;
import dev.qingdan.load.progress.LoadedProgress;
import dev.qingdan.load.progress.ProgressReader;
import dev.qingdan.model.Checklist;
import dev.qingdan.model.Row;
import dev.qingdan.model.Target;
import dev.qingdan.phrase.TargetParser;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate on phrases it cannot read entirely, growth targets, and level values in reports. */
class PhrasesValidationTest {
  @TempDir Path dir;

  private List<Problem> validate(String from, String to) throws Exception {
    String yaml = Files.readString(Path.of("policies.yaml"), StandardCharsets.UTF_8);
    assertTrue(yaml.contains(from), from);
    Path p = dir.resolve("p.yaml");
    Files.writeString(p, yaml.replace(from, to), StandardCharsets.UTF_8);
    return ChecklistValidator.validate(ChecklistReader.read(p, "p.yaml"));
  }

  private static List<String> warnings(List<Problem> ps) {
    return ps.stream().filter(p -> p.severity() == Severity.WARNING)
        .map(p -> p.code() + ": " + p.text().en()).toList();
  }

  @Test
  void aScheduleNotReadEntirelyIsAWarningThatNamesThePart() throws Exception {
    List<Problem> ps = validate("text: 9月底前出台歇业登记细化配套政策。", "text: 3个月内出台歇业登记细化配套政策。");
    assertEquals(List.of("schedule-text: schedule text: cannot read '3个月' in the schedule phrase "
        + "'3个月内出台歇业登记细化配套政策。'"), warnings(ps));
  }

  @Test
  void nMonthBeforeIsAWarningSayingTheReading() throws Exception {
    List<Problem> ps = validate("text: 9月底前出台歇业登记细化配套政策。", "text: 9月前出台歇业登记细化配套政策。");
    assertEquals(1, warnings(ps).size(), warnings(ps).toString());
    assertTrue(warnings(ps).get(0).startsWith("schedule-ambiguous: schedule text: '9月前' is read as "
        + "due by the end of month 9 (2022-09-30)"), warnings(ps).toString());
  }

  @Test
  void aGrowthTargetWithoutItsBaselineIsAWarning() throws Exception {
    List<Problem> ps = validate(
        "      text: 8个\n      op: \">=\"\n      value: 8\n      unit: 个\n",
        "      text: 同比增长10%以上\n      op: \">=\"\n      value: 10\n      unit: \"%\"\n"
            + "      growth: true\n      baseline: null\n");
    assertTrue(warnings(ps).contains("no-baseline: '同比增长10%以上' is a growth rate but has no "
        + "baseline; give the figure it grows from (last year's) as 'baseline', or it cannot be "
        + "judged"), warnings(ps).toString());
  }

  @Test
  void aValueIsKeptOnALevelRowAndLeftOutElsewhere() throws Exception {
    LoadedChecklist lc = ChecklistReader.read(Path.of("policies.yaml"), "policies.yaml");
    Checklist c = lc.checklist();
    List<Row> rows = new ArrayList<>();
    for (Row r : c.rows()) {
      Target t = !r.id().toString().equals("22.1") ? r.target()
          : TargetParser.parse("3个工作日以内").orElseThrow();
      rows.add(new Row(r.id(), r.title(), r.points(), r.lead(), r.partners(), r.goal(),
          r.indicator(), t, r.schedule(), r.definition(), r.method()));
    }
    Checklist level = new Checklist(c.document(), c.units(), c.generic(), c.goals(), rows);
    Path p = dir.resolve("r.yaml");
    Files.writeString(p, """
        reports:
          - {period: 2022-06, id: "22.1", value: 2.5}
          - {period: 2022-06, id: "22.2", value: 3}
        """, StandardCharsets.UTF_8);
    LoadedProgress lp = ProgressReader.read(List.of(p), level);
    assertEquals(new BigDecimal("2.5"), lp.entries().get(0).value());
    assertEquals(null, lp.entries().get(1).value());
    assertEquals(List.of("22.2 is measured by numerator and denominator; value is left out"),
        lp.warnings().stream().map(w -> w.text().en()).toList());
  }
}
