package dev.qingdan.compute;

import java.time.LocalDate;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;

/** What exactly moved inside a modified field, for renderers that show more than old and new. */
public sealed interface ChangeDetail {
  /**
   * A unit list (lead, partners) compared as a set of register units.
   *
   * @param added units only in the new revision, as it writes them
   * @param removed units only in the old revision, as it writes them
   */
  record Units(List<String> added, List<String> removed) implements ChangeDetail {
    public Units {
      added = List.copyOf(added);
      removed = List.copyOf(removed);
    }
  }

  /**
   * The milestones of a schedule, paired in order; a milestone only on one side has nulls on the
   * other. For a mixed change, also the dates where the plan, a figure over time, rose and fell.
   *
   * @param shifts the pairs whose due date or amount differ
   * @param raised the dates where the new plan asks for more than the old one, in date order
   *     (only for a mixed change)
   * @param lowered the dates where it asks for less (only for a mixed change)
   */
  record Milestones(List<Shift> shifts, List<Point> raised, List<Point> lowered)
      implements ChangeDetail {
    public Milestones {
      shifts = List.copyOf(shifts);
      raised = List.copyOf(raised);
      lowered = List.copyOf(lowered);
    }

    public Milestones(List<Shift> shifts) {
      this(shifts, List.of(), List.of());
    }
  }

  /**
   * A goal's target changed in one edit with the sentence that states it (力争全年…3000人次 to
   * …3500人次), and with the milestones that plan it where they moved along.
   *
   * @param oldText the goal's sentence before
   * @param newText the goal's sentence after
   * @param milestones the milestones that moved with the target, or null
   */
  record GoalEdit(String oldText, String newText, Milestones milestones)
      implements ChangeDetail {}

  /**
   * The figure a plan asks for by a date, before and after: a milestone's, or the pro-rata or
   * month-by-month figure on the way to one.
   *
   * @param date the date
   * @param old what the old plan asks for by then
   * @param neu what the new plan asks for by then
   */
  record Point(LocalDate date, BigFraction old, BigFraction neu) {}

  /**
   * One milestone before and after.
   *
   * @param oldDue the old due date, or null for a milestone that was added
   * @param oldAmount the old cumulative amount, or null (a deliverable, or added)
   * @param newDue the new due date, or null for a milestone that was removed
   * @param newAmount the new cumulative amount, or null
   */
  record Shift(LocalDate oldDue, Long oldAmount, LocalDate newDue, Long newAmount) {}

  /**
   * The sides of a ratio definition (numerator/denominator) before and after; null where the
   * definition is not a ratio.
   */
  record Ratio(String oldNumerator, String oldDenominator, String newNumerator,
      String newDenominator) implements ChangeDetail {}

  /**
   * A unit of the register whose names changed.
   *
   * @param added aliases only in the new revision
   * @param removed aliases only in the old revision
   * @param remapped names written in the new revision's rows that now stand for this unit where the
   *     old register read them as another one
   */
  record Names(List<String> added, List<String> removed, List<Remap> remapped)
      implements ChangeDetail {
    public Names {
      added = List.copyOf(added);
      removed = List.copyOf(removed);
      remapped = List.copyOf(remapped);
    }
  }

  /**
   * A unit name that a row writes as before but that now means another unit.
   *
   * @param id the row's id (or goal's) in the new revision
   * @param field {@code lead} or {@code partners}
   * @param written the name as the row writes it
   * @param was the register unit the old revision read it as
   */
  record Remap(String id, String field, String written, String was) {}
}
