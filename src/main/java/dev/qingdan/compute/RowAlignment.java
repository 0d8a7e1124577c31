package dev.qingdan.compute;

import dev.qingdan.model.Row;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs the rows of two revisions by their content, the way a reviewer would: a row that only got
 * another number is the same row, wherever it moved; a row whose target changed is still the same
 * row, and two rows with the same title are told apart by everything else.
 *
 * <p>The work stays close to linear in the number of rows, so that 10,000-row revisions compare as
 * fast as the files can be read:
 *
 * <ol>
 *   <li>Rows whose whole content (everything but the id) is equal and which stand at the same
 *       place at either end are paired first; then, as in patience diff, rows whose content occurs
 *       exactly once in both revisions are anchors, and the longest order-preserving chain of
 *       anchors is kept. The gaps between anchors are aligned the same way, recursively.
 *   <li>Where no content is unique any more, looser keys (title and indicator; key points and goal)
 *       anchor the rows that changed, if they are still alike.
 *   <li>What remains is aligned by dynamic programming over a similarity score (a
 *       Needleman–Wunsch alignment that maximises the total similarity above a threshold); large
 *       gaps only within a band around their diagonal, so no step is quadratic in the file size.
 *   <li>Rows left removed on one side and added on the other that are one row moved (equal
 *       content, or alike and sharing a looser key) are paired out of order.
 * </ol>
 */
public final class RowAlignment {
  /** Two rows less alike than this are never paired: one was removed and the other added. */
  static final double THRESHOLD = 0.5;

  /** Gaps up to this many cells are aligned exactly. */
  static final long FULL_CELLS = 1L << 16;

  /** Half the width of the band in which larger gaps are aligned. */
  static final int BAND = 32;

  /** How many rows of one key are weighed against a moved row. */
  static final int MOVE_CANDIDATES = 16;

  /** Anchoring recursion deeper than this moves on to the next key. */
  private static final int MAX_DEPTH = 32;

  private static final byte DIAG = 0;
  private static final byte UP = 1;
  private static final byte LEFT = 2;

  /**
   * One step of the alignment.
   *
   * @param oldIndex the row's index in the old revision, or -1 for an added row
   * @param newIndex the row's index in the new revision, or -1 for a removed row
   */
  public record Step(int oldIndex, int newIndex) {}

  private final RowSimilarity.Features[] fa;
  private final RowSimilarity.Features[] fb;
  /** keys[level] of the old and new rows: equal numbers mean equal keys. */
  private final int[][] ka;
  private final int[][] kb;
  private final Map<Long, Double> cache = new HashMap<>();
  /** Rows set aside as moved (see {@link #setAsideMoved}). */
  private boolean[] asideA;
  private boolean[] asideB;
  private final List<Step> steps = new ArrayList<>();
  /** Similarity evaluations and dynamic-programming cells, for tests that the work is linear. */
  long evaluations;

  long cells;

  private RowAlignment(List<Row> a, List<Row> b) {
    fa = a.stream().map(RowSimilarity.Features::new).toArray(RowSimilarity.Features[]::new);
    fb = b.stream().map(RowSimilarity.Features::new).toArray(RowSimilarity.Features[]::new);
    long[][] ha = a.stream().map(RowSimilarity::keys).toArray(long[][]::new);
    long[][] hb = b.stream().map(RowSimilarity::keys).toArray(long[][]::new);
    int levels = 3;
    ka = new int[levels][a.size()];
    kb = new int[levels][b.size()];
    for (int level = 0; level < levels; level++) {
      Map<Long, Integer> ids = new HashMap<>();
      for (int i = 0; i < a.size(); i++) {
        ka[level][i] = ids.computeIfAbsent(ha[i][level], k -> ids.size());
      }
      for (int j = 0; j < b.size(); j++) {
        kb[level][j] = ids.computeIfAbsent(hb[j][level], k -> ids.size());
      }
    }
  }

