package dev.qingdan.load;

import dev.qingdan.text.Msg;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of problems that keeps at most {@link #MAX_PER_FILE} of each file, and then one more that
 * says so.
 *
 * <p>A hostile or badly broken file can hold millions of problems (a list of ten million numbers
 * where rows are expected): kept and printed, they would exhaust the heap and flood the terminal.
 * The first thousand tell the user what is wrong. The last one is as severe as the worst problem
 * left out, so a file never passes because its errors came after its warnings.
 */
public final class ProblemList extends ArrayList<Problem> {
  private static final long serialVersionUID = 1L;

  /** The most problems kept for one file. */
  public static final int MAX_PER_FILE = 1000;

  /** The code of the problem that says the rest were left out. */
  public static final String TOO_MANY = "too-many-problems";

  private final int max;
  private final Map<String, Integer> counts = new HashMap<>();
  private int offered;
  /** For each full file, the severity of its last problem, the worst left out. */
  private final Map<String, Severity> worst = new HashMap<>();

  public ProblemList() {
    this(MAX_PER_FILE);
  }

  ProblemList(int max) {
    this.max = max;
  }

  @Override
  public boolean add(Problem p) {
    offered++;
    if (p.code().equals(TOO_MANY)) {
      // copied from another list (sorted first, as it has no line): the file has its marker
      worst.merge(p.file(), p.severity(), (x, y) -> x.compareTo(y) <= 0 ? x : y);
      return super.add(p);
    }
    int n = counts.merge(p.file(), 1, Integer::sum);
    if (n <= max) {
      return super.add(p);
    }
    counts.put(p.file(), max + 1);
    Severity before = worst.get(p.file());
    if (before == null) {
      worst.put(p.file(), p.severity());
      return super.add(marker(p.file(), p.severity()));
    }
    if (p.severity().compareTo(before) < 0) {
      worst.put(p.file(), p.severity());
      for (int i = 0; i < size(); i++) {
        Problem m = get(i);
        if (m.code().equals(TOO_MANY) && m.file().equals(p.file())) {
          set(i, marker(p.file(), p.severity()));
        }
      }
    }
    return false;
  }

  /** Forgets the problems from the {@code n}-th on, as if they were never added. */
  public void truncate(int n) {
    List<Problem> kept = new ArrayList<>(subList(0, n));
    clear();
    counts.clear();
    worst.clear();
    offered = 0;
    kept.forEach(this::add);
  }

  private Problem marker(String file, Severity severity) {
    return new Problem(severity, TOO_MANY, Msg.of("more than %d problems; only the first %d are "
        + "reported", max, max), file, 0, 0, "");
  }

  @Override
  public boolean addAll(Collection<? extends Problem> c) {
    boolean changed = false;
    for (Problem p : c) {
      changed |= add(p);
    }
    return changed;
  }

  /**
   * How many problems were ever added to {@code problems}, kept or not: a caller that asks
   * whether something went wrong since it last looked compares two of these.
   */
  public static int offered(java.util.List<Problem> problems) {
    return problems instanceof ProblemList l ? l.offered : problems.size();
  }

  /** Whether problems of {@code file} were left out. */
  public boolean full(String file) {
    return worst.containsKey(file);
  }
}
