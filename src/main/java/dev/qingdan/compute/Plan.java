package dev.qingdan.compute;

import dev.qingdan.model.Milestone;
import dev.qingdan.model.Schedule;
import dev.qingdan.model.Target;
import dev.qingdan.model.TargetKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The dated plan of a row, read from its schedule and target.
 *
 * @param kind what the plan counts
 * @param steps the milestones in due order; for deliverables the k-th counts k
 * @param from the first month of a pro-rata window, else null
 * @param to the last month of a pro-rata window, else null
 * @param start the month the plan starts, for the run rate; null without a plan
 */
record Plan(PlanKind kind, List<Step> steps, YearMonth from, YearMonth to, YearMonth start) {

  /**
   * One milestone of the plan.
   *
   * @param due its due date
   * @param cumulative the cumulative figure due by then
   * @param deliverable what is delivered, or null for a count
   */
  record Step(LocalDate due, long cumulative, String deliverable) {}

  static final Plan NONE = new Plan(PlanKind.NONE, List.of(), null, null, null);

  boolean proRata() {
    return from != null;
  }

  long target() {
    return steps.get(steps.size() - 1).cumulative();
  }

  LocalDate due() {
    return steps.get(steps.size() - 1).due();
  }

  /**
   * A count plan from milestones with cumulative figures; a deliverable plan from milestones
   * without; for a count target with a window but no milestone, one final milestone at the
   * window's end. A single count milestone is planned pro rata over its window (from the
   * schedule's first month, else January of the due year, to the due month).
   */
  static Plan of(Schedule s, Target target) {
    List<Milestone> ms = new ArrayList<>(s.milestones());
    ms.sort(Milestone.BY_DUE);
    List<Step> counts = new ArrayList<>();
    List<Step> deliverables = new ArrayList<>();
    for (Milestone m : ms) {
      if (m.cumulative() != null) {
        counts.add(new Step(m.due(), m.cumulative(), null));
      } else {
        deliverables.add(new Step(m.due(), deliverables.size() + 1L, m.deliverable()));
      }
    }
    if (target != null && Bounds.ceiling(target)) {
      // A ceiling (不超过2千人次) is held, not reached: there is nothing to be behind on.
      counts.clear();
    }
    if (counts.isEmpty() && deliverables.isEmpty() && target != null
        && target.kind() == TargetKind.COUNT && target.floor() && s.to() != null) {
      Long whole = whole(target);
      if (whole != null) {
        counts.add(new Step(s.to().atEndOfMonth(), whole, null));
      }
    }
    if (!counts.isEmpty()) {
      YearMonth first = YearMonth.from(counts.get(0).due());
      YearMonth start = s.from() != null && s.from().isBefore(first) ? s.from() : first;
      if (counts.size() > 1) {
        return new Plan(PlanKind.COUNT, counts, null, null, start);
      }
      YearMonth to = first;
      YearMonth from = s.from() != null ? s.from() : YearMonth.of(to.getYear(), 1);
      if (from.isAfter(to)) {
        from = to;
      }
      return new Plan(PlanKind.COUNT, counts, from, to, from);
    }
    if (!deliverables.isEmpty()) {
      return new Plan(PlanKind.DELIVERABLES, deliverables, null, null,
          YearMonth.from(deliverables.get(0).due()));
    }
    return NONE;
  }

  private static Long whole(Target t) {
    try {
      return t.value().longValueExact();
    } catch (ArithmeticException e) {
      return null;
    }
  }
}
