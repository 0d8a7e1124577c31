package dev.qingdan.compute;

import java.util.ArrayList;
import java.util.List;

/**
 * The changes between two revisions, with their summary.
 *
 * @param changes the changes of rows and goals, in the new revision's order (goals first, a
 *     removed row where it stood)
 * @param register the changes of the unit register (units added, removed, renamed, their aliases;
 *     generic phrases), in the register's order
 * @param document the changes of the document's metadata (title, number, date, year, …)
 * @param summary how many rows and goals were added, removed, modified and renumbered
 */
public record DiffResult(List<Change> changes, List<Change> register, List<Change> document,
    Summary summary) {
  public DiffResult {
    changes = List.copyOf(changes);
    register = List.copyOf(register);
    document = List.copyOf(document);
  }

  /** Every change: the document's, the register's, then the rows' and goals'. */
  public List<Change> all() {
    List<Change> out = new ArrayList<>(document.size() + register.size()
        + changes.size());
    out.addAll(document);
    out.addAll(register);
    out.addAll(changes);
    return out;
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
    return !changes.isEmpty() || !register.isEmpty() || !document.isEmpty();
  }

  /**
   * How many entries (other than renumberings) have this impact, register and document included.
   */
  public long count(Impact impact) {
    return all().stream()
        .filter(c -> c.change() != ChangeKind.RENUMBERED && c.impact() == impact)
        .count();
  }
}
