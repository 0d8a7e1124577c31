package dev.qingdan.render;

import dev.qingdan.text.DisplayWidth;
import dev.qingdan.text.Lang;
import dev.qingdan.text.Msg;
import dev.qingdan.text.Printable;
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
    out.print(palette.bold(r.id() + "  " + Printable.escape(r.title())) + "\n");
    field(Msg.of("points"), r.points());
    field(Msg.of("lead"), String.join("、", r.lead()));
    field(Msg.of("partners"),
        r.partners().isEmpty() ? "-" : String.join("、", r.partners()));
    field(Msg.of("goal"), r.goal());
    field(Msg.of("indicator"), r.indicator());
    field(Msg.in("checklist", "target"), r.target().text());
    schedule(r.schedule());
    field(Msg.of("definition"), r.definition().text());
    if (r.definition().isRatio()) {
      subfield(Msg.of("numerator"), r.definition().numerator());
      subfield(Msg.of("denominator"), r.definition().denominator());
    }
    field(Msg.of("method"), r.method());
    // the table's other columns, under their own headers
    r.extra().forEach((header, text) -> field(Printable.escape(header), text));
    out.flush();
  }

  public void item(int item, List<Row> rows) {
    String count = Words.count(lang, rows.size(), Msg.of("%d row", rows.size()),
        Msg.of("%d rows", rows.size()));
    out.print(palette.bold(lang.text(Msg.of("Item %d: %s (%s)", item, rows.get(0).title(),
        count))) + "\n");
    for (Row r : rows) {
      out.print("\n");
      row(r);
    }
  }

  public void goal(Goal g) {
    out.print(palette.bold(g.id() + "  " + Printable.escape(g.indicator())) + "\n");
    if (g.text() != null) {
      field(Msg.of("source"), g.text());
    }
    field(Msg.in("goal", "target"), g.target().text());
    schedule(g.schedule());
    out.flush();
  }

  private void schedule(Schedule s) {
    field(Msg.in("checklist", "schedule"), s.text());
    String span = s.from() == null ? ""
        : " " + (s.to() == null ? lang.text(Msg.of("%s on", s.from())) : s.from() + " … " + s.to());
    subfield(Msg.of("kind"), s.kind().yaml() + span);
    List<String> lines = new ArrayList<>();
    for (Milestone m : s.milestones()) {
      StringBuilder sb = new StringBuilder(m.due().toString());
      if (m.cumulative() != null) {
        sb.append("  ").append(lang.text(Msg.in("checklist", "cumulative %s", m.cumulative())));
      }
      if (m.deliverable() != null) {
        sb.append("  ").append(m.deliverable());
      }
      lines.add(sb.toString());
    }
    if (!lines.isEmpty()) {
      subfield(Msg.of("milestones"), String.join("\n", lines));
    }
  }

  /** A field that belongs to the one above, its name indented. */
  private void subfield(Msg name, String value) {
    field("  " + lang.text(name), value);
  }

  private void field(Msg name, String value) {
    field(lang.text(name), value);
  }

  private void field(String name, String value) {
    String pad = DisplayWidth.pad("  " + name, label);
    String blank = " ".repeat(label);
    boolean first = true;
    // a value's own lines are indented under its name; control characters are shown escaped
    String shown = Printable.escapeKeepingLines(value == null ? "" : value);
    for (String paragraph : shown.split("\n", -1)) {
      List<String> lines = width > label + 10
          ? DisplayWidth.wrap(paragraph, width - label - 2) : List.of(paragraph);
      for (String l : lines) {
        out.print(((first ? palette.dim(pad) : blank) + "  " + l).stripTrailing() + "\n");
        first = false;
      }
    }
  }
}
