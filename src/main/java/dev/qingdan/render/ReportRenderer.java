package dev.qingdan.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.qingdan.compute.Completeness;
import dev.qingdan.compute.DeadlineRow;
import dev.qingdan.compute.Light;
import dev.qingdan.compute.MonthlyReport;
import dev.qingdan.compute.MonthlyReport.Line;
import dev.qingdan.compute.MonthlyReport.UnitSection;
import dev.qingdan.text.DisplayWidth;
import dev.qingdan.text.Lang;
import dev.qingdan.text.Msg;
import dev.qingdan.text.Printable;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/** The monthly evaluation of {@code report} as text, Markdown and JSON (HTML: ReportHtml). */
public final class ReportRenderer {
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
    ReportTables tables = new ReportTables(w, r.asOf());
    bold(w.title(r));
    out.print("\n");
    TextTable head = new TextTable(List.of("", "")).shrinkable(1, true);
    head.addRow(List.of(w.text(Msg.of("Targets")), w.targets(h)));
    head.addRow(List.of(w.text(Msg.of("Schedule")), w.schedule(h)));
    head.addRow(List.of(w.text(Msg.of("Lights")), String.join("  ", ReportWords.reds().stream()
        .map(l -> "● " + w.lightCount(l, h.lights().get(l))).toList())));
    head.addRow(List.of(w.text(Msg.in("headline", "Reporting")),
        w.reporting(r.ratios().completeness())));
    headlessRender(head, (text, column, row) -> {
      if (column == 0) {
        return palette.bold(text);
      }
      return row == 2 ? colourLights(text, h.lights()) : text;
    });

    heading(w.text(Msg.of("Red and yellow lights, and what turns them green")));
    textTable(tables.lit(), lit(r), true);
    heading(w.text(Msg.of("Missed targets")));
    textTable(tables.missed(), missed(r), true);
    if (!r.goals().isEmpty()) {
      heading(w.text(Msg.of("Goals")));
      textTable(tables.goals(), r.goals(), false);
    }

    for (UnitSection u : r.units()) {
      out.print("\n");
      String name = Printable.escape(w.unitName(u));
      List<String> summary = fit(w.text(Msg.of("%s: %s", name, w.unitSummary(u))));
      String first = summary.get(0);
      out.print((first.startsWith(name) ? palette.bold(name) + first.substring(name.length())
          : first) + "\n");
      summary.subList(1, summary.size()).forEach(l -> out.print(l + "\n"));
      textTable(tables.unit(false), u.lines(), false);
      List<String> gaps = gapLines(u.completeness());
      if (!gaps.isEmpty()) {
        fit(w.notReported(gaps)).forEach(l -> out.print(l + "\n"));
      }
    }

