package dev.qingdan.render;

import dev.qingdan.model.Selection;
import java.io.PrintWriter;

/** The row, item or goal as JSON, with the fields of the checklist. */
public final class ShowJson implements ShowRenderer {
  @Override
  public void render(PrintWriter out, Selection s) {
    Json.write(out, ChecklistJson.selection(s));
  }
}
