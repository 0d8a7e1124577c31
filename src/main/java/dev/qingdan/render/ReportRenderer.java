package dev.qingdan.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.qingdan.compute.Completeness;
import dev.qingdan.compute.DeadlineRow;
import dev.qingdan.compute.IndicatorRatio;
import dev.qingdan.compute.Light;
import dev.qingdan.compute.MonthlyReport;
import dev.qingdan.compute.MonthlyReport.Line;
import dev.qingdan.compute.MonthlyReport.UnitSection;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/** The monthly evaluation of {@code report} as text, Markdown and JSON (HTML: ReportHtml). */
public final class ReportRenderer {
  /** The widest a policy item is shown in the text tables; the other formats show it whole. */
  private static final int ITEM_WIDTH = 24;

  private static final int INDICATOR_WIDTH = 24;

  private final PrintWriter out;
  private final Palette palette;
  private final int width;
  private final ReportWords w;

  public ReportRenderer(PrintWriter out, Palette palette, int width, Lang lang) {
    this.out = out;
    this.palette = palette;
    this.width = width;
    this.w = new ReportWords(lang);
  }

  // ---- text ----

  /** The headline, what needs attention, the goals, each lead unit, the reporting. */
  public void text(MonthlyReport r) {
    MonthlyReport.Headline h = r.headline();
    out.print(palette.bold(w.title(r)) + "\n\n");
    TextTable head = new TextTable(List.of("", ""));
    head.addRow(List.of(w.pick("目标", "Targets"), w.targets(h) + w.pick("（", " (")
        + w.indicators(h) + w.pick("）", ")")));
    head.addRow(List.of(w.pick("序时", "Schedule"), w.schedule(h)));
    head.addRow(List.of(w.pick("预警", "Lights"), String.join("  ", ReportWords.reds().stream()
        .map(l -> "● " + w.lightCount(l, h.lights().get(l))).toList())));
    head.addRow(List.of(w.pick("报送", "Reporting"), w.reporting(r.ratios().completeness())));
    headlessRender(head, (text, column, row) -> {
      if (column == 0) {
        return palette.bold(text);
      }
      return row == 2 ? colourLights(text, h.lights()) : text;
    });

    out.print("\n" + palette.bold(w.pick("红灯、黄灯及转绿条件", "Red and yellow lights, and what "
        + "turns them green")) + "\n");
    List<Line> lit = r.attention().stream().filter(l -> l.urgency() < 2).toList();
    if (lit.isEmpty()) {
      out.print(w.pick("无", "none") + "\n");
    } else {
      TextTable t = new TextTable(List.of(w.pick("预警", "light"), w.pick("编号", "id"),
          w.pick("牵头单位", "lead"), w.pick("事项", "item"),
          w.pick("进度 实际/计划", "actual/planned"), w.pick("序时", "schedule"),
          w.pick("截止", "due"), w.pick("转绿条件", "to turn green")));
      t.shrinkable(2, true).shrinkable(3, true).shrinkable(7, true).wrap(true)
          .align(4, TextTable.Align.RIGHT);
      for (Line l : lit) {
        DeadlineRow d = l.deadline();
        t.addRow(List.of("● " + w.light(d), l.id(), w.lead(l),
            DisplayWidth.truncate(l.title(), ITEM_WIDTH), ReportWords.progress(d),
            w.deadlineStatus(d), ReportWords.due(d), w.toGreen(d, r.asOf())));
      }
      t.render(out, width, (text, column, row) -> row < 0 ? palette.bold(text)
          : column == 0 ? colour(lit.get(row).light(), text) : text);
    }

    out.print("\n" + palette.bold(w.pick("未达标的指标", "Missed targets")) + "\n");
    List<Line> missed = r.attention().stream().filter(Line::missed).toList();
    if (missed.isEmpty()) {
      out.print(w.pick("无", "none") + "\n");
    } else {
      TextTable t = new TextTable(List.of(w.pick("编号", "id"), w.pick("牵头单位", "lead"),
          w.pick("量化指标", "indicator"), w.pick("实际", "actual"), w.pick("比率", "ratio"),
          w.pick("目标", "target"), w.pick("说明", "why")));
      t.shrinkable(2, true).shrinkable(6, true).wrap(true).align(3, TextTable.Align.RIGHT)
          .align(4, TextTable.Align.RIGHT);
      for (Line l : missed) {
        IndicatorRatio i = l.ratio();
        t.addRow(List.of(l.id(), w.lead(l), DisplayWidth.truncate(l.indicator(), INDICATOR_WIDTH),
            w.actual(i), ReportWords.percent(i.percent()), i.target().text(), w.missedWhy(i)));
      }
      t.render(out, width, (text, column, row) -> row < 0 ? palette.bold(text)
          : column == 6 ? palette.red(text) : text);
    }

    out.print("\n" + palette.bold(w.pick("工作目标", "Goals")) + "\n");
    goalsTable(r);

    for (UnitSection u : r.units()) {
      out.print("\n");
      String name = w.unitName(u);
      List<String> summary = fit(name + w.pick("：", ": ") + w.unitSummary(u));
      String first = summary.get(0);
      out.print((first.startsWith(name) ? palette.bold(name) + first.substring(name.length())
          : first) + "\n");
      summary.subList(1, summary.size()).forEach(l -> out.print(l + "\n"));
      unitTable(r, u);
      List<String> gaps = gapLines(u.completeness());
      if (!gaps.isEmpty()) {
        fit(w.notReported() + w.pick("：", ": ") + String.join(w.pick("；", "; "), gaps))
            .forEach(l -> out.print(l + "\n"));
      }
    }

    out.print("\n" + palette.bold(w.gapsHeading(r.ratios().completeness())) + "\n");
    for (Map.Entry<String, String> e : RatioRenderer.gaps(r.ratios().completeness().missing())
        .entrySet()) {
      out.print("  " + e.getKey() + w.pick("：", ": ") + e.getValue() + "\n");
    }
    out.flush();
  }

