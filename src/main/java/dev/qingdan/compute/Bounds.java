package dev.qingdan.compute;

import dev.qingdan.model.Target;
import dev.qingdan.model.TargetKind;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * Whether a figure meets a target, exactly: floors ({@code ≥}, {@code >}), ceilings ({@code ≤},
 * {@code <}, {@code 以内}), ranges (judged by their low end), {@code 左右} (the bound moved by its
 * tolerance, in the figure's favour), growth rates (against baseline × (1 + rate)) and changes in
 * percentage points (against baseline + points).
 */
public final class Bounds {
  private static final BigFraction HUNDRED = new BigFraction(100);

  private Bounds() {}

  /**
   * The figure the target names, in the figure's own terms: a share of 1 for a percentage, the
   * count or level itself, and for a growth rate the figure that reaches it (baseline × (1 +
   * rate)); null when there is none (no value, or a growth rate without its baseline).
   */
  public static BigFraction bound(Target t) {
    if (t.value() == null || t.op() == null) {
      return null;
    }
    BigFraction v = Exact.fraction(t.value());
    if (t.tolerance() != null) {
      // 左右 moves the stated value (for a growth target, the rate) by its tolerance.
      BigFraction slack = Exact.fraction(t.tolerance()).divide(HUNDRED);
      v = v.multiply(t.op().ceiling() ? BigFraction.ONE.add(slack)
          : BigFraction.ONE.subtract(slack));
    }
    if (t.kind() == TargetKind.GROWTH) {
      if (t.baseline() == null) {
        return null;
      }
      BigFraction base = Exact.fraction(t.baseline());
      // points move a share by their number (60% + 2 points is 62%); a rate multiplies
      return t.points() ? base.add(v) : base.multiply(BigFraction.ONE.add(v.divide(HUNDRED)));
    }
    return t.kind() == TargetKind.PERCENT ? v.divide(HUNDRED) : v;
  }

  /** Whether {@code figure} meets the target; null when the target cannot be judged. */
  public static Boolean meets(BigFraction figure, Target t) {
    BigFraction b = bound(t);
    if (b == null) {
      return null;
    }
    int c = figure.compareTo(b);
    return switch (t.op()) {
      case AT_LEAST, BETWEEN -> c >= 0;
      case MORE_THAN -> c > 0;
      case AT_MOST -> c <= 0;
      case LESS_THAN -> c < 0;
    };
  }

  /** Whether the target is a ceiling, which a cumulative count can only break, never reach. */
  public static boolean ceiling(Target t) {
    return t.op() != null && t.op().ceiling();
  }
}
