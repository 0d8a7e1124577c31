package dev.qingdan.model;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A row's schedule (进度安排).
 *
 * @param text the cell as written
 * @param kind its shape
 * @param from the first month of its window or start, or null
 * @param to the last month of its window, or null
 * @param milestones dated steps in ascending order, possibly none
 */
public record Schedule(
    String text, ScheduleKind kind, YearMonth from, YearMonth to, List<Milestone> milestones) {
  public Schedule {
    milestones = List.copyOf(milestones);
  }

  // equals and hashCode written out, for the reason given in RowId (diff compares schedules and
  // definitions); RecordEqualityTest checks that they compare every component.
  @Override
  public boolean equals(Object o) {
    return o instanceof Schedule s && Objects.equals(s.text, text) && s.kind == kind
        && Objects.equals(s.from, from) && Objects.equals(s.to, to)
        && s.milestones.equals(milestones);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, kind, from, to, milestones);
  }
}
