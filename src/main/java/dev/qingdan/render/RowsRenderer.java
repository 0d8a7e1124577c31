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

  public RowsRenderer(PrintWriter out, Palette palette, int width) {
    this.out = out;
    this.palette = palette;
    this.width = width;
  }

  /** An aligned table; long cells are cut to fit a terminal. */
  public void text(List<Row> rows) {
    TextTable t = new TextTable(List.of("编号", "政策事项", "牵头单位", "量化指标", "指标值", "进度安排"));
    t.shrinkable(1, true).shrinkable(2, true).shrinkable(3, true).shrinkable(5, true);
    for (Row r : rows) {
      t.addRow(List.of(r.id().toString(), r.title(), String.join("、", r.lead()), r.indicator(),
          r.target().text(), r.schedule().text()));
    }
    t.render(out, width, (text, column, row) ->
        row < 0 ? palette.bold(text) : column == 0 ? palette.bold(text) : text);
    out.print(rows.size() + (rows.size() == 1 ? " row" : " rows") + "\n");
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
    Markdown.row(out, List.of("编号", "政策事项", "牵头单位", "协同单位", "量化指标", "量化指标值",
        "进度安排"));
    Markdown.row(out, List.of("---", "---", "---", "---", "---", "---:", "---"));
    for (Row r : rows) {
      Markdown.row(out, List.of(r.id().toString(), r.title(), String.join("、", r.lead()),
          r.partners().isEmpty() ? "-" : String.join("、", r.partners()), r.indicator(),
          r.target().text(), r.schedule().text()));
    }
    out.flush();
  }
}
