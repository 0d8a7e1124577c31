package dev.qingdan.render;

import static dev.qingdan.render.ReportCells.gapLines;
import static dev.qingdan.render.ReportCells.lit;
import static dev.qingdan.render.ReportCells.missed;

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

/**
 * The monthly evaluation as text: the headline, what needs attention, the goals, each lead unit,
 * the reporting; lights and statuses coloured, lines wrapped to the terminal's width.
 */
public final class ReportText implements ReportRenderer {
  private final Palette palette;
  private final int width;
  private final ReportWords w;

  /** {@code width} 0 means no wrapping (a pipe or a file). */
  public ReportText(Palette palette, int width, Lang lang) {
    this.palette = palette;
    this.width = width;
    this.w = new ReportWords(lang);
  }

  @Override
  public void render(PrintWriter out, MonthlyReport r) {
    MonthlyReport.Headline h = r.headline();
    ReportTables tables = new ReportTables(w, r.asOf());
    bold(out, w.title(r));
    out.print("\n");
    TextTable head = new TextTable(List.of("", "")).shrinkable(1, true);
    head.addRow(List.of(w.text(Msg.of("Targets")), w.targets(h)));
    head.addRow(List.of(w.text(Msg.of("Schedule")), w.schedule(h)));
    head.addRow(List.of(w.text(Msg.of("Lights")), String.join("  ", ReportWords.reds().stream()
        .map(l -> "● " + w.lightCount(l, h.lights().get(l))).toList())));
    head.addRow(List.of(w.text(Msg.in("headline", "Reporting")),
        w.reporting(r.ratios().completeness())));
    headlessRender(out, head, (text, column, row) -> {
      if (column == 0) {
        return palette.bold(text);
      }
      return row == 2 ? colourLights(text, h.lights()) : text;
    });

    heading(out, w.text(Msg.of("Red and yellow lights, and what turns them green")));
    table(out, tables.lit(), lit(r), true);
    heading(out, w.text(Msg.of("Missed targets")));
    table(out, tables.missed(), missed(r), true);
    if (!r.goals().isEmpty()) {
      heading(out, w.text(Msg.of("Goals")));
      table(out, tables.goals(), r.goals(), false);
    }

    for (UnitSection u : r.units()) {
      out.print("\n");
      String name = Printable.escape(w.unitName(u));
      List<String> summary = fit(w.text(Msg.of("%s: %s", name, w.unitSummary(u))));
      String first = summary.get(0);
      out.print((first.startsWith(name) ? palette.bold(name) + first.substring(name.length())
          : first) + "\n");
      summary.subList(1, summary.size()).forEach(l -> out.print(l + "\n"));
      table(out, tables.unit(false), u.lines(), false);
      List<String> gaps = gapLines(u.completeness());
      if (!gaps.isEmpty()) {
        fit(w.notReported(gaps)).forEach(l -> out.print(l + "\n"));
      }
    }

    heading(out, w.gapsHeading(r.ratios().completeness()));
    for (Map.Entry<String, String> e : RatioCells.gaps(r.ratios().completeness().missing())
        .entrySet()) {
      out.print("  " + w.text(Msg.of("%s: %s", e.getKey(), e.getValue())) + "\n");
    }
    out.flush();
  }

  private void heading(PrintWriter out, String text) {
    out.print("\n");
    bold(out, text);
  }

  /** A bold line, wrapped to the width. */
  private void bold(PrintWriter out, String text) {
    fit(text).forEach(l -> out.print(palette.bold(l) + "\n"));
  }

  /** A table of lines (or "none", where an empty list says so); lights and statuses coloured. */
  private void table(PrintWriter out, Table<Line> t, List<Line> lines, boolean noneIfEmpty) {
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
  private void headlessRender(PrintWriter out, TextTable t, TextTable.Style style) {
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
}
