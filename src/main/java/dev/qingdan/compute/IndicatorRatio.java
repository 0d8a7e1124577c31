package dev.qingdan.compute;

import dev.qingdan.model.Measure;
import dev.qingdan.model.Target;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * One row's or goal's figures over a scope, and how it stands.
 *
 * @param id {@code N.k} or {@code G1}
 * @param indicator the indicator's name (量化指标)
 * @param target the target
 * @param measure which figure measures it
 * @param eachMonth whether it is judged month by month (保持每月, rows 24.1 and 24.2)
 * @param lead the lead units' register names (none for a goal)
 * @param numerator Σ numerators over the scope; 0 for a ratio row without reports; null when the
 *     row is not measured by a ratio and none was reported
 * @param denominator Σ denominators, like the numerator
 * @param count Σ counts over the scope, 0 for a count row without reports, else as the numerator
 * @param ratio Σnumerator/Σdenominator (a count row: count/target), exact; null without one
 * @param percent the ratio in percent, one decimal rounded down; null without a ratio
 * @param status how it stands
 * @param months the months from the start of its window (or its first report) to the scope's month;
 *     with {@code --period}, that month alone
 * @param breaches the months under target of a row judged every month, else none
 * @param interval the 95% Wilson score interval of a ratio, null without one or for a count
 * @param done the day a deliverable was done, if reported within the scope
 * @param completeness how completely its lead units reported
 * @param value a level row: the latest month's value (the row's figure), else null
 */
public record IndicatorRatio(
    String id,
    String indicator,
    Target target,
    Measure measure,
    boolean eachMonth,
    List<String> lead,
    BigInteger numerator,
    BigInteger denominator,
    BigInteger count,
    BigFraction ratio,
    BigDecimal percent,
    RatioStatus status,
    List<MonthFigure> months,
    List<YearMonth> breaches,
    Wilson.Interval interval,
    LocalDate done,
    Completeness completeness,
    BigDecimal value) {
  public IndicatorRatio {
    lead = List.copyOf(lead);
    months = List.copyOf(months);
    breaches = List.copyOf(breaches);
  }

  /** How completely one of its lead units reported: every lead is expected the same months. */
  public Completeness completeness(String unit) {
    if (!lead.contains(unit) || completeness.expected() == 0) {
      return Completeness.NONE;
    }
    long expected = completeness.expected() / lead.size();
    List<Completeness.Gap> missing =
        completeness.missing().stream().filter(g -> g.unit().equals(unit)).toList();
    return new Completeness(expected, expected - missing.size(), missing);
  }
}
