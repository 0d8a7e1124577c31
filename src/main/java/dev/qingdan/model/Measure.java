package dev.qingdan.model;

import java.util.Set;

/**
 * Which figure of the monthly reports measures a row or goal: what its reports must give and what
 * {@code ratio} computes from them.
 */
public enum Measure {
  /** A share: the reports give numerator and denominator (a {@code %} target, or 分子/分母). */
  RATIO("numerator and denominator"),
  /** A count: the reports give the month's increase ({@code 3000人次}, {@code 8个}, an amount). */
  COUNT("count"),
  /**
   * A level measured each month (a duration target such as {@code 3个工作日以内}, or a growth rate):
   * the reports give the month's {@code value}.
   */
  LEVEL("value"),
  /** A deliverable without a figure: the reports give the day it was done. */
  DONE("done"),
  /** Nothing is measured (indicator 暂无 or 按市级文件执行): any figure reported is shown as given. */
  NONE("any figure");

  /** Indicator cells that name no indicator. */
  private static final Set<String> NO_INDICATOR =
      Set.of("", "-", Target.NONE_TEXT, Target.EXTERNAL_TEXT);

  private final String fields;

  Measure(String fields) {
    this.fields = fields;
  }

  /** The report fields this measure reads, for messages. */
  public String fields() {
    return fields;
  }

  /** How a row is measured: by its target first, then its definition, schedule and indicator. */
  public static Measure of(Row r) {
    TargetKind k = r.target().kind();
    if (k == TargetKind.PERCENT) {
      return RATIO;
    }
    if (k == TargetKind.COUNT) {
      return COUNT;
    }
    if (k == TargetKind.LEVEL || k == TargetKind.GROWTH) {
      return LEVEL;
    }
    if (r.definition().isRatio()) {
      return RATIO;
    }
    if (r.schedule().kind() == ScheduleKind.DELIVERABLE) {
      return DONE;
    }
    return NO_INDICATOR.contains(r.indicator().strip()) ? NONE : COUNT;
  }

  /** How a goal is measured: G1 and G2 are counts. */
  public static Measure of(Goal g) {
    return switch (g.target().kind()) {
      case PERCENT -> RATIO;
      case COUNT -> COUNT;
      case LEVEL, GROWTH -> LEVEL;
      default -> NONE;
    };
  }
}
