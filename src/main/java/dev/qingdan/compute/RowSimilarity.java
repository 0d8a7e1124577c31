package dev.qingdan.compute;

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

  /** What similarity looks at in one row, with the bigrams computed once and only when needed. */
  static final class Features {
    private final String[] texts;
    private final int[][] bigrams;
    private final Set<String> lead;
    private final Set<String> partners;
    private final Target target;

    Features(Row r) {
      texts = new String[] {r.title(), r.points(), r.goal(), r.indicator(), r.schedule().text(),
          r.definition().text(), r.method()};
      bigrams = new int[texts.length][];
      lead = new HashSet<>(r.lead());
      partners = new HashSet<>(r.partners());
      target = r.target();
    }

    private int[] bigrams(int field) {
      if (bigrams[field] == null) {
        bigrams[field] = bigramsOf(texts[field]);
      }
      return bigrams[field];
    }
  }

  private RowSimilarity() {}

  /** The similarity of two rows, 0 to 1; 1 exactly when every compared field is equal. */
  static double of(Features x, Features y) {
    double s = 0;
    for (int f = 0; f < TEXT_WEIGHTS.length; f++) {
      s += TEXT_WEIGHTS[f] * text(x, y, f);
    }
    s += LEAD_WEIGHT * sets(x.lead, y.lead);
    s += PARTNERS_WEIGHT * sets(x.partners, y.partners);
    s += TARGET_WEIGHT * target(x.target, y.target);
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

  /** The content of a row without its id, for finding rows that did not change at all. */
  static String contentKey(Row r) {
    return String.join("\u0001", r.title(), r.points(), String.join("\u0002", r.lead()),
        String.join("\u0002", r.partners()), r.goal(), r.indicator(), r.target().toString(),
        r.schedule().toString(), r.definition().toString(), r.method());
  }

  /** Looser keys, for rows whose content changed: what names the measure. */
  static List<String> looseKeys(Row r) {
    return List.of(r.title() + "\u0001" + r.indicator(), r.points() + "\u0001" + r.goal());
  }
}
