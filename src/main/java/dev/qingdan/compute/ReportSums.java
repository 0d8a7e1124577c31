package dev.qingdan.compute;

import dev.qingdan.model.ProgressEntry;
import dev.qingdan.model.ProgressFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The reports of each row and month added up, as entries: the deadlines and the burn-ups judge
 * a row by its monthly sums, its days done and its levels, so a year of a country's reports (a
 * million) comes down to a few hundred entries.
 *
 * <p>A report with a day done or a level, or with a numerator or a denominator alone, is kept as
 * it is; the others of a row and month become one entry, without a unit, whose numerator and
 * denominator add up those of the reports that had both, and whose count adds up the counts. A
 * sum that would outgrow 64 bits starts a second entry, so that the sums of the entries are the
 * sums of the reports and {@link FigureOverflow} sees them alike. The entries kept as they are
 * come first, in their order; then the sums, by row in the order first reported, then by month.
 */
final class ReportSums {
  private ReportSums() {}

  /** The sums of the reports of the months up to {@code through}, or of all when null. */
  static List<ProgressEntry> of(ProgressFigures reports, YearMonth through) {
    List<ProgressEntry> out = new ArrayList<>();
    Map<String, TreeMap<YearMonth, Sum>> byId = new LinkedHashMap<>();
    reports.each(new ProgressFigures.Sink() {
      // reports come in runs of one row and month: their sum is looked up once for each run
      private String lastId;
      private YearMonth lastPeriod;
      private Sum last;

      @Override
      public void report(YearMonth period, String id, String unit, long num, long den, long cnt,
          LocalDate done, BigDecimal value) {
        if (period != null && through != null && period.isAfter(through)) {
          return;
        }
        boolean ratio = num != ProgressFigures.NONE && den != ProgressFigures.NONE;
        boolean half = !ratio && (num != ProgressFigures.NONE || den != ProgressFigures.NONE);
        if (period == null || id == null || done != null || value != null || half) {
          out.add(new ProgressEntry(period, id, unit, ProgressFigures.boxed(num),
              ProgressFigures.boxed(den), ProgressFigures.boxed(cnt), done, null, null, 0,
              value));
          return;
        }
        if (!id.equals(lastId) || !period.equals(lastPeriod)) {
          lastId = id;
          lastPeriod = period;
          last = byId.computeIfAbsent(id, k -> new TreeMap<>()).computeIfAbsent(period,
              k -> new Sum());
        }
        Sum s = last;
        if (!s.fits(ratio ? num : 0, ratio ? den : 0, cnt == ProgressFigures.NONE ? 0 : cnt)) {
          out.add(s.entry(period, id));
          s.clear();
        }
        s.add(ratio, num, den, cnt);
      }

      @Override
      public Set<String> reporters(String id) {
        return Set.of(); // sums only: who reported does not matter
      }
    });
    byId.forEach((id, months) -> months.forEach((period, s) -> {
      if (s.ratio || s.counted) {
        out.add(s.entry(period, id));
      }
    }));
    return out;
  }

  /** The sums of one row and month so far. */
  private static final class Sum {
    boolean ratio;
    boolean counted;
    long numerator;
    long denominator;
    long count;

    boolean fits(long num, long den, long cnt) {
      return numerator <= Long.MAX_VALUE - num && denominator <= Long.MAX_VALUE - den
          && count <= Long.MAX_VALUE - cnt;
    }

    void add(boolean isRatio, long num, long den, long cnt) {
      if (isRatio) {
        ratio = true;
        numerator += num;
        denominator += den;
      }
      if (cnt != ProgressFigures.NONE) {
        counted = true;
        count += cnt;
      }
    }

    void clear() {
      ratio = false;
      counted = false;
      numerator = 0;
      denominator = 0;
      count = 0;
    }

    ProgressEntry entry(YearMonth period, String id) {
      return new ProgressEntry(period, id, null, ratio ? numerator : null,
          ratio ? denominator : null, counted ? count : null, null, null, null, 0, null);
    }
  }
}
