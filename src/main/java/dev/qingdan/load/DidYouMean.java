package dev.qingdan.load;

import dev.qingdan.text.Msg;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Suggests the closest known word for a misspelt one. */
public final class DidYouMean {
  private DidYouMean() {}

  /** The closest candidate within a distance that still looks like a typo, if any. */
  public static Optional<String> closest(String word, Collection<String> candidates) {
    int limit = Math.max(1, Math.min(3, word.length() / 2));
    LevenshteinDistance d = new LevenshteinDistance(limit);
    return candidates.stream()
        .filter(c -> d.apply(word, c) >= 0)
        .min(Comparator.comparingInt((String c) -> d.apply(word, c)).thenComparing(c -> c));
  }

  /**
   * {@code " (did you mean 'x'?)"} or nothing, to end a sentence: {@code Msg.of("unknown unit
   * '%s'%s", unit, DidYouMean.hint(unit, names))}.
   */
  public static Msg hint(String word, Collection<String> candidates) {
    return closest(word, candidates).map(c -> Msg.of(" (did you mean '%s'?)", c))
        .orElse(Msg.verbatim(""));
  }
}
