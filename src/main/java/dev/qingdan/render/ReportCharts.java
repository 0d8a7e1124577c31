package dev.qingdan.render;

import dev.qingdan.compute.Exact;
import dev.qingdan.compute.IndicatorRatio;
import dev.qingdan.compute.MonthFigure;
import dev.qingdan.compute.MonthlyReport.BurnUp;
import dev.qingdan.compute.RatioStatus;
import dev.qingdan.text.DisplayWidth;
import dev.qingdan.text.Html;
import dev.qingdan.text.Msg;
import dev.qingdan.model.Measure;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The inline SVG charts of the HTML report, drawn by hand: no script, no external file, the same
 * bytes for the same figures. The styles (colours, fonts) come from the page's stylesheet, through
 * the class names.
 */
final class ReportCharts {
  private static final int BURN_W = 520;
  private static final int BURN_H = 270;
  private static final int LEFT = 52;
  private static final int RIGHT = 20;
  private static final int TOP = 16;
  private static final int BOTTOM = 52;

  private static final int LABEL_W = 210;
  private static final int CELL_W = 46;
  /** The most a column of the legend's 11 px text takes, wide Latin letters counted in. */
  private static final int LEGEND_COLUMN = 8;
  private static final int LEGEND_ROW = 18;
  private static final int CELL_H = 22;
  private static final int HEAD_H = 26;

  private final ReportWords w;

  ReportCharts(ReportWords w) {
    this.w = w;
  }

  // ---- burn-up ----

