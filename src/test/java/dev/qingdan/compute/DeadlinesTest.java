package dev.qingdan.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qingdan.load.checklist.ChecklistReader;
import dev.qingdan.model.Checklist;
import dev.qingdan.model.Milestone;
import dev.qingdan.model.Op;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DeadlinesTest {
  private static Checklist checklist;

  @BeforeAll
  static void load() throws Exception {
    checklist = ChecklistReader.read(Path.of("policies.yaml"), "policies.yaml").checklist();
  }

  // ---- helpers ----

  static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  static ProgressEntry count(String id, String period, long n) {
    return new ProgressEntry(YearMonth.parse(period), id, null, null, null, n, null, null,
        "test.yaml", 1);
  }

  static ProgressEntry done(String id, String period, String day) {
    return new ProgressEntry(YearMonth.parse(period), id, null, null, null, null, d(day), null,
        "test.yaml", 1);
  }

  static Subject row(String id) {
    return checklist.row(RowId.parse(id).orElseThrow()).map(Subject::of).orElseThrow();
  }

  static Subject goal(String id) {
    return checklist.goal(id).map(Subject::of).orElseThrow();
  }

  static DeadlineRow judge(Subject s, List<ProgressEntry> e, String asOf) {
    return Deadlines.judge(s, e, 2022, d(asOf), Thresholds.DEFAULT);
  }

  /** The reports for 20.1: 2, 1, 1, 0, 2, 1 scenarios in May to October. */
  static List<ProgressEntry> scenarios() {
    return List.of(count("20.1", "2022-05", 2), count("20.1", "2022-06", 1),
        count("20.1", "2022-07", 1), count("20.1", "2022-08", 0), count("20.1", "2022-09", 2),
        count("20.1", "2022-10", 1));
  }

  static Subject subject(String id, Target target, Schedule schedule) {
    return new Subject(id, "test", "test", List.of("区市场监管局"), target, schedule);
  }

  static Target count(long n) {
    return new Target(n + "个", Op.AT_LEAST, BigDecimal.valueOf(n), "个");
  }

  // ---- the "Done when" ----

  @Test
  void row20_1_behindAsOfAugust31() {
    DeadlineRow r = judge(row("20.1"), scenarios(), "2022-08-31");
    assertEquals(DeadlineStatus.BEHIND, r.status());
    assertEquals(4L, r.actual());
    assertEquals(5L, r.planned());
    assertEquals(8L, r.target());
    assertEquals(d("2022-11-30"), r.due());
  }

  @Test
  void row20_1_onTrackAsOfOctober31() {
    DeadlineRow r = judge(row("20.1"), scenarios(), "2022-10-31");
    assertEquals(DeadlineStatus.ON_TRACK, r.status());
    assertEquals(7L, r.actual());
    assertEquals(7L, r.planned());
  }

  @Test
  void row20_1_behindAsOfNovember30() {
    DeadlineRow r = judge(row("20.1"), scenarios(), "2022-11-30");
    assertEquals(DeadlineStatus.BEHIND, r.status());
    assertEquals(7L, r.actual());
    assertEquals(8L, r.planned());
  }

  @Test
  void row20_1_overdueAsOfDecember15() {
    DeadlineRow r = judge(row("20.1"), scenarios(), "2022-12-15");
    assertEquals(DeadlineStatus.OVERDUE, r.status());
    assertEquals(Light.RED, r.light());
    assertEquals(new ToGreen(8, 1, d("2022-12-15")), r.toGreen());
  }

  @Test
  void row19_1_pendingBeforeSeptember30() {
    for (String day : List.of("2022-01-01", "2022-05-25", "2022-09-01", "2022-09-29")) {
      assertEquals(DeadlineStatus.PENDING, judge(row("19.1"), List.of(), day).status(), day);
    }
  }

  @Test
  void row19_1_doneWithADoneReport() {
    List<ProgressEntry> e = List.of(done("19.1", "2022-09", "2022-09-20"));
    DeadlineRow r = judge(row("19.1"), e, "2022-09-20");
    assertEquals(DeadlineStatus.DONE, r.status());
    assertEquals(Light.GREEN, r.light());
    assertEquals(DeadlineStatus.DONE, r.milestones().get(0).status());
    assertEquals(d("2022-09-20"), r.milestones().get(0).reached());
    assertEquals(DeadlineStatus.DONE, judge(row("19.1"), e, "2022-12-31").status());
    // Not yet done the day before the day it reports.
    assertEquals(DeadlineStatus.PENDING, judge(row("19.1"), e, "2022-09-19").status());
  }

  @Test
  void row19_1_overdueAfterSeptember30WithoutOne() {
    // Reports of other rows do not count.
    List<ProgressEntry> e = List.of(done("7.1", "2022-09", "2022-09-20"));
    for (String day : List.of("2022-10-01", "2022-10-31", "2023-03-01")) {
      DeadlineRow r = judge(row("19.1"), e, day);
      assertEquals(DeadlineStatus.OVERDUE, r.status(), day);
      assertEquals(Light.RED, r.light(), day);
      assertEquals(DeadlineStatus.OVERDUE, r.milestones().get(0).status(), day);
    }
  }

  @Test
  void row19_1_onItsDueDayIsBehindNotOverdue() {
    DeadlineRow r = judge(row("19.1"), List.of(), "2022-09-30");
    assertEquals(DeadlineStatus.BEHIND, r.status());
    assertEquals(DeadlineStatus.BEHIND, r.milestones().get(0).status());
    assertEquals(0L, r.actual());
    assertEquals(1L, r.planned());
  }

  @Test
  void row19_1_doneLateIsDoneButItsMilestoneWasOverdue() {
    List<ProgressEntry> e = List.of(done("19.1", "2022-10", "2022-10-05"));
    DeadlineRow r = judge(row("19.1"), e, "2022-10-10");
    assertEquals(DeadlineStatus.DONE, r.status());
    MilestoneResult m = r.milestones().get(0);
    assertEquals(DeadlineStatus.OVERDUE, m.status());
    assertEquals(0L, m.actual());
    assertEquals(d("2022-10-05"), m.reached());
    assertEquals(DeadlineStatus.OVERDUE, judge(row("19.1"), e, "2022-10-04").status());
  }

  @Test
  void row13_1_1500ByJune() {
    List<ProgressEntry> e = List.of(count("13.1", "2022-03", 500), count("13.1", "2022-05", 400),
        count("13.1", "2022-06", 600));
    DeadlineRow june = judge(row("13.1"), e, "2022-06-30");
    assertEquals(DeadlineStatus.ON_TRACK, june.status());
    assertEquals(1500L, june.planned());
    assertEquals(1500L, june.actual());
    assertEquals(Light.GREEN, june.light());
    DeadlineRow august = judge(row("13.1"), e, "2022-08-31");
    assertEquals(DeadlineStatus.BEHIND, august.status());
    assertEquals(2000L, august.planned());
    assertEquals(1500L, august.actual());
    // gap = 500 / 3000 × 100 = 16.67 points: yellow; 1701 brings it under 10 (299/30 = 9.97).
    assertEquals(new BigDecimal("16.67"), august.gap());
    assertEquals(Light.YELLOW, august.light());
    assertEquals(new ToGreen(1701, 201, d("2022-08-31")), august.toGreen());
  }

  // ---- pro-rata plans: whole months ended by the as-of date ----

  @Test
  void row13_1_proRataOverJanuaryToDecember() {
    String[][] cases = {
      {"2022-01-30", "0"}, {"2022-01-31", "250"}, {"2022-06-29", "1250"}, {"2022-06-30", "1500"},
      {"2022-07-01", "1500"}, {"2022-08-30", "1750"}, {"2022-08-31", "2000"},
      {"2022-12-30", "2750"}, {"2022-12-31", "3000"}, {"2023-06-30", "3000"}
    };
    for (String[] c : cases) {
      assertEquals(Long.parseLong(c[1]), judge(row("13.1"), List.of(), c[0]).planned(), c[0]);
    }
  }

  @Test
  void g1_proRata() {
    assertEquals(750L, judge(goal("G1"), List.of(), "2022-03-31").planned());
    assertEquals(500L, judge(goal("G1"), List.of(), "2022-03-30").planned());
    assertEquals(DeadlineStatus.PENDING, judge(goal("G1"), List.of(), "2022-01-15").status());
    assertEquals(DeadlineStatus.NO_DATA, judge(goal("G1"), List.of(), "2022-02-01").status());
  }

  @Test
  void g2_proRataIsRoundedUpAndComparedExactly() {
    // 10000 × 7 / 12 = 5833⅓: 5833 is under plan, 5834 is not.
    DeadlineRow under = judge(goal("G2"), List.of(count("G2", "2022-07", 5833)), "2022-07-31");
    assertEquals(5834L, under.planned());
    assertEquals(DeadlineStatus.BEHIND, under.status());
    assertEquals(new BigDecimal("0.00"), under.gap());
    assertEquals(Light.GREEN, under.light());
    DeadlineRow on = judge(goal("G2"), List.of(count("G2", "2022-07", 5834)), "2022-07-31");
    assertEquals(DeadlineStatus.ON_TRACK, on.status());
    // 10000 × 1 / 12 = 833⅓ → 834.
    assertEquals(834L, judge(goal("G2"), List.of(), "2022-01-31").planned());
    assertEquals(DeadlineStatus.DONE,
        judge(goal("G2"), List.of(count("G2", "2022-03", 10000)), "2022-03-01").status());
  }

  // ---- the 20.1 plan, and every status the day before, of and after each milestone ----

  @Test
  void row20_1_plannedIsStepwise() {
    String[][] cases = {
      {"2022-05-30", "0"}, {"2022-05-31", "2"}, {"2022-06-01", "2"}, {"2022-06-30", "3"},
      {"2022-07-31", "4"}, {"2022-08-30", "4"}, {"2022-08-31", "5"}, {"2022-09-30", "6"},
      {"2022-10-31", "7"}, {"2022-11-29", "7"}, {"2022-11-30", "8"}, {"2022-12-01", "8"}
    };
    for (String[] c : cases) {
      assertEquals(Long.parseLong(c[1]), judge(row("20.1"), List.of(), c[0]).planned(), c[0]);
    }
  }

  @Test
  void row20_1_aroundEachMilestoneMissedByOne() {
    List<Milestone> plan = checklist.row(new RowId(20, 1)).orElseThrow().schedule().milestones();
    for (int k = 0; k < plan.size(); k++) {
      // On plan every month, except one short in the month of milestone k; no reports after it.
      LocalDate due = plan.get(k).due();
      List<ProgressEntry> e = new ArrayList<>();
      long before = 0;
      for (int i = 0; i <= k; i++) {
        long add = plan.get(i).cumulative() - before;
        before = plan.get(i).cumulative();
        e.add(count("20.1", YearMonth.from(plan.get(i).due()).toString(), i == k ? add - 1 : add));
      }
      String what = "milestone " + due;
      DeadlineRow dayBefore = judge(row("20.1"), e, due.minusDays(1).toString());
      DeadlineRow dayOf = judge(row("20.1"), e, due.toString());
      DeadlineRow dayAfter = judge(row("20.1"), e, due.plusDays(1).toString());
      assertEquals(DeadlineStatus.PENDING, dayBefore.milestones().get(k).status(), what);
      assertEquals(DeadlineStatus.BEHIND, dayOf.milestones().get(k).status(), what);
      assertEquals(DeadlineStatus.OVERDUE, dayAfter.milestones().get(k).status(), what);
      assertEquals(k == 0 ? DeadlineStatus.PENDING : DeadlineStatus.ON_TRACK, dayBefore.status(),
          what);
      assertEquals(DeadlineStatus.BEHIND, dayOf.status(), what);
      assertEquals(k == plan.size() - 1 ? DeadlineStatus.OVERDUE : DeadlineStatus.BEHIND,
          dayAfter.status(), what);
      // Every other milestone due by then was met.
      for (int i = 0; i < k; i++) {
        assertEquals(DeadlineStatus.DONE, dayAfter.milestones().get(i).status(), what);
      }
    }
  }

  @Test
  void row20_1_aroundEachMilestoneOnPlan() {
    List<Milestone> plan = checklist.row(new RowId(20, 1)).orElseThrow().schedule().milestones();
    List<ProgressEntry> e = List.of(count("20.1", "2022-05", 2), count("20.1", "2022-06", 1),
        count("20.1", "2022-07", 1), count("20.1", "2022-08", 1), count("20.1", "2022-09", 1),
        count("20.1", "2022-10", 1), count("20.1", "2022-11", 1));
    for (int k = 0; k < plan.size(); k++) {
      LocalDate due = plan.get(k).due();
      for (LocalDate day : List.of(due.minusDays(1), due, due.plusDays(1))) {
        DeadlineRow r = judge(row("20.1"), e, day.toString());
        // All 8 are in once November's report counts, from 11-01 on.
        boolean last = !day.isBefore(LocalDate.of(2022, 11, 1));
        // The report of the due month counts from the first day of that month on.
        assertEquals(DeadlineStatus.DONE, r.milestones().get(k).status(), day.toString());
        DeadlineStatus row = last ? DeadlineStatus.DONE
            : k == 0 && day.isBefore(due) ? DeadlineStatus.PENDING : DeadlineStatus.ON_TRACK;
        assertEquals(row, r.status(), day.toString());
        assertEquals(Light.GREEN, r.light(), day.toString());
      }
    }
  }

  @Test
  void row20_1_milestonesAsOfOctober31() {
    DeadlineRow r = judge(row("20.1"), scenarios(), "2022-10-31");
    long[][] expected = {{2, 2}, {3, 3}, {4, 4}, {5, 4}, {6, 6}, {7, 7}, {8, 7}};
    DeadlineStatus[] status = {DeadlineStatus.DONE, DeadlineStatus.DONE, DeadlineStatus.DONE,
        DeadlineStatus.OVERDUE, DeadlineStatus.DONE, DeadlineStatus.DONE, DeadlineStatus.PENDING};
    for (int i = 0; i < expected.length; i++) {
      MilestoneResult m = r.milestones().get(i);
      assertEquals(expected[i][0], m.planned(), "planned " + i);
      assertEquals(expected[i][1], m.actual(), "actual " + i);
      assertEquals(status[i], m.status(), "status " + i);
    }
    // The August milestone (5) was reached late, with September's report.
    assertEquals(YearMonth.of(2022, 9), r.milestones().get(3).reached());
    assertNull(r.milestones().get(6).reached());
  }

  // ---- month ends and leap years ----

  static final Schedule LEAP = new Schedule("2月底前上线5个，3月底前再上线5个",
      ScheduleKind.CUMULATIVE, null, null,
      List.of(new Milestone(LocalDate.of(2024, 2, 29), 5L, null),
          new Milestone(LocalDate.of(2024, 3, 31), 10L, null)));

  @Test
  void leapYearFebruary29IsTheDueDay() {
    Subject s = subject("L.1", count(10), LEAP);
    List<ProgressEntry> e = List.of(count("L.1", "2024-02", 4));
    DeadlineRow before = judge(s, e, "2024-02-28");
    DeadlineRow of = judge(s, e, "2024-02-29");
    DeadlineRow after = judge(s, e, "2024-03-01");
    assertEquals(DeadlineStatus.PENDING, before.status());
    assertEquals(DeadlineStatus.PENDING, before.milestones().get(0).status());
    assertEquals(DeadlineStatus.BEHIND, of.status());
    assertEquals(DeadlineStatus.BEHIND, of.milestones().get(0).status());
    assertEquals(DeadlineStatus.BEHIND, after.status());
    assertEquals(DeadlineStatus.OVERDUE, after.milestones().get(0).status());
    // March's report does not count for the February milestone.
    DeadlineRow march = judge(s, List.of(count("L.1", "2024-02", 4), count("L.1", "2024-03", 6)),
        "2024-03-31");
    assertEquals(DeadlineStatus.OVERDUE, march.milestones().get(0).status());
    assertEquals(4L, march.milestones().get(0).actual());
    assertEquals(DeadlineStatus.DONE, march.status());
  }

  @Test
  void leapYearProRataCountsFebruaryOnlyOnItsLastDay() {
    Schedule year = new Schedule("全年", ScheduleKind.WINDOW, YearMonth.of(2024, 1),
        YearMonth.of(2024, 12), List.of(new Milestone(LocalDate.of(2024, 12, 31), 1200L, null)));
    Subject s = subject("L.2", count(1200), year);
    assertEquals(100L, judge(s, List.of(), "2024-02-28").planned());
    assertEquals(200L, judge(s, List.of(), "2024-02-29").planned());
    assertEquals(200L, judge(s, List.of(), "2024-03-01").planned());
    // 2023 is not a leap year: February ends on the 28th.
    Schedule y2023 = new Schedule("全年", ScheduleKind.WINDOW, YearMonth.of(2023, 1),
        YearMonth.of(2023, 12), List.of(new Milestone(LocalDate.of(2023, 12, 31), 1200L, null)));
    assertEquals(200L, judge(subject("L.3", count(1200), y2023), List.of(), "2023-02-28")
        .planned());
  }

  @Test
  void aWindowWithACountTargetButNoMilestoneEndsAtTheWindow() {
    Schedule window = new Schedule("5-8月", ScheduleKind.WINDOW, YearMonth.of(2022, 5),
        YearMonth.of(2022, 8), List.of());
    DeadlineRow r = judge(subject("W.1", count(40), window), List.of(), "2022-06-30");
    assertEquals(d("2022-08-31"), r.due());
    assertEquals(20L, r.planned());
    assertEquals(DeadlineStatus.PENDING, judge(subject("W.1", count(40), window), List.of(),
        "2022-05-30").status());
  }

  // ---- rows without a dated plan ----

  @Test
  void rowsWithoutAPlanAreOngoingOrPendingBeforeTheirWindow() {
    assertEquals(DeadlineStatus.ONGOING, judge(row("1.1"), List.of(), "2022-06-30").status());
    assertEquals(DeadlineStatus.ONGOING, judge(row("9.1"), List.of(), "2022-06-30").status());
    assertEquals(DeadlineStatus.ONGOING, judge(row("24.1"), List.of(), "2022-06-30").status());
    assertEquals(DeadlineStatus.PENDING, judge(row("8.1"), List.of(), "2022-04-30").status());
    assertEquals(DeadlineStatus.ONGOING, judge(row("8.1"), List.of(), "2022-05-01").status());
    assertEquals(DeadlineStatus.PENDING, judge(row("8.3"), List.of(), "2022-04-30").status());
    assertEquals(DeadlineStatus.ONGOING, judge(row("8.3"), List.of(), "2022-05-01").status());
    DeadlineRow r = judge(row("24.2"), List.of(), "2022-06-30");
    assertNull(r.light());
    assertNull(r.planned());
    assertNull(r.due());
    assertNull(r.forecast());
    assertTrue(r.milestones().isEmpty());
    assertEquals(PlanKind.NONE, r.plan());
  }

  // ---- two deliverables: 7.1 ----

  @Test
  void row7_1_twoDeliverables() {
    List<ProgressEntry> first = List.of(done("7.1", "2022-06", "2022-06-28"));
    DeadlineRow july = judge(row("7.1"), first, "2022-07-01");
    assertEquals(DeadlineStatus.ON_TRACK, july.status());
    assertEquals(1L, july.actual());
    assertEquals(2L, july.target());
    assertEquals(Light.GREEN, july.light());
    DeadlineRow dec31 = judge(row("7.1"), first, "2022-12-31");
    assertEquals(DeadlineStatus.BEHIND, dec31.status());
    assertEquals(DeadlineStatus.OVERDUE, judge(row("7.1"), first, "2023-01-01").status());
    DeadlineRow none = judge(row("7.1"), List.of(), "2022-07-01");
    assertEquals(DeadlineStatus.BEHIND, none.status());
    // gap = (1 − 0) / 2 × 100 = 50 points.
    assertEquals(new BigDecimal("50.00"), none.gap());
    assertEquals(Light.RED, none.light());
    assertEquals(new ToGreen(1, 1, d("2022-07-01")), none.toGreen());
    List<ProgressEntry> both = List.of(done("7.1", "2022-06", "2022-06-28"),
        done("7.1", "2022-11", "2022-11-15"));
    assertEquals(DeadlineStatus.DONE, judge(row("7.1"), both, "2022-11-30").status());
  }

  @Test
  void row7_1_aroundEachDeliverable() {
    // Without reports: pending, then behind on the due day, and the milestone overdue after it.
    String[][] none = {
      {"2022-06-29", "pending", "pending", "pending"},
      {"2022-06-30", "behind", "behind", "pending"},
      {"2022-07-01", "behind", "overdue", "pending"},
      {"2022-12-30", "behind", "overdue", "pending"},
      {"2022-12-31", "behind", "overdue", "behind"},
      {"2023-01-01", "overdue", "overdue", "overdue"},
    };
    for (String[] c : none) {
      DeadlineRow r = judge(row("7.1"), List.of(), c[0]);
      assertEquals(c[1], r.status().word(), c[0]);
      assertEquals(c[2], r.milestones().get(0).status().word(), c[0]);
      assertEquals(c[3], r.milestones().get(1).status().word(), c[0]);
    }
    // Each done on its due day.
    List<ProgressEntry> onTime = List.of(done("7.1", "2022-06", "2022-06-30"),
        done("7.1", "2022-12", "2022-12-31"));
    String[][] kept = {
      {"2022-06-29", "pending", "pending", "pending"},
      {"2022-06-30", "on-track", "done", "pending"},
      {"2022-07-01", "on-track", "done", "pending"},
      {"2022-12-30", "on-track", "done", "pending"},
      {"2022-12-31", "done", "done", "done"},
      {"2023-01-01", "done", "done", "done"},
    };
    for (String[] c : kept) {
      DeadlineRow r = judge(row("7.1"), onTime, c[0]);
      assertEquals(c[1], r.status().word(), c[0]);
      assertEquals(c[2], r.milestones().get(0).status().word(), c[0]);
      assertEquals(c[3], r.milestones().get(1).status().word(), c[0]);
    }
  }

  @Test
  void row13_1_aroundItsFinalDueDate() {
    // 2900 by November, 100 more reported for December.
    List<ProgressEntry> e = List.of(count("13.1", "2022-11", 2900), count("13.1", "2022-12", 99));
    // December's report counts from 12-01: 2999 is over the plan of 2750 the day before, but the
    // final milestone, not reached, falls due within a week.
    DeadlineRow before = judge(row("13.1"), e, "2022-12-30");
    assertEquals(DeadlineStatus.ON_TRACK, before.status());
    assertEquals(2750L, before.planned());
    assertEquals(Light.YELLOW, before.light());
    assertEquals(new ToGreen(3000, 1, d("2022-12-31")), before.toGreen());
    DeadlineRow of = judge(row("13.1"), e, "2022-12-31");
    assertEquals(DeadlineStatus.BEHIND, of.status());
    assertEquals(DeadlineStatus.BEHIND, of.milestones().get(0).status());
    assertEquals(Light.YELLOW, of.light());
    DeadlineRow after = judge(row("13.1"), e, "2023-01-01");
    assertEquals(DeadlineStatus.OVERDUE, after.status());
    assertEquals(DeadlineStatus.OVERDUE, after.milestones().get(0).status());
    assertEquals(2999L, after.milestones().get(0).actual());
    List<ProgressEntry> full = List.of(count("13.1", "2022-11", 2900),
        count("13.1", "2022-12", 100));
    assertEquals(DeadlineStatus.DONE, judge(row("13.1"), full, "2022-12-01").status());
    assertEquals(DeadlineStatus.DONE, judge(row("13.1"), full, "2023-01-01").milestones().get(0)
        .status());
  }

  // ---- lights and thresholds ----

  static final Schedule HALF = new Schedule("3月底前50个，全年100个", ScheduleKind.CUMULATIVE, null,
      null, List.of(new Milestone(LocalDate.of(2022, 3, 31), 50L, null),
          new Milestone(LocalDate.of(2022, 12, 31), 100L, null)));

  static DeadlineRow half(long actual, String asOf, Thresholds t) {
    return Deadlines.judge(subject("H.1", count(100), HALF),
        List.of(count("H.1", "2022-03", actual)), 2022, d(asOf), t);
  }

  @Test
  void lightsAtTheThresholds() {
    Thresholds t = Thresholds.DEFAULT;
    assertEquals(Light.GREEN, half(50, "2022-04-15", t).light());
    assertEquals(Light.GREEN, half(41, "2022-04-15", t).light()); // gap 9
    assertEquals(Light.YELLOW, half(40, "2022-04-15", t).light()); // gap 10
    assertEquals(Light.YELLOW, half(20, "2022-04-15", t).light()); // gap 30
    assertEquals(Light.RED, half(19, "2022-04-15", t).light()); // gap 31
    assertEquals(new BigDecimal("31.00"), half(19, "2022-04-15", t).gap());
    assertEquals(new BigDecimal("-10.00"), half(60, "2022-04-15", t).gap());
    Thresholds tight = new Thresholds(new BigDecimal("5"), new BigDecimal("8.5"), 7);
    assertEquals(Light.RED, half(41, "2022-04-15", tight).light()); // 9 > 8.5
    assertEquals(Light.YELLOW, half(42, "2022-04-15", tight).light()); // 8
    assertEquals(Light.GREEN, half(46, "2022-04-15", tight).light()); // 4
  }

  @Test
  void aMilestoneDueSoonMakesARowYellow() {
    Thresholds t = Thresholds.DEFAULT;
    // On plan (50 of 50) as of December: the final milestone of 100 is due 12-31.
    assertEquals(Light.GREEN, half(50, "2022-12-23", t).light());
    DeadlineRow soon = half(50, "2022-12-24", t);
    assertEquals(Light.YELLOW, soon.light());
    assertEquals(new ToGreen(100, 50, d("2022-12-31")), soon.toGreen());
    assertEquals(Light.GREEN, half(50, "2022-12-30", new Thresholds(BigDecimal.TEN,
        BigDecimal.valueOf(30), 0)).light());
    // On the due day itself the plan is 100, so the gap decides: 50 points, red.
    assertEquals(Light.RED, half(50, "2022-12-31", new Thresholds(BigDecimal.TEN,
        BigDecimal.valueOf(30), 0)).light());
    // Done is green however the figures stand.
    assertEquals(Light.GREEN, half(100, "2022-03-01", t).light());
  }

  @Test
  void row20_1_lights() {
    DeadlineRow aug = judge(row("20.1"), scenarios(), "2022-08-31");
    // gap = (5 − 4) / 8 × 100 = 12.5 points.
    assertEquals(new BigDecimal("12.50"), aug.gap());
    assertEquals(Light.YELLOW, aug.light());
    assertEquals(new ToGreen(5, 1, d("2022-08-31")), aug.toGreen());
    assertEquals(Light.GREEN, judge(row("20.1"), scenarios(), "2022-10-31").light());
    DeadlineRow nov = judge(row("20.1"), scenarios(), "2022-11-30");
    assertEquals(Light.YELLOW, nov.light());
    assertEquals(new ToGreen(8, 1, d("2022-11-30")), nov.toGreen());
    // Due soon: 11-30 is 7 days after 11-23, 8 after 11-22.
    assertEquals(Light.YELLOW, judge(row("20.1"), scenarios(), "2022-11-23").light());
    assertEquals(new ToGreen(8, 1, d("2022-11-30")),
        judge(row("20.1"), scenarios(), "2022-11-23").toGreen());
    assertEquals(Light.GREEN, judge(row("20.1"), scenarios(), "2022-11-22").light());
  }

  @Test
  void noDataCountsAsNothingDoneForTheLight() {
    DeadlineRow r = judge(row("13.1"), List.of(), "2022-06-30");
    assertEquals(DeadlineStatus.NO_DATA, r.status());
    assertNull(r.actual());
    assertEquals(new BigDecimal("50.00"), r.gap());
    assertEquals(Light.RED, r.light());
  }

  @Test
  void thresholdsAreChecked() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new Thresholds(BigDecimal.valueOf(40), BigDecimal.valueOf(30), 7));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new Thresholds(BigDecimal.TEN, BigDecimal.valueOf(30), -1));
  }

  // ---- forecast: numbers computed by hand ----

  @Test
  void forecast20_1AsOfAugust31() {
    // Cumulative at the end of April..August: 0, 2, 3, 4, 4 at x = 0..4.
    // slope = Σ(x−2)y / Σ(x−2)² = (−2·0 − 1·2 + 0 + 1·4 + 2·4) / 10 = 10 / 10 = 1.
    // Projected to November: 4 + 1 × 3 = 7 < 8: at risk; 8 is reached 4 months after August.
    Forecast f = judge(row("20.1"), scenarios(), "2022-08-31").forecast();
    assertEquals(1.0, f.rate(), 1e-12);
    assertEquals(YearMonth.of(2022, 8), f.through());
    assertEquals(7.0, f.projected(), 1e-12);
    assertEquals(d("2022-11-30"), f.dueDate());
    assertTrue(f.atRisk());
    assertEquals(YearMonth.of(2022, 12), f.reachMonth());
  }

  @Test
  void forecast20_1AsOfOctober31() {
    // x = 0..6, y = 0, 2, 3, 4, 4, 6, 7: Σ(x−3)y = 30, Σ(x−3)² = 28, slope = 15/14.
    // Projected: 7 + 15/14 = 8.071… ≥ 8; reached one month on (14/15 of a month): November.
    Forecast f = judge(row("20.1"), scenarios(), "2022-10-31").forecast();
    assertEquals(15.0 / 14, f.rate(), 1e-12);
    assertEquals(7 + 15.0 / 14, f.projected(), 1e-12);
    assertFalse(f.atRisk());
    assertEquals(YearMonth.of(2022, 11), f.reachMonth());
  }

  @Test
  void forecast20_1AsOfDecember15CountsTheUnreportedNovember() {
    // November has ended without a report: x = 0..7, y = 0, 2, 3, 4, 4, 6, 7, 7.
    // Σ(x−3.5)y = 41.5, Σ(x−3.5)² = 42; November's count is known: 7 < 8.
    // 1 / (41.5/42) = 1.012 months: two months after November.
    Forecast f = judge(row("20.1"), scenarios(), "2022-12-15").forecast();
    assertEquals(41.5 / 42, f.rate(), 1e-12);
    assertEquals(YearMonth.of(2022, 11), f.through());
    assertEquals(7.0, f.projected(), 1e-12);
    assertTrue(f.atRisk());
    assertEquals(YearMonth.of(2023, 1), f.reachMonth());
  }

  @Test
  void forecast13_1AsOfAugust31() {
    // x = 0..8 (December 2021 to August), y = 0, 0, 0, 500, 500, 900, 1500, 1500, 1500.
    // Σ(x−4)y = −500 + 900 + 3000 + 4500 + 6000 = 13900; Σ(x−4)² = 60; slope = 231.67.
    // Projected: 1500 + 4 × 231.67 = 2426.67 < 3000; 1500 / 231.67 = 6.47: 7 months on, March.
    List<ProgressEntry> e = List.of(count("13.1", "2022-03", 500), count("13.1", "2022-05", 400),
        count("13.1", "2022-06", 600));
    Forecast f = judge(row("13.1"), e, "2022-08-31").forecast();
    assertEquals(13900.0 / 60, f.rate(), 1e-9);
    assertEquals(1500 + 4 * 13900.0 / 60, f.projected(), 1e-9);
    assertTrue(f.atRisk());
    assertEquals(YearMonth.of(2023, 3), f.reachMonth());
  }

  @Test
  void forecastNeverWhenNothingMoves() {
    Forecast f = judge(row("13.1"), List.of(count("13.1", "2022-01", 0)), "2022-01-31")
        .forecast();
    assertEquals(0.0, f.rate(), 1e-12);
    assertTrue(f.atRisk());
    assertNull(f.reachMonth());
    assertNull(judge(row("13.1"), List.of(), "2022-08-31").forecast());
    assertNull(judge(row("19.1"), List.of(), "2022-08-31").forecast());
  }

  @Test
  void forecastOfAReachedTargetIsTheMonthItWasReached() {
    Forecast f = judge(row("20.1"), List.of(count("20.1", "2022-05", 3),
        count("20.1", "2022-07", 5)), "2022-09-10").forecast();
    assertEquals(YearMonth.of(2022, 7), f.reachMonth());
    assertFalse(f.atRisk());
  }
}
