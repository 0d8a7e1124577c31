package dev.qingdan.model;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The target value of an indicator (量化指标值).
 *
 * @param text the cell as written, e.g. {@code ≥70%}
 * @param op the comparison, null where there is no value
 * @param value the number (the low end of a range), null for 暂无 and 按市级文件执行
 * @param unit {@code %} for a share or a growth rate, {@code 个百分点} (or {@code 百分点}) for a
 *     change of a share in points, the counting word ({@code 人次}, {@code 个}) for a count, the unit
 *     of a level ({@code 天}, {@code 个工作日})
 * @param upper the high end of a range ({@code 80%-90%}), else null
 * @param tolerance for {@code 左右} (approximately): how far the figure may fall short of a floor or
 *     pass a ceiling, in percent of the value; else null
 * @param growth whether the value is a growth rate in percent over the baseline ({@code 同比增长10%}),
 *     or a change in points over it ({@code 提高2个百分点}: the share reaches baseline + 2)
 * @param baseline the figure the growth is measured from (last year's), given in the checklist;
 *     null when not given (the target then cannot be judged)
 */
public record Target(
    String text,
    Op op,
    BigDecimal value,
    String unit,
    BigDecimal upper,
    BigDecimal tolerance,
    boolean growth,
    BigDecimal baseline) {
  public static final String NONE_TEXT = "暂无";
  public static final String EXTERNAL_TEXT = "按市级文件执行";
  /** The tolerance of {@code 左右}, in percent of the value. */
  public static final BigDecimal APPROXIMATELY = BigDecimal.valueOf(5);

  /** A plain target: no range, no tolerance, no growth. */
  public Target(String text, Op op, BigDecimal value, String unit) {
    this(text, op, value, unit, null, null, false, null);
  }

  /** This target with the baseline a growth rate is measured from. */
  public Target withBaseline(BigDecimal b) {
    return new Target(text, op, value, unit, upper, tolerance, growth, b);
  }

  /**
   * Whether the unit is percentage points ({@code 个百分点}): the change of a share, never a share
   * itself.
   */
  public boolean points() {
    return isPoints(unit);
  }

  /** Whether {@code unit} is percentage points: {@code 个百分点}, {@code 百分点}. */
  public static boolean isPoints(String unit) {
    return "个百分点".equals(unit) || "百分点".equals(unit);
  }

  /** What this target asks for. */
  public TargetKind kind() {
    if (value == null) {
      return text != null && text.contains(EXTERNAL_TEXT) ? TargetKind.EXTERNAL : TargetKind.NONE;
    }
    if (growth) {
      return TargetKind.GROWTH;
    }
    if ("%".equals(unit)) {
      return TargetKind.PERCENT;
    }
    return Units.isLevel(unit) ? TargetKind.LEVEL : TargetKind.COUNT;
  }

  /** Whether the target is a floor that a cumulative count reaches, as a plan can schedule. */
  public boolean floor() {
    return op != null && !op.ceiling();
  }

  /** The words of a level target: durations, which are measured, not counted. */
  static final class Units {
    // Compiled once: kind() is asked for every row, many times a run.
    private static final Pattern LEVEL =
        Pattern.compile("(?:个)?(?:工作日|自然日|天|日|小时|分钟|秒|周|个月)|.+/.+");

    private Units() {}

    static boolean isLevel(String unit) {
      return unit != null && LEVEL.matcher(unit).matches();
    }
  }
}