  /** Plan as a step line, the actual figure as a line with dots, the target and the as-of day. */
  String burnUp(BurnUp b, LocalDate asOf) {
    List<BurnUp.Point> ps = b.points();
    LocalDate first = ps.get(0).date();
    LocalDate last = ps.get(ps.size() - 1).date();
    long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
    long top = b.target();
    for (BurnUp.Point p : ps) {
      top = Math.max(top, Math.max(p.planned(), p.actual() == null ? 0 : p.actual()));
    }
    long step = niceStep(top, 5);
    long ymax = (top + step - 1) / step * step;
    double plotW = BURN_W - LEFT - RIGHT;
    double plotH = BURN_H - TOP - BOTTOM;
    Function<LocalDate, Double> x = d ->
        LEFT + plotW * ChronoUnit.DAYS.between(first, d) / days;
    Function<Long, Double> y = v -> TOP + plotH - plotH * v / ymax;

    StringBuilder s = new StringBuilder();
    String title = w.text(Msg.of("%s %s: plan and actual, cumulative", b.id(), b.indicator()));
    s.append("<svg class=\"chart burnup\" viewBox=\"0 0 ").append(BURN_W).append(' ')
        .append(BURN_H).append("\" width=\"").append(BURN_W).append("\" height=\"")
        .append(BURN_H).append("\" role=\"img\" aria-label=\"").append(Html.esc(title))
        .append("\">\n<title>").append(Html.esc(title)).append("</title>\n");
    // grid and y axis
    for (long v = 0; v <= ymax; v += step) {
      s.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"")
          .append(BURN_W - RIGHT).append("\" y1=\"").append(n(y.apply(v))).append("\" y2=\"")
          .append(n(y.apply(v))).append("\"/>\n");
      s.append("<text class=\"tick\" x=\"").append(LEFT - 6).append("\" y=\"")
          .append(n(y.apply(v) + 4)).append("\" text-anchor=\"end\">").append(v)
          .append("</text>\n");
    }
    // x axis: a tick at the end of each month, its name in the middle
    s.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(BURN_W - RIGHT)
        .append("\" y1=\"").append(n(y.apply(0L))).append("\" y2=\"").append(n(y.apply(0L)))
        .append("\"/>\n");
    for (BurnUp.Point p : ps) {
      if (!p.date().equals(YearMonth.from(p.date()).atEndOfMonth())) {
        continue;
      }
      double px = x.apply(p.date());
      s.append("<line class=\"axis\" x1=\"").append(n(px)).append("\" x2=\"").append(n(px))
          .append("\" y1=\"").append(n(y.apply(0L))).append("\" y2=\"")
          .append(n(y.apply(0L) + 4)).append("\"/>\n");
      if (p.date().isAfter(first)) {
        // the month's name in the middle of the month
        double mid = (px + x.apply(YearMonth.from(p.date()).minusMonths(1).atEndOfMonth())) / 2;
        s.append("<text class=\"tick\" x=\"").append(n(mid)).append("\" y=\"")
            .append(n(y.apply(0L) + 16)).append("\" text-anchor=\"middle\">")
            .append(Html.esc(month(p.date()))).append("</text>\n");
      }
    }
    // target
    s.append("<line class=\"target\" x1=\"").append(LEFT).append("\" x2=\"")
        .append(BURN_W - RIGHT).append("\" y1=\"").append(n(y.apply(b.target())))
        .append("\" y2=\"").append(n(y.apply(b.target()))).append("\"/>\n");
    s.append("<text class=\"note\" x=\"").append(LEFT + 4).append("\" y=\"")
        .append(n(y.apply(b.target()) - 4)).append("\">")
        .append(Html.esc(w.text(Msg.of("target %d", b.target())))).append("</text>\n");
    // as of
    if (!asOf.isBefore(first) && !asOf.isAfter(last)) {
      double ax = x.apply(asOf);
      s.append("<line class=\"asof\" x1=\"").append(n(ax)).append("\" x2=\"").append(n(ax))
          .append("\" y1=\"").append(TOP).append("\" y2=\"").append(n(y.apply(0L)))
          .append("\"/>\n");
    }
    // plan: held until the next point, where it steps
    StringBuilder plan = new StringBuilder("M").append(n(x.apply(first))).append(' ')
        .append(n(y.apply(ps.get(0).planned())));
    for (int i = 1; i < ps.size(); i++) {
      plan.append(" H").append(n(x.apply(ps.get(i).date()))).append(" V")
          .append(n(y.apply(ps.get(i).planned())));
    }
    s.append("<path class=\"plan\" d=\"").append(plan).append("\"/>\n");
    // actual
    List<BurnUp.Point> actual = ps.stream().filter(p -> p.actual() != null).toList();
    if (!actual.isEmpty()) {
      StringBuilder line = new StringBuilder();
      for (BurnUp.Point p : actual) {
        line.append(line.length() == 0 ? "M" : " L").append(n(x.apply(p.date()))).append(' ')
            .append(n(y.apply(p.actual())));
      }
      s.append("<path class=\"actual\" d=\"").append(line).append("\"/>\n");
      for (BurnUp.Point p : actual) {
        s.append("<circle class=\"actual\" cx=\"").append(n(x.apply(p.date()))).append("\" cy=\"")
            .append(n(y.apply(p.actual()))).append("\" r=\"3\"><title>")
            .append(Html.esc(w.text(Msg.of("%s: actual %d, planned %d", p.date(), p.actual(),
                p.planned()))))
            .append("</title></circle>\n");
      }
      BurnUp.Point end = actual.get(actual.size() - 1);
      s.append("<text class=\"value\" x=\"").append(n(x.apply(end.date()) + 6)).append("\" y=\"")
          .append(n(y.apply(end.actual()) - 6)).append("\">").append(end.actual())
          .append("</text>\n");
    }
    // legend
    double ly = BURN_H - 12;
    s.append("<line class=\"plan\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + 24)
        .append("\" y1=\"").append(n(ly - 4)).append("\" y2=\"").append(n(ly - 4)).append("\"/>\n");
    s.append("<text class=\"legend\" x=\"").append(LEFT + 30).append("\" y=\"").append(n(ly))
        .append("\">").append(Html.esc(w.text(Msg.of("plan (time-proportional)"))))
        .append("</text>\n");
    int lx = LEFT + 200;
    s.append("<line class=\"actual\" x1=\"").append(lx).append("\" x2=\"").append(lx + 24)
        .append("\" y1=\"").append(n(ly - 4)).append("\" y2=\"").append(n(ly - 4)).append("\"/>\n");
    s.append("<text class=\"legend\" x=\"").append(lx + 30).append("\" y=\"").append(n(ly))
        .append("\">").append(Html.esc(w.text(Msg.of("actual, cumulative"))))
        .append("</text>\n");
    s.append("<line class=\"asof\" x1=\"").append(lx + 150).append("\" x2=\"").append(lx + 150)
        .append("\" y1=\"").append(n(ly - 11)).append("\" y2=\"").append(n(ly + 2))
        .append("\"/>\n");
    s.append("<text class=\"legend\" x=\"").append(lx + 156).append("\" y=\"").append(n(ly))
        .append("\">").append(Html.esc(w.text(Msg.of("as of %s", asOf)))).append("</text>\n");
    s.append("</svg>");
    return s.toString();
  }

