package dev.qingdan.compute;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.NavigableMap;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/** The least-squares run rate of a count and where it leads. */
final class RunRate {
  /** Beyond this many months ahead, a target is taken as never reached. */
  static final long HORIZON_MONTHS = 1200;

  // The rate is a double; a projection a hair under a whole target is still on it.
  private static final double EPSILON = 1e-9;

  private RunRate() {}

  /**
   * Fits a line through the cumulative count at the end of each month, from the month before the
   * plan's start (0) to the later of the latest month reported and the last month ended by the
   * as-of date (a month without a report adds 0, as it does to the actual figure), and projects it
   * to the due date.
   *
   * @param start the plan's first month; reports before it extend the series back
   * @param monthly the counts of each month, none after the as-of date's month
   * @return null when no month is reported
   */
  static Forecast forecast(
      YearMonth start, NavigableMap<YearMonth, Long> monthly, LocalDate asOf, long target,
      LocalDate due) {
    if (monthly.isEmpty()) {
      return null;
    }
    YearMonth first = monthly.firstKey().isBefore(start) ? monthly.firstKey() : start;
    YearMonth ended = YearMonth.from(asOf);
    if (ended.atEndOfMonth().isAfter(asOf)) {
      ended = ended.minusMonths(1);
    }
    YearMonth last = monthly.lastKey().isBefore(ended) ? ended : monthly.lastKey();
    SimpleRegression fit = new SimpleRegression();
    fit.addData(0, 0);
    long cumulative = 0;
    YearMonth reached = null;
    int x = 1;
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1), x++) {
      cumulative += monthly.getOrDefault(m, 0L);
      fit.addData(x, cumulative);
      if (reached == null && cumulative >= target) {
        reached = m;
      }
    }
    double rate = fit.getSlope();
    YearMonth dueMonth = YearMonth.from(due);
    double projected;
    if (last.isBefore(dueMonth)) {
      projected = cumulative + rate * ChronoUnit.MONTHS.between(last, dueMonth);
    } else {
      projected = Deadlines.cumulative(monthly, dueMonth);
    }
    boolean atRisk = projected + EPSILON < target;
    if (reached == null && rate > 0) {
      double months = Math.ceil((target - cumulative) / rate - EPSILON);
      if (months <= HORIZON_MONTHS) {
        reached = last.plusMonths((long) months);
      }
    }
    return new Forecast(rate, last, projected, due, atRisk, reached);
  }
}
