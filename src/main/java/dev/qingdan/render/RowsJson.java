package dev.qingdan.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.qingdan.model.Row;
import java.io.PrintWriter;
import java.util.List;

/** {@code {"rows": [row, …]}} in the contract's row shape. */
public final class RowsJson implements RowsRenderer {
  @Override
  public void render(PrintWriter out, List<Row> rows) {
    ObjectNode doc = Json.document();
    ArrayNode a = doc.putArray("rows");
    rows.forEach(r -> ChecklistJson.row(r, a.addObject()));
    Json.write(out, doc);
  }
}
