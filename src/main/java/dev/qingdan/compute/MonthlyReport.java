package dev.qingdan.compute;

import dev.qingdan.model.Checklist;
import dev.qingdan.model.Goal;
import dev.qingdan.model.ProgressEntry;
import dev.qingdan.model.ProgressFigures;
import dev.qingdan.model.Row;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The monthly evaluation (每月评估) of {@code report}: the ratios of {@code ratio} and the
 * deadlines and lights of {@code deadlines} side by side, by lead unit. Nothing here is computed
 * anew: each line joins the {@link IndicatorRatio} and the {@link DeadlineRow} of one id, and the
 * burn-ups are {@link Deadlines#judge} at each month end.
 *
 * @param asOf the date the deadlines are judged as of
 * @param through the last month of the cumulative ratios
 * @param thresholds the limits of the lights
 * @param ratios what {@code ratio --through} computes
 * @param rows every row of the checklist, in checklist order
 * @param goals the overall goals, in order
 * @param headline the counts at the top
 * @param attention the lines that need attention, in the order {@link #ATTENTION} gives: red, then
 *     yellow, then the missed targets; goals before rows, checklist order within
 * @param units the lead units of the register that lead a row, in register order; last, if any
 *     row has no lead unit of the register, a section without a unit
 * @param burnUps each goal and row with a count plan: planned and actual at each month end
 */
public record MonthlyReport(
    LocalDate asOf,
    YearMonth through,
    Thresholds thresholds,
    RatioReport ratios,
    List<Line> rows,
    List<Line> goals,
    Headline headline,
    List<Line> attention,
    List<UnitSection> units,
    List<BurnUp> burnUps) {
  public MonthlyReport {
    rows = List.copyOf(rows);
    goals = List.copyOf(goals);
    attention = List.copyOf(attention);
    units = List.copyOf(units);
    burnUps = List.copyOf(burnUps);
  }

  /** The most months a burn-up spans, so that a mistyped year cannot make it run for ever. */
  static final int MAX_BURN_UP_MONTHS = 120;

  /**
   * One row or goal: its ratio and its deadline.
   *
   * @param id {@code N.k} or {@code G1}
   * @param title the policy item (a goal: its indicator)
   * @param indicator the quantitative indicator
   * @param lead the lead units' register names (none for a goal)
   * @param ratio how it stands against its target
   * @param deadline how it stands against its schedule, with its light
   */
  public record Line(
      String id, String title, String indicator, List<String> lead, IndicatorRatio ratio,
      DeadlineRow deadline) {
    public Line {
      lead = List.copyOf(lead);
      Objects.requireNonNull(ratio);
      Objects.requireNonNull(deadline);
    }

    /** The traffic light, or null for a line without a dated plan. */
    public Light light() {
      return deadline.light();
    }

    /** Whether its target is missed. */
    public boolean missed() {
      return ratio.status() == RatioStatus.MISSED;
    }

    /** Why it needs attention, the light before a missed target. */
    public Attention attention() {
      if (light() == Light.RED) {
        return Attention.RED;
      }
      if (light() == Light.YELLOW) {
        return Attention.YELLOW;
      }
      return missed() ? Attention.MISSED : Attention.NONE;
    }

    /** Whether it needs attention: a red or yellow light, or a missed target. */
    public boolean needsAttention() {
      return attention() != Attention.NONE;
    }
  }

  /** Red first, then yellow, then missed targets, then the rest; a stable sort keeps the order. */
  public static final Comparator<Line> ATTENTION = Comparator.comparing(Line::attention);

  /**
   * The counts of the headline, over every row and goal.
   *
   * @param rows how many rows
   * @param goals how many goals
   * @param ratio how many stand in each status of {@code ratio}, every status present
   * @param deadline how many stand in each status of {@code deadlines}, every status present
   * @param lights how many have each light, every light present
   */
  public record Headline(
      int rows, int goals, Map<RatioStatus, Integer> ratio,
      Map<DeadlineStatus, Integer> deadline, Map<Light, Integer> lights) {
    public Headline {
      ratio = Collections.unmodifiableMap(new EnumMap<>(ratio));
      deadline = Collections.unmodifiableMap(new EnumMap<>(deadline));
      lights = Collections.unmodifiableMap(new EnumMap<>(lights));
    }

    public int met() {
      return ratio.get(RatioStatus.MET);
    }

    public int missed() {
      return ratio.get(RatioStatus.MISSED);
    }

    public int behind() {
      return deadline.get(DeadlineStatus.BEHIND);
    }

    public int overdue() {
      return deadline.get(DeadlineStatus.OVERDUE);
    }

    public int green() {
      return lights.get(Light.GREEN);
    }

    public int yellow() {
      return lights.get(Light.YELLOW);
    }

    public int red() {
      return lights.get(Light.RED);
    }

    static Headline of(List<Line> rows, List<Line> goals) {
      Map<RatioStatus, Integer> r = new EnumMap<>(RatioStatus.class);
      Map<DeadlineStatus, Integer> d = new EnumMap<>(DeadlineStatus.class);
      Map<Light, Integer> l = new EnumMap<>(Light.class);
      for (RatioStatus s : RatioStatus.values()) {
        r.put(s, 0);
      }
      for (DeadlineStatus s : DeadlineStatus.values()) {
        d.put(s, 0);
      }
      for (Light s : Light.values()) {
        l.put(s, 0);
      }
      List<Line> all = new ArrayList<>(goals);
      all.addAll(rows);
      for (Line line : all) {
        r.merge(line.ratio().status(), 1, Integer::sum);
        d.merge(line.deadline().status(), 1, Integer::sum);
        if (line.light() != null) {
          l.merge(line.light(), 1, Integer::sum);
        }
      }
      return new Headline(rows.size(), goals.size(), r, d, l);
    }
  }

  /**
   * What one lead unit owes and how it stands.
   *
   * @param unit the register name, or null for the rows that no unit of the register leads
   * @param lines the rows it leads, those needing attention first ({@link #ATTENTION})
   * @param statuses how many of them stand in each status of {@code ratio}, every status present
   * @param lights how many of them have each light, every light present
   * @param completeness how completely this unit reported on them
   */
  public record UnitSection(
      String unit, List<Line> lines, Map<RatioStatus, Integer> statuses,
      Map<Light, Integer> lights, Completeness completeness) {
    public UnitSection {
      lines = List.copyOf(lines);
      statuses = Collections.unmodifiableMap(new EnumMap<>(statuses));
      lights = Collections.unmodifiableMap(new EnumMap<>(lights));
    }
  }

  /**
   * The burn-up of a count plan: the plan and the actual figure at each month end.
   *
   * @param id the row or goal
   * @param indicator its indicator
   * @param target the figure the plan ends at
   * @param due the final due date
   * @param points from the end of the month before the plan starts to the due month's end, and
   *     the as-of date itself where it falls inside that span and is no month end
   */
  public record BurnUp(String id, String indicator, long target, LocalDate due,
      List<Point> points) {
    public BurnUp {
      points = List.copyOf(points);
    }

    /**
     * One day of the burn-up.
     *
     * @param date the day
     * @param planned the cumulative figure planned by then
     * @param actual the cumulative figure by then; null after the as-of date, and before any
     *     report
     */
    public record Point(LocalDate date, long planned, Long actual) {}
  }

  /**
   * The report as of {@code asOf}, with the ratios cumulative through {@code through}.
   *
   * <p>Both the ratios and the deadlines count the reports up to {@code through} alone, so that a
   * report as of mid-December through November judges the plans on November's figures, as the
   * title says, rather than on a December that is not all in yet.
   *
   * @param entries every report; those after {@code through} are left out
   */
  public static MonthlyReport of(
      Checklist c, List<ProgressEntry> reports, LocalDate asOf, YearMonth through,
      Thresholds t) {
    return of(c, ProgressFigures.of(reports), asOf, through, t);
  }

  /**
   * {@link #of(Checklist, List, LocalDate, YearMonth, Thresholds)} of reports handed over as
   * figures: the ratios add them up as they come, and the deadlines and burn-ups judge their sums
   * by row and month ({@link ReportSums}).
   */
  public static MonthlyReport of(
      Checklist c, ProgressFigures reports, LocalDate asOf, YearMonth through, Thresholds t) {
    RatioReport ratios = Ratios.compute(c, reports, Scope.through(through), null);
    List<ProgressEntry> entries = ReportSums.of(reports, through);
    Map<String, IndicatorRatio> ratioById = new HashMap<>();
    ratios.indicators().forEach(i -> ratioById.put(i.id(), i));
    Map<String, DeadlineRow> deadlineById = new HashMap<>();
    Deadlines.judge(c, entries, asOf, t).forEach(d -> deadlineById.put(d.subject().id(), d));

    List<Line> rows = new ArrayList<>();
    for (Row r : c.rows()) {
      String id = r.id().toString();
      IndicatorRatio ir = ratioById.get(id);
      rows.add(new Line(id, r.title(), r.indicator(), ir.lead(), ir, deadlineById.get(id)));
    }
    List<Line> goals = new ArrayList<>();
    for (Goal g : c.goals()) {
      goals.add(new Line(g.id(), g.indicator(), g.indicator(), List.of(), ratioById.get(g.id()),
          deadlineById.get(g.id())));
    }

    List<Line> attention = new ArrayList<>(goals);
    attention.addAll(rows);
    attention.removeIf(l -> !l.needsAttention());
    attention.sort(ATTENTION);

    List<UnitSection> units = new ArrayList<>();
    for (UnitRollup u : ratios.units()) {
      List<Line> led = rows.stream().filter(l -> u.ids().contains(l.id())).toList();
      units.add(section(u.unit(), led, u.completeness()));
    }
    List<Line> unled = rows.stream().filter(l -> l.lead().isEmpty()).toList();
    if (!unled.isEmpty()) {
      units.add(section(null, unled, Completeness.NONE));
    }

    List<BurnUp> burnUps = new ArrayList<>();
    int year = c.document() == null ? asOf.getYear() : c.document().year();
    List<Line> all = new ArrayList<>(goals);
    all.addAll(rows);
    for (Line l : all) {
      if (l.deadline().plan() == PlanKind.COUNT) {
        burnUps.add(burnUp(l.deadline().subject(), entries, year, asOf, t));
      }
    }
    return new MonthlyReport(asOf, through, t, ratios, rows, goals, Headline.of(rows, goals),
        attention, units, burnUps);
  }

  private static UnitSection section(String unit, List<Line> led, Completeness completeness) {
    List<Line> ordered = new ArrayList<>(led);
    ordered.sort(ATTENTION);
    Map<Light, Integer> lights = new EnumMap<>(Light.class);
    for (Light l : Light.values()) {
      lights.put(l, 0);
    }
    led.stream().filter(l -> l.light() != null).forEach(l -> lights.merge(l.light(), 1,
        Integer::sum));
    return new UnitSection(unit, ordered,
        RatioReport.count(led.stream().map(Line::ratio).toList()), lights, completeness);
  }

  /** Judges the subject at each month end of its plan, as {@code deadlines} would on that day. */
  static BurnUp burnUp(Subject s, List<ProgressEntry> entries, int year, LocalDate asOf,
      Thresholds t) {
    Plan plan = Plan.of(s.schedule(), s.target());
    YearMonth last = YearMonth.from(plan.due());
    YearMonth first = plan.start().minusMonths(1);
    if (first.plusMonths(MAX_BURN_UP_MONTHS).isBefore(last)) {
      first = last.minusMonths(MAX_BURN_UP_MONTHS);
    }
    List<ProgressEntry> own = entries.stream().filter(e -> s.id().equals(e.id())).toList();
    List<BurnUp.Point> points = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      LocalDate end = m.atEndOfMonth();
      if (asOf.isAfter(first.atEndOfMonth()) && asOf.isBefore(end) && asOf.isBefore(plan.due())
          && YearMonth.from(asOf).equals(m)) {
        points.add(point(s, own, year, asOf, asOf, t));
      }
      points.add(point(s, own, year, end, asOf, t));
    }
    return new BurnUp(s.id(), s.indicator(), plan.target(), plan.due(), points);
  }

  private static BurnUp.Point point(Subject s, List<ProgressEntry> own, int year, LocalDate day,
      LocalDate asOf, Thresholds t) {
    DeadlineRow d = Deadlines.judge(s, own, year, day, t);
    return new BurnUp.Point(day, d.planned(), day.isAfter(asOf) ? null : d.actual());
  }
}
