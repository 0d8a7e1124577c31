package dev.qingdan.render;

import dev.qingdan.model.Goal;
import dev.qingdan.model.Milestone;
import dev.qingdan.model.Row;
import dev.qingdan.model.Schedule;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A row, item or goal in full, one labelled field a line, wrapped to the terminal's width. */
public final class RowText {
  private static final int LABEL = 12;

  private final PrintWriter out;
  private final int width;
  private final Palette palette;

  /** {@code width} 0 means no wrapping (a pipe). */
  public RowText(PrintWriter out, int width, Palette palette) {
    this.out = out;
    this.width = width;
    this.palette = palette;
  }

  public void row(Row r) {
    out.print(palette.bold(r.id() + "  " + r.title()) + "\n");
    field("政策要点", r.points());
    field("牵头单位", String.join("、", r.lead()));
    field("协同单位", r.partners().isEmpty() ? "-" : String.join("、", r.partners()));
    field("定性目标", r.goal());
    field("量化指标", r.indicator());
    field("量化指标值", r.target().text());
    schedule(r.schedule());
    field("指标说明", r.definition().text());
    if (r.definition().isRatio()) {
      field("  分子", r.definition().numerator());
      field("  分母", r.definition().denominator());
    }
    field("实现方式", r.method());
    out.flush();
  }

  public void item(int item, List<Row> rows) {
    out.print(palette.bold("Item " + item + ": " + rows.get(0).title() + " (" + rows.size()
        + " rows)") + "\n");
    for (Row r : rows) {
      out.print("\n");
      row(r);
    }
  }

  public void goal(Goal g) {
    out.print(palette.bold(g.id() + "  " + g.indicator()) + "\n");
    if (g.text() != null) {
      field("原文", g.text());
    }
    field("目标值", g.target().text());
    schedule(g.schedule());
    out.flush();
  }

  private void schedule(Schedule s) {
    field("进度安排", s.text());
    String span = s.from() == null ? "" : " " + s.from() + (s.to() == null ? " 起" : " … " + s.to());
    field("  类型", s.kind().yaml() + span);
    List<String> lines = new ArrayList<>();
    for (Milestone m : s.milestones()) {
      StringBuilder sb = new StringBuilder(m.due().toString());
      if (m.cumulative() != null) {
        sb.append("  累计 ").append(m.cumulative());
      }
      if (m.deliverable() != null) {
        sb.append("  ").append(m.deliverable());
      }
      lines.add(sb.toString());
    }
    if (!lines.isEmpty()) {
      field("  里程碑", String.join("\n", lines));
    }
  }

  private void field(String label, String value) {
    String pad = DisplayWidth.pad("  " + label, LABEL);
    String blank = " ".repeat(LABEL);
    boolean first = true;
    for (String paragraph : (value == null || value.isEmpty() ? "" : value).split("\n", -1)) {
      List<String> lines = width > LABEL + 10
          ? DisplayWidth.wrap(paragraph, width - LABEL - 2) : List.of(paragraph);
      for (String l : lines) {
        out.print(((first ? palette.dim(pad) : blank) + "  " + l).stripTrailing() + "\n");
        first = false;
      }
    }
  }
}
