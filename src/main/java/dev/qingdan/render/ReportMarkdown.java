package dev.qingdan.render;

import static dev.qingdan.render.ReportCells.emoji;
import static dev.qingdan.render.ReportCells.gapLines;
import static dev.qingdan.render.ReportCells.lit;
import static dev.qingdan.render.ReportCells.missed;

import dev.qingdan.compute.Completeness;
import dev.qingdan.compute.MonthlyReport;
import dev.qingdan.compute.MonthlyReport.Line;
import dev.qingdan.compute.MonthlyReport.UnitSection;
import dev.qingdan.text.Lang;
import dev.qingdan.text.Msg;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** GitHub-flavoured Markdown: the same sections as the text, lights as 🔴 🟡 🟢 and a word. */
public final class ReportMarkdown implements ReportRenderer {
  private final ReportWords w;

  public ReportMarkdown(Lang lang) {
    this.w = new ReportWords(lang);
  }

  @Override
  public void render(PrintWriter out, MonthlyReport r) {
    MonthlyReport.Headline h = r.headline();
    ReportTables tables = new ReportTables(w, r.asOf());
    out.print("# " + w.title(r) + "\n\n");
    item(out, Msg.of("Targets"), w.targets(h));
    item(out, Msg.of("Schedule"), w.schedule(h));
    item(out, Msg.of("Lights"), String.join(w.text(Msg.of(", ")), ReportWords.reds().stream()
        .map(l -> emoji(l) + " " + w.lightCount(l, h.lights().get(l))).toList()));
    item(out, Msg.in("headline", "Reporting"), w.reporting(r.ratios().completeness()));

    out.print("\n## " + w.text(Msg.of("Red and yellow lights, and what turns them green"))
        + "\n\n");
    table(out, tables.lit(), lit(r), true);
    out.print("\n## " + w.text(Msg.of("Missed targets")) + "\n\n");
    table(out, tables.missed(), missed(r), true);
    if (!r.goals().isEmpty()) {
      out.print("\n## " + w.text(Msg.of("Goals")) + "\n\n");
      table(out, tables.goals(), r.goals(), false);
    }

    out.print("\n## " + w.text(Msg.of("By lead unit")) + "\n");
    for (UnitSection u : r.units()) {
      out.print("\n### " + Markdown.inline(w.unitName(u)) + "\n\n" + w.unitSummary(u)
          + "\n\n");
      table(out, tables.unit(false), u.lines(), false);
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
  private void item(PrintWriter out, Msg label, String value) {
    out.print("- **" + w.text(label) + "**" + w.text(Msg.of(": ")) + value + "\n");
  }

  /** A table of lines (or "None.", where an empty list says so); lights with their emoji. */
  private void table(PrintWriter out, Table<Line> t, List<Line> lines, boolean noneIfEmpty) {
    if (lines.isEmpty() && noneIfEmpty) {
      out.print(w.text(Msg.of("None.")) + "\n");
      return;
    }
    t.markdown(out, lines, (style, l, text) -> style.equals("light") && l.light() != null
        ? emoji(l.light()) + " " + text : text);
  }
}
