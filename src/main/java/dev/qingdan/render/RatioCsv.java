package dev.qingdan.render;

import dev.qingdan.compute.Completeness;
import dev.qingdan.compute.Exact;
import dev.qingdan.compute.IndicatorRatio;
import dev.qingdan.compute.RatioReport;
import dev.qingdan.compute.UnitRollup;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One line per indicator (by unit: per unit and indicator it leads), RFC 4180. */
public final class RatioCsv implements RatioRenderer {
  private static final List<String> HEADER = List.of("id", "indicator", "numerator",
      "denominator", "count", "ratio", "percent", "target", "status", "breaches", "lower",
      "upper", "expected", "reported", "done");

  private final boolean byUnit;

  public RatioCsv(boolean byUnit) {
    this.byUnit = byUnit;
  }

  @Override
  public void render(PrintWriter out, RatioReport r) {
    List<String> header = new ArrayList<>(HEADER);
    if (byUnit) {
      header.add(0, "unit");
    }
    Csv.writeRow(out, header);
    if (byUnit) {
      for (UnitRollup u : r.units()) {
        for (IndicatorRatio i : RatioCells.led(r, u)) {
          List<Object> cells = cells(i, u.unit());
          cells.add(0, u.unit());
          Csv.writeRow(out, cells);
        }
      }
    } else {
      r.indicators().forEach(i -> Csv.writeRow(out, cells(i, null)));
    }
    out.flush();
  }

  /** The cells of an indicator: figures as numbers (null where there is none), words as text. */
  private static List<Object> cells(IndicatorRatio i, String unit) {
    Completeness c = RatioCells.completeness(i, unit);
    return new ArrayList<>(Arrays.asList(i.id(), i.indicator(), i.numerator(), i.denominator(),
        i.count(),
        i.ratio() == null ? null
            : Exact.floor(i.ratio(), RatioJson.RATIO_DIGITS).stripTrailingZeros(),
        i.percent(), i.target().text(), i.status().word(),
        RatioCells.breaches(i),
        i.interval() == null ? null : i.interval().lower(),
        i.interval() == null ? null : i.interval().upper(),
        c.expected() == 0 ? null : c.expected(),
        c.expected() == 0 ? null : c.reported(), i.done()));
  }
}
