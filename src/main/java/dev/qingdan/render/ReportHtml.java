package dev.qingdan.render;

import dev.qingdan.compute.Completeness;
import dev.qingdan.compute.DeadlineRow;
import dev.qingdan.compute.IndicatorRatio;
import dev.qingdan.compute.Light;
import dev.qingdan.compute.MonthlyReport;
import dev.qingdan.compute.MonthlyReport.Line;
import dev.qingdan.compute.MonthlyReport.UnitSection;
import dev.qingdan.compute.RatioStatus;
import dev.qingdan.compute.Thresholds;
import dev.qingdan.model.Measure;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The monthly evaluation as one self-contained HTML page: inline CSS and inline SVG, no script, no
 * font or file from elsewhere, readable in Chinese with the system's CJK fonts, and printable
 * (a page per section, light backgrounds). Every string from the data is escaped. The page holds
 * no date but the as-of date, so the same figures give the same bytes.
 */
public final class ReportHtml {
  private static final String STYLE = """
      :root { --green: #2e7d32; --yellow: #f9a825; --red: #c62828; --ink: #1f2328;
        --muted: #59636e; --rule: #d0d7de; --plan: #5c6bc0; --actual: #00796b; }
      * { box-sizing: border-box; }
      html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      body { margin: 0; background: #fff; color: var(--ink); line-height: 1.5;
        font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB",
          "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; font-size: 14px; }
      main { max-width: 1200px; margin: 0 auto; padding: 24px 32px 48px; }
      header { border-bottom: 3px solid var(--ink); margin-bottom: 8px; }
      h1 { font-size: 26px; margin: 0 0 4px; }
      h2 { font-size: 20px; margin: 28px 0 10px; padding-bottom: 4px;
        border-bottom: 1px solid var(--rule); }
      h3 { font-size: 16px; margin: 22px 0 4px; }
      p { margin: 6px 0; }
      .sub, .rules, footer { color: var(--muted); }
      .cards { display: flex; flex-wrap: wrap; gap: 10px; margin: 10px 0; }
      .card { border: 1px solid var(--rule); border-radius: 6px; padding: 8px 14px;
        min-width: 112px; }
      .card .num { font-size: 26px; font-weight: 700; }
      .card .lbl { color: var(--muted); }
      .card.red { border-left: 6px solid var(--red); }
      .card.yellow { border-left: 6px solid var(--yellow); }
      .card.green { border-left: 6px solid var(--green); }
      table { border-collapse: collapse; width: 100%; margin: 6px 0 4px; font-size: 13px; }
      table.fixed { table-layout: fixed; }
      table.fixed th { white-space: normal; }
      td { overflow-wrap: anywhere; }
      th, td { border: 1px solid var(--rule); padding: 3px 6px; text-align: left;
        vertical-align: top; }
      th { background: #f3f5f7; font-weight: 600; white-space: nowrap; }
      td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      td.id, td.nowrap { white-space: nowrap; }
      tr.attn-red td:first-child { box-shadow: inset 4px 0 0 var(--red); }
      tr.attn-yellow td:first-child { box-shadow: inset 4px 0 0 var(--yellow); }
      tr.attn-missed td:first-child { box-shadow: inset 4px 0 0 #8e24aa; }
      .light { white-space: nowrap; }
      .dot { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 50%;
        margin-right: 0.3em; vertical-align: -0.05em; border: 1px solid rgba(0, 0, 0, 0.25); }
      .light.red .dot { background: var(--red); }
      .light.yellow .dot { background: var(--yellow); }
      .light.green .dot { background: var(--green); }
      .status.missed, .status.overdue { color: var(--red); font-weight: 600; }
      .status.behind { color: #a15c00; font-weight: 600; }
      .status.met, .status.done { color: var(--green); }
      .status.no-data { color: var(--muted); }
      .charts { display: flex; flex-wrap: wrap; gap: 16px; }
      figure { margin: 0; border: 1px solid var(--rule); border-radius: 6px; padding: 8px; }
      figcaption { font-weight: 600; margin-bottom: 4px; }
      svg.chart { display: block; max-width: 100%; height: auto; font-size: 11px; }
      svg .grid { stroke: #e6e9ec; stroke-width: 1; }
      svg .axis { stroke: #8c959f; stroke-width: 1; }
      svg .tick, svg .legend, svg .note { fill: var(--muted); }
      svg .legend { fill: var(--ink); }
      svg .target { stroke: var(--red); stroke-width: 1; stroke-dasharray: 6 4; }
      svg .asof { stroke: var(--ink); stroke-width: 1; stroke-dasharray: 2 3; }
      svg path.plan, svg line.plan { fill: none; stroke: var(--plan); stroke-width: 2;
        stroke-dasharray: 7 3; }
      svg path.actual, svg line.actual { fill: none; stroke: var(--actual); stroke-width: 2.5; }
      svg circle.actual { fill: var(--actual); stroke: #fff; stroke-width: 1; }
      svg .value { fill: var(--actual); font-weight: 700; }
      svg .rowlabel { fill: var(--ink); }
      svg .cell rect { stroke: #fff; stroke-width: 1; }
      svg .cell text { font-size: 10.5px; font-variant-numeric: tabular-nums; }
      svg .cell.met rect { fill: #c8e6c9; }
      svg .cell.met text { fill: #1b5e20; }
      svg .cell.missed rect { fill: #ef9a9a; }
      svg .cell.missed text { fill: #7f0000; font-weight: 700; }
      svg .cell.no-target rect { fill: #dde3ea; }
      svg .cell.no-target text { fill: #37474f; }
      svg .cell.no-data text { fill: #57606a; }
      svg .cell.outside rect { fill: #fff; stroke: #e6e9ec; }
      .scroll { overflow-x: auto; }
      @page { size: A4; margin: 14mm 12mm; }
      @media print {
        body { font-size: 10.5pt; }
        main { max-width: none; padding: 0; }
        section { break-before: page; }
        section#headline { break-before: auto; }
        h2, h3 { break-after: avoid; }
        figure, tr, .unit { break-inside: avoid; }
        thead { display: table-header-group; }
        table { font-size: 9pt; }
        .scroll { overflow: visible; }
      }
      """;

