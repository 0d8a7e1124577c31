package dev.qingdan.compute;

import java.math.BigDecimal;
import java.util.Objects;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * The limits of the traffic lights.
 *
 * @param yellow the gap, in percentage points of the target, from which a row is yellow
 *     (inclusive)
 * @param red the gap above which a row is red (exclusive)
 * @param dueSoonDays a milestone not yet reached that falls due within this many days of the
 *     as-of date (the day itself included) makes a row at least yellow
 */
public record Thresholds(BigDecimal yellow, BigDecimal red, int dueSoonDays) {
  /** The contract's defaults: 10 and 30 points, 7 days. */
  public static final Thresholds DEFAULT =
      new Thresholds(BigDecimal.TEN, BigDecimal.valueOf(30), 7);

  public Thresholds {
    Objects.requireNonNull(yellow);
    Objects.requireNonNull(red);
    if (yellow.signum() < 0 || red.compareTo(yellow) < 0) {
      throw new IllegalArgumentException(
          "need 0 <= yellow <= red, got yellow " + yellow + " and red " + red);
    }
    if (dueSoonDays < 0) {
      throw new IllegalArgumentException("due-soon days must not be negative: " + dueSoonDays);
    }
  }

  /** The light of a gap in points: red over {@code red}, yellow from {@code yellow}. */
  public Light light(BigFraction gap) {
    return gap.compareTo(Exact.fraction(red)) > 0 ? Light.RED
        : gap.compareTo(Exact.fraction(yellow)) >= 0 ? Light.YELLOW : Light.GREEN;
  }
}
