package dev.qingdan.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qingdan.load.checklist.ChecklistReader;
import dev.qingdan.phrase.TargetParser;
import dev.qingdan.model.Checklist;
import dev.qingdan.model.ProgressEntry;
import dev.qingdan.model.RowId;
import dev.qingdan.model.Schedule;
import dev.qingdan.model.ScheduleKind;
import dev.qingdan.model.Target;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * deadlines on targets that are bounds (src/test/resources/deadlines/bounds.yaml): a level held all
 * year (1.1), a ceiling of a count (2.1) and of a share over May to December (3.1), a growth rate
 * with its baseline 1000 (4.1) and without one (5.1), a level to reach by 09-30 (6.1).
 */
class BoundDeadlinesTest {
  private static Checklist checklist;

  @BeforeAll
  static void load() throws Exception {
    checklist = ChecklistReader.read(Path.of("src/test/resources/deadlines/bounds.yaml"),
        "bounds.yaml").checklist();
  }

  private static Subject row(String id) {
    return checklist.row(RowId.parse(id).orElseThrow()).map(Subject::of).orElseThrow();
  }

  private static DeadlineRow judge(String id, String asOf, ProgressEntry... e) {
    return Deadlines.judge(row(id), List.of(e), 2022, LocalDate.parse(asOf), Thresholds.DEFAULT);
  }

  private static ProgressEntry value(String id, String period, String v) {
    return value(id, period, null, v);
  }

  private static ProgressEntry value(String id, String period, String unit, String v) {
    return new ProgressEntry(YearMonth.parse(period), id, unit, null, null, null, null, null,
        "t.yaml", 1, new BigDecimal(v));
  }

  private static ProgressEntry count(String id, String period, long n) {
    return new ProgressEntry(YearMonth.parse(period), id, null, null, null, n, null, null,
        "t.yaml", 1);
  }

  private static ProgressEntry ratio(String id, String period, long num, long den) {
    return new ProgressEntry(YearMonth.parse(period), id, null, num, den, null, null, null,
        "t.yaml", 1);
  }

  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  // ---- which targets are bounds ----

  @Test
  void theKindOfATarget() {
    assertEquals(PlanKind.CEILING, BoundDeadlines.kind(TargetParser.parse("不超过2千人次")
        .orElseThrow()));
    assertEquals(PlanKind.CEILING, BoundDeadlines.kind(TargetParser.parse("<3%").orElseThrow()));
    assertEquals(PlanKind.LEVEL, BoundDeadlines.kind(TargetParser.parse("3个工作日以内")
        .orElseThrow()));
    assertEquals(PlanKind.LEVEL, BoundDeadlines.kind(TargetParser.parse("不低于2天")
        .orElseThrow()));
    Target growth = TargetParser.parse("同比增长10%以上").orElseThrow();
    assertNull(BoundDeadlines.kind(growth), "without its baseline");
    assertEquals(PlanKind.GROWTH, BoundDeadlines.kind(growth.withBaseline(dec("1000"))));
    for (String floor : List.of("3000人次", "≥70%", "100%", "80%-90%", "暂无", "按市级文件执行")) {
      assertNull(BoundDeadlines.kind(TargetParser.parse(floor).orElseThrow()), floor);
    }
    assertEquals(PlanKind.NONE, judge("5.1", "2022-09-30", value("5.1", "2022-03", "300"))
        .plan());
    assertEquals(DeadlineStatus.ONGOING, judge("5.1", "2022-09-30").status());
  }

  // ---- a ceiling of a count, held all year ----

