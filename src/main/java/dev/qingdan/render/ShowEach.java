package dev.qingdan.render;

import dev.qingdan.model.Goal;
import dev.qingdan.model.Row;
import dev.qingdan.model.Selection;
import java.io.PrintWriter;
import java.util.List;

/** A format of {@code show} that writes a row, an item and a goal each its own way. */
abstract class ShowEach implements ShowRenderer {
  @Override
  public final void render(PrintWriter out, Selection s) {
    if (s instanceof Selection.OneRow r) {
      row(out, r.row());
    } else if (s instanceof Selection.OneGoal g) {
      goal(out, g.goal());
    } else {
      Selection.Item i = (Selection.Item) s;
      item(out, i.item(), i.rows());
    }
  }

  abstract void row(PrintWriter out, Row r);

  abstract void goal(PrintWriter out, Goal g);

  /** An item of several rows: its number and its rows, in order. */
  abstract void item(PrintWriter out, int item, List<Row> rows);
}