  /** The widths of the columns of a unit's table, in percent, so that every unit's lines up. */
  private static final double[] UNIT_COLUMNS =
      {4.5, 16, 14, 7.5, 7.5, 9, 6, 6, 7.5, 6.5, 5.5, 10};

  private final PrintWriter out;
  private final ReportWords w;
  private final ReportCharts charts;

  public ReportHtml(PrintWriter out, Lang lang) {
    this.out = out;
    this.w = new ReportWords(lang);
    this.charts = new ReportCharts(w);
  }

  public void write(MonthlyReport r) {
    MonthlyReport.Headline h = r.headline();
    p("<!DOCTYPE html>");
    p("<html lang=\"" + w.pick("zh-CN", "en") + "\">");
    p("<head>");
    p("<meta charset=\"utf-8\">");
    p("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    p("<meta name=\"generator\" content=\"qingdan report\">");
    p("<title>" + esc(w.pick("每月评估 ", "Monthly evaluation ") + r.asOf()) + "</title>");
    p("<style>");
    out.print(STYLE);
    p("</style>");
    p("</head>");
    p("<body>");
    p("<main>");
    p("<header>");
    p("<h1>" + esc(w.pick("每月评估", "Monthly evaluation (每月评估)")) + "</h1>");
    p("<p class=\"sub\">" + esc(w.pick("截至 " + r.asOf() + " · 报送数据截至 " + r.through(),
        "As of " + r.asOf() + " · reports through " + r.through())) + "</p>");
    p("</header>");

    headline(r, h);
    attention(r);
    chartsSection(r);
    heatMap(r);
    goals(r);
    units(r);
    reporting(r);

    p("<footer><p>" + esc(w.pick("由 qingdan report 生成。", "Made by qingdan report.")) + "</p>"
        + "</footer>");
    p("</main>");
    p("</body>");
    p("</html>");
    out.flush();
  }

