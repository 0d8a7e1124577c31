package dev.qingdan.compute;

import dev.qingdan.model.ProgressEntry;
import dev.qingdan.model.Target;
import dev.qingdan.model.TargetKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * The deadlines of rows whose target is a bound rather than a count to reach: a ceiling of a count
 * or a share, a level measured each month, a growth rate. Each is judged on the figure that {@code
 * ratio} judges, exactly.
 *
 * <p>A ceiling or a level over a span of months ({@code 全年}, {@code 5-12月}, {@code 持续}: the
 * row's {@link RowWindow}) holds: {@code on-track} while it holds, {@code behind} once broken,
 * {@code done} if it held to the window's last day and {@code overdue} if it did not. One with a
 * due date ({@code 9月底前}) is reached by then: judged on its figure as of that day. A growth rate
 * is reached like a count, planned pro rata over the months of its window.
 */
final class BoundDeadlines {
  private static final BigFraction HUNDRED = new BigFraction(100);

  private BoundDeadlines() {}

  /** How the target is judged as a bound, or null where it is a count to reach or nothing. */
  static PlanKind kind(Target t) {
    if (t == null || t.value() == null || t.op() == null) {
      return null;
    }
    return switch (t.kind()) {
      case LEVEL -> PlanKind.LEVEL;
      // without its baseline a growth rate cannot be judged: ratio says no-target
      case GROWTH -> Bounds.bound(t) == null ? null : PlanKind.GROWTH;
      case PERCENT, COUNT -> t.op().ceiling() ? PlanKind.CEILING : null;
      default -> null;
    };
  }

  /**
   * One row as of the date.
   *
   * @param known its reports of the months up to the as-of date's month
   */
  static DeadlineRow judge(Subject s, PlanKind kind, List<ProgressEntry> known, int year,
      LocalDate asOf, Thresholds t) {
    RowWindow w = RowWindow.of(s.schedule(), year);
    LocalDate dated = RowWindow.dated(s.schedule());
    if (kind == PlanKind.GROWTH) {
      return growth(s, dated == null ? w : new RowWindow(w.from(), YearMonth.from(dated)), known,
          asOf, t);
    }
    return dated == null ? held(s, kind, w, known, asOf, t)
        : reachedBy(s, kind, w.from(), dated, known, asOf, t);
  }

  /** A ceiling or a level that must hold in every month of its window. */
  private static DeadlineRow held(Subject s, PlanKind kind, RowWindow w,
      List<ProgressEntry> known, LocalDate asOf, Thresholds t) {
    Target target = s.target();
    LocalDate due = w.to().atEndOfMonth();
    YearMonth last = earlier(YearMonth.from(asOf), w.to());
    BigFraction figure;
    List<YearMonth> breaches = new ArrayList<>();
    if (kind == PlanKind.LEVEL) {
      // the least favourable month decides, as a month under a level target misses it in ratio
      figure = null;
      for (var e : levels(known, w, last, target).entrySet()) {
        BigFraction f = Exact.fraction(e.getValue());
        if (!Bounds.meets(f, target)) {
          breaches.add(e.getKey());
        }
        if (figure == null || worse(f, figure, target)) {
          figure = f;
        }
      }
    } else {
      figure = cumulative(known, target, last);
    }
    Boolean holds = figure == null ? null : Bounds.meets(figure, target);
    DeadlineStatus status;
    if (asOf.isBefore(w.from().atDay(1))) {
      status = DeadlineStatus.PENDING;
    } else if (figure == null) {
      status = DeadlineStatus.NO_DATA;
    } else if (holds) {
      status = asOf.isBefore(due) ? DeadlineStatus.ON_TRACK : DeadlineStatus.DONE;
    } else {
      status = asOf.isAfter(due) ? DeadlineStatus.OVERDUE : DeadlineStatus.BEHIND;
    }
    BigFraction gap = off(figure, target);
    Light light = status == DeadlineStatus.DONE ? Light.GREEN
        : status == DeadlineStatus.OVERDUE ? Light.RED
        : t.light(gap);
    return row(s, kind, due, status, light, gap, figure, holds, breaches);
  }

  /**
   * A ceiling or a level with a due date: judged on its figure as of that day (a level: the latest
   * month reported by then). Before it nothing is due: {@code on-track} where the figure already
   * meets the bound, else {@code pending}, yellow within {@code --due-soon} days of the date.
   */
  private static DeadlineRow reachedBy(Subject s, PlanKind kind, YearMonth from, LocalDate due,
      List<ProgressEntry> known, LocalDate asOf, Thresholds t) {
    Target target = s.target();
    YearMonth last = earlier(YearMonth.from(asOf), YearMonth.from(due));
    BigFraction figure;
    if (kind == PlanKind.LEVEL) {
      TreeMap<YearMonth, BigDecimal> levels =
          levels(known, new RowWindow(YearMonth.of(1, 1), last), last, target);
      figure = levels.isEmpty() ? null : Exact.fraction(levels.lastEntry().getValue());
    } else {
      figure = cumulative(known, target, last);
    }
    Boolean holds = figure == null ? null : Bounds.meets(figure, target);
    boolean open = asOf.isBefore(due);
    DeadlineStatus status;
    if (open) {
      status = Boolean.TRUE.equals(holds) ? DeadlineStatus.ON_TRACK : DeadlineStatus.PENDING;
    } else if (figure == null) {
      status = DeadlineStatus.NO_DATA;
    } else if (holds) {
      status = DeadlineStatus.DONE;
    } else {
      status = asOf.isAfter(due) ? DeadlineStatus.OVERDUE : DeadlineStatus.BEHIND;
    }
    // Before the due date nothing is planned yet: no gap.
    BigFraction gap = open ? BigFraction.ZERO : off(figure, target);
    boolean soon = open && !Boolean.TRUE.equals(holds)
        && !due.isAfter(asOf.plusDays(t.dueSoonDays()));
    Light light = status == DeadlineStatus.DONE ? Light.GREEN
        : status == DeadlineStatus.OVERDUE ? Light.RED
        : soon ? Light.YELLOW
        : t.light(gap);
    return row(s, kind, due, status, light, gap, figure, holds, List.of());
  }

  /** A growth rate: the latest value reaches baseline × (1 + rate) by the window's end. */
  private static DeadlineRow growth(Subject s, RowWindow w, List<ProgressEntry> known,
      LocalDate asOf, Thresholds t) {
    Target target = s.target();
    BigFraction bound = Bounds.bound(target);
    LocalDate due = w.to().atEndOfMonth();
    long ended = 0;
    for (YearMonth m = w.from(); !m.isAfter(w.to()); m = m.plusMonths(1)) {
      if (!m.atEndOfMonth().isAfter(asOf)) {
        ended++;
      }
    }
    BigFraction planned = w.months() <= 0 ? bound : bound.multiply(ended).divide(w.months());
    YearMonth last = earlier(YearMonth.from(asOf), w.to());
    TreeMap<YearMonth, BigDecimal> levels =
        levels(known, new RowWindow(YearMonth.of(1, 1), last), last, target);
    BigFraction actual = levels.isEmpty() ? null : Exact.fraction(levels.lastEntry().getValue());
    Boolean reached = actual == null ? null : Bounds.meets(actual, target);
    DeadlineStatus status;
    if (Boolean.TRUE.equals(reached)) {
      status = DeadlineStatus.DONE;
    } else if (asOf.isAfter(due)) {
      status = DeadlineStatus.OVERDUE;
    } else if (planned.getNumerator().signum() == 0) {
      status = DeadlineStatus.PENDING;
    } else if (actual == null) {
      status = DeadlineStatus.NO_DATA;
    } else if (planned.compareTo(actual) > 0) {
      status = DeadlineStatus.BEHIND;
    } else {
      status = DeadlineStatus.ON_TRACK;
    }
    // The contract's gap: (planned − actual) / target × 100; nothing reported counts as 0.
    BigFraction behind = planned.subtract(actual == null ? BigFraction.ZERO : actual);
    BigFraction gap = bound.getNumerator().signum() == 0
        ? (Boolean.TRUE.equals(reached) ? BigFraction.ZERO : HUNDRED)
        : behind.divide(bound).multiply(HUNDRED);
    boolean soon = !asOf.isAfter(due) && !due.isAfter(asOf.plusDays(t.dueSoonDays()));
    Light light = status == DeadlineStatus.DONE ? Light.GREEN
        : status == DeadlineStatus.OVERDUE ? Light.RED
        : soon && t.light(gap) == Light.GREEN ? Light.YELLOW
        : t.light(gap);
    Measured m = new Measured(exact(bound), plain(Exact.ceiling(planned, 2)),
        actual == null ? null : exact(actual), reached, List.of(), false);
    return new DeadlineRow(s, PlanKind.GROWTH, due, null, null, null, status, light,
        Exact.halfUp(gap, 2), null, null, List.of(), m);
  }

  private static DeadlineRow row(Subject s, PlanKind kind, LocalDate due, DeadlineStatus status,
      Light light, BigFraction gap, BigFraction figure, Boolean holds, List<YearMonth> breaches) {
    boolean percent = s.target().kind() == TargetKind.PERCENT;
    BigFraction bound = Bounds.bound(s.target());
    BigDecimal shown = exact(percent ? bound.multiply(HUNDRED) : bound);
    BigDecimal actual = figure == null ? null : percent ? Exact.percent(figure) : exact(figure);
    return new DeadlineRow(s, kind, due, null, null, null, status, light, Exact.halfUp(gap, 2),
        null, null, List.of(), new Measured(shown, shown, actual, holds, breaches, percent));
  }

  /**
   * How far a figure is off its bound, in points of the bound: over a ceiling, under a floor
   * (negative while it holds). Nothing reported counts as 0; against a bound of 0 a figure off it
   * is 100 points off.
   */
  private static BigFraction off(BigFraction figure, Target target) {
    BigFraction bound = Bounds.bound(target);
    BigFraction f = figure == null ? BigFraction.ZERO : figure;
    BigFraction by = target.op().ceiling() ? f.subtract(bound) : bound.subtract(f);
    if (bound.getNumerator().signum() == 0) {
      return Bounds.meets(f, target) ? BigFraction.ZERO : HUNDRED;
    }
    return by.divide(bound).multiply(HUNDRED);
  }

  /**
   * The figure of a count or a share through month {@code last}: the counts added up, or
   * Σnumerator/Σdenominator; null when nothing was reported (or every denominator was 0).
   */
  private static BigFraction cumulative(List<ProgressEntry> known, Target target,
      YearMonth last) {
    boolean share = target.kind() == TargetKind.PERCENT;
    BigInteger num = BigInteger.ZERO;
    BigInteger den = BigInteger.ZERO;
    boolean counted = false;
    for (ProgressEntry e : known) {
      if (e.period().isAfter(last)) {
        continue;
      }
      if (share && e.numerator() != null && e.denominator() != null) {
        num = num.add(BigInteger.valueOf(e.numerator()));
        den = den.add(BigInteger.valueOf(e.denominator()));
      } else if (!share && e.count() != null) {
        num = num.add(BigInteger.valueOf(e.count()));
        counted = true;
      }
    }
    if (share) {
      return den.signum() > 0 ? new BigFraction(num, den) : null;
    }
    return counted ? new BigFraction(num) : null;
  }

  /**
   * The level of each month of the window up to {@code last} that has one: the one value reported,
   * or the least favourable where several units reported, as {@code ratio} takes it.
   */
  private static TreeMap<YearMonth, BigDecimal> levels(List<ProgressEntry> known, RowWindow w,
      YearMonth last, Target target) {
    TreeMap<YearMonth, List<BigDecimal>> values = new TreeMap<>();
    for (ProgressEntry e : known) {
      if (e.value() != null && w.contains(e.period()) && !e.period().isAfter(last)) {
        values.computeIfAbsent(e.period(), k -> new ArrayList<>()).add(e.value());
      }
    }
    TreeMap<YearMonth, BigDecimal> out = new TreeMap<>();
    values.forEach((m, v) -> out.put(m, Ratios.level(v, target)));
    return out;
  }

  private static YearMonth earlier(YearMonth a, YearMonth b) {
    return a.isAfter(b) ? b : a;
  }

  /** Whether {@code a} is less favourable than {@code b}: higher under a ceiling, else lower. */
  private static boolean worse(BigFraction a, BigFraction b, Target target) {
    int c = a.compareTo(b);
    return target.op().ceiling() ? c > 0 : c < 0;
  }

  /** A fraction as a decimal, exactly where it ends (bounds and reported figures do), else up. */
  private static BigDecimal exact(BigFraction f) {
    BigDecimal d;
    try {
      d = new BigDecimal(f.getNumerator()).divide(new BigDecimal(f.getDenominator()));
    } catch (ArithmeticException e) {
      d = Exact.ceiling(f, 2);
    }
    return plain(d);
  }

  /** Without trailing zeros, and never in exponent form: 2000, 2.5. */
  private static BigDecimal plain(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
