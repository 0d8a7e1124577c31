package dev.qingdan.render;

import dev.qingdan.compute.DeadlineRow;
import dev.qingdan.compute.DeadlineStatus;
import dev.qingdan.compute.Measured;
import dev.qingdan.compute.MilestoneResult;
import dev.qingdan.compute.PlanKind;
import dev.qingdan.text.DisplayWidth;
import dev.qingdan.text.Lang;
import dev.qingdan.text.Msg;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/** An aligned table of the rows with a plan, a burn-up bar each, then what turns them green. */
public final class DeadlinesText implements DeadlinesRenderer {
  /** Cells of the burn-up bar: each a tenth of the target. */
  static final int BAR = 10;

  private final Palette palette;
  private final int width;
  private final Lang lang;
  private final DeadlineCells cells;

  public DeadlinesText(Palette palette, int width, Lang lang) {
    this.palette = palette;
    this.width = width;
    this.lang = lang;
    this.cells = new DeadlineCells(lang);
  }

  @Override
  public void render(PrintWriter out, DeadlinesReport report) {
    out.print(lang.text(Msg.of("as of %s", report.asOf())) + "\n");
    List<DeadlineRow> planned = report.planned();
    if (!planned.isEmpty()) {
      LocalDate asOf = report.asOf();
      new Table<>(lang, List.of(cells.id(), cells.title().shrink(), cells.due(),
          Column.<DeadlineRow>of(Msg.of("next"), r -> next(r, asOf)).spare(2),
          Column.of(Msg.of("actual/planned"), DeadlinesText::burnUp), cells.target().spare(1),
          cells.status(), cells.light(),
          Column.<DeadlineRow>of(Msg.of("forecast at due/target → reached"),
              r -> DeadlineCells.forecast(r.forecast(), r.target(), lang)).shrink().spare(3)))
          .text(out, width, palette, planned, (style, r, text) -> "● " + text,
              (style, r, text) -> palette.of(r.light(), text));
    }
    cells.unplanned(report, (status, ids) -> Msg.of("%s (no dated plan; see qingdan ratio): %s",
        status, String.join(" ", ids))).forEach(l -> printFitted(out, l));
    List<DeadlineRow> fix = planned.stream().filter(r -> r.toGreen() != null).toList();
    if (!fix.isEmpty()) {
      out.print(lang.text(Msg.of("to turn green:")) + "\n");
      for (DeadlineRow r : fix) {
        out.print("  " + r.subject().id() + " " + palette.of(r.light(),
            Words.light(r.light(), lang)) + ": "
            + DeadlineCells.toGreen(r, report.asOf(), lang) + "\n");
      }
    }
    printFitted(out, DeadlineCells.summary(report.rows(), lang));
    out.flush();
  }

  /** A line of text, in lines that fit the terminal. */
  private void printFitted(PrintWriter out, String text) {
    DisplayWidth.fit(text, width).forEach(l -> out.print(l + "\n"));
  }

  private static String next(DeadlineRow r, LocalDate asOf) {
    Measured m = r.measured();
    if (m != null) {
      boolean open = !asOf.isAfter(r.due()) && r.status() != DeadlineStatus.DONE;
      return !open ? "-" : r.due() + " " + (r.plan() == PlanKind.GROWTH
          ? DeadlineCells.figure(m.target(), m)
          : DeadlineCells.symbol(r.subject().target().op(), true)
              + DeadlineCells.figure(m.target(), m));
    }
    MilestoneResult next = r.next(asOf);
    return next == null ? "-" : next.due() + " " + next.planned();
  }

  /**
   * {@code ▇▇▇▇▇░░··· 4/5}: done, short of plan, rest of the target; then actual/planned. A
   * ceiling or a level has no bar: its figure against its bound ({@code 3.5 > 3 (2022-02)}).
   */
  static String burnUp(DeadlineRow r) {
    Measured m = r.measured();
    if (m != null && r.plan() != PlanKind.GROWTH) {
      return DeadlineCells.figures(r);
    }
    BigDecimal target = m != null ? m.target() : BigDecimal.valueOf(r.target());
    BigDecimal actual = m != null ? m.actual() : r.actual() == null ? null
        : BigDecimal.valueOf(r.actual());
    BigDecimal planned = m != null ? m.planned() : BigDecimal.valueOf(r.planned());
    BigDecimal tenths = target.signum() > 0 ? target : BigDecimal.ONE;
    BigDecimal bar = BigDecimal.valueOf(BAR);
    int done = actual == null ? 0 : Math.min(BAR, Math.max(0,
        actual.multiply(bar).divide(tenths, 0, RoundingMode.FLOOR).intValue()));
    int plan = Math.min(BAR, planned.multiply(bar).divide(tenths, 0, RoundingMode.CEILING)
        .intValue());
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < BAR; i++) {
      sb.append(i < done ? '▇' : i < plan ? '░' : '·');
    }
    return sb + " " + DeadlineCells.figures(r);
  }
}
