package dev.qingdan.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qingdan.load.checklist.ChecklistReader;
import dev.qingdan.load.InputException;
import dev.qingdan.load.checklist.LoadedChecklist;
import dev.qingdan.model.Checklist;
import dev.qingdan.model.ProgressEntry;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RatiosTest {
  static Checklist checklist;

  @BeforeAll
  static void loadChecklist() throws InputException {
    LoadedChecklist lc = ChecklistReader.read(Path.of("policies.yaml"), "policies.yaml");
    assertFalse(lc.hasErrors());
    checklist = lc.checklist();
  }

  static void loadChecklistQuietly() {
    if (checklist == null) {
      try {
        loadChecklist();
      } catch (InputException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  static ProgressEntry ratio(String period, String id, String unit, long num, long den) {
    return new ProgressEntry(YearMonth.parse(period), id, unit, num, den, null, null, null, "t", 1);
  }

  static ProgressEntry count(String period, String id, String unit, long count) {
    return new ProgressEntry(YearMonth.parse(period), id, unit, null, null, count, null, null, "t",
        1);
  }

  static IndicatorRatio find(RatioReport r, String id) {
    return r.indicators().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }

  static IndicatorRatio one(String id, Scope scope, ProgressEntry... entries) {
    return find(Ratios.compute(checklist, List.of(entries), scope), id);
  }

  static MonthFigure month(IndicatorRatio i, String period) {
    return i.months().stream().filter(m -> m.period().equals(YearMonth.parse(period)))
        .findFirst().orElseThrow();
  }

  static BigInteger big(long v) {
    return BigInteger.valueOf(v);
  }

  // ---- the "Done when" ----

  @Test
  void aMonthOfZeroOverZeroHasNoRatioAndTheFlowsAreSummed() {
    IndicatorRatio r = one("1.1", Scope.through(YearMonth.of(2022, 6)),
        ratio("2022-05", "1.1", "区税务局", 0, 0), ratio("2022-06", "1.1", "区税务局", 50, 52));
    assertEquals(big(50), r.numerator());
    assertEquals(big(52), r.denominator());
    assertEquals(new BigFraction(25, 26), r.ratio());
    assertEquals(new BigDecimal("96.1"), r.percent());
    assertEquals(RatioStatus.MISSED, r.status());
    MonthFigure may = month(r, "2022-05");
    assertTrue(may.reported());
    assertEquals(big(0), may.numerator());
    assertEquals(big(0), may.denominator());
    assertNull(may.ratio());
    assertEquals(RatioStatus.NO_DATA, may.status());
    assertEquals(RatioStatus.MISSED, month(r, "2022-06").status());
  }

  @Test
  void twentyFourNinetyNineOutOfTwentyFiveHundredIs99Point9AndMissed() {
    IndicatorRatio r = one("1.1", Scope.through(YearMonth.of(2022, 6)),
        ratio("2022-06", "1.1", null, 2499, 2500));
    assertEquals(new BigDecimal("99.9"), r.percent());
    assertEquals(RatioStatus.MISSED, r.status());
    IndicatorRatio all = one("1.1", Scope.through(YearMonth.of(2022, 6)),
        ratio("2022-06", "1.1", null, 2500, 2500));
    assertEquals(new BigDecimal("100.0"), all.percent());
    assertEquals(RatioStatus.MET, all.status());
  }

  @Test
  void aRowJudgedEveryMonthIsMissedByOneMonthUnderTargetThoughItsYearIsAbove() {
    List<ProgressEntry> e = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      e.add(ratio(String.format("2022-%02d", m), "24.1", "区市场监管局", m == 3 ? 60 : 80, 100));
    }
    IndicatorRatio r = find(Ratios.compute(checklist, e, Scope.through(YearMonth.of(2022, 12))),
        "24.1");
    // 11 × 80 + 60 = 940 of 1200: 78.3%, above 70%
    assertEquals(new BigFraction(940, 1200), r.ratio());
    assertEquals(new BigDecimal("78.3"), r.percent());
    assertTrue(Exact.reaches(r.ratio(), Exact.share(new BigDecimal(70))));
    assertEquals(RatioStatus.MISSED, r.status());
    assertEquals(List.of(YearMonth.of(2022, 3)), r.breaches());
    assertEquals(RatioStatus.MISSED, month(r, "2022-03").status());
    assertEquals(RatioStatus.MET, month(r, "2022-04").status());
    // up to February no month is under: met
    IndicatorRatio feb = find(Ratios.compute(checklist, e, Scope.through(YearMonth.of(2022, 2))),
        "24.1");
    assertEquals(RatioStatus.MET, feb.status());
    assertEquals(List.of(), feb.breaches());
  }

  // ---- exact arithmetic ----

  @Test
  void theCumulativeRatioIsTheRatioOfTheSumsNotTheAverageOfTheMonths() {
    IndicatorRatio r = one("1.1", Scope.through(YearMonth.of(2022, 2)),
        ratio("2022-01", "1.1", null, 1, 1), ratio("2022-02", "1.1", null, 0, 99));
    // the average of 100% and 0% would be 50%
    assertEquals(new BigFraction(1, 100), r.ratio());
    assertEquals(new BigDecimal("1.0"), r.percent());
  }

  @Test
  void aTargetIsComparedExactly() {
    assertEquals(RatioStatus.MET, one("24.1", Scope.period(YearMonth.of(2022, 5)),
        ratio("2022-05", "24.1", null, 7, 10)).status());
    IndicatorRatio under = one("24.1", Scope.period(YearMonth.of(2022, 5)),
        ratio("2022-05", "24.1", null, 699_999_999, 1_000_000_000));
    assertEquals(RatioStatus.MISSED, under.status());
    assertEquals(new BigDecimal("69.9"), under.percent());
    assertEquals(List.of(YearMonth.of(2022, 5)), under.breaches());
  }

  @Test
  void sumsPastSixtyFourBitsStayExact() {
    long big = Long.MAX_VALUE;
    IndicatorRatio r = one("1.1", Scope.through(YearMonth.of(2022, 3)),
        ratio("2022-01", "1.1", null, big, big), ratio("2022-02", "1.1", null, big, big),
        ratio("2022-03", "1.1", null, big - 1, big));
    assertEquals(big(big).multiply(big(3)).subtract(BigInteger.ONE), r.numerator());
    assertEquals(RatioStatus.MISSED, r.status());
    assertEquals(new BigDecimal("99.9"), r.percent());
    assertEquals(new BigDecimal("99.9"), r.interval().lower());
    assertEquals(new BigDecimal("100.0"), r.interval().upper());
  }

  // ---- every status ----

  @Test
  void everyStatus() {
    RatioReport r = Ratios.compute(checklist, List.of(
        ratio("2022-06", "1.1", null, 10, 10),
        ratio("2022-06", "2.1", null, 9, 10),
        count("2022-06", "13.1", null, 1500),
        count("2022-06", "8.2", null, 120_000)), Scope.through(YearMonth.of(2022, 6)));
    assertEquals(RatioStatus.MET, find(r, "1.1").status());
    assertEquals(RatioStatus.MISSED, find(r, "2.1").status());
    assertEquals(RatioStatus.IN_PROGRESS, find(r, "13.1").status());
    assertEquals(RatioStatus.NO_DATA, find(r, "4.1").status());
    assertEquals(RatioStatus.NO_TARGET, find(r, "8.2").status());
    // no target (暂无) and external (按市级文件执行) targets, with or without reports
    assertEquals(RatioStatus.NO_TARGET, find(r, "12.1").status());
    assertEquals(RatioStatus.NO_TARGET, find(r, "15.1").status());
    assertEquals(Map.of(RatioStatus.MET, 1, RatioStatus.MISSED, 1, RatioStatus.IN_PROGRESS, 1,
            RatioStatus.NO_DATA, 20, RatioStatus.NO_TARGET, 11),
        r.statuses());
    assertTrue(r.anyMissed());
  }

  @Test
  void aRatioRowWithoutReportsShowsZeroOverZeroAndNoRatio() {
    IndicatorRatio r = one("4.1", Scope.through(YearMonth.of(2022, 3)));
    assertEquals(big(0), r.numerator());
    assertEquals(big(0), r.denominator());
    assertNull(r.count());
    assertNull(r.ratio());
    assertNull(r.percent());
    assertNull(r.interval());
    assertEquals(3, r.months().size());
    assertTrue(r.months().stream().allMatch(m -> m.status() == RatioStatus.NO_DATA));
  }

  @Test
  void aCountTargetIsInProgressUntilReachedAndItsRatioIsCountOverTarget() {
    List<ProgressEntry> e = List.of(count("2022-03", "13.1", "区人社局", 1000),
        count("2022-06", "13.1", "区市场监管局", 500), count("2022-09", "13.1", "区人社局", 1400),
        count("2022-11", "13.1", "区人社局", 100));
    IndicatorRatio june = find(Ratios.compute(checklist, e, Scope.through(YearMonth.of(2022, 6))),
        "13.1");
    assertEquals(big(1500), june.count());
    assertNull(june.numerator());
    assertEquals(new BigFraction(1, 2), june.ratio());
    assertEquals(new BigDecimal("50.0"), june.percent());
    assertEquals(RatioStatus.IN_PROGRESS, june.status());
    assertNull(june.interval());
    IndicatorRatio dec = find(Ratios.compute(checklist, e, Scope.through(YearMonth.of(2022, 12))),
        "13.1");
    assertEquals(big(3000), dec.count());
    assertEquals(RatioStatus.MET, dec.status());
    // a count row's month carries the cumulative count and its status
    assertEquals(RatioStatus.NO_DATA, month(dec, "2022-10").status());
    assertEquals(big(2900), month(dec, "2022-09").cumulative());
    assertEquals(RatioStatus.IN_PROGRESS, month(dec, "2022-09").status());
    assertEquals(big(3000), month(dec, "2022-11").cumulative());
    assertEquals(RatioStatus.MET, month(dec, "2022-11").status());
    assertEquals(big(0), month(dec, "2022-12").count());
  }

  @Test
  void goalsAreCounts() {
    IndicatorRatio g2 = one("G2", Scope.through(YearMonth.of(2022, 12)),
        count("2022-06", "G2", null, 6000), count("2022-12", "G2", null, 4000));
    assertEquals(RatioStatus.MET, g2.status());
    assertEquals(BigFraction.ONE, g2.ratio());
    assertEquals(List.of(), g2.lead());
    assertEquals(Completeness.NONE, g2.completeness());
  }

  @Test
  void aPeriodIsThatMonthAlone() {
    ProgressEntry[] e = {ratio("2022-05", "1.1", null, 1, 2), ratio("2022-06", "1.1", null, 3, 3),
        ratio("2022-07", "1.1", null, 1, 5)};
    IndicatorRatio june = one("1.1", Scope.period(YearMonth.of(2022, 6)), e);
    assertEquals(big(3), june.numerator());
    assertEquals(RatioStatus.MET, june.status());
    assertEquals(1, june.months().size());
    IndicatorRatio through = one("1.1", Scope.through(YearMonth.of(2022, 6)), e);
    assertEquals(new BigFraction(4, 5), through.ratio());
    assertEquals(6, through.months().size());
  }

  @Test
  void theMonthsStartAtTheWindowOrAnEarlierReport() {
    // 8.1 runs from 2022-05
    assertEquals(YearMonth.of(2022, 5), one("8.1", Scope.through(YearMonth.of(2022, 8)))
        .months().get(0).period());
    assertEquals(YearMonth.of(2021, 12), one("8.1", Scope.through(YearMonth.of(2022, 8)),
        ratio("2021-12", "8.1", null, 1, 1)).months().get(0).period());
    // through a month before the window: no months, no data
    IndicatorRatio early = one("8.1", Scope.through(YearMonth.of(2022, 4)));
    assertEquals(List.of(), early.months());
    assertEquals(RatioStatus.NO_DATA, early.status());
  }

  @Test
  void aDeliverableShowsTheDayItWasDone() {
    ProgressEntry done = new ProgressEntry(YearMonth.of(2022, 9), "19.1", null, null, null, null,
        LocalDate.of(2022, 9, 20), null, "t", 1);
    assertEquals(LocalDate.of(2022, 9, 20), one("19.1", Scope.through(YearMonth.of(2022, 12)),
        done).done());
    assertNull(one("19.1", Scope.through(YearMonth.of(2022, 8)), done).done());
    assertEquals(RatioStatus.NO_TARGET, one("19.1", Scope.through(YearMonth.of(2022, 12)), done)
        .status());
  }

  // ---- completeness and the rollup ----

  @Test
  void everyLeadUnitIsExpectedEveryMonthOfTheWindowUpToTheScope() {
    // 3.1 is led by 区财政局 and 区税务局, every month of 2022
    RatioReport r = Ratios.compute(checklist, List.of(
        ratio("2022-01", "3.1", "区税务局", 1, 1), ratio("2022-02", "3.1", "区税务局", 1, 1),
        ratio("2022-02", "3.1", "区财政局", 1, 1), ratio("2022-03", "3.1", null, 1, 1),
        // a partner's report is welcome but expected of nobody
        ratio("2022-01", "3.1", "区发改局", 1, 1)), Scope.through(YearMonth.of(2022, 4)));
    Completeness c = find(r, "3.1").completeness();
    assertEquals(8, c.expected());
    assertEquals(5, c.reported());
    assertEquals(List.of(
            new Completeness.Gap("区财政局", "3.1", YearMonth.of(2022, 1)),
            new Completeness.Gap("区财政局", "3.1", YearMonth.of(2022, 4)),
            new Completeness.Gap("区税务局", "3.1", YearMonth.of(2022, 4))),
        c.missing());
    assertEquals(new BigDecimal("62.5"), c.percent());
    // each lead's share: the same months expected of each
    Completeness finance = find(r, "3.1").completeness("区财政局");
    assertEquals(4, finance.expected());
    assertEquals(2, finance.reported());
    assertEquals(List.of(YearMonth.of(2022, 1), YearMonth.of(2022, 4)),
        finance.missing().stream().map(Completeness.Gap::period).toList());
    assertEquals(3, find(r, "3.1").completeness("区税务局").reported());
    assertEquals(Completeness.NONE, find(r, "3.1").completeness("区发改局"));
    // 13.1 is led by 区人社局 (written 区人社局) and 区市场监管局; 20.1 runs May to November
    assertEquals(8, find(r, "13.1").completeness().expected());
    assertEquals(0, find(r, "20.1").completeness().expected());
    assertEquals(0, find(r, "12.1").completeness().expected());
    assertEquals(0, find(r, "19.1").completeness().expected());
  }

  @Test
  void theRollupByLeadUnit() {
    RatioReport r = Ratios.compute(checklist, List.of(ratio("2022-01", "1.1", "区税务局", 1, 1),
        ratio("2022-01", "2.1", "区税务局", 1, 2)), Scope.through(YearMonth.of(2022, 1)));
    UnitRollup tax = r.units().stream().filter(u -> u.unit().equals("区税务局")).findFirst()
        .orElseThrow();
    assertEquals(List.of("1.1", "2.1", "3.1", "4.1", "5.1", "5.2", "6.1", "7.2"), tax.ids());
    assertEquals(1, tax.statuses().get(RatioStatus.MET));
    assertEquals(1, tax.statuses().get(RatioStatus.MISSED));
    assertEquals(6, tax.statuses().get(RatioStatus.NO_DATA));
    assertEquals(8, tax.completeness().expected());
    assertEquals(2, tax.completeness().reported());
    // in register order, only units that lead something; 区人力社保局 is 区人社局
    assertEquals(List.of("区发改局", "区财政局", "区人社局", "区商务局", "区卫生健康局",
            "区市场监管局", "区地方金融监管局", "区国资中心", "区税务局"),
        r.units().stream().map(UnitRollup::unit).toList());
    UnitRollup hr = r.units().get(2);
    assertEquals(List.of("8.1", "8.2", "8.3", "13.1"), hr.ids());
  }
}