  /** A line of text in lines that fit the width (all of it on one line for no limit). */
  private List<String> fit(String text) {
    return width > 0 && DisplayWidth.of(text) > width ? DisplayWidth.wrap(text, width)
        : List.of(text);
  }

  /** A table without its header and rule: label and value pairs. */
  private void headlessRender(TextTable t, TextTable.Style style) {
    StringWriter s = new StringWriter();
    t.render(new PrintWriter(s), width, (text, column, row) -> row < 0 ? text
        : style.apply(text, column, row));
    List<String> lines = s.toString().lines().toList();
    for (String line : lines.subList(2, lines.size())) {
      out.print(line + "\n");
    }
  }

  private String colourLights(String text, Map<Light, Integer> counts) {
    String s = text;
    for (Light l : ReportWords.reds()) {
      String part = "● " + w.lightCount(l, counts.get(l));
      s = s.replace(part, colour(l, part));
    }
    return s;
  }

  private void goalsTable(MonthlyReport r) {
    TextTable t = new TextTable(List.of(w.pick("编号", "id"), w.pick("量化指标", "indicator"),
        w.pick("目标", "target"), w.pick("实际", "actual"), w.pick("比率", "ratio"),
        w.pick("达标", "status"), w.pick("进度 实际/计划", "actual/planned"),
        w.pick("序时", "schedule"), w.pick("预警", "light"),
        w.pick("预测 到期/目标 → 达成", "forecast at due/target → reached"),
        w.pick("转绿条件", "to turn green")));
    t.shrinkable(1, true).shrinkable(9, true).shrinkable(10, true).wrap(true)
        .align(3, TextTable.Align.RIGHT).align(4, TextTable.Align.RIGHT)
        .align(6, TextTable.Align.RIGHT);
    for (Line l : r.goals()) {
      IndicatorRatio i = l.ratio();
      DeadlineRow d = l.deadline();
      t.addRow(List.of(l.id(), l.indicator(), i.target().text(), w.actual(i),
          ReportWords.percent(i.percent()), w.ratioStatus(i), ReportWords.progress(d),
          w.deadlineStatus(d), d.light() == null ? "" : "● " + w.light(d), w.forecast(d),
          w.toGreen(d, r.asOf())));
    }
    t.render(out, width, lineStyle(r.goals(), 5, 8));
  }

