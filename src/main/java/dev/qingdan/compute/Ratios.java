package dev.qingdan.compute;

import dev.qingdan.model.Checklist;
import dev.qingdan.model.Goal;
import dev.qingdan.model.Measure;
import dev.qingdan.model.ProgressEntry;
import dev.qingdan.model.ProgressFigures;
import dev.qingdan.model.Row;
import dev.qingdan.model.Schedule;
import dev.qingdan.model.ScheduleKind;
import dev.qingdan.model.Target;
import dev.qingdan.model.TargetKind;
import dev.qingdan.model.Unit;
import dev.qingdan.model.UnitRegister;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * The indicator ratios of {@code ratio}: pure arithmetic on the reports.
 *
 * <p>Every figure is a flow of its month. Over months and units numerators add up and denominators
 * add up, and a cumulative ratio is Σnumerator/Σdenominator, never an average of monthly ratios.
 * Targets are compared as exact fractions. A month with denominator 0 has no ratio.
 */
public final class Ratios {
  private final Checklist checklist;
  private final Scope scope;
  private final int year;
  private final Map<String, Flows> byId = new HashMap<>();
  private final Map<String, Set<String>> leadsById = new HashMap<>();
  private final Set<String> only;

  private Ratios(Checklist checklist, Scope scope, Set<String> only) {
    this.checklist = checklist;
    this.scope = scope;
    this.only = only;
    this.year = checklist.document() == null ? scope.month().getYear()
        : checklist.document().year();
  }

  /** The figures of every row and goal over {@code scope}. */
  public static RatioReport compute(Checklist checklist, List<ProgressEntry> entries,
      Scope scope) {
    return compute(checklist, entries, scope, null);
  }

  /**
   * The figures of the rows and goals whose ids are in {@code only} (all of them when null) over
   * {@code scope}; the completeness and the rollup count those alone.
   */
  public static RatioReport compute(Checklist checklist, List<ProgressEntry> entries,
      Scope scope, Set<String> only) {
    return compute(checklist, ProgressFigures.of(entries), scope, only);
  }

  /** {@link #compute(Checklist, List, Scope, Set)} of reports handed over as figures. */
  public static RatioReport compute(Checklist checklist, ProgressFigures reports, Scope scope,
      Set<String> only) {
    Ratios r = new Ratios(checklist, scope, only);
    UnitRegister register = UnitRegister.of(checklist);
    for (Row row : checklist.rows()) {
      r.leadsById.put(row.id().toString(), new HashSet<>(leads(register, row)));
    }
    reports.each(new ProgressFigures.Sink() {
      // reports come in runs of one row (and month): its flows are looked up once for each run
      private String lastId;
      private Flows flows;
      private Set<String> leads;

      @Override
      public void report(YearMonth period, String id, String unit, long num, long den, long cnt,
          LocalDate done, BigDecimal value) {
        if (id == null || period == null || !scope.covers(period)
            || only != null && !only.contains(id)) {
          return;
        }
        if (!id.equals(lastId)) {
          lastId = id;
          flows = r.byId.computeIfAbsent(id, k -> new Flows());
          leads = r.leadsById.getOrDefault(id, Set.of());
        }
        flows.add(period, unit, num, den, cnt, done, value, leads);
      }

      @Override
      public Set<String> reporters(String id) {
        return r.leadsById.getOrDefault(id, Set.of()); // whether the lead units reported
      }
    });
    r.byId.values().forEach(Flows::total);
    return r.report(register);
  }

