package dev.qingdan.model;

import java.time.YearMonth;
import java.util.List;

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
}
