package dev.qingdan.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Random;
import org.apache.commons.math3.fraction.BigFraction;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import org.junit.jupiter.api.Test;

class ExactTest {
  @Test
  void percentagesAreCutNotRounded() {
    assertEquals(new BigDecimal("99.9"), Exact.percent(new BigFraction(2499, 2500)));
    assertEquals(new BigDecimal("99.9"), Exact.percent(new BigFraction(999_999, 1_000_000)));
    assertEquals(new BigDecimal("66.6"), Exact.percent(new BigFraction(2, 3)));
    assertEquals(new BigDecimal("100.0"), Exact.percent(BigFraction.ONE));
    assertEquals(new BigDecimal("0.0"), Exact.percent(BigFraction.ZERO));
    assertEquals(new BigDecimal("0.333333"), Exact.floor(new BigFraction(1, 3), 6));
    assertEquals(new BigDecimal("0.333334"), Exact.ceiling(new BigFraction(1, 3), 6));
    assertEquals(new BigDecimal("0.5"), Exact.ceiling(new BigFraction(1, 2), 1));
  }

  @Test
  void targetsAreFractions() {
    assertEquals(new BigFraction(7, 10), Exact.share(new BigDecimal("70")));
    assertEquals(new BigFraction(199, 200), Exact.share(new BigDecimal("99.5")));
    assertEquals(new BigFraction(100), Exact.fraction(new BigDecimal("1E+2")));
    assertTrue(Exact.reaches(new BigFraction(199, 200), Exact.share(new BigDecimal("99.5"))));
    assertFalse(Exact.reaches(new BigFraction(1989, 1999), Exact.share(new BigDecimal("99.5"))));
  }

  /** The printed percentage never reaches a target the ratio does not, and is within 0.1. */
  @Test
  void aRatioUnderItsTargetNeverPrintsAsTheTarget() {
    Random random = new Random(20220525);
    for (int i = 0; i < 5000; i++) {
      long den = 1 + random.nextInt(i % 2 == 0 ? 100 : 1_000_000);
      long num = (long) (random.nextDouble() * (den + 1));
      BigFraction ratio = new BigFraction(num, den);
      BigDecimal printed = Exact.percent(ratio);
      BigDecimal exact = new BigDecimal(num * 100).divide(new BigDecimal(den), 20,
          RoundingMode.DOWN);
      assertTrue(printed.compareTo(exact) <= 0, num + "/" + den);
      assertTrue(exact.subtract(printed).compareTo(new BigDecimal("0.1")) < 0, num + "/" + den);
      for (int target : new int[] {70, 100}) {
        boolean met = Exact.reaches(ratio, Exact.share(BigDecimal.valueOf(target)));
        assertEquals(met, printed.compareTo(BigDecimal.valueOf(target)) >= 0, num + "/" + den);
        assertEquals(met, num * 100 >= target * den, num + "/" + den);
      }
    }
  }

  @Test
  void wilsonIntervalsAreCommonsMathsWidenedToOneDecimal() {
    Random random = new Random(7);
    for (int i = 0; i < 2000; i++) {
      int trials = 1 + random.nextInt(5000);
      int successes = random.nextInt(trials + 1);
      ConfidenceInterval ci = new WilsonScoreInterval().createInterval(trials, successes, 0.95);
      Wilson.Interval w = Wilson.of(BigInteger.valueOf(successes), BigInteger.valueOf(trials));
      double lower = w.lower().doubleValue() / 100;
      double upper = w.upper().doubleValue() / 100;
      assertTrue(lower <= ci.getLowerBound() + 1e-12 && ci.getLowerBound() - lower < 0.001,
          successes + "/" + trials);
      assertTrue(upper >= ci.getUpperBound() - 1e-12 && upper - ci.getUpperBound() < 0.001,
          successes + "/" + trials);
      // the point estimate lies inside
      double p = (double) successes / trials;
      assertTrue(lower <= p && p <= upper);
    }
  }

  @Test
  void wilsonByHand() {
    // 0 of 10: [0, 27.75…%]; 1520 of 1520: [99.74…%, 100%]
    assertEquals(new Wilson.Interval(new BigDecimal("0.0"), new BigDecimal("27.8")),
        Wilson.of(BigInteger.ZERO, BigInteger.TEN));
    assertEquals(new Wilson.Interval(new BigDecimal("99.7"), new BigDecimal("100.0")),
        Wilson.of(BigInteger.valueOf(1520), BigInteger.valueOf(1520)));
    assertNull(Wilson.of(BigInteger.ZERO, BigInteger.ZERO));
    // past 2^31 trials Commons Math cannot count: the same formula in doubles
    BigInteger n = BigInteger.ONE.shiftLeft(32);
    assertEquals(new Wilson.Interval(new BigDecimal("49.9"), new BigDecimal("50.1")),
        Wilson.of(n.shiftRight(1), n));
  }
}