    heading(w.gapsHeading(r.ratios().completeness()));
    for (Map.Entry<String, String> e : RatioCells.gaps(r.ratios().completeness().missing())
        .entrySet()) {
      out.print("  " + w.text(Msg.of("%s: %s", e.getKey(), e.getValue())) + "\n");
    }
    out.flush();
  }

  /** The red and yellow lines. */
  static List<Line> lit(MonthlyReport r) {
    return r.attention().stream().filter(l -> l.attention().lit()).toList();
  }

  /** The lines whose target is missed, whatever their light. */
  static List<Line> missed(MonthlyReport r) {
    return r.attention().stream().filter(Line::missed).toList();
  }

  private void heading(String text) {
    out.print("\n");
    bold(text);
  }

  /** A bold line, wrapped to the width. */
  private void bold(String text) {
    fit(text).forEach(l -> out.print(palette.bold(l) + "\n"));
  }

  /** A table of lines (or "none", where an empty list says so); lights and statuses coloured. */
  private void textTable(Table<Line> t, List<Line> lines, boolean noneIfEmpty) {
    if (lines.isEmpty() && noneIfEmpty) {
      out.print(w.text(Msg.of("none")) + "\n");
      return;
    }
    Table.Styles<Line> marks = (style, l, text) -> style.equals("light") && !text.isEmpty()
        ? "● " + text : text;
    Table.Styles<Line> paint = (style, l, text) -> switch (style) {
      case "light" -> palette.of(l.light(), text);
      case "status" -> palette.of(l.ratio().status(), text);
      case "why" -> palette.red(text);
      default -> text;
    };
    // too narrow for the table even without its spare columns: a block per row
    if (t.fits(width, lines, marks)) {
      t.text(out, width, palette, lines, marks, paint);
    } else {
      t.stacked(out, width, palette, lines, marks, paint);
    }
  }

  /** A line of text in lines that fit the width (all of it on one line for no limit). */
  private List<String> fit(String text) {
    return DisplayWidth.fit(text, width);
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
      s = s.replace(part, palette.of(l, part));
    }
    return s;
  }

  /** {@code 7.1 2022-03}: the missing reports of one unit, by row. */
  private static List<String> gapLines(Completeness c) {
    return RatioCells.gaps(c.missing()).values().stream().toList();
  }

  // ---- Markdown ----

  /** GitHub-flavoured Markdown: the same sections as the text, lights as 🔴 🟡 🟢 and a word. */
  public void markdown(MonthlyReport r) {
    MonthlyReport.Headline h = r.headline();
    ReportTables tables = new ReportTables(w, r.asOf());
    out.print("# " + w.title(r) + "\n\n");
    item(Msg.of("Targets"), w.targets(h));
    item(Msg.of("Schedule"), w.schedule(h));
    item(Msg.of("Lights"), String.join(w.text(Msg.of(", ")), ReportWords.reds().stream()
        .map(l -> emoji(l) + " " + w.lightCount(l, h.lights().get(l))).toList()));
    item(Msg.in("headline", "Reporting"), w.reporting(r.ratios().completeness()));

    out.print("\n## " + w.text(Msg.of("Red and yellow lights, and what turns them green"))
        + "\n\n");
    markdownTable(tables.lit(), lit(r), true);
    out.print("\n## " + w.text(Msg.of("Missed targets")) + "\n\n");
    markdownTable(tables.missed(), missed(r), true);
    if (!r.goals().isEmpty()) {
      out.print("\n## " + w.text(Msg.of("Goals")) + "\n\n");
      markdownTable(tables.goals(), r.goals(), false);
    }

    out.print("\n## " + w.text(Msg.of("By lead unit")) + "\n");
    for (UnitSection u : r.units()) {
      out.print("\n### " + Markdown.inline(w.unitName(u)) + "\n\n" + w.unitSummary(u)
          + "\n\n");
      markdownTable(tables.unit(false), u.lines(), false);
      List<String> gaps = gapLines(u.completeness());
      if (!gaps.isEmpty()) {
        out.print("\n" + Markdown.block(w.notReported(gaps)) + "\n");
      }
    }

    Completeness c = r.ratios().completeness();
    out.print("\n## " + w.text(Msg.of("Reporting")) + "\n\n" + w.gapsHeading(c)
        + "\n");
    if (!c.missing().isEmpty()) {
      out.print("\n");
      for (Map.Entry<String, String> e : RatioCells.gaps(c.missing()).entrySet()) {
        out.print("- " + w.text(Msg.of("%s: %s", Markdown.block(e.getKey()),
            Markdown.inline(e.getValue()))) + "\n");
      }
    }
    out.flush();
  }

  /** {@code - **Label**: value}. */
  private void item(Msg label, String value) {
    out.print("- **" + w.text(label) + "**" + w.text(Msg.of(": ")) + value + "\n");
  }

  /** A table of lines (or "None.", where an empty list says so); lights with their emoji. */
  private void markdownTable(Table<Line> t, List<Line> lines, boolean noneIfEmpty) {
    if (lines.isEmpty() && noneIfEmpty) {
      out.print(w.text(Msg.of("None.")) + "\n");
      return;
    }
    t.markdown(out, lines, (style, l, text) -> style.equals("light") && l.light() != null
        ? emoji(l.light()) + " " + text : text);
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
      o.set("completeness", RatioJson.completeness(u.completeness(), true));
    }
    doc.set("completeness", RatioJson.completeness(r.ratios().completeness(), true));

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
    RatioJson.indicator(l.ratio(), o.putObject("ratio"));
    DeadlinesJson.row(l.deadline(), o.putObject("deadline"));
  }
}
