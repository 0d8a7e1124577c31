package dev.qingdan.compute;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.fraction.BigFraction;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/**
 * The Wilson score interval of a ratio: where the true share plausibly lies, given how many cases
 * it was measured on. 1520/1520 and 3/3 are both 100%, but only the first says much.
 */
public final class Wilson {
  /** The confidence level of every interval qingdan prints. */
  public static final double LEVEL = 0.95;

  private Wilson() {}

  /**
   * The interval in percent, the lower bound rounded down and the upper up to one decimal (so the
   * printed interval always holds the computed one).
   *
   * @param lower the lower bound, 0 to 100
   * @param upper the upper bound, 0 to 100
   */
  public record Interval(BigDecimal lower, BigDecimal upper) {}

  /** The interval of {@code successes} out of {@code trials}; null when there are no trials. */
  public static Interval of(BigInteger successes, BigInteger trials) {
    if (trials.signum() <= 0) {
      return null;
    }
    double lower;
    double upper;
    if (trials.bitLength() < 32) {
      ConfidenceInterval ci = new WilsonScoreInterval()
          .createInterval(trials.intValue(), successes.intValue(), LEVEL);
      lower = ci.getLowerBound();
      upper = ci.getUpperBound();
    } else {
      // Commons Math counts in int; past 2^31 trials the same formula in doubles.
      double n = trials.doubleValue();
      double p = successes.doubleValue() / n;
      double z = new NormalDistribution().inverseCumulativeProbability(1 - (1 - LEVEL) / 2);
      double z2 = z * z;
      double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
      double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
      lower = centre - half;
      upper = centre + half;
    }
    // The bounds hold the point estimate; doubles may lose that for huge counts, fractions do not.
    BigFraction p = new BigFraction(successes, trials).multiply(100);
    BigDecimal lo = Exact.floor(new BigFraction(Math.max(0, lower)).multiply(100), 1);
    BigDecimal hi = Exact.ceiling(new BigFraction(Math.min(1, upper)).multiply(100), 1);
    return new Interval(lo.min(Exact.floor(p, 1)), hi.max(Exact.ceiling(p, 1)));
  }
}
