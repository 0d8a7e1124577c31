package dev.qingdan.render;

import dev.qingdan.compute.Completeness;
import dev.qingdan.compute.RatioReport;
import dev.qingdan.compute.UnitRollup;
import dev.qingdan.text.Lang;
import java.io.PrintWriter;
import java.util.Map;

/** GitHub-flavoured Markdown: a table (by unit: a section per unit), the summary, the gaps. */
public final class RatioMarkdown implements RatioRenderer {
  private final boolean byUnit;
  private final RatioCells cells;

  public RatioMarkdown(Lang lang, boolean byUnit) {
    this.byUnit = byUnit;
    this.cells = new RatioCells(lang);
  }

  @Override
  public void render(PrintWriter out, RatioReport r) {
    out.print("**" + cells.title(r) + "**\n\n");
    if (byUnit) {
      for (UnitRollup u : r.units()) {
        out.print("### " + Markdown.inline(u.unit()) + "\n\n" + cells.rollup(u) + "\n\n");
        cells.columns(u.unit()).markdown(out, RatioCells.led(r, u), Table.Styles.none());
        out.print("\n");
      }
    } else {
      cells.columns(null).markdown(out, r.indicators(), Table.Styles.none());
      out.print("\n");
    }
    out.print(cells.summary(r) + "\n");
    Completeness c = r.completeness();
    if (c.expected() > 0) {
      out.print("\n" + cells.reporting(c) + (c.missing().isEmpty() ? "\n"
          : cells.notReported() + "\n\n"));
      for (Map.Entry<String, String> e : RatioCells.gaps(c.missing()).entrySet()) {
        out.print("- " + Markdown.block(e.getKey()) + ": " + Markdown.inline(e.getValue()) + "\n");
      }
    }
    out.flush();
  }
}
