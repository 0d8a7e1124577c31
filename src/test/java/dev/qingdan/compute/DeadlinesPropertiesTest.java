package dev.qingdan.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qingdan.model.Milestone;
import dev.qingdan.model.Op;
import dev.qingdan.model.ProgressEntry;
import dev.qingdan.model.Schedule;
import dev.qingdan.model.ScheduleKind;
import dev.qingdan.model.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of the deadline rules over random plans, reports and dates (seeded). */
class DeadlinesPropertiesTest {
  private static final int CASES = 3000;

  private record Case(Subject subject, List<ProgressEntry> entries, LocalDate asOf,
      Thresholds thresholds) {}

  private static Case random(Random rnd) {
    int year = 2022 + rnd.nextInt(3);
    long target;
    Schedule schedule;
    if (rnd.nextBoolean()) {
      // A cumulative plan of 1 to 6 milestones at month ends.
      List<Milestone> ms = new ArrayList<>();
      long cum = 0;
      int month = 1 + rnd.nextInt(6);
      int n = 1 + rnd.nextInt(6);
      for (int i = 0; i < n && month <= 12; i++, month += 1 + rnd.nextInt(2)) {
        cum += 1 + rnd.nextInt(20);
        ms.add(new Milestone(YearMonth.of(year, month).atEndOfMonth(), cum, null));
      }
      target = cum;
      schedule = new Schedule("plan", ScheduleKind.CUMULATIVE, null, null, ms);
    } else {
      // A pro-rata window.
      int from = 1 + rnd.nextInt(12);
      int to = from + rnd.nextInt(13 - from);
      target = 1 + rnd.nextInt(20000);
      schedule = new Schedule("window", ScheduleKind.WINDOW, YearMonth.of(year, from),
          YearMonth.of(year, to),
          List.of(new Milestone(YearMonth.of(year, to).atEndOfMonth(), target, null)));
    }
    Target t = new Target(target + "个", Op.AT_LEAST, BigDecimal.valueOf(target), "个");
    Subject s = new Subject("P.1", "p", "p", List.of(), t, schedule);
    List<ProgressEntry> entries = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      if (rnd.nextInt(3) > 0) {
        long c = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt((int) Math.max(2, target / 4));
        entries.add(entry(YearMonth.of(year, m), c));
      }
    }
    LocalDate asOf = LocalDate.of(year, 1, 1).plusDays(rnd.nextInt(420) - 20);
    int yellow = rnd.nextInt(40);
    int red = yellow + rnd.nextInt(40);
    return new Case(s, entries, asOf,
        new Thresholds(BigDecimal.valueOf(yellow), BigDecimal.valueOf(red), rnd.nextInt(15)));
  }

  private static ProgressEntry entry(YearMonth period, long count) {
    return new ProgressEntry(period, "P.1", null, null, null, count, null, null, "p.yaml", 1);
  }

  private static DeadlineRow judge(Case c) {
    // the plan year of a count plan: its milestones date it
    int year = c.subject().schedule().milestones().get(0).due().getYear();
    return Deadlines.judge(c.subject(), c.entries(), year, c.asOf(), c.thresholds());
  }

  @Test
  void statusesAgreeWithTheFigures() {
    Random rnd = new Random(20220525);
    for (int i = 0; i < CASES; i++) {
      Case c = random(rnd);
      DeadlineRow r = judge(c);
      String what = "case " + i + " " + c;
      long actual = r.actual() == null ? 0 : r.actual();
      assertEquals(actual >= r.target(), r.status() == DeadlineStatus.DONE, what);
      if (r.status() == DeadlineStatus.OVERDUE) {
        assertTrue(c.asOf().isAfter(r.due()), what);
        assertEquals(Light.RED, r.light(), what);
      }
      if (!c.asOf().isAfter(r.due())) {
        assertNotEquals(DeadlineStatus.OVERDUE, r.status(), what);
      }
      if (r.status() == DeadlineStatus.DONE) {
        assertEquals(Light.GREEN, r.light(), what);
      }
      if (r.status() == DeadlineStatus.BEHIND) {
        assertTrue(actual < r.planned(), what);
      }
      if (r.status() == DeadlineStatus.ON_TRACK) {
        assertTrue(actual >= r.planned(), what);
      }
      if (r.status() == DeadlineStatus.PENDING) {
        assertEquals(0L, r.planned(), what);
      }
      assertTrue(r.planned() <= r.target(), what);
      for (MilestoneResult m : r.milestones()) {
        assertEquals(m.actual() >= m.planned(), m.met(), what);
        assertTrue(m.actual() <= actual, what);
        if (m.status() == DeadlineStatus.OVERDUE) {
          assertTrue(c.asOf().isAfter(m.due()), what);
        }
      }
    }
  }

  @Test
  void thePlanNeverShrinksAsTheDateMovesOn() {
    Random rnd = new Random(7);
    for (int i = 0; i < CASES; i++) {
      Case c = random(rnd);
      DeadlineRow today = judge(c);
      DeadlineRow tomorrow = judge(new Case(c.subject(), c.entries(), c.asOf().plusDays(1),
          c.thresholds()));
      assertTrue(tomorrow.planned() >= today.planned(), "case " + i + " " + c);
    }
  }

  @Test
  void reachingWhatToGreenSaysTurnsTheRowGreenAndOneLessDoesNot() {
    Random rnd = new Random(31);
    int checked = 0;
    for (int i = 0; i < CASES; i++) {
      Case c = random(rnd);
      DeadlineRow r = judge(c);
      String what = "case " + i + " " + c;
      assertEquals(r.light() != Light.GREEN, r.toGreen() != null, what);
      if (r.toGreen() == null) {
        continue;
      }
      checked++;
      ToGreen g = r.toGreen();
      assertTrue(g.more() > 0, what);
      assertFalse(g.by().isBefore(c.asOf()), what);
      YearMonth month = YearMonth.from(c.asOf());
      List<ProgressEntry> more = new ArrayList<>(c.entries());
      more.add(new ProgressEntry(month, "P.1", "extra", null, null, g.more(), null, null, "x", 1));
      Case reached = new Case(c.subject(), more, c.asOf(), c.thresholds());
      assertEquals(Light.GREEN, judge(reached).light(), what);
      List<ProgressEntry> less = new ArrayList<>(c.entries());
      less.add(new ProgressEntry(month, "P.1", "extra", null, null, g.more() - 1, null, null, "x",
          1));
      assertNotEquals(Light.GREEN,
          judge(new Case(c.subject(), less, c.asOf(), c.thresholds())).light(), what);
    }
    assertTrue(checked > CASES / 10, "too few red or yellow cases: " + checked);
  }
}
