package dev.qingdan.compute;

import java.time.LocalDate;
import java.util.List;

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
   * other.
   *
   * @param shifts the pairs whose due date or amount differ
   */
  record Milestones(List<Shift> shifts) implements ChangeDetail {
    public Milestones {
      shifts = List.copyOf(shifts);
    }
  }

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
