package dev.qingdan.render;

import dev.qingdan.compute.DeadlineRow;
import dev.qingdan.compute.Light;
import dev.qingdan.compute.Measured;
import dev.qingdan.compute.MilestoneResult;
import dev.qingdan.text.Lang;
import dev.qingdan.text.Msg;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A table of the rows with a plan, one of their milestones, and the rows without a due date. */
public final class DeadlinesMarkdown implements DeadlinesRenderer {
  private final Lang lang;
  private final DeadlineCells cells;

  public DeadlinesMarkdown(Lang lang) {
    this.lang = lang;
    this.cells = new DeadlineCells(lang);
  }

  @Override
  public void render(PrintWriter out, DeadlinesReport report) {
    out.print("## " + lang.text(Msg.of("Deadlines as of %s", report.asOf())) + "\n\n");
    List<DeadlineRow> planned = report.planned();
    List<Milestone> milestones = new ArrayList<>();
    planned.forEach(r -> r.milestones().forEach(m -> milestones.add(new Milestone(r, m))));
    if (!planned.isEmpty()) {
      new Table<>(lang, List.of(cells.id(), cells.title(), cells.due(),
          Column.<DeadlineRow>of(Msg.of("planned"), DeadlinesMarkdown::planned).right(),
          Column.<DeadlineRow>of(Msg.of("actual"), DeadlinesMarkdown::actual).right(),
          cells.target().right(), cells.status(), cells.light(),
          Column.<DeadlineRow>of(Msg.of("forecast"),
              r -> DeadlineCells.forecast(r.forecast(), r.target(), lang)),
          Column.<DeadlineRow>of(Msg.in("deadlines", "to turn green"), r -> r.toGreen() == null
              ? "" : DeadlineCells.toGreen(r, report.asOf(), lang))))
          .markdown(out, planned, (style, r, text) -> emoji(r.light()) + " " + text);
    }
    if (!milestones.isEmpty()) {
      out.print("\n### " + lang.text(Msg.of("Milestones")) + "\n\n");
      new Table<>(lang, List.of(Column.<Milestone>of(Msg.of("id"), m -> m.row().subject().id()),
          Column.<Milestone>of(Msg.of("due"), m -> m.m().due().toString()),
          Column.<Milestone>of(Msg.of("milestone"), m -> m.m().deliverable() != null
              ? m.m().deliverable() : lang.text(Msg.of("cumulative %d", m.m().planned()))),
          Column.<Milestone>of(Msg.of("planned"), m -> Long.toString(m.m().planned())).right(),
          Column.<Milestone>of(Msg.of("actual"), m -> Long.toString(m.m().actual())).right(),
          Column.<Milestone>of(Msg.of("status"), m -> Words.status(m.m().status(), lang)),
          Column.<Milestone>of(Msg.of("reached"), m -> m.m().reached() == null ? ""
              : m.m().reached().toString()))).markdown(out, milestones, Table.Styles.none());
    }
    if (!report.unplanned().isEmpty()) {
      out.print("\n");
      cells.unplanned(report, (status, ids) -> Msg.of(
          "*%s* (no dated plan; see `qingdan ratio`): %s", status,
          Markdown.inline(String.join(", ", ids)))).forEach(l -> out.print(l + "\n"));
    }
    out.print("\n" + DeadlineCells.summary(report.rows(), lang) + "\n");
    out.flush();
  }

  private static String planned(DeadlineRow r) {
    return r.measured() == null ? Long.toString(r.planned())
        : DeadlineCells.figure(r.measured().planned(), r.measured());
  }

  /** The actual figure; a level's months over its bound after it: {@code 3.5 (2022-02)}. */
  private static String actual(DeadlineRow r) {
    Measured m = r.measured();
    if (m != null) {
      return DeadlineCells.figure(m.actual(), m)
          + (m.breaches().isEmpty() ? "" : " " + DeadlineCells.months(m));
    }
    return r.actual() == null ? "–" : r.actual().toString();
  }

  /** A milestone and its row. */
  private record Milestone(DeadlineRow row, MilestoneResult m) {}

  private static String emoji(Light l) {
    return switch (l) {
      case GREEN -> "🟢";
      case YELLOW -> "🟡";
      case RED -> "🔴";
    };
  }
}
