package dev.qingdan.compute;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * Exact arithmetic of ratios and targets: fractions compared as fractions, and decimals cut (never
 * rounded up), so that a ratio under its target never prints as the target.
 */
public final class Exact {
  private static final BigInteger HUNDRED = BigInteger.valueOf(100);

  private Exact() {}

  /** A decimal as an exact fraction: 99.5 is 199/2. */
  public static BigFraction fraction(BigDecimal v) {
    if (v.scale() <= 0) {
      return new BigFraction(v.toBigIntegerExact());
    }
    return new BigFraction(v.unscaledValue(), BigInteger.TEN.pow(v.scale()));
  }

  /** A percentage target as a fraction of 1: 70 is 7/10. */
  public static BigFraction share(BigDecimal percent) {
    return fraction(percent).divide(HUNDRED);
  }

  /** Whether {@code ratio} reaches {@code target}, exactly. */
  public static boolean reaches(BigFraction ratio, BigFraction target) {
    return ratio.compareTo(target) >= 0;
  }

  /** {@code ratio} in percent with one decimal, rounded down: 2499/2500 is 99.9. */
  public static BigDecimal percent(BigFraction ratio) {
    return floor(ratio.multiply(HUNDRED), 1);
  }

  /** {@code f} with {@code digits} decimals, rounded down (the figures here are not negative). */
  public static BigDecimal floor(BigFraction f, int digits) {
    BigInteger scaled = f.getNumerator().multiply(BigInteger.TEN.pow(digits));
    BigInteger q = scaled.divide(f.getDenominator());
    if (scaled.signum() < 0 && !q.multiply(f.getDenominator()).equals(scaled)) {
      q = q.subtract(BigInteger.ONE);
    }
    return new BigDecimal(q, digits);
  }

  /** {@code f} with {@code digits} decimals, rounded up. */
  public static BigDecimal ceiling(BigFraction f, int digits) {
    return floor(f.negate(), digits).negate();
  }

  /** {@code f} with {@code digits} decimals, rounded half up: for a gap, shown, not compared. */
  public static BigDecimal halfUp(BigFraction f, int digits) {
    return new BigDecimal(f.getNumerator())
        .divide(new BigDecimal(f.getDenominator()), digits, RoundingMode.HALF_UP);
  }
}
