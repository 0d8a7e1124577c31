package dev.qingdan.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.qingdan.compute.DeadlineRow;
import dev.qingdan.compute.DeadlineStatus;
import dev.qingdan.compute.Forecast;
import dev.qingdan.compute.Light;
import dev.qingdan.compute.Measured;
import dev.qingdan.compute.MilestoneResult;
import dev.qingdan.compute.PlanKind;
import dev.qingdan.compute.Thresholds;
import dev.qingdan.compute.ToGreen;
import dev.qingdan.text.DisplayWidth;
import dev.qingdan.text.Lang;
import dev.qingdan.text.Msg;
import dev.qingdan.model.Op;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** The rows of {@code deadlines} in each format. */
public final class DeadlinesRenderer {
  /** Cells of the burn-up bar: each a tenth of the target. */
  static final int BAR = 10;

  private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

  private final PrintWriter out;
  private final Palette palette;
  private final int width;
  private final Lang lang;

  public DeadlinesRenderer(PrintWriter out, Palette palette, int width) {
    this(out, palette, width, Lang.en);
  }

  public DeadlinesRenderer(PrintWriter out, Palette palette, int width, Lang lang) {
    this.out = out;
    this.palette = palette;
    this.width = width;
    this.lang = lang;
  }

  /**
   * What one run of {@code deadlines} shows.
   *
   * @param asOf the date the rows are judged as of
   * @param thresholds the limits of the lights
   * @param rows the rows, in order
   */
  public record Report(LocalDate asOf, Thresholds thresholds, List<DeadlineRow> rows) {
    public Report {
      rows = List.copyOf(rows);
    }

    List<DeadlineRow> planned() {
      return rows.stream().filter(r -> r.plan() != PlanKind.NONE).toList();
    }

    List<DeadlineRow> unplanned() {
      return rows.stream().filter(r -> r.plan() == PlanKind.NONE).toList();
    }
  }

  // ---- text ----

  /** An aligned table of the rows with a plan, a burn-up bar each, then what turns them green. */
  public void text(Report report) {
    out.print(lang.text(Msg.of("as of %s", report.asOf())) + "\n");
    List<DeadlineRow> planned = report.planned();
    if (!planned.isEmpty()) {
      LocalDate asOf = report.asOf();
      new Table<>(lang, List.of(id(), Column.of(Msg.of("item"), DeadlinesRenderer::title).shrink(),
          due(), Column.<DeadlineRow>of(Msg.of("next"), r -> next(r, asOf)).spare(2),
          Column.of(Msg.of("actual/planned"), DeadlinesRenderer::burnUp), target().spare(1),
          status(), light(), Column.<DeadlineRow>of(Msg.of("forecast at due/target → reached"),
              r -> forecast(r.forecast(), r.target(), lang)).shrink().spare(3)))
          .text(out, width, palette, planned, (style, r, text) -> "● " + text,
              (style, r, text) -> palette.of(r.light(), text));
    }
    unplanned(report, (status, ids) -> Msg.of("%s (no dated plan; see qingdan ratio): %s", status,
        String.join(" ", ids))).forEach(this::printFitted);
    List<DeadlineRow> fix = planned.stream().filter(r -> r.toGreen() != null).toList();
    if (!fix.isEmpty()) {
      out.print(lang.text(Msg.of("to turn green:")) + "\n");
      for (DeadlineRow r : fix) {
        out.print("  " + r.subject().id() + " " + palette.of(r.light(),
            Words.light(r.light(), lang)) + ": " + toGreen(r, report.asOf(), lang) + "\n");
      }
    }
    printFitted(summary(report.rows(), lang));
    out.flush();
  }

  /** A line of text, in lines that fit the terminal. */
  private void printFitted(String text) {
    DisplayWidth.fit(text, width).forEach(l -> out.print(l + "\n"));
  }

  /** The rows without a dated plan, a line per status: the sentence of its word and its ids. */
  private List<String> unplanned(Report report, BiFunction<Msg, List<String>, Msg> sentence) {
    Map<DeadlineStatus, List<String>> by = new EnumMap<>(DeadlineStatus.class);
    for (DeadlineRow r : report.unplanned()) {
      by.computeIfAbsent(r.status(), k -> new ArrayList<>()).add(r.subject().id());
    }
    List<String> lines = new ArrayList<>();
    for (var e : by.entrySet()) {
      lines.add(lang.text(sentence.apply(Words.word(e.getKey()), e.getValue())));
    }
    return lines;
  }

