package dev.qingdan.render;

import dev.qingdan.compute.Completeness;
import dev.qingdan.compute.IndicatorRatio;
import dev.qingdan.compute.RatioReport;
import dev.qingdan.compute.UnitRollup;
import dev.qingdan.text.Lang;
import dev.qingdan.text.Printable;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** Aligned tables; by unit, one per lead unit. */
public final class RatioText implements RatioRenderer {
  private final Palette palette;
  private final int width;
  private final boolean byUnit;
  private final RatioCells cells;

  public RatioText(Palette palette, int width, Lang lang, boolean byUnit) {
    this.palette = palette;
    this.width = width;
    this.byUnit = byUnit;
    this.cells = new RatioCells(lang);
  }

  @Override
  public void render(PrintWriter out, RatioReport r) {
    out.print(palette.bold(cells.title(r)) + "\n\n");
    if (byUnit) {
      for (UnitRollup u : r.units()) {
        out.print(palette.bold(Printable.escape(u.unit())) + ": " + cells.rollup(u) + "\n");
        table(out, RatioCells.led(r, u), u.unit());
        out.print("\n");
      }
    } else {
      table(out, r.indicators(), null);
      out.print("\n");
    }
    out.print(cells.summary(r) + "\n");
    Completeness c = r.completeness();
    if (c.expected() > 0) {
      out.print(cells.reporting(c) + (c.missing().isEmpty() ? "" : cells.notReported()) + "\n");
      for (Map.Entry<String, String> e : RatioCells.gaps(c.missing()).entrySet()) {
        out.print("  " + e.getKey() + ": " + e.getValue() + "\n");
      }
    }
    out.flush();
  }

  /** The indicators; with a unit, the reporting column is that unit's. */
  private void table(PrintWriter out, List<IndicatorRatio> rows, String unit) {
    cells.columns(unit).text(out, width, palette, rows, Table.Styles.none(),
        (style, i, text) -> style.equals("status") ? palette.of(i.status(), text)
            : palette.red(text));
  }
}