  private void headline(MonthlyReport r, MonthlyReport.Headline h) {
    p("<section id=\"headline\">");
    p("<h2>" + esc(w.pick("概况", "Headline")) + "</h2>");
    p("<div class=\"cards\">");
    card(h.met(), w.pick("达标", "met"));
    card(h.missed(), w.pick("未达标", "missed"));
    card(h.behind(), w.pick("滞后", "behind"));
    card(h.overdue(), w.pick("逾期", "overdue"));
    for (Light l : ReportWords.reds()) {
      p("<div class=\"card " + l.word() + "\"><div class=\"num\">" + h.lights().get(l)
          + "</div><div class=\"lbl\">" + light(l) + "</div></div>");
    }
    Completeness c = r.ratios().completeness();
    if (c.expected() > 0) {
      p("<div class=\"card\"><div class=\"num\">" + esc(c.percent() + "%")
          + "</div><div class=\"lbl\">" + esc(w.pick("报送率", "reported")) + "</div></div>");
    }
    p("</div>");
    p("<p>" + esc(w.pick("目标：", "Targets: ") + w.targets(h) + w.pick("（", " (")
        + w.indicators(h) + w.pick("）。", ").")) + "</p>");
    p("<p>" + esc(w.pick("序时：", "Schedule: ") + w.schedule(h) + w.pick("。", ".")) + "</p>");
    p("<p>" + esc(w.pick("报送：", "Reporting: ") + w.reporting(c) + w.pick("。", ".")) + "</p>");
    p("<p class=\"rules\">" + esc(rules(r.thresholds())) + "</p>");
    p("</section>");
  }

  private String rules(Thresholds t) {
    String y = t.yellow().toPlainString();
    String red = t.red().toPlainString();
    return w.pick("三色预警：差距 =（计划 − 实际）÷ 目标 × 100（百分点）。红灯：逾期，或差距大于" + red
            + "；黄灯：差距" + y + "至" + red + "，或" + t.dueSoonDays()
            + "天内有未达成的节点到期；其余为绿灯。",
        "Traffic lights (三色预警): gap = (planned − actual) ÷ target × 100, in points. Red: "
            + "overdue, or a gap above " + red + "; yellow: a gap of " + y + " to " + red
            + ", or a milestone not yet reached falls due within " + t.dueSoonDays()
            + " days; green otherwise.");
  }

  private void card(int n, String label) {
    p("<div class=\"card\"><div class=\"num\">" + n + "</div><div class=\"lbl\">" + esc(label)
        + "</div></div>");
  }

  private void attention(MonthlyReport r) {
    p("<section id=\"attention\">");
    p("<h2>" + esc(w.pick("红灯、黄灯及转绿条件", "Red and yellow lights, and what turns them "
        + "green")) + "</h2>");
    List<Line> lit = r.attention().stream().filter(l -> l.urgency() < 2).toList();
    if (lit.isEmpty()) {
      p("<p>" + esc(w.pick("无。", "None.")) + "</p>");
    } else {
      head(List.of(w.pick("预警", "light"), w.pick("编号", "id"), w.pick("牵头单位", "lead"),
          w.pick("事项", "item"), w.pick("进度 实际/计划", "actual/planned"),
          w.pick("序时", "schedule"), w.pick("截止", "due"), w.pick("转绿条件", "to turn green")));
      for (Line l : lit) {
        DeadlineRow d = l.deadline();
        p("<tr class=\"attn-" + l.light().word() + "\"><td>" + light(l.light()) + "</td>"
            + td("id", l.id()) + td("", w.lead(l)) + td("", l.title())
            + td("num", ReportWords.progress(d)) + deadlineStatus(d)
            + td("nowrap", ReportWords.due(d)) + td("", w.toGreen(d, r.asOf())) + "</tr>");
      }
      p("</tbody></table>");
    }
    p("<h3>" + esc(w.pick("未达标的指标", "Missed targets")) + "</h3>");
    List<Line> missed = r.attention().stream().filter(Line::missed).toList();
    if (missed.isEmpty()) {
      p("<p>" + esc(w.pick("无。", "None.")) + "</p>");
    } else {
      head(List.of(w.pick("编号", "id"), w.pick("牵头单位", "lead"),
          w.pick("量化指标", "indicator"), w.pick("实际", "actual"), w.pick("比率", "ratio"),
          w.pick("目标", "target"), w.pick("说明", "why")));
      for (Line l : missed) {
        IndicatorRatio i = l.ratio();
        p("<tr class=\"attn-missed\">" + td("id", l.id()) + td("", w.lead(l))
            + td("", l.indicator()) + td("num", w.actual(i))
            + td("num", ReportWords.percent(i.percent())) + td("nowrap", i.target().text())
            + td("", w.missedWhy(i)) + "</tr>");
      }
      p("</tbody></table>");
    }
    p("</section>");
  }