  @Test
  void aCountCeilingHoldsAtItsBoundAndBreaksOneOver() {
    DeadlineRow at = judge("2.1", "2022-08-31", count("2.1", "2022-03", 1500),
        count("2.1", "2022-08", 500));
    assertEquals(PlanKind.CEILING, at.plan());
    assertEquals(DeadlineStatus.ON_TRACK, at.status());
    assertEquals(Light.GREEN, at.light());
    assertEquals(LocalDate.of(2022, 12, 31), at.due());
    assertEquals(new Measured(dec("2000"), dec("2000"), dec("2000"), true, List.of(), false),
        at.measured());
    assertEquals(dec("0.00"), at.gap());
    assertNull(at.target());
    assertTrue(at.milestones().isEmpty());
    assertNull(at.toGreen());

    DeadlineRow over = judge("2.1", "2022-08-31", count("2.1", "2022-03", 1500),
        count("2.1", "2022-08", 501));
    assertEquals(DeadlineStatus.BEHIND, over.status());
    assertEquals(Boolean.FALSE, over.measured().holds());
    // 1 over 2000 is 0.05 points: behind, and still green (under --yellow 10)
    assertEquals(dec("0.05"), over.gap());
    assertEquals(Light.GREEN, over.light());
  }

  @Test
  void aCountCeilingsLightFollowsHowFarItIsOver() {
    assertEquals(Light.YELLOW, judge("2.1", "2022-09-30", count("2.1", "2022-09", 2200)).light());
    assertEquals(dec("10.00"), judge("2.1", "2022-09-30", count("2.1", "2022-09", 2200)).gap());
    assertEquals(Light.YELLOW, judge("2.1", "2022-09-30", count("2.1", "2022-09", 2600)).light());
    assertEquals(Light.RED, judge("2.1", "2022-09-30", count("2.1", "2022-09", 2601)).light());
  }

  @Test
  void aCountCeilingIsDoneOnItsDueDayAndOverdueAfterIt() {
    ProgressEntry within = count("2.1", "2022-06", 1999);
    assertEquals(DeadlineStatus.ON_TRACK, judge("2.1", "2022-12-30", within).status());
    assertEquals(DeadlineStatus.DONE, judge("2.1", "2022-12-31", within).status());
    assertEquals(DeadlineStatus.DONE, judge("2.1", "2023-02-01", within).status());
    ProgressEntry over = count("2.1", "2022-06", 2001);
    assertEquals(DeadlineStatus.BEHIND, judge("2.1", "2022-12-31", over).status());
    DeadlineRow late = judge("2.1", "2023-01-01", over);
    assertEquals(DeadlineStatus.OVERDUE, late.status());
    assertEquals(Light.RED, late.light());
    // reports after the window do not count against it
    assertEquals(DeadlineStatus.DONE, judge("2.1", "2023-02-01", within,
        count("2.1", "2023-01", 500)).status());
  }

  @Test
  void aCeilingWithoutReportsHasNoData() {
    DeadlineRow r = judge("2.1", "2022-03-31");
    assertEquals(DeadlineStatus.NO_DATA, r.status());
    assertNull(r.measured().actual());
    assertNull(r.measured().holds());
    // nothing reported counts as 0: 100 points under the ceiling
    assertEquals(dec("-100.00"), r.gap());
    assertEquals(Light.GREEN, r.light());
  }

  // ---- a ceiling of a share, held from May to December ----

  @Test
  void aShareCeilingIsJudgedOnTheCumulativeRatioExactly() {
    DeadlineRow pending = judge("3.1", "2022-04-30", ratio("3.1", "2022-04", 9, 10));
    assertEquals(DeadlineStatus.PENDING, pending.status());
    DeadlineRow five = judge("3.1", "2022-06-30", ratio("3.1", "2022-05", 4, 100),
        ratio("3.1", "2022-06", 6, 100));
    assertEquals(DeadlineStatus.ON_TRACK, five.status());
    assertEquals(new Measured(dec("5"), dec("5"), dec("5.0"), true, List.of(), true),
        five.measured());
    // 501/10000 is 5.01%: over ≤5%, printed rounded down as the contract prints percentages
    DeadlineRow over = judge("3.1", "2022-06-30", ratio("3.1", "2022-05", 501, 10000));
    assertEquals(DeadlineStatus.BEHIND, over.status());
    assertEquals(dec("5.0"), over.measured().actual());
    assertEquals(dec("0.20"), over.gap());
    // months with denominator 0 give no ratio
    assertEquals(DeadlineStatus.NO_DATA, judge("3.1", "2022-06-30",
        ratio("3.1", "2022-05", 0, 0)).status());
    // a share can come back under its ceiling
    assertEquals(DeadlineStatus.ON_TRACK, judge("3.1", "2022-07-31",
        ratio("3.1", "2022-05", 501, 10000), ratio("3.1", "2022-07", 0, 10000)).status());
  }