  /**
   * The alignment of the old rows with the new, in the new order, a removed row where it stood;
   * old indexes increase except where a row moved.
   */
  public static List<Step> align(List<Row> old, List<Row> neu) {
    return run(old, neu).steps;
  }

  static RowAlignment run(List<Row> old, List<Row> neu) {
    RowAlignment al = new RowAlignment(old, neu);
    al.setAsideMoved();
    al.range(0, old.size(), 0, neu.size(), 0, 0);
    al.moves();
    return al;
  }

  /**
   * Pairs the rows that the order-keeping alignment left removed on one side and added on the
   * other but that are one row moved (items swapped, a row moved to another item): equal content
   * first, then rows alike enough that share their title and indicator, or their key points and
   * goal. A moved pair stands where the row now is. Each row is looked up in a bucket of its key,
   * and at most {@link #MOVE_CANDIDATES} rows of a bucket are weighed, so this stays linear.
   */
  private void moves() {
    List<Integer> removed = new ArrayList<>();
    List<Integer> added = new ArrayList<>();
    for (Step s : steps) {
      if (s.newIndex() < 0) {
        removed.add(s.oldIndex());
      } else if (s.oldIndex() < 0) {
        added.add(s.newIndex());
      }
    }
    if (removed.isEmpty() || added.isEmpty()) {
      return;
    }
    Map<Integer, Integer> pairOf = new HashMap<>();
    Set<Integer> taken = new HashSet<>();
    for (int level = 0; level < ka.length; level++) {
      Map<Integer, List<Integer>> byKey = new HashMap<>();
      for (int i : removed) {
        if (!taken.contains(i)) {
          byKey.computeIfAbsent(ka[level][i], k -> new ArrayList<>()).add(i);
        }
      }
      for (int j : added) {
        List<Integer> bucket = pairOf.containsKey(j) ? null : byKey.get(kb[level][j]);
        if (bucket == null || bucket.isEmpty()) {
          continue;
        }
        int best = level == 0 ? 0 : -1;
        double bestGain = 0;
        for (int c = 0; level > 0 && c < Math.min(bucket.size(), MOVE_CANDIDATES); c++) {
          double g = gain(bucket.get(c), j);
          if (g > bestGain) {
            bestGain = g;
            best = c;
          }
        }
        if (best >= 0) {
          int i = bucket.remove(best);
          pairOf.put(j, i);
          taken.add(i);
        }
      }
    }
    if (pairOf.isEmpty()) {
      return;
    }
    List<Step> out = new ArrayList<>(steps.size());
    for (Step s : steps) {
      if (s.newIndex() < 0 && taken.contains(s.oldIndex())) {
        continue;
      }
      Integer i = s.oldIndex() < 0 ? pairOf.get(s.newIndex()) : null;
      out.add(i == null ? s : new Step(i, s.newIndex()));
    }
    steps.clear();
    steps.addAll(out);
  }

  /**
   * Sets aside the rows whose content is on both sides but out of order (moved rows): the rows of
   * equal content are paired in order of their occurrence, the longest chain of those pairs in
   * which both indexes increase stays in place, and the rest are left out of the ordered
   * alignment, so that a similar row there cannot take a moved row's place. {@link #moves} pairs
   * them again.
   */
  private void setAsideMoved() {
    Map<Integer, ArrayDeque<Integer>> olds = new HashMap<>();
    for (int i = 0; i < ka[0].length; i++) {
      olds.computeIfAbsent(ka[0][i], k -> new ArrayDeque<>()).add(i);
    }
    List<int[]> pairs = new ArrayList<>();
    for (int j = 0; j < kb[0].length; j++) {
      ArrayDeque<Integer> q = olds.get(kb[0][j]);
      if (q != null && !q.isEmpty()) {
        pairs.add(new int[] {q.poll(), j});
      }
    }
    pairs.sort((x, y) -> Integer.compare(x[0], y[0]));
    Set<Integer> kept = new HashSet<>();
    for (int[] p : longestChain(pairs)) {
      kept.add(p[0]);
    }
    asideA = new boolean[ka[0].length];
    asideB = new boolean[kb[0].length];
    for (int[] p : pairs) {
      if (!kept.contains(p[0])) {
        asideA[p[0]] = true;
        asideB[p[1]] = true;
      }
    }
  }