  private void chartsSection(MonthlyReport r) {
    if (r.burnUps().isEmpty()) {
      return;
    }
    p("<section id=\"charts\">");
    p("<h2>" + esc(w.pick("序时进度", "Progress against plan")) + "</h2>");
    p("<p class=\"sub\">" + esc(w.pick("计划线为序时进度：有节点的按节点累计，单一截止日期的按已过完整月份平均分摊。",
        "The plan line is the time-proportional plan: cumulative milestones where the schedule "
            + "has them, else the target spread over the whole months of its window.")) + "</p>");
    p("<div class=\"charts\">");
    Map<String, Line> byId = new HashMap<>();
    r.goals().forEach(l -> byId.put(l.id(), l));
    r.rows().forEach(l -> byId.put(l.id(), l));
    for (MonthlyReport.BurnUp b : r.burnUps()) {
      Line l = byId.get(b.id());
      DeadlineRow d = l.deadline();
      p("<figure id=\"burnup-" + esc(b.id()) + "\">");
      p("<figcaption>" + esc(b.id() + " " + b.indicator()) + " · "
          + esc(w.pick("实际/计划 ", "actual/planned ") + ReportWords.progress(d)) + " · "
          + (d.light() == null ? "" : light(d.light()) + " · ")
          + "<span class=\"status " + d.status().word() + "\">" + esc(w.deadlineStatus(d))
          + "</span></figcaption>");
      p(charts.burnUp(b, r.asOf()));
      p("</figure>");
    }
    p("</div>");
    p("</section>");
  }

  private void heatMap(MonthlyReport r) {
    boolean any = r.ratios().indicators().stream()
        .anyMatch(i -> i.measure() == Measure.RATIO);
    if (!any) {
      return;
    }
    p("<section id=\"heatmap\">");
    p("<h2>" + esc(w.pick("各月比率", "Ratios by month")) + "</h2>");
    p("<p class=\"sub\">" + esc(w.pick("每格为当月比率（%，一位小数，向下取整），颜色为当月是否达到目标。",
        "Each cell is that month's ratio (%, one decimal, rounded down), coloured by whether the "
            + "month reached the target.")) + "</p>");
    p("<div class=\"scroll\">");
    p(charts.heatMap(r.ratios().indicators()));
    p("</div>");
    p("</section>");
  }

  private void goals(MonthlyReport r) {
    p("<section id=\"goals\">");
    p("<h2>" + esc(w.pick("工作目标", "Goals")) + "</h2>");
    head(List.of(w.pick("编号", "id"), w.pick("量化指标", "indicator"), w.pick("目标", "target"),
        w.pick("实际", "actual"), w.pick("比率", "ratio"), w.pick("达标", "status"),
        w.pick("进度 实际/计划", "actual/planned"), w.pick("序时", "schedule"),
        w.pick("预警", "light"), w.pick("预测 到期/目标 → 达成", "forecast at due/target → reached"),
        w.pick("转绿条件", "to turn green")));
    for (Line l : r.goals()) {
      IndicatorRatio i = l.ratio();
      DeadlineRow d = l.deadline();
      p("<tr>" + td("id", l.id()) + td("", l.indicator()) + td("nowrap", i.target().text())
          + td("num", w.actual(i)) + td("num", ReportWords.percent(i.percent()))
          + ratioStatus(i) + td("num", ReportWords.progress(d)) + deadlineStatus(d)
          + "<td>" + (d.light() == null ? "" : light(d.light())) + "</td>"
          + td("nowrap", w.forecast(d)) + td("", w.toGreen(d, r.asOf())) + "</tr>");
    }
    p("</tbody></table>");
    p("</section>");
  }

