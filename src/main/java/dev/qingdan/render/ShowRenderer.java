package dev.qingdan.render;

import dev.qingdan.model.Selection;
import java.io.PrintWriter;

/** Writes the row, item or goal that {@code show} selects in one format. */
public interface ShowRenderer {
  void render(PrintWriter out, Selection selection);
}
