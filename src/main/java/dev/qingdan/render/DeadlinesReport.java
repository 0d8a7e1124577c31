package dev.qingdan.render;

import dev.qingdan.compute.DeadlineRow;
import dev.qingdan.compute.PlanKind;
import dev.qingdan.compute.Thresholds;
import java.time.LocalDate;
import java.util.List;

/**
 * What one run of {@code deadlines} shows.
 *
 * @param asOf the date the rows are judged as of
 * @param thresholds the limits of the lights
 * @param rows the rows, in order
 */
public record DeadlinesReport(LocalDate asOf, Thresholds thresholds, List<DeadlineRow> rows) {
  public DeadlinesReport {
    rows = List.copyOf(rows);
  }

  /** The rows with a dated plan. */
  List<DeadlineRow> planned() {
    return rows.stream().filter(r -> r.plan() != PlanKind.NONE).toList();
  }

  /** The rows without one: ongoing, or no plan that a date can be judged by. */
  List<DeadlineRow> unplanned() {
    return rows.stream().filter(r -> r.plan() == PlanKind.NONE).toList();
  }
}