  private boolean same(int level, int i, int j) {
    return level < ka.length && ka[level][i] == kb[level][j] && !asideA[i] && !asideB[j]
        && (level == 0 || gain(i, j) > 0);
  }

  private void range(int a0, int a1, int b0, int b1, int level, int depth) {
    // Equal content at either end is the same row; a looser key is not enough there (two rows of
    // one item share title and indicator): it anchors only where it is unique.
    while (level == 0 && a0 < a1 && b0 < b1 && same(level, a0, b0)) {
      steps.add(new Step(a0++, b0++));
    }
    Deque<Step> tail = new ArrayDeque<>();
    while (level == 0 && a0 < a1 && b0 < b1 && same(level, a1 - 1, b1 - 1)) {
      tail.push(new Step(--a1, --b1));
    }
    if (a0 == a1 || b0 == b1) {
      oneSided(a0, a1, b0, b1);
    } else if (level < ka.length) {
      int[][] anchors = depth < MAX_DEPTH ? anchors(a0, a1, b0, b1, level) : new int[0][];
      if (anchors.length == 0) {
        range(a0, a1, b0, b1, level + 1, 0);
      } else {
        int pa = a0;
        int pb = b0;
        for (int[] an : anchors) {
          range(pa, an[0], pb, an[1], level, depth + 1);
          steps.add(new Step(an[0], an[1]));
          pa = an[0] + 1;
          pb = an[1] + 1;
        }
        range(pa, a1, pb, b1, level, depth + 1);
      }
    } else {
      dynamic(a0, a1, b0, b1);
    }
    steps.addAll(tail);
  }

  private void oneSided(int a0, int a1, int b0, int b1) {
    for (int i = a0; i < a1; i++) {
      steps.add(new Step(i, -1));
    }
    for (int j = b0; j < b1; j++) {
      steps.add(new Step(-1, j));
    }
  }

  /**
   * The keys that occur exactly once on each side of the range, as pairs (old, new), reduced to
   * the longest chain in which both indexes increase.
   */
  private int[][] anchors(int a0, int a1, int b0, int b1, int level) {
    int[] ca = ka[level];
    int[] cb = kb[level];
    Map<Integer, int[]> seen = new HashMap<>();
    for (int i = a0; i < a1; i++) {
      int[] s = seen.computeIfAbsent(ca[i], k -> new int[] {0, -1, 0, -1});
      s[0]++;
      s[1] = i;
    }
    for (int j = b0; j < b1; j++) {
      int[] s = seen.get(cb[j]);
      if (s != null) {
        s[2]++;
        s[3] = j;
      }
    }
    List<int[]> pairs = new ArrayList<>();
    for (int i = a0; i < a1; i++) {
      int[] s = seen.get(ca[i]);
      if (s[0] == 1 && s[2] == 1 && !asideA[i] && !asideB[s[3]]
          && (level == 0 || gain(i, s[3]) > 0)) {
        pairs.add(new int[] {i, s[3]});
      }
    }
    return longestChain(pairs);
  }

  /** The longest subsequence of pairs (sorted by old index) whose new indexes increase. */
  static int[][] longestChain(List<int[]> pairs) {
    int n = pairs.size();
    int[] tails = new int[n];
    int[] prev = new int[n];
    int len = 0;
    for (int p = 0; p < n; p++) {
      int j = pairs.get(p)[1];
      int lo = 0;
      int hi = len;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (pairs.get(tails[mid])[1] < j) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      prev[p] = lo > 0 ? tails[lo - 1] : -1;
      tails[lo] = p;
      if (lo == len) {
        len++;
      }
    }
    int[][] out = new int[len][];
    for (int k = len - 1, p = len == 0 ? -1 : tails[len - 1]; k >= 0; k--, p = prev[p]) {
      out[k] = pairs.get(p);
    }
    return out;
  }