  private static String title(DeadlineRow r) {
    return r.subject().title();
  }

  private static String next(DeadlineRow r, LocalDate asOf) {
    Measured m = r.measured();
    if (m != null) {
      boolean open = !asOf.isAfter(r.due()) && r.status() != DeadlineStatus.DONE;
      return !open ? "-" : r.due() + " " + (r.plan() == PlanKind.GROWTH ? figure(m.target(), m)
          : symbol(r.subject().target().op(), true) + figure(m.target(), m));
    }
    MilestoneResult next = r.next(asOf);
    return next == null ? "-" : next.due() + " " + next.planned();
  }

  private static Column<DeadlineRow> id() {
    return Column.of(Msg.of("id"), r -> r.subject().id());
  }

  private static Column<DeadlineRow> due() {
    return Column.of(Msg.of("due"), r -> r.due().toString());
  }

  private Column<DeadlineRow> target() {
    return Column.of(Msg.of("target"), r -> target(r, lang));
  }

  private Column<DeadlineRow> status() {
    return Column.of(Msg.of("status"), r -> Words.status(r.status(), lang));
  }

  private Column<DeadlineRow> light() {
    return Column.<DeadlineRow>of(Msg.of("light"), r -> Words.light(r.light(), lang))
        .style("light");
  }

