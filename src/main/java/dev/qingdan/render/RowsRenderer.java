package dev.qingdan.render;

import dev.qingdan.model.Row;
import java.io.PrintWriter;
import java.util.List;

/** Writes the rows of {@code list} in one format. */
public interface RowsRenderer {
  void render(PrintWriter out, List<Row> rows);
}