  // ---- a level, held in every month of the year ----

  @Test
  void aLevelIsHeldInEveryMonthAndItsWorstMonthDecides() {
    DeadlineRow r = judge("1.1", "2022-04-30", value("1.1", "2022-01", "2.5"),
        value("1.1", "2022-02", "3.5"), value("1.1", "2022-03", "2.8"),
        value("1.1", "2022-04", "3"));
    assertEquals(PlanKind.LEVEL, r.plan());
    assertEquals(DeadlineStatus.BEHIND, r.status());
    assertEquals(new Measured(dec("3"), dec("3"), dec("3.5"), false,
        List.of(YearMonth.of(2022, 2)), false), r.measured());
    // 3.5 is 16.67 points over 3
    assertEquals(dec("16.67"), r.gap());
    assertEquals(Light.YELLOW, r.light());
    assertEquals(DeadlineStatus.OVERDUE, judge("1.1", "2023-01-01",
        value("1.1", "2022-02", "3.5")).status());
    DeadlineRow held = judge("1.1", "2022-12-31", value("1.1", "2022-01", "2.5"),
        value("1.1", "2022-12", "3"));
    assertEquals(DeadlineStatus.DONE, held.status());
    assertEquals(dec("3"), held.measured().actual());
  }

  @Test
  void severalUnitsOfOneMonthGiveTheLeastFavourableLevel() {
    DeadlineRow r = judge("1.1", "2022-01-31", value("1.1", "2022-01", "区市场监管局", "2.5"),
        value("1.1", "2022-01", "区税务局", "3.1"));
    assertEquals(dec("3.1"), r.measured().actual());
    assertEquals(List.of(YearMonth.of(2022, 1)), r.measured().breaches());
  }

  // ---- a level to reach by its due date ----

  @Test
  void aLevelWithADueDateIsJudgedOnItsFigureAsOfThatDay() {
    ProgressEntry january = value("6.1", "2022-01", "6");
    DeadlineRow early = judge("6.1", "2022-01-31", january);
    assertEquals(LocalDate.of(2022, 9, 30), early.due());
    assertEquals(DeadlineStatus.PENDING, early.status());
    assertEquals(Light.GREEN, early.light());
    assertEquals(dec("0.00"), early.gap());
    assertEquals(DeadlineStatus.ON_TRACK, judge("6.1", "2022-02-28", january,
        value("6.1", "2022-02", "5")).status());
    // not there yet, seven days before it falls due: yellow
    DeadlineRow soon = judge("6.1", "2022-09-23", january);
    assertEquals(DeadlineStatus.PENDING, soon.status());
    assertEquals(Light.YELLOW, soon.light());
    assertEquals(Light.GREEN, judge("6.1", "2022-09-22", january).light());
    // on its due day: September's level
    assertEquals(DeadlineStatus.DONE, judge("6.1", "2022-09-30", january,
        value("6.1", "2022-09", "4.5")).status());
    assertEquals(DeadlineStatus.BEHIND, judge("6.1", "2022-09-30", january).status());
    // after it: the level as of the due date, whatever came later
    DeadlineRow late = judge("6.1", "2022-11-30", january, value("6.1", "2022-10", "3"));
    assertEquals(DeadlineStatus.OVERDUE, late.status());
    assertEquals(dec("6"), late.measured().actual());
    assertEquals(DeadlineStatus.NO_DATA, judge("6.1", "2022-10-31").status());
  }

