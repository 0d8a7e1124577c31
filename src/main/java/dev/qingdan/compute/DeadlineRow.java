package dev.qingdan.compute;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One row (or goal) as of a date.
 *
 * @param subject the row or goal
 * @param plan what planned, actual and target count
 * @param due the final due date, or null without a dated plan
 * @param target the figure the plan ends at (a count, or the number of deliverables), or null
 * @param planned the cumulative figure planned by the as-of date, or null; a pro-rata plan is
 *     rounded up to a whole count (the least count that is not under plan)
 * @param actual the cumulative figure as of the date; null without a plan, and for a count
 *     without any report up to the as-of date's month
 * @param status the contract's status
 * @param light the traffic light, or null for a row without a plan
 * @param gap (planned − actual) / target × 100, in percentage points, to two decimals; null
 *     without a plan
 * @param toGreen what turns a red or yellow row green, else null
 * @param forecast where a count target is heading, or null
 * @param milestones each milestone with its own status; none for a ceiling, a level or a growth
 *     rate, which are due at their window's end
 * @param measured the figures of a ceiling, a level or a growth rate (target, planned and actual
 *     are null there), else null
 */
public record DeadlineRow(
    Subject subject,
    PlanKind plan,
    LocalDate due,
    Long target,
    Long planned,
    Long actual,
    DeadlineStatus status,
    Light light,
    BigDecimal gap,
    ToGreen toGreen,
    Forecast forecast,
    List<MilestoneResult> milestones,
    Measured measured) {
  public DeadlineRow {
    milestones = List.copyOf(milestones);
  }

  /** The first milestone on or after the date that is not reached yet, or null. */
  public MilestoneResult next(LocalDate asOf) {
    for (MilestoneResult m : milestones) {
      if (!m.due().isBefore(asOf) && !m.met()) {
        return m;
      }
    }
    return null;
  }

  /**
   * Whether a milestone (for a ceiling, a level or a growth rate, the due date) falls due between
   * the date and {@code days} days after it, both included.
   */
  public boolean fallsDueWithin(LocalDate asOf, int days) {
    LocalDate last = asOf.plusDays(days);
    if (measured != null) {
      return !due.isBefore(asOf) && !due.isAfter(last);
    }
    return milestones.stream().anyMatch(m -> !m.due().isBefore(asOf) && !m.due().isAfter(last));
  }
}
