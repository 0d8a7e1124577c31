package dev.qingdan.render;

import dev.qingdan.compute.MonthlyReport.Line;
import dev.qingdan.text.Msg;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of the monthly evaluation's tables, declared once for its text, Markdown and HTML.
 * Styles: {@code light} (the row's light), {@code status} (the ratio status), {@code schedule}
 * (the deadline status), {@code why} (why a target is missed).
 */
final class ReportTables {
  /**
   * The widths of the columns of a unit's HTML table, in percent, so that every unit's lines up.
   */
  private static final double[] UNIT_WIDTHS = {4.5, 16, 14, 7.5, 7.5, 9, 6, 6, 7.5, 6.5, 5.5, 10};

  private final ReportWords w;
  private final LocalDate asOf;

  ReportTables(ReportWords w, LocalDate asOf) {
    this.w = w;
    this.asOf = asOf;
  }

  /** The red and yellow rows and what turns them green. */
  Table<Line> lit() {
    return table(light(), id(), lead(), item(), progress(), schedule(), due().spare(1),
        toGreen());
  }

  /** The missed targets and why. */
  Table<Line> missed() {
    return table(id(), lead(), indicator(), actual(), ratio(), target(),
        Column.<Line>of(Msg.of("why"), l -> w.missedWhy(l.ratio())).style("why").shrink());
  }

  /** The goals G1 and G2. */
  Table<Line> goals() {
    return table(id(), indicator(), target(), actual().spare(2), ratio().spare(1), status(),
        progress(), schedule(), light(), Column.<Line>of(Msg.of("forecast at due/target → reached"),
            l -> w.forecast(l.deadline())).css("nowrap").shrink().spare(3), toGreen());
  }

  /** The rows a unit leads; the HTML adds the indicator and fixes the widths. */
  Table<Line> unit(boolean html) {
    List<Column<Line>> columns = new ArrayList<>(List.of(id(), item(), target(),
        due().spare(1), actual().spare(3), ratio().spare(2), status(), progress(), schedule(),
        light(), toGreen()));
    if (html) {
      columns.add(2, indicator());
      for (int c = 0; c < columns.size(); c++) {
        columns.set(c, columns.get(c).percent(UNIT_WIDTHS[c]));
      }
    }
    return new Table<>(w.lang(), columns);
  }

  @SafeVarargs
  private Table<Line> table(Column<Line>... columns) {
    return new Table<>(w.lang(), List.of(columns));
  }

  private static Column<Line> id() {
    return Column.<Line>of(Msg.of("id"), Line::id).css("id");
  }

  private Column<Line> lead() {
    return Column.of(Msg.of("lead"), w::lead).shrink();
  }

  private static Column<Line> item() {
    return Column.<Line>of(Msg.of("item"), Line::title).shrink();
  }

  private static Column<Line> indicator() {
    return Column.<Line>of(Msg.of("indicator"), Line::indicator).shrink();
  }

  private static Column<Line> target() {
    return Column.<Line>of(Msg.of("target"), l -> l.ratio().target().text()).css("nowrap");
  }

  private static Column<Line> due() {
    return Column.<Line>of(Msg.of("due"), l -> ReportWords.due(l.deadline())).css("nowrap");
  }

  private Column<Line> actual() {
    return Column.<Line>of(Msg.of("actual"), l -> w.actual(l.ratio())).right();
  }

  private static Column<Line> ratio() {
    return Column.<Line>of(Msg.of("ratio"), l -> ReportWords.percent(l.ratio().percent())).right();
  }

  private Column<Line> status() {
    return Column.<Line>of(Msg.in("report", "status"), l -> w.ratioStatus(l.ratio()))
        .style("status").css("nowrap");
  }

  private static Column<Line> progress() {
    return Column.<Line>of(Msg.of("actual/planned"), l -> ReportWords.progress(l.deadline()))
        .right();
  }

  private Column<Line> schedule() {
    return Column.<Line>of(Msg.in("report", "schedule"), l -> w.deadlineStatus(l.deadline()))
        .style("schedule").css("nowrap");
  }

  private Column<Line> light() {
    return Column.<Line>of(Msg.of("light"), l -> w.light(l.deadline())).style("light");
  }

  private Column<Line> toGreen() {
    return Column.<Line>of(Msg.of("to turn green"), l -> w.toGreen(l.deadline(), asOf)).shrink();
  }
}