  // ---- a growth rate, planned pro rata ----

  @Test
  void aGrowthRateIsPlannedProRataTowardsBaselineTimesOnePlusRate() {
    // 1000 × 1.1 = 1100 by 12-31; as of 08-31, 8/12 of it: 733.33…, rounded up to 733.34
    DeadlineRow r = judge("4.1", "2022-08-31", value("4.1", "2022-07", "615"),
        value("4.1", "2022-08", "700"));
    assertEquals(PlanKind.GROWTH, r.plan());
    assertEquals(new Measured(dec("1100"), dec("733.34"), dec("700"), false, List.of(), false),
        r.measured());
    assertEquals(DeadlineStatus.BEHIND, r.status());
    // (733.33… − 700) / 1100 × 100 = 3.03 points
    assertEquals(dec("3.03"), r.gap());
    assertEquals(Light.GREEN, r.light());
    assertEquals(DeadlineStatus.ON_TRACK, judge("4.1", "2022-08-31",
        value("4.1", "2022-08", "734")).status());
    assertEquals(DeadlineStatus.PENDING, judge("4.1", "2022-01-30").status());
    assertEquals(DeadlineStatus.NO_DATA, judge("4.1", "2022-01-31").status());
    assertEquals(DeadlineStatus.DONE, judge("4.1", "2022-11-30",
        value("4.1", "2022-11", "1100")).status());
    assertEquals(DeadlineStatus.BEHIND, judge("4.1", "2022-12-31",
        value("4.1", "2022-12", "1099.99")).status());
    DeadlineRow late = judge("4.1", "2023-01-01", value("4.1", "2022-12", "1099.99"));
    assertEquals(DeadlineStatus.OVERDUE, late.status());
    assertEquals(Light.RED, late.light());
  }

  @Test
  void aGrowthRateTurnsYellowWhenItsDueDateIsNear() {
    ProgressEntry ahead = value("4.1", "2022-12", "1000");
    assertEquals(Light.YELLOW, judge("4.1", "2022-12-24", ahead).light());
    assertEquals(Light.GREEN, judge("4.1", "2022-12-23", ahead).light());
  }

  @Test
  void aBoundOfZero() {
    Subject s = new Subject("Z.1", "z", "z", List.of(), TargetParser.parse("不超过0件")
        .orElseThrow(), new Schedule("全年", ScheduleKind.WINDOW, YearMonth.of(2022, 1),
        YearMonth.of(2022, 12), List.of()));
    DeadlineRow none = Deadlines.judge(s, List.of(count("Z.1", "2022-01", 0)), 2022,
        LocalDate.of(2022, 1, 31), Thresholds.DEFAULT);
    assertEquals(DeadlineStatus.ON_TRACK, none.status());
    assertEquals(dec("0.00"), none.gap());
    DeadlineRow one = Deadlines.judge(s, List.of(count("Z.1", "2022-01", 1)), 2022,
        LocalDate.of(2022, 1, 31), Thresholds.DEFAULT);
    assertEquals(DeadlineStatus.BEHIND, one.status());
    assertEquals(dec("100.00"), one.gap());
    assertEquals(Light.RED, one.light());
  }

  // ---- seeded properties ----

