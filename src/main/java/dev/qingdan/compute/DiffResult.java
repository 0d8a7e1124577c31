package dev.qingdan.compute;

import java.util.List;

/**
 * The changes between two revisions, in the new revision's order (goals first, a removed row where
 * it stood), with their summary.
 *
 * @param changes every change
 * @param summary how many rows and goals were added, removed, modified and renumbered
 */
public record DiffResult(List<Change> changes, Summary summary) {
  public DiffResult {
    changes = List.copyOf(changes);
  }

  /**
   * How many changes there are of each kind: a row whose target and schedule both changed has two
   * modified changes.
   *
   * @param added rows and goals added
   * @param removed rows and goals removed
   * @param modified fields of rows and goals changed
   * @param renumbered rows whose id changed
   */
  public record Summary(int added, int removed, int modified, int renumbered) {
    static Summary of(List<Change> changes) {
      int[] n = new int[ChangeKind.values().length];
      changes.forEach(c -> n[c.change().ordinal()]++);
      return new Summary(n[ChangeKind.ADDED.ordinal()], n[ChangeKind.REMOVED.ordinal()],
          n[ChangeKind.MODIFIED.ordinal()], n[ChangeKind.RENUMBERED.ordinal()]);
    }
  }

  /** Whether the revisions differ at all. */
  public boolean hasChanges() {
    return !changes.isEmpty();
  }

  /** How many entries (other than renumberings) have this impact. */
  public long count(Impact impact) {
    return changes.stream()
        .filter(c -> c.change() != ChangeKind.RENUMBERED && c.impact() == impact)
        .count();
  }
}
