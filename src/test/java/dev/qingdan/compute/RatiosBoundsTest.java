package dev.qingdan.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.qingdan.phrase.TargetParser;
import dev.qingdan.model.Checklist;
import dev.qingdan.model.Row;
import dev.qingdan.model.Target;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ratio judges ceilings, strict floors, ranges and 左右 on real rows with other targets. */
class RatiosBoundsTest {
  /** The bundled checklist with one row's target replaced. */
  private static Checklist withTarget(String id, String text) {
    return withTarget(RatiosTest.checklist, id, TargetParser.parse(text).orElseThrow());
  }

  private static RatioStatus status(Checklist c, String id, String period,
      dev.qingdan.model.ProgressEntry... entries) {
    RatioReport r = Ratios.compute(c, List.of(entries), Scope.through(YearMonth.parse(period)));
    return RatiosTest.find(r, id).status();
  }

  @Test
  void aCeilingIsMetAtOrUnderItsBound() {
    RatiosTest.loadChecklistQuietly();
    Checklist c = withTarget("22.1", "≤5%");
    assertEquals(RatioStatus.MET, status(c, "22.1", "2022-01",
        RatiosTest.ratio("2022-01", "22.1", null, 5, 100)));
    assertEquals(RatioStatus.MISSED, status(c, "22.1", "2022-01",
        RatiosTest.ratio("2022-01", "22.1", null, 51, 1000)));
  }

  @Test
  void aStrictFloorIsNotMetAtItsBound() {
    RatiosTest.loadChecklistQuietly();
    Checklist c = withTarget("22.1", "＞80%");
    assertEquals(RatioStatus.MISSED, status(c, "22.1", "2022-01",
        RatiosTest.ratio("2022-01", "22.1", null, 80, 100)));
    assertEquals(RatioStatus.MET, status(c, "22.1", "2022-01",
        RatiosTest.ratio("2022-01", "22.1", null, 81, 100)));
  }

  @Test
  void aCountCeilingIsMetUntilTheCountPassesIt() {
    RatiosTest.loadChecklistQuietly();
    Checklist c = withTarget("13.1", "不超过2千人次");
    assertEquals(RatioStatus.MET, status(c, "13.1", "2022-02",
        RatiosTest.count("2022-01", "13.1", null, 1500),
        RatiosTest.count("2022-02", "13.1", null, 500)));
    assertEquals(RatioStatus.MISSED, status(c, "13.1", "2022-02",
        RatiosTest.count("2022-01", "13.1", null, 1500),
        RatiosTest.count("2022-02", "13.1", null, 501)));
  }

  @Test
  void approximatelyAllowsFivePercentShort() {
    RatiosTest.loadChecklistQuietly();
    Checklist c = withTarget("13.1", "3000人次左右");
    assertEquals(RatioStatus.MET, status(c, "13.1", "2022-01",
        RatiosTest.count("2022-01", "13.1", null, 2850)));
    assertEquals(RatioStatus.IN_PROGRESS, status(c, "13.1", "2022-01",
        RatiosTest.count("2022-01", "13.1", null, 2849)));
  }

  private static dev.qingdan.model.ProgressEntry level(String period, String id, String unit,
      String value) {
    return new dev.qingdan.model.ProgressEntry(YearMonth.parse(period), id, unit, null, null, null,
        null, null, "t", 1, new java.math.BigDecimal(value));
  }

  @Test
  void aLevelIsJudgedMonthByMonthAgainstItsCeiling() {
    RatiosTest.loadChecklistQuietly();
    Checklist c = withTarget("22.1", "3个工作日以内");
    RatioReport r = Ratios.compute(c, List.of(level("2022-01", "22.1", null, "2.5"),
        level("2022-02", "22.1", null, "3.5"), level("2022-03", "22.1", null, "3")),
        Scope.through(YearMonth.of(2022, 3)));
    IndicatorRatio i = RatiosTest.find(r, "22.1");
    assertEquals(dev.qingdan.model.Measure.LEVEL, i.measure());
    assertEquals(new java.math.BigDecimal("3"), i.value());
    assertEquals(List.of(YearMonth.of(2022, 2)), i.breaches());
    assertEquals(true, i.eachMonth());
    assertEquals(RatioStatus.MISSED, i.status());
    assertEquals(RatioStatus.MET, RatiosTest.month(i, "2022-03").status());
  }

  @Test
  void severalUnitsOfOneMonthGiveTheLeastFavourableLevel() {
    RatiosTest.loadChecklistQuietly();
    Checklist c = withTarget("22.1", "3个工作日以内");
    RatioReport r = Ratios.compute(c, List.of(level("2022-01", "22.1", "区市场监管局", "2.5"),
        level("2022-01", "22.1", "区发改局", "3.5")), Scope.through(YearMonth.of(2022, 1)));
    IndicatorRatio i = RatiosTest.find(r, "22.1");
    assertEquals(new java.math.BigDecimal("3.5"), i.value());
    assertEquals(RatioStatus.MISSED, i.status());
  }

  @Test
  void aGrowthRateIsJudgedOnTheLatestMonthAgainstItsBaseline() {
    RatiosTest.loadChecklistQuietly();
    Checklist c = withTarget("22.1", "同比增长10%以上");
    Target t = c.rows().stream().filter(r -> r.id().toString().equals("22.1")).findFirst()
        .orElseThrow().target();
    assertEquals(RatioStatus.NO_TARGET, status(c, "22.1", "2022-02",
        level("2022-02", "22.1", null, "1100")));
    Checklist based = withTarget(c, "22.1", t.withBaseline(new java.math.BigDecimal("1000")));
    assertEquals(RatioStatus.IN_PROGRESS, status(based, "22.1", "2022-02",
        level("2022-01", "22.1", null, "500"), level("2022-02", "22.1", null, "1099")));
    assertEquals(RatioStatus.MET, status(based, "22.1", "2022-02",
        level("2022-01", "22.1", null, "500"), level("2022-02", "22.1", null, "1100")));
  }

  private static Checklist withTarget(Checklist c, String id, Target t) {
    List<Row> rows = new ArrayList<>();
    for (Row r : c.rows()) {
      rows.add(!r.id().toString().equals(id) ? r : new Row(r.id(), r.title(), r.points(),
          r.lead(), r.partners(), r.goal(), r.indicator(), t, r.schedule(), r.definition(),
          r.method()));
    }
    return new Checklist(c.document(), c.units(), c.generic(), c.goals(), rows);
  }

  @Test
  void deadlinesPlanOnlyFloorsOfACount() {
    dev.qingdan.model.Schedule year = dev.qingdan.phrase.ScheduleParser.parse("全年", 2022,
        TargetParser.parse("3000人次").orElseThrow()).schedule();
    assertEquals(PlanKind.COUNT, Plan.of(year, TargetParser.parse("3000人次").orElseThrow()).kind());
    assertEquals(PlanKind.NONE,
        Plan.of(year, TargetParser.parse("不超过2千人次").orElseThrow()).kind());
  }
}