  /**
   * For random count ceilings and reports: the status says whether the cumulative count is within
   * the bound, a breach is never undone as the date moves on, and the light follows the status.
   */
  @Test
  void aCeilingsStatusAgreesWithItsFigure() {
    Random rnd = new Random(20221203L);
    for (int i = 0; i < 400; i++) {
      long bound = 1 + rnd.nextInt(500);
      Subject s = new Subject("C.1", "c", "c", List.of(),
          TargetParser.parse("不超过" + bound + "件").orElseThrow(),
          new Schedule("全年", ScheduleKind.WINDOW, YearMonth.of(2022, 1), YearMonth.of(2022, 12),
              List.of()));
      List<ProgressEntry> e = new ArrayList<>();
      for (int m = 1; m <= 12; m++) {
        if (rnd.nextInt(4) > 0) {
          e.add(count("C.1", String.format("2022-%02d", m), rnd.nextInt((int) bound / 6 + 2)));
        }
      }
      boolean broken = false;
      for (LocalDate day = LocalDate.of(2022, 1, 1); day.getYear() < 2024;
          day = day.plusDays(1 + rnd.nextInt(20))) {
        DeadlineRow r = Deadlines.judge(s, e, 2022, day, Thresholds.DEFAULT);
        YearMonth through = YearMonth.from(day).isAfter(YearMonth.of(2022, 12))
            ? YearMonth.of(2022, 12) : YearMonth.from(day);
        long sum = e.stream().filter(x -> !x.period().isAfter(through))
            .mapToLong(ProgressEntry::count).sum();
        boolean any = e.stream().anyMatch(x -> !x.period().isAfter(through));
        String what = bound + " " + e + " " + day;
        if (!any) {
          assertEquals(DeadlineStatus.NO_DATA, r.status(), what);
          continue;
        }
        assertEquals(BigDecimal.valueOf(sum), r.measured().actual(), what);
        boolean holds = sum <= bound;
        assertEquals(holds, r.measured().holds(), what);
        assertFalse(broken && holds, "a breach undone: " + what);
        broken |= !holds;
        DeadlineStatus expected = holds
            ? (day.isBefore(LocalDate.of(2022, 12, 31)) ? DeadlineStatus.ON_TRACK
                : DeadlineStatus.DONE)
            : (day.isAfter(LocalDate.of(2022, 12, 31)) ? DeadlineStatus.OVERDUE
                : DeadlineStatus.BEHIND);
        assertEquals(expected, r.status(), what);
        assertEquals(holds, r.gap().signum() <= 0, what);
        if (r.status() == DeadlineStatus.DONE) {
          assertEquals(Light.GREEN, r.light(), what);
        }
        if (r.status() == DeadlineStatus.OVERDUE) {
          assertEquals(Light.RED, r.light(), what);
        }
      }
    }
  }

  /** A growth rate's plan never shrinks as the date moves on, and reaching it is done. */
  @Test
  void aGrowthRatesPlanOnlyGrows() {
    Random rnd = new Random(7L);
    for (int i = 0; i < 200; i++) {
      int base = 1 + rnd.nextInt(5000);
      int rate = 1 + rnd.nextInt(30);
      Target t = TargetParser.parse("同比增长" + rate + "%以上").orElseThrow()
          .withBaseline(BigDecimal.valueOf(base));
      Subject s = new Subject("R.1", "r", "r", List.of(), t, new Schedule("全年",
          ScheduleKind.WINDOW, YearMonth.of(2022, 1), YearMonth.of(2022, 12), List.of()));
      BigDecimal target = BigDecimal.valueOf(base).multiply(BigDecimal.valueOf(100 + rate))
          .divide(BigDecimal.valueOf(100));
      BigDecimal before = BigDecimal.ZERO;
      for (LocalDate day = LocalDate.of(2022, 1, 1); day.getYear() < 2023;
          day = day.plusDays(1 + rnd.nextInt(25))) {
        DeadlineRow r = Deadlines.judge(s, List.of(), 2022, day, Thresholds.DEFAULT);
        assertEquals(0, target.compareTo(r.measured().target()), t + " " + day);
        assertTrue(r.measured().planned().compareTo(before) >= 0, t + " " + day);
        assertTrue(r.measured().planned().compareTo(target) <= 0, t + " " + day);
        before = r.measured().planned();
        DeadlineRow reached = Deadlines.judge(s, List.of(new ProgressEntry(YearMonth.from(day),
            "R.1", null, null, null, null, null, null, "t", 1, target)), 2022, day,
            Thresholds.DEFAULT);
        assertEquals(DeadlineStatus.DONE, reached.status(), t + " " + day);
      }
    }
  }
}
