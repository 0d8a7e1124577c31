package dev.qingdan.compute;

import dev.qingdan.model.Checklist;
import dev.qingdan.model.Goal;
import dev.qingdan.model.ProgressEntry;
import dev.qingdan.model.ProgressFigures;
import dev.qingdan.model.Row;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * Judges rows and goals against their schedules as of a date: planned, actual, status, traffic
 * light and forecast. Pure: the date and the reports are passed in.
 *
 * <p>The rules, as the contract fixes them: a due date is inclusive, and the plan as of a date
 * counts every milestone due on or before it; the actual figure counts the reports of every month
 * up to and including the as-of date's month; a milestone's actual counts the months up to and
 * including its due date's month; a count target with a single milestone is planned pro rata over
 * its window by the whole months ended by the as-of date.
 */
public final class Deadlines {
  private static final BigFraction HUNDRED = new BigFraction(100);

  private Deadlines() {}

  /** Every goal, then every row in order, as of the date, from reports handed over as figures. */
  public static List<DeadlineRow> judge(
      Checklist c, ProgressFigures reports, LocalDate asOf, Thresholds t) {
    return judge(c, ReportSums.of(reports, YearMonth.from(asOf)), asOf, t);
  }

  /** Every goal, then every row in order, as of the date. */
  public static List<DeadlineRow> judge(
      Checklist c, List<ProgressEntry> entries, LocalDate asOf, Thresholds t) {
    Map<String, List<ProgressEntry>> byId = new HashMap<>();
    for (ProgressEntry e : entries) {
      byId.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(e);
    }
    int year = c.document() == null ? asOf.getYear() : c.document().year();
    List<DeadlineRow> out = new ArrayList<>();
    for (Goal g : c.goals()) {
      out.add(judge(Subject.of(g), byId.getOrDefault(g.id(), List.of()), year, asOf, t));
    }
    for (Row r : c.rows()) {
      String id = r.id().toString();
      out.add(judge(Subject.of(r), byId.getOrDefault(id, List.of()), year, asOf, t));
    }
    return out;
  }

  /**
   * One row or goal as of the date.
   *
   * @param entries the reports; those of other ids and of months after the as-of date's month are
   *     left out
   * @param year the plan year: the window of a row whose schedule names no months
   */
  public static DeadlineRow judge(
      Subject s, List<ProgressEntry> entries, int year, LocalDate asOf, Thresholds t) {
    YearMonth month = YearMonth.from(asOf);
    List<ProgressEntry> known = entries.stream()
        .filter(e -> e.id().equals(s.id()) && !e.period().isAfter(month))
        .toList();
    PlanKind bound = BoundDeadlines.kind(s.target());
    if (bound != null) {
      return BoundDeadlines.judge(s, bound, known, year, asOf, t);
    }
    Plan plan = Plan.of(s.schedule(), s.target());
    return switch (plan.kind()) {
      case COUNT -> counts(s, plan, known, asOf, t);
      case DELIVERABLES -> deliverables(s, plan, known, asOf, t);
      case NONE -> unplanned(s, asOf);
      default -> throw new IllegalStateException(plan.kind().word());
    };
  }

  private static DeadlineRow unplanned(Subject s, LocalDate asOf) {
    YearMonth from = s.schedule().from();
    DeadlineStatus status = from != null && asOf.isBefore(from.atDay(1))
        ? DeadlineStatus.PENDING : DeadlineStatus.ONGOING;
    return new DeadlineRow(s, PlanKind.NONE, null, null, null, null, status, null, null, null, null,
        List.of(), null);
  }

  private static DeadlineRow counts(
      Subject s, Plan plan, List<ProgressEntry> known, LocalDate asOf, Thresholds t) {
    YearMonth month = YearMonth.from(asOf);
    TreeMap<YearMonth, Long> monthly = new TreeMap<>();
    long total = 0;
    for (ProgressEntry e : known) {
      if (e.count() != null) {
        // the figures are not negative: once their total fits, every partial sum below does too
        // (a month's, the cumulative ones here and in RunRate)
        total = FigureOverflow.add(total, e.count(), "count", s.id());
        monthly.merge(e.period(), e.count(), Long::sum);
      }
    }
    boolean hasData = !monthly.isEmpty();
    long actual = cumulative(monthly, month);
    long target = plan.target();

    List<MilestoneResult> ms = new ArrayList<>();
    for (Plan.Step step : plan.steps()) {
      YearMonth dueMonth = YearMonth.from(step.due());
      long byDue = cumulative(monthly, dueMonth.isBefore(month) ? dueMonth : month);
      YearMonth reached = null;
      long running = 0;
      for (var e : monthly.entrySet()) {
        running += e.getValue();
        if (running >= step.cumulative()) {
          reached = e.getKey();
          break;
        }
      }
      ms.add(new MilestoneResult(step.due(), step.cumulative(), byDue,
          milestoneStatus(byDue >= step.cumulative(), step.due(), asOf), null, reached));
    }

    BigFraction planned = plan.proRata() ? proRata(plan, asOf) : stepwise(plan, asOf);
    DeadlineStatus status = status(actual, target, plan, planned, hasData, asOf);
    Forecast forecast =
        RunRate.forecast(plan.start(), monthly, asOf, target, plan.due());
    return judged(s, plan, planned, actual, hasData, status, ms, forecast, asOf, t);
  }

