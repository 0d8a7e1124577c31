package dev.qingdan.render;

import dev.qingdan.model.Goal;
import dev.qingdan.model.Row;
import java.io.PrintWriter;
import java.util.List;

/** The row, item or goal as YAML, as the checklist file writes it. */
public final class ShowYaml extends ShowEach {
  @Override
  void row(PrintWriter out, Row r) {
    ChecklistYamlWriter.writeRow(out, r);
  }

  @Override
  void goal(PrintWriter out, Goal g) {
    ChecklistYamlWriter.writeGoal(out, g);
  }

  @Override
  void item(PrintWriter out, int item, List<Row> rows) {
    ChecklistYamlWriter.writeItem(out, item, rows);
  }
}
