package dev.qingdan.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.qingdan.compute.DeadlineRow;
import dev.qingdan.compute.DeadlineStatus;
import dev.qingdan.compute.Forecast;
import dev.qingdan.compute.Light;
import dev.qingdan.compute.PlanKind;
import dev.qingdan.compute.MilestoneResult;
import dev.qingdan.compute.Thresholds;
import dev.qingdan.compute.ToGreen;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
    out.print(lang.pick("截至 ", "as of ") + report.asOf() + "\n");
    List<DeadlineRow> planned = report.planned();
    if (!planned.isEmpty()) {
      TextTable t = new TextTable(
          List.of(lang.pick("编号", "id"), lang.pick("事项", "item"), lang.pick("截止", "due"),
              lang.pick("下一节点", "next"), lang.pick("进度 实际/计划", "actual/planned"),
              lang.pick("目标", "target"), lang.pick("状态", "status"), lang.pick("预警", "light"),
              lang.pick("预测 到期/目标 → 达成", "forecast at due/target → reached")));
      t.shrinkable(1, true);
      for (DeadlineRow r : planned) {
        MilestoneResult next = r.next(report.asOf());
        t.addRow(List.of(r.subject().id(), r.subject().title(), r.due().toString(),
            next == null ? "-" : next.due() + " " + next.planned(), burnUp(r), target(r, lang),
            Words.status(r.status(), lang), "● " + Words.light(r.light(), lang),
            forecast(r.forecast(), r.target(), lang)));
      }
      t.render(out, width, (text, column, row) -> {
        if (row < 0) {
          return palette.bold(text);
        }
        return column == 7 ? palette.of(planned.get(row).light(), text) : text;
      });
    }
    unplannedLines(report);
    List<DeadlineRow> fix = planned.stream().filter(r -> r.toGreen() != null).toList();
    if (!fix.isEmpty()) {
      out.print(lang.pick("转为绿灯需要：\n", "to turn green:\n"));
      for (DeadlineRow r : fix) {
        out.print("  " + r.subject().id() + " " + palette.of(r.light(), Words.light(r.light(), lang))
            + ": " + toGreen(r, report.asOf(), lang) + "\n");
      }
    }
    out.print(summary(report.rows(), lang) + "\n");
    out.flush();
  }

  private void unplannedLines(Report report) {
    Map<DeadlineStatus, List<String>> by = new EnumMap<>(DeadlineStatus.class);
    for (DeadlineRow r : report.unplanned()) {
      by.computeIfAbsent(r.status(), k -> new ArrayList<>()).add(r.subject().id());
    }
    for (var e : by.entrySet()) {
      out.print(Words.status(e.getKey(), lang) + lang.pick("（无时间节点，见 qingdan ratio）：",
          " (no dated plan; see qingdan ratio): ") + String.join(" ", e.getValue()) + "\n");
    }
  }

  /** {@code ▇▇▇▇▇░░··· 4/5}: done, short of plan, rest of the target; then actual/planned. */
  static String burnUp(DeadlineRow r) {
    long target = Math.max(1, r.target());
    long actual = r.actual() == null ? 0 : r.actual();
    int done = (int) Math.min(BAR, actual * BAR / target);
    int plan = (int) Math.min(BAR, (r.planned() * BAR + target - 1) / target);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < BAR; i++) {
      sb.append(i < done ? '▇' : i < plan ? '░' : '·');
    }
    return sb + " " + (r.actual() == null ? "–" : r.actual().toString()) + "/" + r.planned();
  }

  static String target(DeadlineRow r) {
    return target(r, Lang.zh);
  }

  static String target(DeadlineRow r, Lang lang) {
    if (r.plan() == PlanKind.DELIVERABLES) {
      return lang.pick("交付" + r.target() + "项", r.target() + " deliverable"
          + (r.target() == 1 ? "" : "s"));
    }
    String unit = r.subject().target() == null ? null : r.subject().target().unit();
    return r.target() + (unit == null || "%".equals(unit) ? "" : unit);
  }

  static String forecast(Forecast f, long target) {
    return forecast(f, target, Lang.en);
  }

  static String forecast(Forecast f, long target, Lang lang) {
    if (f == null) {
      return "";
    }
    return decimal(f.projected(), 1).toPlainString() + "/" + target
        + (f.atRisk() ? lang.pick(" 有风险", " at-risk") : "") + " → "
        + (f.reachMonth() == null ? lang.pick("无法达成", "never") : f.reachMonth().toString());
  }

  private static String toGreen(DeadlineRow r, LocalDate asOf, Lang lang) {
    ToGreen g = r.toGreen();
    if (lang == Lang.zh) {
      String when = g.by().equals(asOf) ? "现在" : g.by() + " 前";
      String what = r.plan() == PlanKind.DELIVERABLES ? " 项交付" : "";
      return when + "再完成 " + g.more() + what + "（达到 " + g.reach() + "/" + r.target() + "）";
    }
    String what = r.plan() == PlanKind.DELIVERABLES
        ? (g.more() == 1 ? " deliverable" : " deliverables") : "";
    String when = g.by().equals(asOf) ? "now" : "by " + g.by();
    return g.more() + " more" + what + " " + when + " (reach " + g.reach() + " of " + r.target()
        + ")";
  }

  static String summary(List<DeadlineRow> rows) {
    return summary(rows, Lang.en);
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
    return Words.count(rows.size(), "row", lang, "行")
        + (parts.isEmpty() ? "" : ": " + String.join(", ", parts))
        + (ls.isEmpty() ? "" : lang.pick("；预警：", "; lights: ") + String.join(", ", ls));
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
    o.put("target", r.target());
    o.put("planned", r.planned());
    o.put("actual", r.actual());
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
    return o;
  }

  // ---- markdown ----

  /** A table of the rows with a plan, one of their milestones, and the rows without a due date. */
  public void markdown(Report report) {
    out.print(lang.pick("## 进度节点（截至 " + report.asOf() + "）\n\n",
        "## Deadlines as of " + report.asOf() + "\n\n"));
    List<DeadlineRow> planned = report.planned();
    if (!planned.isEmpty()) {
      Markdown.row(out, List.of(lang.pick("编号", "id"), lang.pick("事项", "item"),
          lang.pick("截止", "due"), lang.pick("计划", "planned"), lang.pick("实际", "actual"),
          lang.pick("目标", "target"), lang.pick("状态", "status"), lang.pick("预警", "light"),
          lang.pick("预测", "forecast"), lang.pick("转绿", "to turn green")));
      Markdown.row(out, List.of("---", "---", "---", "---:", "---:", "---:", "---", "---", "---",
          "---"));
      for (DeadlineRow r : planned) {
        Markdown.row(out, List.of(r.subject().id(), r.subject().title(), r.due().toString(),
            Long.toString(r.planned()), r.actual() == null ? "–" : r.actual().toString(),
            target(r, lang), Words.status(r.status(), lang),
            emoji(r.light()) + " " + Words.light(r.light(), lang),
            forecast(r.forecast(), r.target(), lang),
            r.toGreen() == null ? "" : toGreen(r, report.asOf(), lang)));
      }
      out.print(lang.pick("\n### 里程碑\n\n", "\n### Milestones\n\n"));
      Markdown.row(out, List.of(lang.pick("编号", "id"), lang.pick("截止", "due"),
          lang.pick("节点", "milestone"), lang.pick("计划", "planned"),
          lang.pick("实际", "actual"), lang.pick("状态", "status"), lang.pick("达成", "reached")));
      Markdown.row(out, List.of("---", "---", "---", "---:", "---:", "---", "---"));
      for (DeadlineRow r : planned) {
        for (MilestoneResult m : r.milestones()) {
          Markdown.row(out, List.of(r.subject().id(), m.due().toString(),
              m.deliverable() == null ? lang.pick("累计", "cumulative ") + m.planned()
                  : m.deliverable(),
              Long.toString(m.planned()), Long.toString(m.actual()),
              Words.status(m.status(), lang),
              m.reached() == null ? "" : m.reached().toString()));
        }
      }
    }
    List<DeadlineRow> unplanned = report.unplanned();
    if (!unplanned.isEmpty()) {
      out.print("\n");
      Map<DeadlineStatus, List<String>> by = new EnumMap<>(DeadlineStatus.class);
      for (DeadlineRow r : unplanned) {
        by.computeIfAbsent(r.status(), k -> new ArrayList<>()).add(r.subject().id());
      }
      for (var e : by.entrySet()) {
        out.print("*" + Words.status(e.getKey(), lang) + "*" + lang.pick(
            "（无时间节点，见 `qingdan ratio`）：", " (no dated plan; see `qingdan ratio`): ")
            + String.join(", ", e.getValue()) + "\n");
      }
    }
    out.print("\n" + summary(report.rows(), lang) + "\n");
    out.flush();
  }

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
      for (MilestoneResult m : r.milestones()) {
        if (from != null && m.due().isBefore(from) || to != null && m.due().isAfter(to)) {
          continue;
        }
        String what = m.deliverable() != null ? m.deliverable()
            : r.subject().indicator() + " 累计" + m.planned() + unitWord(r);
        cal.raw("BEGIN", "VEVENT")
            .raw("UID", r.subject().id() + "-" + m.due().format(BASIC) + "@qingdan")
            .raw("DTSTAMP", stamp)
            .raw("DTSTART;VALUE=DATE", m.due().format(BASIC))
            .raw("DTEND;VALUE=DATE", m.due().plusDays(1).format(BASIC))
            .text("SUMMARY", r.subject().id() + " " + what + " [" + m.status().word() + "]")
            .text("DESCRIPTION", description(r, m, report.asOf()))
            .raw("TRANSP", "TRANSPARENT");
        if (!r.subject().lead().isEmpty()) {
          cal.text("CATEGORIES", String.join("、", r.subject().lead()));
        }
        cal.raw("END", "VEVENT");
      }
    }
    cal.raw("END", "VCALENDAR");
    out.flush();
  }

  private static String unitWord(DeadlineRow r) {
    String unit = r.subject().target() == null ? null : r.subject().target().unit();
    return unit == null || "%".equals(unit) ? "" : unit;
  }

  private static String description(DeadlineRow r, MilestoneResult m, LocalDate asOf) {
    StringBuilder sb = new StringBuilder();
    sb.append(r.subject().title()).append('\n');
    if (!r.subject().lead().isEmpty()) {
      sb.append("牵头单位: ").append(String.join("、", r.subject().lead())).append('\n');
    }
    sb.append("进度安排: ").append(r.subject().schedule().text()).append('\n');
    sb.append("as of ").append(asOf).append(": milestone ").append(m.actual()).append('/')
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
