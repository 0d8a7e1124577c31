package dev.qingdan.model;

import java.util.List;
import java.util.Optional;

/**
 * A whole checklist file.
 *
 * @param document the document's metadata
 * @param units the unit register
 * @param generic the generic phrases the table may use instead of a unit (区级有关单位)
 * @param goals the overall goals
 * @param rows the rows in order
 */
public record Checklist(
    Document document, List<Unit> units, List<String> generic, List<Goal> goals, List<Row> rows) {
  public Checklist {
    units = List.copyOf(units);
    generic = List.copyOf(generic);
    goals = List.copyOf(goals);
    rows = List.copyOf(rows);
  }

  public Optional<Row> row(RowId id) {
    return rows.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  public Optional<Goal> goal(String id) {
    return goals.stream().filter(g -> g.id().equalsIgnoreCase(id)).findFirst();
  }

  /** The rows of item n, in order. */
  public List<Row> item(int n) {
    return rows.stream().filter(r -> r.id().item() == n).toList();
  }
}