  private RatioReport report(UnitRegister register) {
    List<IndicatorRatio> out = new ArrayList<>();
    Map<String, Map<String, Completeness>> byUnit = new LinkedHashMap<>();
    for (Row row : checklist.rows()) {
      String id = row.id().toString();
      if (only != null && !only.contains(id)) {
        continue;
      }
      List<String> lead = leads(register, row);
      Measure m = Measure.of(row);
      Map<String, Completeness> perUnit = new LinkedHashMap<>();
      if (m == Measure.RATIO || m == Measure.COUNT || m == Measure.LEVEL) {
        YearMonth[] w = window(row.schedule());
        for (String unit : lead) {
          perUnit.put(unit, completeness(id, unit, w));
        }
      }
      perUnit.forEach((unit, c) -> byUnit.computeIfAbsent(unit, k -> new LinkedHashMap<>())
          .put(id, c));
      out.add(indicator(id, row.indicator(), row.target(), m, row.schedule(), lead,
          Completeness.sum(List.copyOf(perUnit.values()))));
    }
    for (Goal g : checklist.goals()) {
      if (only != null && !only.contains(g.id())) {
        continue;
      }
      out.add(indicator(g.id(), g.indicator(), g.target(), Measure.of(g), g.schedule(), List.of(),
          Completeness.NONE));
    }
    // the indicators each unit leads, found in one pass: a national register has thousands of
    // units, of which a few lead anything
    Map<String, List<IndicatorRatio>> ledBy = new HashMap<>();
    for (IndicatorRatio i : out) {
      for (String unit : i.lead()) {
        ledBy.computeIfAbsent(unit, k -> new ArrayList<>()).add(i);
      }
    }
    List<UnitRollup> units = new ArrayList<>();
    for (Unit u : checklist.units()) {
      List<IndicatorRatio> led = ledBy.get(u.name());
      if (led == null) {
        continue;
      }
      Map<String, Completeness> rows = byUnit.get(u.name());
      units.add(new UnitRollup(u.name(), led.stream().map(IndicatorRatio::id).toList(),
          RatioReport.count(led),
          rows == null ? Completeness.NONE : Completeness.sum(List.copyOf(rows.values()))));
    }
    Completeness all = Completeness.sum(out.stream().map(IndicatorRatio::completeness).toList());
    return new RatioReport(scope, out, all, units);
  }

  /** The lead units of a row by their register names; generic phrases lead no reports. */
  static List<String> leads(UnitRegister register, Row row) {
    List<String> names = new ArrayList<>();
    for (String l : row.lead()) {
      Unit u = register.resolve(l).unit();
      if (u != null && !names.contains(u.name())) {
        names.add(u.name());
      }
    }
    return names;
  }

  /** The months a schedule runs: see {@link RowWindow}. */
  YearMonth[] window(Schedule s) {
    RowWindow w = RowWindow.of(s, year);
    return new YearMonth[] {w.from(), w.to()};
  }