  /** How much pairing two rows is worth: their similarity above the threshold, or 0. */
  private double gain(int i, int j) {
    if (asideA[i] || asideB[j]) {
      // A moved row is paired with its own content only, out of order.
      return 0;
    }
    if (ka[0][i] == kb[0][j]) {
      return 1 - THRESHOLD;
    }
    long k = ((long) ka[0][i] << 32) | (kb[0][j] & 0xffffffffL);
    Double s = cache.get(k);
    if (s == null) {
      evaluations++;
      s = RowSimilarity.of(fa[i], fb[j]);
      cache.put(k, s);
    }
    return s > THRESHOLD ? s - THRESHOLD : 0;
  }

  /**
   * Needleman–Wunsch over the range: the order-preserving pairing with the greatest total gain.
   * A small range is aligned whole; a large one within a band around the line from its first
   * corner to its last, wide enough that every row of the band reaches the next.
   */
  private void dynamic(int a0, int a1, int b0, int b1) {
    int n = a1 - a0;
    int m = b1 - b0;
    long w = (long) n * m <= FULL_CELLS ? m : Math.max(BAND, (m + n - 1) / n + 1);
    int[] lo = new int[n + 1];
    int[] hi = new int[n + 1];
    for (int i = 0; i <= n; i++) {
      long c = (long) i * m / n;
      lo[i] = (int) Math.max(0, c - w);
      hi[i] = (int) Math.min(m, c + w);
    }
    byte[][] trace = new byte[n + 1][];
    double[] prev = new double[0];
    for (int i = 0; i <= n; i++) {
      double[] cur = new double[hi[i] - lo[i] + 1];
      cells += cur.length;
      byte[] tr = new byte[cur.length];
      for (int j = lo[i]; j <= hi[i]; j++) {
        double best = Double.NEGATIVE_INFINITY;
        byte how = LEFT;
        if (i > 0 && j > 0 && j - 1 >= lo[i - 1] && j - 1 <= hi[i - 1]) {
          double g = gain(a0 + i - 1, b0 + j - 1);
          if (g > 0) {
            best = prev[j - 1 - lo[i - 1]] + g;
            how = DIAG;
          }
        }
        if (j > lo[i] && cur[j - 1 - lo[i]] > best) {
          best = cur[j - 1 - lo[i]];
          how = LEFT;
        }
        if (i > 0 && j >= lo[i - 1] && j <= hi[i - 1] && prev[j - lo[i - 1]] > best) {
          best = prev[j - lo[i - 1]];
          how = UP;
        }
        if (i == 0 && j == 0) {
          best = 0;
        }
        cur[j - lo[i]] = best;
        tr[j - lo[i]] = how;
      }
      trace[i] = tr;
      prev = cur;
    }
    Deque<Step> out = new ArrayDeque<>();
    int i = n;
    int j = m;
    while (i > 0 || j > 0) {
      byte how = trace[i][j - lo[i]];
      if (i > 0 && how == DIAG) {
        out.push(new Step(a0 + --i, b0 + --j));
      } else if (i > 0 && (how == UP || j == 0)) {
        out.push(new Step(a0 + --i, -1));
      } else {
        out.push(new Step(-1, b0 + --j));
      }
    }
    // Within a stretch without pairs, list the removed rows before the added ones.
    List<Step> ordered = new ArrayList<>(out);
    int s = 0;
    while (s < ordered.size()) {
      if (ordered.get(s).oldIndex() >= 0 && ordered.get(s).newIndex() >= 0) {
        steps.add(ordered.get(s++));
        continue;
      }
      int e = s;
      while (e < ordered.size()
          && (ordered.get(e).oldIndex() < 0 || ordered.get(e).newIndex() < 0)) {
        e++;
      }
      List<Step> run = ordered.subList(s, e);
      run.stream().filter(st -> st.newIndex() < 0).forEach(steps::add);
      run.stream().filter(st -> st.oldIndex() < 0).forEach(steps::add);
      s = e;
    }
  }
}
