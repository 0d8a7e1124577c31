package dev.qingdan.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.qingdan.model.Milestone;
import dev.qingdan.model.Schedule;
import dev.qingdan.model.ScheduleKind;
import dev.qingdan.model.Target;
import dev.qingdan.phrase.TargetParser;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/**
 * A changed plan judged as a figure over time, against random plans (seeded): tightening exactly
 * when the new figure is never lower and somewhere higher, loosening the reverse, mixed when it is
 * higher at one date and lower at another, neutral when it is the same everywhere; a mixed
 * verdict names exactly the dates where it rose and where it fell.
 */
class PlanVerdictPropertiesTest {
  private static final int CASES = 4000;
  private static final int YEAR = 2022;

  /** A plan and its figure, as the contract plans it, computed here on its own. */
  private interface Figure {
    BigFraction at(LocalDate d);
  }

  private record Side(Schedule schedule, Target target, Figure figure) {}

  /**
   * Count milestones at month ends from a first month: the figure rises month by month from 0
   * before the first month to each milestone, then stays (one milestone: pro rata).
   */
  private static Side counts(Random rnd) {
    int from = 1 + rnd.nextInt(6);
    List<Milestone> ms = new ArrayList<>();
    long cum = 0;
    int month = from + rnd.nextInt(3);
    for (int n = 1 + rnd.nextInt(4); n > 0 && month <= 12; n--, month += 1 + rnd.nextInt(3)) {
      cum += rnd.nextInt(4) == 0 ? 0 : 1 + rnd.nextInt(6);
      ms.add(new Milestone(YearMonth.of(YEAR, month).atEndOfMonth(), Math.max(cum, 1), null));
      cum = Math.max(cum, 1);
    }
    YearMonth last = YearMonth.from(ms.get(ms.size() - 1).due());
    Schedule s = new Schedule("text", ScheduleKind.CUMULATIVE, YearMonth.of(YEAR, from), last, ms);
    int start = from;
    Figure f = d -> {
      int m = d.getMonthValue();
      int prevMonth = start - 1;
      long prev = 0;
      if (m <= prevMonth) {
        return BigFraction.ZERO;
      }
      for (Milestone x : ms) {
        int due = x.due().getMonthValue();
        if (m <= due) {
          return new BigFraction(x.cumulative() - prev).multiply(m - prevMonth)
              .divide(due - prevMonth).add(prev);
        }
        prevMonth = due;
        prev = x.cumulative();
      }
      return new BigFraction(prev);
    };
    return new Side(s, target(cum), f);
  }

  /** Deliverables due on any days: the figure is how many are due by a date, a pure step. */
  private static Side deliverables(Random rnd) {
    List<Milestone> ms = new ArrayList<>();
    for (int n = 1 + rnd.nextInt(4); n > 0; n--) {
      ms.add(new Milestone(LocalDate.of(YEAR, 1, 1).plusDays(rnd.nextInt(365)), null, "x"));
    }
    Schedule s = new Schedule("text", ScheduleKind.DELIVERABLE, null, null, ms);
    Figure f = d -> new BigFraction(ms.stream().filter(x -> !x.due().isAfter(d)).count());
    return new Side(s, TargetParser.parse("暂无").orElseThrow(), f);
  }

  private static Target target(long n) {
    return TargetParser.parse(n + "个").orElseThrow();
  }

  @Test
  void theVerdictFollowsTheFiguresAtEveryDate() {
    Random rnd = new Random(20221130L);
    int[] seen = new int[Impact.values().length];
    for (int c = 0; c < CASES; c++) {
      boolean count = rnd.nextBoolean();
      Side a = count ? counts(rnd) : deliverables(rnd);
      Side b = count ? counts(rnd) : deliverables(rnd);
      if (count && rnd.nextInt(5) == 0) {
        b = a;
      }
      // the dates either plan defines: its due dates and, for counts, each month end from its
      // first month to its last due date (before, both are 0; after, both stay as they are)
      List<LocalDate> dates = new ArrayList<>();
      for (Side s : List.of(a, b)) {
        s.schedule().milestones().forEach(x -> dates.add(x.due()));
        for (YearMonth m = s.schedule().from(); m != null && !m.isAfter(s.schedule().to());
            m = m.plusMonths(1)) {
          dates.add(m.atEndOfMonth());
        }
      }
      List<LocalDate> up = new ArrayList<>();
      List<LocalDate> down = new ArrayList<>();
      for (LocalDate d : dates.stream().distinct().sorted().toList()) {
        int cmp = b.figure().at(d).compareTo(a.figure().at(d));
        (cmp > 0 ? up : cmp < 0 ? down : new ArrayList<LocalDate>()).add(d);
      }
      Impact expected = !up.isEmpty() && !down.isEmpty() ? Impact.MIXED
          : !up.isEmpty() ? Impact.TIGHTENING : !down.isEmpty() ? Impact.LOOSENING
          : Impact.NEUTRAL;
      Impacts.Judgement j = Impacts.plan(a.schedule(), a.target(), b.schedule(), b.target());
      String at = "case " + c + ": " + a.schedule().milestones() + " → "
          + b.schedule().milestones();
      assertEquals(expected, j.impact(), at);
      if (expected == Impact.MIXED) {
        assertEquals(up, j.raised().stream().map(ChangeDetail.Point::date).toList(), at);
        assertEquals(down, j.lowered().stream().map(ChangeDetail.Point::date).toList(), at);
        for (ChangeDetail.Point p : j.raised()) {
          assertEquals(a.figure().at(p.date()), p.old(), at);
          assertEquals(b.figure().at(p.date()), p.neu(), at);
        }
      } else {
        assertEquals(List.of(), j.raised(), at);
        assertEquals(List.of(), j.lowered(), at);
      }
      seen[expected.ordinal()]++;
    }
    // every verdict but definitional came up often enough to mean something
    for (Impact i : List.of(Impact.TIGHTENING, Impact.LOOSENING, Impact.MIXED, Impact.NEUTRAL)) {
      assertEquals(true, seen[i.ordinal()] > CASES / 50, i + ": " + seen[i.ordinal()]);
    }
  }
}
