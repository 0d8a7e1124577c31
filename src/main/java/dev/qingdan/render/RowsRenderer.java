package dev.qingdan.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.qingdan.model.Row;
import java.io.PrintWriter;
import java.util.List;

/** The rows of {@code list} in each format. */
public final class RowsRenderer {
  private static final List<String> CSV_HEADER = List.of("id", "item", "title", "lead",
      "partners", "indicator", "target", "schedule", "definition");

  private final PrintWriter out;
  private final Palette palette;
  private final int width;
  private final Lang lang;

  public RowsRenderer(PrintWriter out, Palette palette, int width, Lang lang) {
    this.out = out;
    this.palette = palette;
    this.width = width;
    this.lang = lang;
  }

  /** An aligned table; long cells are cut to fit a terminal. */
  public void text(List<Row> rows) {
    TextTable t = new TextTable(List.of(lang.pick("编号", "id"), lang.pick("政策事项", "policy item"),
        lang.pick("牵头单位", "lead"), lang.pick("量化指标", "indicator"),
        lang.pick("指标值", "target"), lang.pick("进度安排", "schedule")));
    t.shrinkable(1, true).shrinkable(2, true).shrinkable(3, true).shrinkable(5, true);
    for (Row r : rows) {
      t.addRow(List.of(r.id().toString(), r.title(), String.join("、", r.lead()), r.indicator(),
          r.target().text(), r.schedule().text()));
    }
    t.render(out, width, (text, column, row) ->
        row < 0 ? palette.bold(text) : column == 0 ? palette.bold(text) : text);
    out.print(Words.count(rows.size(), "row", lang, "行") + "\n");
    out.flush();
  }

  /** {@code {"rows": [row, …]}} in the contract's row shape. */
  public void json(List<Row> rows) {
    ObjectNode doc = Json.document();
    ArrayNode a = doc.putArray("rows");
    rows.forEach(r -> ChecklistJson.row(r, a.addObject()));
    Json.write(out, doc);
  }

  /** RFC 4180 CSV with a header; unit lists joined with 、. */
  public void csv(List<Row> rows) {
    Csv.writeRow(out, CSV_HEADER);
    for (Row r : rows) {
      Csv.writeRow(out, List.of(r.id().toString(), Integer.toString(r.id().item()), r.title(),
          String.join("、", r.lead()), String.join("、", r.partners()), r.indicator(),
          r.target().text(), r.schedule().text(), r.definition().text()));
    }
    out.flush();
  }

  /** A GitHub-flavoured Markdown table. */
  public void markdown(List<Row> rows) {
    Markdown.row(out, List.of(lang.pick("编号", "id"), lang.pick("政策事项", "policy item"),
        lang.pick("牵头单位", "lead"), lang.pick("协同单位", "partners"),
        lang.pick("量化指标", "indicator"), lang.pick("量化指标值", "target"),
        lang.pick("进度安排", "schedule")));
    Markdown.row(out, List.of("---", "---", "---", "---", "---", "---:", "---"));
    for (Row r : rows) {
      Markdown.row(out, List.of(r.id().toString(), r.title(), String.join("、", r.lead()),
          r.partners().isEmpty() ? "-" : String.join("、", r.partners()), r.indicator(),
          r.target().text(), r.schedule().text()));
    }
    out.flush();
  }
}