  private static DeadlineRow deliverables(
      Subject s, Plan plan, List<ProgressEntry> known, LocalDate asOf, Thresholds t) {
    // Each done: report delivers one thing, the earliest still open, in the order of the days.
    List<LocalDate> done = known.stream()
        .map(ProgressEntry::done)
        .filter(d -> d != null && !d.isAfter(asOf))
        .sorted()
        .toList();
    long target = plan.target();
    done = done.subList(0, (int) Math.min(done.size(), target));
    long actual = done.size();
    List<MilestoneResult> ms = new ArrayList<>();
    for (Plan.Step step : plan.steps()) {
      long byDue = done.stream().filter(d -> !d.isAfter(step.due())).count();
      LocalDate reached = step.cumulative() <= done.size()
          ? done.get((int) step.cumulative() - 1) : null;
      ms.add(new MilestoneResult(step.due(), step.cumulative(), byDue,
          milestoneStatus(byDue >= step.cumulative(), step.due(), asOf), step.deliverable(),
          reached));
    }
    BigFraction planned = stepwise(plan, asOf);
    DeadlineStatus status = status(actual, target, plan, planned, true, asOf);
    return judged(s, plan, planned, actual, true, status, ms, null, asOf, t);
  }

  /** Where {@code actual} of {@code target} stands against {@code planned} by {@code asOf}. */
  private static DeadlineStatus status(long actual, long target, Plan plan, BigFraction planned,
      boolean hasData, LocalDate asOf) {
    if (actual >= target) {
      return DeadlineStatus.DONE;
    }
    if (asOf.isAfter(plan.due())) {
      return DeadlineStatus.OVERDUE;
    }
    if (planned.getNumerator().signum() == 0) {
      return DeadlineStatus.PENDING;
    }
    if (!hasData) {
      return DeadlineStatus.NO_DATA;
    }
    return planned.compareTo(new BigFraction(actual)) > 0
        ? DeadlineStatus.BEHIND : DeadlineStatus.ON_TRACK;
  }

  private static DeadlineStatus milestoneStatus(boolean met, LocalDate due, LocalDate asOf) {
    if (met) {
      return DeadlineStatus.DONE;
    }
    if (asOf.isBefore(due)) {
      return DeadlineStatus.PENDING;
    }
    return asOf.isEqual(due) ? DeadlineStatus.BEHIND : DeadlineStatus.OVERDUE;
  }

  /** The light, the gap and what turns the row green, from the figures. */
  private static DeadlineRow judged(
      Subject s,
      Plan plan,
      BigFraction planned,
      long actual,
      boolean hasData,
      DeadlineStatus status,
      List<MilestoneResult> ms,
      Forecast forecast,
      LocalDate asOf,
      Thresholds t) {
    long target = plan.target();
    BigFraction gap = planned.subtract(actual).divide(target).multiply(HUNDRED);
    BigFraction yellow = Exact.fraction(t.yellow());
    LocalDate soonEnd = asOf.plusDays(t.dueSoonDays());
    MilestoneResult soon = null;
    for (MilestoneResult m : ms) {
      if (!m.met() && !m.due().isBefore(asOf) && !m.due().isAfter(soonEnd)) {
        soon = m;
      }
    }
    Light light = status == DeadlineStatus.DONE ? Light.GREEN
        : status == DeadlineStatus.OVERDUE ? Light.RED
        : soon != null && t.light(gap) == Light.GREEN ? Light.YELLOW
        : t.light(gap);
    ToGreen toGreen = null;
    if (light != Light.GREEN) {
      long reach;
      LocalDate by;
      if (status == DeadlineStatus.OVERDUE) {
        reach = target;
        by = asOf;
      } else if (gap.compareTo(yellow) >= 0) {
        // gap < yellow  <=>  actual > planned - yellow * target / 100
        BigFraction floor = planned.subtract(yellow.multiply(target).divide(HUNDRED));
        reach = floor(floor) + 1;
        if (soon != null) {
          reach = Math.max(reach, soon.planned());
        }
        by = asOf;
      } else {
        reach = soon.planned();
        by = soon.due();
      }
      reach = Math.min(reach, target);
      toGreen = new ToGreen(reach, reach - actual, by);
    }
    return new DeadlineRow(s, plan.kind(), plan.due(), target, ceil(planned),
        hasData ? actual : null, status, light,
        Exact.halfUp(gap, 2), toGreen, forecast, ms, null);
  }

  /** The cumulative figure of the last milestone due on or before the date, else 0. */
  private static BigFraction stepwise(Plan plan, LocalDate asOf) {
    long planned = 0;
    for (Plan.Step step : plan.steps()) {
      if (!step.due().isAfter(asOf)) {
        planned = step.cumulative();
      }
    }
    return new BigFraction(planned);
  }

  /** target × (months of the window ended by the date) / (months of the window). */
  static BigFraction proRata(Plan plan, LocalDate asOf) {
    long months = plan.to().getYear() * 12L + plan.to().getMonthValue()
        - (plan.from().getYear() * 12L + plan.from().getMonthValue()) + 1;
    long ended = 0;
    for (YearMonth m = plan.from(); !m.isAfter(plan.to()); m = m.plusMonths(1)) {
      if (!m.atEndOfMonth().isAfter(asOf)) {
        ended++;
      }
    }
    return new BigFraction(plan.target()).multiply(ended).divide(months);
  }

  static long cumulative(NavigableMap<YearMonth, Long> monthly, YearMonth through) {
    long sum = 0;
    for (long v : monthly.headMap(through, true).values()) {
      sum += v;
    }
    return sum;
  }

  private static long ceil(BigFraction f) {
    BigInteger[] qr = f.getNumerator().divideAndRemainder(f.getDenominator());
    long q = qr[0].longValueExact();
    return qr[1].signum() > 0 ? q + 1 : q;
  }

  private static long floor(BigFraction f) {
    BigInteger[] qr = f.getNumerator().divideAndRemainder(f.getDenominator());
    long q = qr[0].longValueExact();
    return qr[1].signum() < 0 ? q - 1 : q;
  }
}
