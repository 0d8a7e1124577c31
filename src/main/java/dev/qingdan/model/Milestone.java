package dev.qingdan.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * One dated step of a schedule.
 *
 * @param due the last day on which it is still on time (inclusive)
 * @param cumulative the cumulative count planned by that day, null for a deliverable
 * @param deliverable what is to be delivered, as the schedule text says it, or null
 */
public record Milestone(LocalDate due, Long cumulative, String deliverable) {
  /**
   * By due date. (Not Comparator.comparing: its lambda belongs to java.util.Comparator and is
   * spun anew on every run, where this one is kept in the class data sharing archive.)
   */
  public static final Comparator<Milestone> BY_DUE = (a, b) -> a.due().compareTo(b.due());

  // equals and hashCode written out, for the reason given in RowId (diff compares schedules and
  // definitions); RecordEqualityTest checks that they compare every component.
  @Override
  public boolean equals(Object o) {
    return o instanceof Milestone m && Objects.equals(m.due, due)
        && Objects.equals(m.cumulative, cumulative) && Objects.equals(m.deliverable, deliverable);
  }

  @Override
  public int hashCode() {
    return Objects.hash(due, cumulative, deliverable);
  }
}
