package dev.qingdan.compute;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The figures of a row judged against a bound instead of counted towards a target: a ceiling, a
 * level or a growth rate ({@link PlanKind#CEILING}, {@link PlanKind#LEVEL}, {@link
 * PlanKind#GROWTH}), as decimals in the unit of its target; a share in percent.
 *
 * @param target the bound as {@code ratio} judges it (with {@code 左右}'s tolerance); for a growth
 *     rate, baseline × (1 + rate)
 * @param planned what is planned by the date: the bound itself for a ceiling or a level, for a
 *     growth rate its target pro rata over the months of the window ended by the date, rounded up
 *     to two decimals
 * @param actual the figure as of the date (for a ceiling or a level, as of the window's end once it
 *     is over), or null without one: the cumulative count; Σnumerator/Σdenominator in percent, one
 *     decimal rounded down; a level's least favourable month; a growth rate's latest value
 * @param holds whether the figure meets the bound (a level: in every month so far), exactly; null
 *     without a figure
 * @param breaches a level's months that broke the bound, in order; else none
 * @param percent whether the figures are percentages (a share)
 */
public record Measured(
    BigDecimal target,
    BigDecimal planned,
    BigDecimal actual,
    Boolean holds,
    List<YearMonth> breaches,
    boolean percent) {
  public Measured {
    breaches = List.copyOf(breaches);
  }
}
