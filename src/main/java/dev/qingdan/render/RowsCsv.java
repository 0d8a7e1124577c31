package dev.qingdan.render;

import dev.qingdan.model.Row;
import java.io.PrintWriter;
import java.util.List;

/** RFC 4180 CSV with a header; unit lists joined with 、; the item number is a number. */
public final class RowsCsv implements RowsRenderer {
  private static final List<String> HEADER = List.of("id", "item", "title", "lead",
      "partners", "indicator", "target", "schedule", "definition");

  @Override
  public void render(PrintWriter out, List<Row> rows) {
    Csv.writeRow(out, HEADER);
    for (Row r : rows) {
      Csv.writeRow(out, List.of(r.id().toString(), r.id().item(), r.title(),
          String.join("、", r.lead()), String.join("、", r.partners()), r.indicator(),
          r.target().text(), r.schedule().text(), r.definition().text()));
    }
    out.flush();
  }
}