  private String month(LocalDate d) {
    // The JDK's short month names are the catalog here: Jan and 1月.
    return d.getMonth().getDisplayName(TextStyle.SHORT, w.lang().locale());
  }

  /** A step of 1, 2 or 5 × 10^k that cuts {@code 0..max} into about {@code parts} parts. */
  static long niceStep(long max, int parts) {
    if (max <= parts) {
      return 1;
    }
    double raw = (double) max / parts;
    long mag = 1;
    while (mag * 10 <= raw) {
      mag *= 10;
    }
    for (long m : new long[] {1, 2, 5, 10}) {
      if (m * mag >= raw) {
        return m * mag;
      }
    }
    return 10 * mag;
  }

  // ---- heat map ----

  /** The cells of one month of a ratio row. */
  enum Cell {
    MET("met"),
    MISSED("missed"),
    NO_TARGET("no-target"),
    NO_DATA("no-data"),
    OUTSIDE("outside");

    final String css;

    Cell(String css) {
      this.css = css;
    }
  }

  /** Rows with a ratio indicator × months, each cell its month's ratio coloured by its status. */
  String heatMap(List<IndicatorRatio> indicators) {
    List<IndicatorRatio> rows = indicators.stream()
        .filter(i -> i.measure() == Measure.RATIO).toList();
    TreeSet<YearMonth> monthSet = new TreeSet<>();
    rows.forEach(i -> i.months().forEach(m -> monthSet.add(m.period())));
    List<YearMonth> months = new ArrayList<>(monthSet);
    int width = LABEL_W + CELL_W * Math.max(1, months.size()) + 8;
    // the legend's keys in rows as wide as the map, a key's text never cut by the edge
    List<Cell> keys = List.of(Cell.MET, Cell.MISSED, Cell.NO_TARGET, Cell.NO_DATA, Cell.OUTSIDE);
    int[] keyX = new int[keys.size()];
    int[] keyRow = new int[keys.size()];
    int lx = 4;
    int row = 0;
    for (int k = 0; k < keys.size(); k++) {
      int keyW = 24 + DisplayWidth.of(legend(keys.get(k))) * LEGEND_COLUMN;
      if (lx > 4 && lx + keyW > width - 4) {
        lx = 4;
        row++;
      }
      keyX[k] = lx;
      keyRow[k] = row;
      lx += keyW + 10;
    }
    int legendY = HEAD_H + CELL_H * rows.size() + 22;
    int height = legendY + 16 + LEGEND_ROW * row;
    String title = w.text(Msg.of("Each month's ratio: rows with a ratio indicator by month"));
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"chart heatmap\" viewBox=\"0 0 ").append(width).append(' ')
        .append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" role=\"img\" aria-label=\"").append(Html.esc(title)).append("\">\n<title>")
        .append(Html.esc(title)).append("</title>\n");
    s.append("<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
        + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#f4f4f4\"/>"
        + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#b0b0b0\" stroke-width=\"2\"/>"
        + "</pattern></defs>\n");
    for (int c = 0; c < months.size(); c++) {
      s.append("<text class=\"tick\" x=\"").append(LABEL_W + CELL_W * c + CELL_W / 2)
          .append("\" y=\"").append(HEAD_H - 8).append("\" text-anchor=\"middle\">")
          .append(Html.esc(months.get(c).toString())).append("</text>\n");
    }
    for (int r = 0; r < rows.size(); r++) {
      IndicatorRatio i = rows.get(r);
      int y = HEAD_H + CELL_H * r;
      s.append("<text class=\"rowlabel\" x=\"4\" y=\"").append(y + 15).append("\">")
          .append(Html.esc(i.id() + " " + DisplayWidth.truncate(i.indicator(), 24)))
          .append("<title>").append(Html.esc(w.text(Msg.of("%s %s, target %s", i.id(),
              i.indicator(), i.target().text())))).append("</title></text>\n");
      Map<YearMonth, MonthFigure> byMonth = new HashMap<>();
      i.months().forEach(m -> byMonth.put(m.period(), m));
      for (int c = 0; c < months.size(); c++) {
        MonthFigure m = byMonth.get(months.get(c));
        Cell cell = cell(m);
        int x = LABEL_W + CELL_W * c;
        s.append("<g class=\"cell ").append(cell.css).append("\"><rect x=\"").append(x + 1)
            .append("\" y=\"").append(y + 1).append("\" width=\"").append(CELL_W - 2)
            .append("\" height=\"").append(CELL_H - 2).append("\"")
            .append(cell == Cell.NO_DATA ? " fill=\"url(#hatch)\"" : "").append("/>");
        if (cell != Cell.OUTSIDE) {
          s.append("<text x=\"").append(x + CELL_W / 2).append("\" y=\"").append(y + 15)
              .append("\" text-anchor=\"middle\">").append(Html.esc(value(m))).append("</text>");
          s.append("<title>").append(Html.esc(w.text(Msg.of("%s %s: %s %s", i.id(), m.period(),
              figure(m), Words.word(m.status()))))).append("</title>");
        }
        s.append("</g>\n");
      }
    }
    for (int k = 0; k < keys.size(); k++) {
      Cell c = keys.get(k);
      int y = legendY + LEGEND_ROW * keyRow[k];
      s.append("<g class=\"cell ").append(c.css).append("\"><rect x=\"").append(keyX[k])
          .append("\" y=\"").append(y - 11).append("\" width=\"18\" height=\"12\"")
          .append(c == Cell.NO_DATA ? " fill=\"url(#hatch)\"" : "").append("/></g>");
      s.append("<text class=\"legend\" x=\"").append(keyX[k] + 24).append("\" y=\"").append(y)
          .append("\">").append(Html.esc(legend(c))).append("</text>\n");
    }
    s.append("</svg>");
    return s.toString();
  }

  private String legend(Cell c) {
    return switch (c) {
      case MET -> w.text(Msg.of("met"));
      case MISSED -> w.text(Msg.of("missed"));
      case NO_TARGET -> w.text(Msg.of("no target"));
      case NO_DATA -> w.text(Msg.of("no data (not reported, or 0/0)"));
      case OUTSIDE -> w.text(Msg.of("outside the row's schedule"));
    };
  }

  static Cell cell(MonthFigure m) {
    if (m == null) {
      return Cell.OUTSIDE;
    }
    if (m.ratio() == null) {
      return Cell.NO_DATA;
    }
    return m.status() == RatioStatus.MET ? Cell.MET
        : m.status() == RatioStatus.MISSED ? Cell.MISSED : Cell.NO_TARGET;
  }

  /** The percentage shown in a cell: one decimal, rounded down; a dash without a ratio. */
  private static String value(MonthFigure m) {
    return m.ratio() == null ? (m.reported() ? "0/0" : "–")
        : Exact.percent(m.ratio()).toPlainString();
  }

  private String figure(MonthFigure m) {
    if (!m.reported()) {
      return w.text(Msg.of("not reported"));
    }
    return m.numerator() + "/" + m.denominator()
        + (m.ratio() == null ? "" : " = " + Exact.percent(m.ratio()) + "%");
  }

  /** A coordinate with at most one decimal, the same in every locale. */
  static String n(double v) {
    long tenths = Math.round(v * 10);
    return tenths % 10 == 0 ? Long.toString(tenths / 10)
        : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
  }
}
