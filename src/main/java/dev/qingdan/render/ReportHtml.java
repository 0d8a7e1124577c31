package dev.qingdan.render;

import dev.qingdan.compute.Attention;
import dev.qingdan.compute.Completeness;
import dev.qingdan.compute.DeadlineRow;
import dev.qingdan.compute.Light;
import dev.qingdan.compute.MonthlyReport;
import dev.qingdan.compute.MonthlyReport.Line;
import dev.qingdan.compute.MonthlyReport.UnitSection;
import dev.qingdan.compute.Thresholds;
import dev.qingdan.text.Html;
import dev.qingdan.text.Lang;
import dev.qingdan.text.Msg;
import dev.qingdan.model.Measure;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The monthly evaluation as one self-contained HTML page: inline CSS and inline SVG, no script, no
 * font or file from elsewhere, readable in Chinese with the system's CJK fonts, and printable
 * (a page per section, light backgrounds). Every string from the data is escaped. The page holds
 * no date but the as-of date, so the same figures give the same bytes.
 */
public final class ReportHtml implements ReportRenderer {
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
      table.fixed th { white-space: normal; }
      th, td { border: 1px solid var(--rule); padding: 3px 6px; text-align: left;
        vertical-align: top; }
      th { background: #f3f5f7; font-weight: 600; white-space: nowrap; }
      td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      td.id, td.nowrap { white-space: nowrap; }
      td:not(.id):not(.nowrap):not(.num) { min-width: 8em; }
      tr.attn-red td:first-child { box-shadow: inset 4px 0 0 var(--red); }
      tr.attn-yellow td:first-child { box-shadow: inset 4px 0 0 var(--yellow); }
      tr.attn-missed td:first-child { box-shadow: inset 4px 0 0 #8e24aa; }
      .light, .status { white-space: nowrap; }
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
      figure { margin: 0; border: 1px solid var(--rule); border-radius: 6px; padding: 8px;
        max-width: 100%; overflow-x: auto; }
      figcaption { font-weight: 600; margin-bottom: 4px; }
      svg.chart { display: block; max-width: 100%; height: auto; font-size: 11px; }
      svg.burnup { min-width: 480px; }
      svg.heatmap { max-width: none; }
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
      .scroll { overflow-x: auto; max-width: 100%; }
      @media (max-width: 600px) {
        main { padding: 12px 10px 32px; }
        h1 { font-size: 22px; }
      }
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

  private final ReportWords w;
  private final ReportCharts charts;

  public ReportHtml(Lang lang) {
    this.w = new ReportWords(lang);
    this.charts = new ReportCharts(w);
  }

  @Override
  public void render(PrintWriter out, MonthlyReport r) {
    new Page(out).write(r);
  }

  /** One page being written to {@code out}. */
  private final class Page {
    private final PrintWriter out;

    Page(PrintWriter out) {
      this.out = out;
    }

    void write(MonthlyReport r) {
      MonthlyReport.Headline h = r.headline();
      p("<!DOCTYPE html>");
      p("<html lang=\"" + w.text(Msg.in("language tag", "en")) + "\">");
      p("<head>");
      p("<meta charset=\"utf-8\">");
      p("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
      p("<meta name=\"generator\" content=\"qingdan report\">");
      p("<title>" + esc(w.text(Msg.of("Monthly evaluation %s", r.asOf()))) + "</title>");
      p("<style>");
      out.print(STYLE);
      p("</style>");
      p("</head>");
      p("<body>");
      p("<main>");
      p("<header>");
      p("<h1>" + esc(w.text(Msg.of("Monthly evaluation (每月评估)"))) + "</h1>");
      p("<p class=\"sub\">" + esc(w.text(Msg.of("As of %s · reports through %s", r.asOf(),
          r.through()))) + "</p>");
      p("</header>");

      ReportTables tables = new ReportTables(w, r.asOf());
      headline(r, h);
      attention(r, tables);
      chartsSection(r);
      heatMap(r);
      goals(r, tables);
      units(r, tables);
      reporting(r);

      p("<footer><p>" + esc(w.text(Msg.of("Made by qingdan report."))) + "</p></footer>");
      p("</main>");
      p("</body>");
      p("</html>");
      out.flush();
    }

    private void headline(MonthlyReport r, MonthlyReport.Headline h) {
      p("<section id=\"headline\">");
      p("<h2>" + esc(w.text(Msg.of("Headline"))) + "</h2>");
      p("<div class=\"cards\">");
      card(h.met(), w.text(Msg.of("met")));
      card(h.missed(), w.text(Msg.of("missed")));
      card(h.behind(), w.text(Msg.of("behind")));
      card(h.overdue(), w.text(Msg.of("overdue")));
      for (Light l : ReportWords.reds()) {
        p("<div class=\"card " + l.word() + "\"><div class=\"num\">" + h.lights().get(l)
            + "</div><div class=\"lbl\">" + light(l) + "</div></div>");
      }
      Completeness c = r.ratios().completeness();
      if (c.expected() > 0) {
        p("<div class=\"card\"><div class=\"num\">" + esc(c.percent() + "%")
            + "</div><div class=\"lbl\">" + esc(w.text(Msg.in("card", "reported")))
            + "</div></div>");
      }
      p("</div>");
      p("<p>" + esc(w.text(Msg.of("Targets: %s.", w.targets(h)))) + "</p>");
      p("<p>" + esc(w.text(Msg.of("Schedule: %s.", w.schedule(h)))) + "</p>");
      p("<p>" + esc(w.text(Msg.of("Reporting: %s.", w.reporting(c)))) + "</p>");
      p("<p class=\"rules\">" + esc(rules(r.thresholds())) + "</p>");
      p("</section>");
    }

    private String rules(Thresholds t) {
      return w.text(Msg.of("Traffic lights (三色预警): gap = (planned − actual) ÷ target × 100, in "
          + "points. Red: overdue, or a gap above %2$s; yellow: a gap of %1$s to %2$s, or a "
          + "milestone not yet reached falls due within %3$d days; green otherwise.",
          t.yellow().toPlainString(), t.red().toPlainString(), t.dueSoonDays()));
    }

    private void card(int n, String label) {
      p("<div class=\"card\"><div class=\"num\">" + n + "</div><div class=\"lbl\">" + esc(label)
          + "</div></div>");
    }

    private void attention(MonthlyReport r, ReportTables tables) {
      p("<section id=\"attention\">");
      p("<h2>" + esc(w.text(Msg.of("Red and yellow lights, and what turns them green"))) + "</h2>");
      table(tables.lit(), ReportCells.lit(r));
      p("<h3>" + esc(w.text(Msg.of("Missed targets"))) + "</h3>");
      table(tables.missed(), ReportCells.missed(r), l -> "attn-missed");
      p("</section>");
    }

    private void chartsSection(MonthlyReport r) {
      if (r.burnUps().isEmpty()) {
        return;
      }
      p("<section id=\"charts\">");
      p("<h2>" + esc(w.text(Msg.of("Progress against plan"))) + "</h2>");
      p("<p class=\"sub\">" + esc(w.text(Msg.of("The plan line is the time-proportional plan: "
          + "cumulative milestones where the schedule has them, else the target spread over the "
          + "whole months of its window."))) + "</p>");
      p("<div class=\"charts\">");
      Map<String, Line> byId = new HashMap<>();
      r.goals().forEach(l -> byId.put(l.id(), l));
      r.rows().forEach(l -> byId.put(l.id(), l));
      for (MonthlyReport.BurnUp b : r.burnUps()) {
        Line l = byId.get(b.id());
        DeadlineRow d = l.deadline();
        p("<figure id=\"burnup-" + esc(b.id()) + "\">");
        p("<figcaption>" + esc(b.id() + " " + b.indicator()) + " · "
            + esc(w.text(Msg.of("actual/planned %s", ReportWords.progress(d)))) + " · "
            + (d.light() == null ? "" : light(d.light()) + " · ")
            + status(d.status().word(), w.deadlineStatus(d)) + "</figcaption>");
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
      p("<h2>" + esc(w.text(Msg.of("Ratios by month"))) + "</h2>");
      p("<p class=\"sub\">" + esc(w.text(Msg.of("Each cell is that month's ratio (%%, one "
          + "decimal, rounded down), coloured by whether the month reached the target.")))
          + "</p>");
      p("<div class=\"scroll\">");
      p(charts.heatMap(r.ratios().indicators()));
      p("</div>");
      p("</section>");
    }

    private void goals(MonthlyReport r, ReportTables tables) {
      if (r.goals().isEmpty()) {
        return; // a checklist without overall goals
      }
      p("<section id=\"goals\">");
      p("<h2>" + esc(w.text(Msg.of("Goals"))) + "</h2>");
      tables.goals().html(out, r.goals(), this::markup, l -> "");
      p("</section>");
    }

    private void units(MonthlyReport r, ReportTables tables) {
      p("<section id=\"units\">");
      p("<h2>" + esc(w.text(Msg.of("By lead unit"))) + "</h2>");
      for (UnitSection u : r.units()) {
        p("<div class=\"unit\">");
        p("<h3>" + esc(w.unitName(u)) + "</h3>");
        p("<p>" + esc(w.unitSummary(u)) + "</p>");
        tables.unit(true).html(out, u.lines(), this::markup, Page::attention);
        List<String> gaps = RatioCells.gaps(u.completeness().missing()).values().stream()
            .toList();
        if (!gaps.isEmpty()) {
          p("<p>" + esc(w.notReported(gaps)) + "</p>");
        }
        p("</div>");
      }
      p("</section>");
    }

    private void reporting(MonthlyReport r) {
      Completeness c = r.ratios().completeness();
      p("<section id=\"reporting\">");
      p("<h2>" + esc(w.text(Msg.of("Reporting"))) + "</h2>");
      p("<p>" + esc(w.gapsHeading(c)) + "</p>");
      if (!c.missing().isEmpty()) {
        p("<ul>");
        for (Map.Entry<String, String> e : RatioCells.gaps(c.missing()).entrySet()) {
          p("<li>" + esc(w.text(Msg.of("%s: %s", e.getKey(), e.getValue()))) + "</li>");
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

    /** A table of lines, or "None." when there are none; rows marked by what needs attention. */
    private void table(Table<Line> t, List<Line> lines) {
      table(t, lines, Page::attention);
    }

    private void table(Table<Line> t, List<Line> lines, Function<Line, String> rowClass) {
      if (lines.isEmpty()) {
        p("<p>" + esc(w.text(Msg.in("html", "None."))) + "</p>");
      } else {
        t.html(out, lines, this::markup, rowClass);
      }
    }

    /** {@code attn-red}, {@code attn-yellow}, {@code attn-missed} or nothing. */
    private static String attention(Line l) {
      Attention a = l.attention();
      return a == Attention.NONE ? "" : "attn-" + a.name().toLowerCase(Locale.ROOT);
    }

    /** A styled cell: a light as a dot and its word, a status as a word of its colour. */
    private String markup(String style, Line l, String text) {
      return switch (style) {
        case "light" -> l.light() == null ? "" : light(l.light());
        case "status" -> status(l.ratio().status().word(), text);
        case "schedule" -> status(l.deadline().status().word(), text);
        default -> esc(text);
      };
    }

    private static String status(String word, String text) {
      return "<span class=\"status " + word + "\">" + esc(text) + "</span>";
    }

    private static String esc(String s) {
      return Html.esc(s);
    }

    private void p(String line) {
      out.print(line + "\n");
    }
  }
}
