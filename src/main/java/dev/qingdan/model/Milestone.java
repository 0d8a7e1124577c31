package dev.qingdan.model;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * One dated step of a schedule.
 *
 * @param due the last day on which it is still on time (inclusive)
 * @param cumulative the cumulative count planned by that day, null for a deliverable
 * @param deliverable what is to be delivered, as the schedule text says it, or null
 */
public record Milestone(LocalDate due, Long cumulative, String deliverable) {
  /** By due date. */
  public static final Comparator<Milestone> BY_DUE = Comparator.comparing(Milestone::due);
}