  private void unitTable(MonthlyReport r, UnitSection u) {
    TextTable t = new TextTable(List.of(w.pick("编号", "id"), w.pick("事项", "item"),
        w.pick("目标", "target"), w.pick("截止", "due"), w.pick("实际", "actual"),
        w.pick("比率", "ratio"), w.pick("达标", "status"),
        w.pick("进度 实际/计划", "actual/planned"), w.pick("序时", "schedule"),
        w.pick("预警", "light"), w.pick("转绿条件", "to turn green")));
    t.shrinkable(1, true).shrinkable(10, true).wrap(true).align(4, TextTable.Align.RIGHT)
        .align(5, TextTable.Align.RIGHT).align(7, TextTable.Align.RIGHT);
    for (Line l : u.lines()) {
      IndicatorRatio i = l.ratio();
      DeadlineRow d = l.deadline();
      t.addRow(List.of(l.id(), DisplayWidth.truncate(l.title(), ITEM_WIDTH), i.target().text(),
          ReportWords.due(d), w.actual(i), ReportWords.percent(i.percent()), w.ratioStatus(i),
          ReportWords.progress(d), w.deadlineStatus(d),
          d.light() == null ? "" : "● " + w.light(d), w.toGreen(d, r.asOf())));
    }
    t.render(out, width, lineStyle(u.lines(), 6, 9));
  }

  /** Bold headers, the ratio status and the light coloured. */
  private TextTable.Style lineStyle(List<Line> lines, int statusColumn, int lightColumn) {
    return (text, column, row) -> {
      if (row < 0) {
        return palette.bold(text);
      }
      Line l = lines.get(row);
      if (column == statusColumn) {
        return switch (l.ratio().status()) {
          case MET -> palette.green(text);
          case MISSED -> palette.red(text);
          case IN_PROGRESS -> palette.yellow(text);
          case NO_DATA -> palette.dim(text);
          case NO_TARGET -> text;
        };
      }
      return column == lightColumn && l.light() != null ? colour(l.light(), text) : text;
    };
  }

  private String colour(Light light, String text) {
    if (light == null) {
      return text;
    }
    return switch (light) {
      case GREEN -> palette.green(text);
      case YELLOW -> palette.yellow(text);
      case RED -> palette.red(text);
    };
  }

  /** {@code 7.1 2022-03}: the missing reports of one unit, by row. */
  private static List<String> gapLines(Completeness c) {
    return RatioRenderer.gaps(c.missing()).values().stream().toList();
  }

  // ---- Markdown ----

