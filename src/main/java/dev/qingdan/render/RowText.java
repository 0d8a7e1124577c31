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
  private final PrintWriter out;
  private final int width;
  private final Palette palette;
  private final Lang lang;
  /** The width of the label column: Chinese labels are at most five characters. */
  private final int label;

  /** {@code width} 0 means no wrapping (a pipe). */
  public RowText(PrintWriter out, int width, Palette palette, Lang lang) {
    this.out = out;
    this.width = width;
    this.palette = palette;
    this.lang = lang;
    this.label = lang == Lang.zh ? 12 : 15;
  }

  public void row(Row r) {
    out.print(palette.bold(r.id() + "  " + r.title()) + "\n");
    field(lang.pick("政策要点", "points"), r.points());
    field(lang.pick("牵头单位", "lead"), String.join("、", r.lead()));
    field(lang.pick("协同单位", "partners"),
        r.partners().isEmpty() ? "-" : String.join("、", r.partners()));
    field(lang.pick("定性目标", "goal"), r.goal());
    field(lang.pick("量化指标", "indicator"), r.indicator());
    field(lang.pick("量化指标值", "target"), r.target().text());
    schedule(r.schedule());
    field(lang.pick("指标说明", "definition"), r.definition().text());
    if (r.definition().isRatio()) {
      field(lang.pick("  分子", "  numerator"), r.definition().numerator());
      field(lang.pick("  分母", "  denominator"), r.definition().denominator());
    }
    field(lang.pick("实现方式", "method"), r.method());
    out.flush();
  }

  public void item(int item, List<Row> rows) {
    out.print(palette.bold(lang.pick("第 " + item + " 项：", "Item " + item + ": ")
        + rows.get(0).title() + " (" + Words.count(rows.size(), "row", lang, "行") + ")") + "\n");
    for (Row r : rows) {
      out.print("\n");
      row(r);
    }
  }

  public void goal(Goal g) {
    out.print(palette.bold(g.id() + "  " + g.indicator()) + "\n");
    if (g.text() != null) {
      field(lang.pick("原文", "source"), g.text());
    }
    field(lang.pick("目标值", "target"), g.target().text());
    schedule(g.schedule());
    out.flush();
  }

  private void schedule(Schedule s) {
    field(lang.pick("进度安排", "schedule"), s.text());
    String span = s.from() == null ? ""
        : " " + s.from() + (s.to() == null ? lang.pick(" 起", " on") : " … " + s.to());
    field(lang.pick("  类型", "  kind"), s.kind().yaml() + span);
    List<String> lines = new ArrayList<>();
    for (Milestone m : s.milestones()) {
      StringBuilder sb = new StringBuilder(m.due().toString());
      if (m.cumulative() != null) {
        sb.append(lang.pick("  累计 ", "  cumulative ")).append(m.cumulative());
      }
      if (m.deliverable() != null) {
        sb.append("  ").append(m.deliverable());
      }
      lines.add(sb.toString());
    }
    if (!lines.isEmpty()) {
      field(lang.pick("  里程碑", "  milestones"), String.join("\n", lines));
    }
  }

  private void field(String name, String value) {
    String pad = DisplayWidth.pad("  " + name, label);
    String blank = " ".repeat(label);
    boolean first = true;
    for (String paragraph : (value == null || value.isEmpty() ? "" : value).split("\n", -1)) {
      List<String> lines = width > label + 10
          ? DisplayWidth.wrap(paragraph, width - label - 2) : List.of(paragraph);
      for (String l : lines) {
        out.print(((first ? palette.dim(pad) : blank) + "  " + l).stripTrailing() + "\n");
        first = false;
      }
    }
  }
}
