package dev.qingdan.compute;

import dev.qingdan.model.Milestone;
import dev.qingdan.model.Row;
import dev.qingdan.model.Target;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How alike two rows are, from 0 (nothing in common) to 1 (the same content), ignoring their ids.
 *
 * <p>Every field counts, weighted by how much it says about which measure a row is: the key
 * points most, the title, goal, indicator and definition next, the units and the target least
 * (they are often shared by unrelated rows). Texts are compared by their character bigrams (Dice's
 * coefficient), which suits Chinese text without a word segmenter; unit lists as sets.
 */
final class RowSimilarity {
  private static final int TITLE = 0;
  private static final int POINTS = 1;
  private static final int GOAL = 2;
  private static final int INDICATOR = 3;
  private static final int SCHEDULE = 4;
  private static final int DEFINITION = 5;
  private static final int METHOD = 6;
  private static final double[] TEXT_WEIGHTS = {2, 3, 2, 2, 1.5, 2, 1.5};
  private static final double LEAD_WEIGHT = 1;
  private static final double PARTNERS_WEIGHT = 1;
  private static final double TARGET_WEIGHT = 1;
  private static final double TOTAL =
      Arrays.stream(TEXT_WEIGHTS).sum() + LEAD_WEIGHT + PARTNERS_WEIGHT + TARGET_WEIGHT;

  /** What similarity looks at in one row, computed once and only when needed. */
  static final class Features {
    private final Row row;
    private final String[] texts;
    private int[][] bigrams;
    private Set<String> lead;
    private Set<String> partners;

    Features(Row r) {
      row = r;
      texts = new String[] {r.title(), r.points(), r.goal(), r.indicator(), r.schedule().text(),
          r.definition().text(), r.method()};
    }

    private int[] bigrams(int field) {
      if (bigrams == null) {
        bigrams = new int[texts.length][];
      }
      if (bigrams[field] == null) {
        bigrams[field] = bigramsOf(texts[field]);
      }
      return bigrams[field];
    }

    private Set<String> lead() {
      if (lead == null) {
        lead = new HashSet<>(row.lead());
      }
      return lead;
    }

    private Set<String> partners() {
      if (partners == null) {
        partners = new HashSet<>(row.partners());
      }
      return partners;
    }
  }

  private RowSimilarity() {}

  /** The similarity of two rows, 0 to 1; 1 exactly when every compared field is equal. */
  static double of(Features x, Features y) {
    double s = 0;
    for (int f = 0; f < TEXT_WEIGHTS.length; f++) {
      s += TEXT_WEIGHTS[f] * text(x, y, f);
    }
    s += LEAD_WEIGHT * sets(x.lead(), y.lead());
    s += PARTNERS_WEIGHT * sets(x.partners(), y.partners());
    s += TARGET_WEIGHT * target(x.row.target(), y.row.target());
    return s / TOTAL;
  }

  private static double text(Features x, Features y, int f) {
    if (x.texts[f].equals(y.texts[f])) {
      return 1;
    }
    return dice(x.bigrams(f), y.bigrams(f));
  }

  private static double sets(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    int common = 0;
    for (String s : a) {
      if (b.contains(s)) {
        common++;
      }
    }
    return (double) common / (a.size() + b.size() - common);
  }

  private static double target(Target a, Target b) {
    if (a.text().equals(b.text())) {
      return 1;
    }
    return a.kind() == b.kind() && Objects.equals(a.unit(), b.unit()) ? 0.5 : 0;
  }

  /** The sorted character bigrams of a text; a one-character text is its own single "bigram". */
  static int[] bigramsOf(String s) {
    if (s.length() < 2) {
      return s.isEmpty() ? new int[0] : new int[] {s.charAt(0) << 16};
    }
    int[] out = new int[s.length() - 1];
    for (int i = 0; i < out.length; i++) {
      out[i] = (s.charAt(i) << 16) | s.charAt(i + 1);
    }
    Arrays.sort(out);
    return out;
  }

  /** Dice's coefficient of two sorted multisets: 2·|A∩B| / (|A| + |B|). */
  static double dice(int[] a, int[] b) {
    if (a.length + b.length == 0) {
      return 1;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return 2.0 * common / (a.length + b.length);
  }

  /**
   * 64-bit hashes of a row's content without its id: [0] everything, [1] title and indicator,
   * [2] key points and goal. Equal content gives equal hashes; the alignment treats equal hashes
   * as equal content, which at worst misplaces a pairing and never changes what is reported about
   * a pair (fields are compared as they are).
   */
  static long[] keys(Row r) {
    long title = hash(r.title());
    long points = hash(r.points());
    long goal = hash(r.goal());
    long indicator = hash(r.indicator());
    long all = combine(title, points, hash(r.lead()), hash(r.partners()), goal, indicator,
        hash(r.target().text(), r.target().op(), r.target().value() == null ? null
            : r.target().value().stripTrailingZeros().toPlainString(), r.target().unit()),
        hash(r.schedule().text(), r.schedule().kind(), r.schedule().from(), r.schedule().to(),
            milestones(r.schedule().milestones())),
        hash(r.definition().text(), r.definition().numerator(), r.definition().denominator()),
        hash(r.method()));
    return new long[] {all, combine(title, indicator), combine(points, goal)};
  }

  private static long hash(String s) {
    // FNV-1a over the UTF-16 units, then a final mix so that short texts spread too.
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    return mix(h ^ s.length());
  }

  private static long hash(List<String> items) {
    long h = 0x51afd7ed558ccd1dL;
    for (String s : items) {
      h = mix(h ^ hash(s));
    }
    return mix(h ^ items.size());
  }

  /** Each milestone by its parts (not its record's toString, linked at run time on first use). */
  private static long milestones(List<Milestone> milestones) {
    long h = 0x3c6ef372fe94f82bL;
    for (Milestone m : milestones) {
      h = mix(h ^ hash(m.due(), m.cumulative(), m.deliverable()));
    }
    return mix(h ^ milestones.size());
  }

  private static long hash(Object... parts) {
    long h = 0x2545f4914f6cdd1dL;
    for (Object o : parts) {
      h = mix(h ^ (o == null ? 0x9e3779b97f4a7c15L : hash(o.toString())));
    }
    return h;
  }

  private static long combine(long... hashes) {
    long h = 0x6a09e667f3bcc909L;
    for (long x : hashes) {
      h = mix(h ^ x);
    }
    return h;
  }

  /** The finaliser of MurmurHash3 (fmix64). */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