  /** GitHub-flavoured Markdown: the same sections as the text, lights as 🔴 🟡 🟢 and a word. */
  public void markdown(MonthlyReport r) {
    MonthlyReport.Headline h = r.headline();
    out.print("# " + Markdown.cell(w.title(r)) + "\n\n");
    out.print("- **" + w.pick("目标", "Targets") + "**" + w.pick("：", ": ") + w.targets(h)
        + w.pick("（", " (") + w.indicators(h) + w.pick("）", ")") + "\n");
    out.print("- **" + w.pick("序时", "Schedule") + "**" + w.pick("：", ": ") + w.schedule(h)
        + "\n");
    out.print("- **" + w.pick("预警", "Lights") + "**" + w.pick("：", ": ")
        + String.join(w.pick("，", ", "), ReportWords.reds().stream()
            .map(l -> emoji(l) + " " + w.lightCount(l, h.lights().get(l))).toList()) + "\n");
    out.print("- **" + w.pick("报送", "Reporting") + "**" + w.pick("：", ": ")
        + w.reporting(r.ratios().completeness()) + "\n");

    out.print("\n## " + w.pick("红灯、黄灯及转绿条件", "Red and yellow lights, and what turns "
        + "them green") + "\n\n");
    List<Line> lit = r.attention().stream().filter(l -> l.urgency() < 2).toList();
    if (lit.isEmpty()) {
      out.print(w.pick("无", "None.") + "\n");
    } else {
      Markdown.row(out, List.of(w.pick("预警", "light"), w.pick("编号", "id"),
          w.pick("牵头单位", "lead"), w.pick("事项", "item"),
          w.pick("进度 实际/计划", "actual/planned"), w.pick("序时", "schedule"),
          w.pick("截止", "due"), w.pick("转绿条件", "to turn green")));
      Markdown.row(out, List.of("---", "---", "---", "---", "---:", "---", "---", "---"));
      for (Line l : lit) {
        DeadlineRow d = l.deadline();
        Markdown.row(out, List.of(emoji(d.light()) + " " + w.light(d), l.id(), w.lead(l),
            l.title(), ReportWords.progress(d), w.deadlineStatus(d), ReportWords.due(d),
            w.toGreen(d, r.asOf())));
      }
    }

    out.print("\n## " + w.pick("未达标的指标", "Missed targets") + "\n\n");
    List<Line> missed = r.attention().stream().filter(Line::missed).toList();
    if (missed.isEmpty()) {
      out.print(w.pick("无", "None.") + "\n");
    } else {
      Markdown.row(out, List.of(w.pick("编号", "id"), w.pick("牵头单位", "lead"),
          w.pick("量化指标", "indicator"), w.pick("实际", "actual"), w.pick("比率", "ratio"),
          w.pick("目标", "target"), w.pick("说明", "why")));
      Markdown.row(out, List.of("---", "---", "---", "---:", "---:", "---", "---"));
      for (Line l : missed) {
        IndicatorRatio i = l.ratio();
        Markdown.row(out, List.of(l.id(), w.lead(l), l.indicator(), w.actual(i),
            ReportWords.percent(i.percent()), i.target().text(), w.missedWhy(i)));
      }
    }

    out.print("\n## " + w.pick("工作目标", "Goals") + "\n\n");
    Markdown.row(out, List.of(w.pick("编号", "id"), w.pick("量化指标", "indicator"),
        w.pick("目标", "target"), w.pick("实际", "actual"), w.pick("比率", "ratio"),
        w.pick("达标", "status"), w.pick("进度 实际/计划", "actual/planned"),
        w.pick("序时", "schedule"), w.pick("预警", "light"),
        w.pick("预测 到期/目标 → 达成", "forecast at due/target → reached"),
        w.pick("转绿条件", "to turn green")));
    Markdown.row(out, List.of("---", "---", "---", "---:", "---:", "---", "---:", "---", "---",
        "---", "---"));
    for (Line l : r.goals()) {
      IndicatorRatio i = l.ratio();
      DeadlineRow d = l.deadline();
      Markdown.row(out, List.of(l.id(), l.indicator(), i.target().text(), w.actual(i),
          ReportWords.percent(i.percent()), w.ratioStatus(i), ReportWords.progress(d),
          w.deadlineStatus(d), lightCell(d), w.forecast(d), w.toGreen(d, r.asOf())));
    }

    out.print("\n## " + w.pick("按牵头单位", "By lead unit") + "\n");
    for (UnitSection u : r.units()) {
      out.print("\n### " + Markdown.cell(w.unitName(u)) + "\n\n" + Markdown.cell(w.unitSummary(u))
          + "\n\n");
      Markdown.row(out, List.of(w.pick("编号", "id"), w.pick("事项", "item"),
          w.pick("目标", "target"), w.pick("截止", "due"), w.pick("实际", "actual"),
          w.pick("比率", "ratio"), w.pick("达标", "status"),
          w.pick("进度 实际/计划", "actual/planned"), w.pick("序时", "schedule"),
          w.pick("预警", "light"), w.pick("转绿条件", "to turn green")));
      Markdown.row(out, List.of("---", "---", "---", "---", "---:", "---:", "---", "---:", "---",
          "---", "---"));
      for (Line l : u.lines()) {
        IndicatorRatio i = l.ratio();
        DeadlineRow d = l.deadline();
        Markdown.row(out, List.of(l.id(), l.title(), i.target().text(), ReportWords.due(d),
            w.actual(i), ReportWords.percent(i.percent()), w.ratioStatus(i),
            ReportWords.progress(d), w.deadlineStatus(d), lightCell(d), w.toGreen(d, r.asOf())));
      }
      List<String> gaps = gapLines(u.completeness());
      if (!gaps.isEmpty()) {
        out.print("\n" + w.notReported() + w.pick("：", ": ")
            + Markdown.cell(String.join(w.pick("；", "; "), gaps)) + "\n");
      }
    }

    Completeness c = r.ratios().completeness();
    out.print("\n## " + w.pick("报送情况", "Reporting") + "\n\n" + Markdown.cell(w.gapsHeading(c))
        + "\n");
    if (!c.missing().isEmpty()) {
      out.print("\n");
      for (Map.Entry<String, String> e : RatioRenderer.gaps(c.missing()).entrySet()) {
        out.print("- " + Markdown.cell(e.getKey()) + w.pick("：", ": ")
            + Markdown.cell(e.getValue()) + "\n");
      }
    }
    out.flush();
  }

