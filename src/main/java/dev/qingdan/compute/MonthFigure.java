package dev.qingdan.compute;

import java.math.BigInteger;
import java.time.YearMonth;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * One month of an indicator: the flows of that month, and how the month stands.
 *
 * <p>A ratio row's month is judged on its own figures. A count target is cumulative by nature, so a
 * count row's month carries the cumulative count at its end, and its ratio and status are those of
 * that cumulative count.
 *
 * @param period the month
 * @param reported whether any report names the row in that month
 * @param numerator the month's numerator (0 when not reported), null when the row is not measured
 *     by a ratio and none was reported
 * @param denominator the month's denominator, like the numerator
 * @param count the month's count (0 when not reported), null when the row is not measured by a
 *     count and none was reported
 * @param cumulative a count row: the count of every month in scope up to this one; else null
 * @param ratio the month's ratio (a count row: cumulative count / target), null without one and
 *     for a month without a report of its figure
 * @param status how the month stands
 * @param value a level row: the month's value (the least favourable one where several units
 *     reported), else null
 */
public record MonthFigure(
    YearMonth period,
    boolean reported,
    BigInteger numerator,
    BigInteger denominator,
    BigInteger count,
    BigInteger cumulative,
    BigFraction ratio,
    RatioStatus status,
    java.math.BigDecimal value) {}
