package dev.qingdan.compute;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * How completely the lead units have reported, like DHIS2's reporting rate: every lead unit of a
 * row is expected to report every month of the row's window, up to the month of the scope.
 *
 * @param expected the reports expected (lead units × months)
 * @param reported how many of them came
 * @param missing the ones that did not, by unit, row and month
 */
public record Completeness(long expected, long reported, List<Gap> missing) {
  public Completeness {
    missing = List.copyOf(missing);
  }

  public static final Completeness NONE = new Completeness(0, 0, List.of());

  /**
   * One expected report that did not come.
   *
   * @param unit the lead unit's register name
   * @param id the row
   * @param period the month
   */
  public record Gap(String unit, String id, YearMonth period) {}

  /** The rate in percent, one decimal rounded down; null when nothing was expected. */
  public BigDecimal percent() {
    return expected == 0 ? null : Exact.percent(new BigFraction(reported, expected));
  }

  /** The sum of several. */
  public static Completeness sum(List<Completeness> parts) {
    long e = 0;
    long r = 0;
    List<Gap> gaps = new java.util.ArrayList<>();
    for (Completeness c : parts) {
      e += c.expected;
      r += c.reported;
      gaps.addAll(c.missing);
    }
    return new Completeness(e, r, gaps);
  }
}
