package dev.qingdan.compute;

import java.time.LocalDate;
import java.time.temporal.Temporal;

/**
 * One milestone as of a date.
 *
 * @param due its due date (inclusive)
 * @param planned the cumulative figure planned by then (for deliverables: how many are due by
 *     then)
 * @param actual the cumulative figure of the months up to and including its due date's month, and
 *     not after the as-of date (for deliverables: how many were done by its due date)
 * @param status done (reached by its due date), pending (due later, not reached yet), behind (due
 *     on the as-of date, not reached yet) or overdue (its due date passed without it)
 * @param deliverable what is to be delivered, or null for a count
 * @param reached when the planned figure was reached, even if late: the month whose report
 *     reached it (a {@code YearMonth}), or the day a deliverable was done (a {@code LocalDate});
 *     null if not reached as of the date
 */
public record MilestoneResult(
    LocalDate due,
    long planned,
    long actual,
    DeadlineStatus status,
    String deliverable,
    Temporal reached) {

  /** Whether it is reached by its due date. */
  public boolean met() {
    return status == DeadlineStatus.DONE;
  }
}
