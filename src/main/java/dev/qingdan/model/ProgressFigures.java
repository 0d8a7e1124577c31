package dev.qingdan.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * Reports handed over one at a time as their figures: a year of a country's reports (a million)
 * is added up without an object made for each.
 */
public interface ProgressFigures {
  /** An absent figure: figures are not negative. */
  long NONE = Long.MIN_VALUE;

  /** Hands every report to {@code sink}, in the order of the files and of their lines. */
  void each(Sink sink);

  /** Takes one report: the fields of a {@link ProgressEntry}, a figure absent as {@link #NONE}. */
  @FunctionalInterface
  interface Sink {
    void report(YearMonth period, String id, String unit, long numerator, long denominator,
        long count, LocalDate done, BigDecimal value);

    /**
     * The units whose reports of row or goal {@code id} this sink is to see one by one, where
     * figures come added up with other units' and a report's unit alone is left (which units
     * reported); null for every unit. Such a report has no figures, no day and no level; one of
     * no unit is handed over whatever this answers. A year of a country's reports holds a million
     * of them, of which the lead units' few are all that a completeness counts.
     */
    default Set<String> reporters(String id) {
      return null;
    }
  }

  /** The figures of reports made as entries. */
  static ProgressFigures of(List<ProgressEntry> entries) {
    return sink -> {
      for (ProgressEntry e : entries) {
        sink.report(e.period(), e.id(), e.unit(), orNone(e.numerator()), orNone(e.denominator()),
            orNone(e.count()), e.done(), e.value());
      }
    };
  }

  /** A figure, or {@link #NONE} for null. */
  static long orNone(Long v) {
    return v == null ? NONE : v;
  }

  /** A figure, or null for {@link #NONE}. */
  static Long boxed(long v) {
    return v == NONE ? null : v;
  }
}
