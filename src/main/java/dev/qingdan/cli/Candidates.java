package dev.qingdan.cli;

import dev.qingdan.load.InputException;
import dev.qingdan.load.checklist.LoadedChecklist;
import dev.qingdan.model.Checklist;
import dev.qingdan.model.Goal;
import dev.qingdan.model.Row;
import dev.qingdan.model.UnitRegister;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Completion candidates taken from the bundled checklist. picocli creates these objects for every
 * run, so they read the checklist only when asked to iterate: when a completion script or the man
 * page is generated.
 */
final class Candidates {
  private Candidates() {}

  private static Checklist bundled() {
    try {
      LoadedChecklist lc = Policies.bundled();
      return lc.checklist();
    } catch (InputException e) {
      return null;
    }
  }

  /** Row ids, items of one row, and goal ids, as {@code show} takes them. */
  static final class Ids implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      Checklist c = bundled();
      List<String> ids = new ArrayList<>();
      if (c != null) {
        c.rows().stream().map(Row::id).map(Object::toString).forEach(ids::add);
        c.goals().stream().map(Goal::id).forEach(ids::add);
      }
      return ids.iterator();
    }
  }

  /** Unit names and aliases of the register, and the generic phrases. */
  static final class Units implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      Checklist c = bundled();
      Set<String> names = new LinkedHashSet<>();
      if (c != null) {
        names.addAll(UnitRegister.of(c).allNames());
      }
      return names.iterator();
    }
  }
}