  /** The months of a window that the scope covers, in order. */
  private List<YearMonth> inScope(YearMonth[] w) {
    List<YearMonth> months = new ArrayList<>();
    if (!scope.cumulative()) {
      if (!scope.month().isBefore(w[0]) && !scope.month().isAfter(w[1])) {
        months.add(scope.month());
      }
      return months;
    }
    for (YearMonth m = w[0]; !m.isAfter(w[1]) && !m.isAfter(scope.month()); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  private Completeness completeness(String id, String unit, YearMonth[] w) {
    Flows f = byId.get(id);
    long expected = 0;
    long reported = 0;
    List<Completeness.Gap> gaps = new ArrayList<>();
    for (YearMonth m : inScope(w)) {
      expected++;
      Flow flow = f == null ? null : f.months.get(m);
      if (flow != null && (flow.unitless || flow.units.contains(unit))) {
        reported++;
      } else {
        gaps.add(new Completeness.Gap(unit, id, m));
      }
    }
    return new Completeness(expected, reported, gaps);
  }

  private IndicatorRatio indicator(String id, String indicator, Target target, Measure m,
      Schedule schedule, List<String> lead, Completeness completeness) {
    Flows f = byId.getOrDefault(id, new Flows());
    YearMonth[] w = window(schedule);
    TargetKind tk = target.kind();
    // A level (a duration) is judged month by month, like a 保持每月 row.
    boolean eachMonth = schedule.kind() == ScheduleKind.EACH_MONTH
        || (m == Measure.LEVEL && tk == TargetKind.LEVEL);
    // A level due by a date (9月底前压缩至3个工作日以内) is judged from that month on: the months
    // before it are the way there.
    LocalDate dated = m == Measure.LEVEL && tk == TargetKind.LEVEL ? RowWindow.dated(schedule)
        : null;
    YearMonth judgedFrom = dated != null && YearMonth.from(dated).isAfter(w[0])
        ? YearMonth.from(dated) : w[0];
    BigFraction share = tk == TargetKind.PERCENT ? Exact.share(target.value()) : null;
    BigFraction goal = tk == TargetKind.COUNT && target.value().signum() > 0
        ? Exact.fraction(target.value()) : null;

    // A figure of the row's own measure, or one that was reported, is a number in every month.
    boolean ratios = m == Measure.RATIO || f.denominator != null;
    boolean counts = m == Measure.COUNT || f.count != null;
    List<MonthFigure> months = new ArrayList<>();
    List<YearMonth> breaches = new ArrayList<>();
    BigInteger cumulative = BigInteger.ZERO;
    BigDecimal latest = null;
    for (YearMonth month : months(w, f)) {
      Flow flow = f.months.get(month);
      boolean reported = flow != null;
      BigInteger num = figure(ratios, flow == null ? null : Sum.value(flow.numerator));
      BigInteger den = figure(ratios, flow == null ? null : Sum.value(flow.denominator));
      BigInteger cnt = figure(counts, flow == null ? null : Sum.value(flow.count));
      BigFraction ratio = null;
      BigInteger cum = null;
      BigDecimal value = flow == null ? null : level(flow.values, target);
      RatioStatus status;
      if (m == Measure.LEVEL) {
        Boolean meets = value == null ? null : Bounds.meets(Exact.fraction(value), target);
        status = value == null ? RatioStatus.NO_DATA
            : meets == null ? RatioStatus.NO_TARGET
            : meets ? RatioStatus.MET : RatioStatus.MISSED;
        if (value != null) {
          latest = value;
        }
      } else if (m == Measure.COUNT) {
        cumulative = cumulative.add(cnt);
        cum = cumulative;
        boolean counted = flow != null && flow.count != null;
        ratio = goal == null || !counted ? null : new BigFraction(cumulative).divide(goal);
        status = !counted ? RatioStatus.NO_DATA
            : tk != TargetKind.COUNT ? RatioStatus.NO_TARGET
            : countStatus(cumulative, target);
      } else {
        ratio = den != null && den.signum() > 0 ? new BigFraction(num, den) : null;
        if (m == Measure.RATIO && ratio != null && share != null) {
          status = Bounds.meets(ratio, target) ? RatioStatus.MET : RatioStatus.MISSED;
        } else if (m == Measure.RATIO) {
          status = ratio == null ? RatioStatus.NO_DATA : RatioStatus.NO_TARGET;
        } else {
          status = reported ? RatioStatus.NO_TARGET : RatioStatus.NO_DATA;
        }
      }
      if (eachMonth && status == RatioStatus.MISSED && !month.isBefore(judgedFrom)
          && !month.isAfter(w[1])) {
        breaches.add(month);
      }
      months.add(new MonthFigure(month, reported, num, den, cnt, cum, ratio, status, value));
    }

    BigInteger num = figure(ratios, f.numerator);
    BigInteger den = figure(ratios, f.denominator);
    BigInteger cnt = figure(counts, f.count);
    BigFraction ratio = null;
    RatioStatus status;
    Wilson.Interval interval = null;
    if (m == Measure.LEVEL) {
      // A level is judged month by month (a duration); a growth rate by its latest month, the
      // year so far against baseline × (1 + rate).
      Boolean meets = latest == null ? null : Bounds.meets(Exact.fraction(latest), target);
      status = latest == null ? RatioStatus.NO_DATA
          : meets == null ? RatioStatus.NO_TARGET
          : tk == TargetKind.LEVEL && !breaches.isEmpty() ? RatioStatus.MISSED
          : meets ? RatioStatus.MET
          : tk == TargetKind.GROWTH ? RatioStatus.IN_PROGRESS : RatioStatus.MISSED;
    } else if (m == Measure.COUNT) {
      ratio = goal == null || f.count == null ? null : new BigFraction(cnt).divide(goal);
      status = tk != TargetKind.COUNT ? RatioStatus.NO_TARGET
          : f.count == null ? RatioStatus.NO_DATA
          : countStatus(cnt, target);
    } else {
      if (den != null && den.signum() > 0) {
        ratio = new BigFraction(num, den);
        interval = Wilson.of(num, den);
      }
      if (m != Measure.RATIO || share == null) {
        status = RatioStatus.NO_TARGET;
      } else if (eachMonth) {
        status = !breaches.isEmpty() ? RatioStatus.MISSED
            : ratio == null ? RatioStatus.NO_DATA : RatioStatus.MET;
      } else {
        status = ratio == null ? RatioStatus.NO_DATA
            : Bounds.meets(ratio, target) ? RatioStatus.MET : RatioStatus.MISSED;
      }
    }
    return new IndicatorRatio(id, indicator, target, m, eachMonth, lead, num, den, cnt, ratio,
        ratio == null ? null : Exact.percent(ratio), status, months, breaches, interval, f.done,
        completeness, latest);
  }

  /**
   * The level of a month: the one value reported, or where several units reported, the least
   * favourable (the highest under a ceiling, the lowest otherwise).
   */
  static BigDecimal level(List<BigDecimal> values, Target target) {
    BigDecimal out = null;
    boolean high = Bounds.ceiling(target);
    for (BigDecimal v : values) {
      if (out == null || (high ? v.compareTo(out) > 0 : v.compareTo(out) < 0)) {
        out = v;
      }
    }
    return out;
  }

  /** A figure as shown: 0 when nothing was reported, where the row has such figures. */
  private static BigInteger figure(boolean own, BigInteger sum) {
    return sum == null && own ? BigInteger.ZERO : sum;
  }

  /**
   * A cumulative count against its target: a floor not reached yet is in progress; a ceiling is
   * met while the count stays within it and missed once the count passes it.
   */
  private static RatioStatus countStatus(BigInteger count, Target target) {
    boolean meets = Bounds.meets(new BigFraction(count), target);
    return meets ? RatioStatus.MET
        : Bounds.ceiling(target) ? RatioStatus.MISSED : RatioStatus.IN_PROGRESS;
  }

  /**
   * The months shown for an indicator: from the start of its window, or its first report if that
   * is earlier, to the scope's month; with {@code --period}, that month alone.
   */
  private List<YearMonth> months(YearMonth[] w, Flows f) {
    List<YearMonth> out = new ArrayList<>();
    if (!scope.cumulative()) {
      out.add(scope.month());
      return out;
    }
    YearMonth start = w[0];
    if (!f.months.isEmpty() && f.months.firstKey().isBefore(start)) {
      start = f.months.firstKey();
    }
    for (YearMonth m = start; !m.isAfter(scope.month()); m = m.plusMonths(1)) {
      out.add(m);
    }
    return out;
  }

  /** The flows of one row or goal, by month and in total; null sums where nothing was given. */
  private static final class Flows {
    final TreeMap<YearMonth, Flow> months = new TreeMap<>();
    /** The month of the report before, and its flow: most reports follow one of the same. */
    private YearMonth lastPeriod;
    private Flow last;
    BigInteger numerator;
    BigInteger denominator;
    BigInteger count;
    LocalDate done;

    void add(YearMonth period, String unit, long num, long den, long cnt, LocalDate day,
        BigDecimal value, Set<String> leads) {
      Flow f = period.equals(lastPeriod) ? last : months.get(period);
      if (f == null) {
        f = new Flow();
        months.put(period, f);
      }
      lastPeriod = period;
      last = f;
      if (unit == null) {
        f.unitless = true;
      } else if (leads.contains(unit)) {
        f.units.add(unit);
      }
      if (num != ProgressFigures.NONE && den != ProgressFigures.NONE) {
        f.numerator = Sum.add(f.numerator, num);
        f.denominator = Sum.add(f.denominator, den);
      }
      if (cnt != ProgressFigures.NONE) {
        f.count = Sum.add(f.count, cnt);
      }
      if (value != null) {
        f.values.add(value);
      }
      if (day != null && (done == null || day.isBefore(done))) {
        done = day;
      }
    }

    /** Adds up the months, once all reports are in. */
    Flows total() {
      for (Flow f : months.values()) {
        numerator = plus(numerator, Sum.value(f.numerator));
        denominator = plus(denominator, Sum.value(f.denominator));
        count = plus(count, Sum.value(f.count));
      }
      return this;
    }
  }

  /** The flows of one month. */
  private static final class Flow {
    final Set<String> units = new HashSet<>(4);
    boolean unitless;
    Sum numerator;
    Sum denominator;
    Sum count;
    final List<BigDecimal> values = new ArrayList<>(1);
  }

  /** A sum of longs that moves to BigInteger only if it outgrows 64 bits. */
  private static final class Sum {
    long small;
    BigInteger big;

    static Sum add(Sum s, long v) {
      Sum t = s == null ? new Sum() : s;
      if (t.big != null) {
        t.big = t.big.add(BigInteger.valueOf(v));
      } else {
        try {
          t.small = Math.addExact(t.small, v);
        } catch (ArithmeticException e) {
          t.big = BigInteger.valueOf(t.small).add(BigInteger.valueOf(v));
        }
      }
      return t;
    }

    static BigInteger value(Sum s) {
      return s == null ? null : s.big != null ? s.big : BigInteger.valueOf(s.small);
    }
  }

  private static BigInteger plus(BigInteger a, BigInteger b) {
    return a == null ? b : a.add(b);
  }
}