  private void units(MonthlyReport r) {
    p("<section id=\"units\">");
    p("<h2>" + esc(w.pick("按牵头单位", "By lead unit")) + "</h2>");
    for (UnitSection u : r.units()) {
      p("<div class=\"unit\">");
      p("<h3>" + esc(w.unitName(u)) + "</h3>");
      p("<p>" + esc(w.unitSummary(u)) + "</p>");
      head(List.of(w.pick("编号", "id"), w.pick("事项", "item"), w.pick("量化指标", "indicator"),
          w.pick("目标", "target"), w.pick("截止", "due"), w.pick("实际", "actual"),
          w.pick("比率", "ratio"), w.pick("达标", "status"),
          w.pick("进度 实际/计划", "actual/planned"), w.pick("序时", "schedule"),
          w.pick("预警", "light"), w.pick("转绿条件", "to turn green")), UNIT_COLUMNS);
      for (Line l : u.lines()) {
        IndicatorRatio i = l.ratio();
        DeadlineRow d = l.deadline();
        String cls = l.urgency() == 0 ? "attn-red" : l.urgency() == 1 ? "attn-yellow"
            : l.urgency() == 2 ? "attn-missed" : "";
        p("<tr" + (cls.isEmpty() ? "" : " class=\"" + cls + "\"") + ">" + td("id", l.id())
            + td("", l.title()) + td("", l.indicator()) + td("nowrap", i.target().text())
            + td("nowrap", ReportWords.due(d)) + td("num", w.actual(i))
            + td("num", ReportWords.percent(i.percent())) + ratioStatus(i)
            + td("num", ReportWords.progress(d)) + deadlineStatus(d)
            + "<td>" + (d.light() == null ? "" : light(d.light())) + "</td>"
            + td("", w.toGreen(d, r.asOf())) + "</tr>");
      }
      p("</tbody></table>");
      List<String> gaps = RatioRenderer.gaps(u.completeness().missing()).values().stream()
          .toList();
      if (!gaps.isEmpty()) {
        p("<p>" + esc(w.notReported() + w.pick("：", ": ") + String.join(w.pick("；", "; "), gaps))
            + "</p>");
      }
      p("</div>");
    }
    p("</section>");
  }

  private void reporting(MonthlyReport r) {
    Completeness c = r.ratios().completeness();
    p("<section id=\"reporting\">");
    p("<h2>" + esc(w.pick("报送情况", "Reporting")) + "</h2>");
    p("<p>" + esc(w.gapsHeading(c)) + "</p>");
    if (!c.missing().isEmpty()) {
      p("<ul>");
      for (Map.Entry<String, String> e : RatioRenderer.gaps(c.missing()).entrySet()) {
        p("<li>" + esc(e.getKey() + w.pick("：", ": ") + e.getValue()) + "</li>");
      }
      p("</ul>");
    }
    p("</section>");
  }

  // ---- pieces ----

  /** A light as a coloured dot and its word, so that it does not rest on colour alone. */
  private String light(Light l) {
    return "<span class=\"light " + l.word() + "\"><span class=\"dot\"></span>"
        + esc(Words.light(l, w.lang())) + "</span>";
  }

  private String ratioStatus(IndicatorRatio i) {
    RatioStatus s = i.status();
    return "<td class=\"nowrap\"><span class=\"status " + s.word() + "\">"
        + esc(Words.status(s, w.lang())) + "</span></td>";
  }

  private String deadlineStatus(DeadlineRow d) {
    return "<td class=\"nowrap\"><span class=\"status " + d.status().word() + "\">"
        + esc(w.deadlineStatus(d)) + "</span></td>";
  }

  private void head(List<String> headers) {
    head(headers, null);
  }

  /** A table's start and header; with widths, in percent, a fixed layout. */
  private void head(List<String> headers, double[] widths) {
    StringBuilder sb =
        new StringBuilder(widths == null ? "<table>\n" : "<table class=\"fixed\">\n");
    if (widths != null) {
      sb.append("<colgroup>");
      for (double width : widths) {
        sb.append("<col style=\"width: ").append(ReportCharts.n(width)).append("%\">");
      }
      sb.append("</colgroup>\n");
    }
    sb.append("<thead><tr>");
    headers.forEach(h -> sb.append("<th>").append(esc(h)).append("</th>"));
    sb.append("</tr></thead>\n<tbody>");
    p(sb.toString());
  }

  private static String td(String cls, String text) {
    return "<td" + (cls.isEmpty() ? "" : " class=\"" + cls + "\"") + ">" + esc(text) + "</td>";
  }

  private static String esc(String s) {
    return Html.esc(s);
  }

  private void p(String line) {
    out.print(line + "\n");
  }
}