  /**
   * {@code ▇▇▇▇▇░░··· 4/5}: done, short of plan, rest of the target; then actual/planned. A
   * ceiling or a level has no bar: its figure against its bound ({@code 3.5 > 3 (2022-02)}).
   */
  static String burnUp(DeadlineRow r) {
    Measured m = r.measured();
    if (m != null && r.plan() != PlanKind.GROWTH) {
      return figures(r);
    }
    BigDecimal target = m != null ? m.target() : BigDecimal.valueOf(r.target());
    BigDecimal actual = m != null ? m.actual() : r.actual() == null ? null
        : BigDecimal.valueOf(r.actual());
    BigDecimal planned = m != null ? m.planned() : BigDecimal.valueOf(r.planned());
    BigDecimal tenths = target.signum() > 0 ? target : BigDecimal.ONE;
    BigDecimal bar = BigDecimal.valueOf(BAR);
    int done = actual == null ? 0 : Math.min(BAR, Math.max(0,
        actual.multiply(bar).divide(tenths, 0, RoundingMode.FLOOR).intValue()));
    int plan = Math.min(BAR, planned.multiply(bar).divide(tenths, 0, RoundingMode.CEILING)
        .intValue());
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < BAR; i++) {
      sb.append(i < done ? '▇' : i < plan ? '░' : '·');
    }
    return sb + " " + figures(r);
  }

  /**
   * The row's figures: actual/planned ({@code 4/5}, {@code 700/733.34}); for a ceiling or a level
   * the figure against its bound, {@code ≤} while it holds, and a level's months over it ({@code
   * 3.5 > 3 (2022-02, 2022-09)}).
   */
  static String figures(DeadlineRow r) {
    Measured m = r.measured();
    if (m == null) {
      return (r.actual() == null ? "–" : r.actual().toString()) + "/" + r.planned();
    }
    if (r.plan() == PlanKind.GROWTH) {
      return figure(m.actual(), m) + "/" + figure(m.planned(), m);
    }
    String cell = figure(m.actual(), m) + " "
        + symbol(r.subject().target().op(), !Boolean.FALSE.equals(m.holds())) + " "
        + figure(m.target(), m);
    return m.breaches().isEmpty() ? cell : cell + " " + months(m);
  }

  /** A level's months over its bound: {@code (2022-02, 2022-09)}. */
  private static String months(Measured m) {
    return "(" + String.join(", ", m.breaches().stream().map(YearMonth::toString).toList())
        + ")";
  }

  /** A decimal figure as shown: {@code 2.5}, {@code 5.1%}; {@code –} without one. */
  private static String figure(BigDecimal d, Measured m) {
    return d == null ? "–" : d.toPlainString() + (m.percent() ? "%" : "");
  }

  /** How a figure stands to its bound: the target's own sign where it holds, else its opposite. */
  private static String symbol(Op op, boolean holds) {
    return switch (op) {
      case AT_MOST -> holds ? "≤" : ">";
      case LESS_THAN -> holds ? "<" : "≥";
      case MORE_THAN -> holds ? ">" : "≤";
      case AT_LEAST, BETWEEN -> holds ? "≥" : "<";
    };
  }

  static String target(DeadlineRow r, Lang lang) {
    Measured m = r.measured();
    if (m != null) {
      String text = r.subject().target().text();
      return r.plan() == PlanKind.GROWTH ? figure(m.target(), m) + " (" + text + ")" : text;
    }
    if (r.plan() == PlanKind.DELIVERABLES) {
      return Words.count(lang, r.target(), Msg.of("%d deliverable", r.target()),
          Msg.of("%d deliverables", r.target()));
    }
    return r.target() + unitWord(r);
  }

  static String forecast(Forecast f, Long target, Lang lang) {
    if (f == null) {
      return "";
    }
    return decimal(f.projected(), 1).toPlainString() + "/" + target
        + (f.atRisk() ? " " + lang.text(Msg.of("at-risk")) : "") + " → "
        + (f.reachMonth() == null ? lang.text(Msg.of("never")) : f.reachMonth().toString());
  }

  private static String toGreen(DeadlineRow r, LocalDate asOf, Lang lang) {
    ToGreen g = r.toGreen();
    Msg when = g.by().equals(asOf) ? Msg.in("deadlines", "now")
        : Msg.in("deadlines", "by %s", g.by());
    Msg more = r.plan() != PlanKind.DELIVERABLES ? Msg.in("deadlines", "%d more", g.more())
        : g.more() == 1 ? Msg.in("deadlines", "%d more deliverable", g.more())
        : Msg.in("deadlines", "%d more deliverables", g.more());
    return lang.text(Msg.in("deadlines", "%s %s (reach %d of %s)", more, when, g.reach(),
        r.target()));
  }

  static String summary(List<DeadlineRow> rows, Lang lang) {
    Map<DeadlineStatus, Integer> n = new EnumMap<>(DeadlineStatus.class);
    Map<Light, Integer> lights = new EnumMap<>(Light.class);
    for (DeadlineRow r : rows) {
      n.merge(r.status(), 1, Integer::sum);
      if (r.light() != null) {
        lights.merge(r.light(), 1, Integer::sum);
      }
    }
    List<String> parts = new ArrayList<>();
    n.forEach((k, v) -> parts.add(v + " " + Words.status(k, lang)));
    List<String> ls = new ArrayList<>();
    lights.forEach((k, v) -> ls.add(v + " " + Words.light(k, lang)));
    return Words.count(lang, rows.size(), Msg.of("%d row", rows.size()),
        Msg.of("%d rows", rows.size()))
        + (parts.isEmpty() ? "" : ": " + String.join(", ", parts))
        + (ls.isEmpty() ? "" : lang.text(Msg.of("; lights: %s", String.join(", ", ls))));
  }

  // ---- json ----

  /** The contract's shape: {@code {"asOf", "rows": [{"id", "due", "target", …}]}}. */
  public void json(Report report) {
    ObjectNode doc = Json.document();
    doc.put("asOf", report.asOf().toString());
    ArrayNode rows = doc.putArray("rows");
    for (DeadlineRow r : report.rows()) {
      row(r, rows.addObject());
    }
    ObjectNode t = doc.putObject("thresholds");
    t.set("yellow", Json.number(report.thresholds().yellow()));
    t.set("red", Json.number(report.thresholds().red()));
    t.put("dueSoon", report.thresholds().dueSoonDays());
    Json.write(out, doc);
  }

  /** One row: the contract's fields first, then the ones that explain them. */
  public static ObjectNode row(DeadlineRow r, ObjectNode o) {
    o.put("id", r.subject().id());
    o.put("due", r.due() == null ? null : r.due().toString());
    Measured measured = r.measured();
    if (measured == null) {
      o.put("target", r.target());
      o.put("planned", r.planned());
      o.put("actual", r.actual());
    } else {
      o.set("target", Json.number(measured.target()));
      o.set("planned", Json.number(measured.planned()));
      o.set("actual", Json.number(measured.actual()));
    }
    o.put("status", r.status().word());
    o.put("light", r.light() == null ? null : r.light().word());
    Forecast f = r.forecast();
    if (f == null) {
      o.putNull("forecast");
    } else {
      ObjectNode fo = o.putObject("forecast");
      fo.set("projected", Json.number(decimal(f.projected(), 1)));
      fo.put("dueDate", f.dueDate().toString());
      fo.put("atRisk", f.atRisk());
      fo.put("reachMonth", f.reachMonth() == null ? null : f.reachMonth().toString());
      fo.set("rate", Json.number(decimal(f.rate(), 2)));
      fo.put("through", f.through().toString());
    }
    ArrayNode ms = o.putArray("milestones");
    for (MilestoneResult m : r.milestones()) {
      ObjectNode mo = ms.addObject();
      mo.put("due", m.due().toString());
      mo.put("planned", m.planned());
      mo.put("actual", m.actual());
      mo.put("status", m.status().word());
      if (m.deliverable() != null) {
        mo.put("deliverable", m.deliverable());
      }
      mo.put("reached", m.reached() == null ? null : m.reached().toString());
    }
    o.put("title", r.subject().title());
    o.put("indicator", r.subject().indicator());
    o.set("lead", Json.strings(r.subject().lead()));
    o.put("plan", r.plan().word());
    o.put("targetText", r.subject().target() == null ? null : r.subject().target().text());
    o.put("schedule", r.subject().schedule().text());
    o.set("gap", Json.number(r.gap()));
    if (r.toGreen() == null) {
      o.putNull("toGreen");
    } else {
      ObjectNode g = o.putObject("toGreen");
      g.put("reach", r.toGreen().reach());
      g.put("more", r.toGreen().more());
      g.put("by", r.toGreen().by().toString());
    }
    if (r.plan() == PlanKind.LEVEL) {
      o.set("breaches", Json.strings(measured.breaches().stream().map(YearMonth::toString)
          .toList()));
    }
    return o;
  }

  // ---- markdown ----

  /** A table of the rows with a plan, one of their milestones, and the rows without a due date. */
  public void markdown(Report report) {
    out.print("## " + lang.text(Msg.of("Deadlines as of %s", report.asOf())) + "\n\n");
    List<DeadlineRow> planned = report.planned();
    List<Milestone> milestones = new ArrayList<>();
    planned.forEach(r -> r.milestones().forEach(m -> milestones.add(new Milestone(r, m))));
    if (!planned.isEmpty()) {
      new Table<>(lang, List.of(id(), Column.of(Msg.of("item"), DeadlinesRenderer::title), due(),
          Column.<DeadlineRow>of(Msg.of("planned"), DeadlinesRenderer::planned).right(),
          Column.<DeadlineRow>of(Msg.of("actual"), DeadlinesRenderer::actual).right(),
          target().right(), status(), light(),
          Column.<DeadlineRow>of(Msg.of("forecast"), r -> forecast(r.forecast(), r.target(),
              lang)), Column.<DeadlineRow>of(Msg.in("deadlines", "to turn green"),
              r -> r.toGreen() == null ? "" : toGreen(r, report.asOf(), lang))))
          .markdown(out, planned, (style, r, text) -> emoji(r.light()) + " " + text);
    }
    if (!milestones.isEmpty()) {
      out.print("\n### " + lang.text(Msg.of("Milestones")) + "\n\n");
      new Table<>(lang, List.of(Column.<Milestone>of(Msg.of("id"), m -> m.row().subject().id()),
          Column.<Milestone>of(Msg.of("due"), m -> m.m().due().toString()),
          Column.<Milestone>of(Msg.of("milestone"), m -> m.m().deliverable() != null
              ? m.m().deliverable() : lang.text(Msg.of("cumulative %d", m.m().planned()))),
          Column.<Milestone>of(Msg.of("planned"), m -> Long.toString(m.m().planned())).right(),
          Column.<Milestone>of(Msg.of("actual"), m -> Long.toString(m.m().actual())).right(),
          Column.<Milestone>of(Msg.of("status"), m -> Words.status(m.m().status(), lang)),
          Column.<Milestone>of(Msg.of("reached"), m -> m.m().reached() == null ? ""
              : m.m().reached().toString()))).markdown(out, milestones, Table.Styles.none());
    }
    if (!report.unplanned().isEmpty()) {
      out.print("\n");
      unplanned(report, (status, ids) -> Msg.of("*%s* (no dated plan; see `qingdan ratio`): %s",
          status, Markdown.inline(String.join(", ", ids)))).forEach(l -> out.print(l + "\n"));
    }
    out.print("\n" + summary(report.rows(), lang) + "\n");
    out.flush();
  }

  private static String planned(DeadlineRow r) {
    return r.measured() == null ? Long.toString(r.planned())
        : figure(r.measured().planned(), r.measured());
  }

  /** The actual figure; a level's months over its bound after it: {@code 3.5 (2022-02)}. */
  private static String actual(DeadlineRow r) {
    Measured m = r.measured();
    if (m != null) {
      return figure(m.actual(), m) + (m.breaches().isEmpty() ? "" : " " + months(m));
    }
    return r.actual() == null ? "–" : r.actual().toString();
  }

  /** A milestone and its row. */
  private record Milestone(DeadlineRow row, MilestoneResult m) {}

  private static String emoji(Light l) {
    return switch (l) {
      case GREEN -> "🟢";
      case YELLOW -> "🟡";
      case RED -> "🔴";
    };
  }

  // ---- iCalendar ----

  /**
   * An iCalendar of the milestones: one all-day event on each due date, its UID stable per row
   * and milestone, its DTSTAMP the as-of date so the file depends on nothing else.
   *
   * @param calendarName the calendar's name
   * @param from the first due date to include, or null
   * @param to the last due date to include, or null
   */
  public void ics(Report report, String calendarName, LocalDate from, LocalDate to) {
    ICalendar cal = new ICalendar(out);
    cal.raw("BEGIN", "VCALENDAR")
        .raw("VERSION", "2.0")
        .raw("PRODID", "-//qingdan//deadlines//ZH")
        .raw("CALSCALE", "GREGORIAN")
        .raw("METHOD", "PUBLISH")
        .text("X-WR-CALNAME", calendarName);
    String stamp = report.asOf().format(BASIC) + "T000000Z";
    for (DeadlineRow r : report.planned()) {
      if (r.measured() != null) {
        // a ceiling, a level or a growth rate: one event, on its due date
        if (!(from != null && r.due().isBefore(from) || to != null && r.due().isAfter(to))) {
          event(cal, stamp, r, r.due(), r.subject().indicator() + " " + target(r, Lang.zh),
              r.status(), description(r, report.asOf()) + figures(r) + " " + r.status().word()
                  + ", " + r.light().word());
        }
        continue;
      }
      for (MilestoneResult m : r.milestones()) {
        if (from != null && m.due().isBefore(from) || to != null && m.due().isAfter(to)) {
          continue;
        }
        String what = m.deliverable() != null ? m.deliverable()
            : r.subject().indicator() + " 累计" + m.planned() + unitWord(r);
        event(cal, stamp, r, m.due(), what, m.status(), description(r, m, report.asOf()));
      }
    }
    cal.raw("END", "VCALENDAR");
    out.flush();
  }

  private static void event(ICalendar cal, String stamp, DeadlineRow r, LocalDate due,
      String what, DeadlineStatus status, String description) {
    cal.raw("BEGIN", "VEVENT")
        .raw("UID", r.subject().id() + "-" + due.format(BASIC) + "@qingdan")
        .raw("DTSTAMP", stamp)
        .raw("DTSTART;VALUE=DATE", due.format(BASIC))
        .raw("DTEND;VALUE=DATE", due.plusDays(1).format(BASIC))
        .text("SUMMARY", r.subject().id() + " " + what + " [" + status.word() + "]")
        .text("DESCRIPTION", description)
        .raw("TRANSP", "TRANSPARENT");
    if (!r.subject().lead().isEmpty()) {
      cal.text("CATEGORIES", String.join("、", r.subject().lead()));
    }
    cal.raw("END", "VEVENT");
  }

  /** The unit of the row's target, none for a percentage. */
  private static String unitWord(DeadlineRow r) {
    String unit = r.subject().target() == null ? null : r.subject().target().unit();
    return unit == null || "%".equals(unit) ? "" : unit;
  }

  /** The row's title, lead units and schedule, then {@code as of DATE: } for its figures. */
  private static String description(DeadlineRow r, LocalDate asOf) {
    StringBuilder sb = new StringBuilder();
    sb.append(r.subject().title()).append('\n');
    if (!r.subject().lead().isEmpty()) {
      sb.append("牵头单位: ").append(String.join("、", r.subject().lead())).append('\n');
    }
    sb.append("进度安排: ").append(r.subject().schedule().text()).append('\n');
    return sb.append("as of ").append(asOf).append(": ").toString();
  }

  private static String description(DeadlineRow r, MilestoneResult m, LocalDate asOf) {
    StringBuilder sb = new StringBuilder(description(r, asOf));
    sb.append("milestone ").append(m.actual()).append('/')
        .append(m.planned()).append(' ').append(m.status().word()).append("; row ")
        .append(r.actual() == null ? "–" : r.actual().toString()).append('/')
        .append(r.planned()).append(" of ").append(r.target()).append(' ')
        .append(r.status().word()).append(", ").append(r.light().word());
    return sb.toString();
  }

  private static BigDecimal decimal(double d, int scale) {
    return BigDecimal.valueOf(d).setScale(scale, RoundingMode.HALF_UP);
  }
}