  private String lightCell(DeadlineRow d) {
    return d.light() == null ? "" : emoji(d.light()) + " " + w.light(d);
  }

  static String emoji(Light l) {
    return switch (l) {
      case GREEN -> "🟢";
      case YELLOW -> "🟡";
      case RED -> "🔴";
    };
  }

  // ---- JSON ----

  /**
   * {@code {"asOf", "through", "thresholds", "headline", "attention", "rows", "goals", "units",
   * "completeness", "burnUps"}}; each row carries the object of {@code ratio} and of
   * {@code deadlines}, and the units name their rows by id.
   */
  public static void json(PrintWriter out, MonthlyReport r) {
    ObjectNode doc = Json.document();
    doc.put("asOf", r.asOf().toString());
    doc.put("through", r.through().toString());
    ObjectNode t = doc.putObject("thresholds");
    t.set("yellow", Json.number(r.thresholds().yellow()));
    t.set("red", Json.number(r.thresholds().red()));
    t.put("dueSoon", r.thresholds().dueSoonDays());

    MonthlyReport.Headline h = r.headline();
    ObjectNode head = doc.putObject("headline");
    head.put("rows", h.rows());
    head.put("goals", h.goals());
    head.put("met", h.met());
    head.put("missed", h.missed());
    head.put("behind", h.behind());
    head.put("overdue", h.overdue());
    head.put("green", h.green());
    head.put("yellow", h.yellow());
    head.put("red", h.red());
    ObjectNode rs = head.putObject("statuses");
    h.ratio().forEach((s, n) -> rs.put(s.word(), n));
    ObjectNode ds = head.putObject("deadlines");
    h.deadline().forEach((s, n) -> ds.put(s.word(), n));

    ArrayNode attention = doc.putArray("attention");
    for (Line l : r.attention()) {
      ObjectNode o = attention.addObject();
      o.put("id", l.id());
      o.put("light", l.light() == null ? null : l.light().word());
      o.put("status", l.ratio().status().word());
      o.put("deadline", l.deadline().status().word());
      o.set("lead", Json.strings(l.lead()));
      DeadlineRow d = l.deadline();
      if (d.toGreen() == null) {
        o.putNull("toGreen");
      } else {
        ObjectNode g = o.putObject("toGreen");
        g.put("reach", d.toGreen().reach());
        g.put("more", d.toGreen().more());
        g.put("by", d.toGreen().by().toString());
      }
    }
    ArrayNode rows = doc.putArray("rows");
    r.rows().forEach(l -> line(l, rows.addObject()));
    ArrayNode goals = doc.putArray("goals");
    r.goals().forEach(l -> line(l, goals.addObject()));

    ArrayNode units = doc.putArray("units");
    for (UnitSection u : r.units()) {
      ObjectNode o = units.addObject();
      o.put("unit", u.unit());
      o.set("ids", Json.strings(u.lines().stream().map(Line::id).toList()));
      ObjectNode s = o.putObject("statuses");
      u.statuses().forEach((k, n) -> s.put(k.word(), n));
      ObjectNode ls = o.putObject("lights");
      u.lights().forEach((k, n) -> ls.put(k.word(), n));
      o.set("completeness", RatioRenderer.completeness(u.completeness(), true));
    }
    doc.set("completeness", RatioRenderer.completeness(r.ratios().completeness(), true));

    ArrayNode burnUps = doc.putArray("burnUps");
    for (MonthlyReport.BurnUp b : r.burnUps()) {
      ObjectNode o = burnUps.addObject();
      o.put("id", b.id());
      o.put("target", b.target());
      o.put("due", b.due().toString());
      ArrayNode points = o.putArray("points");
      for (MonthlyReport.BurnUp.Point p : b.points()) {
        ObjectNode po = points.addObject();
        po.put("date", p.date().toString());
        po.put("planned", p.planned());
        po.put("actual", p.actual());
      }
    }
    Json.write(out, doc);
  }

  private static void line(Line l, ObjectNode o) {
    o.put("id", l.id());
    o.put("title", l.title());
    o.put("indicator", l.indicator());
    o.set("lead", Json.strings(l.lead()));
    o.put("light", l.light() == null ? null : l.light().word());
    RatioRenderer.indicator(l.ratio(), o.putObject("ratio"));
    DeadlinesRenderer.row(l.deadline(), o.putObject("deadline"));
  }
}
