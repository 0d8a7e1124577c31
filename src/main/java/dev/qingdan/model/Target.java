package dev.qingdan.model;

import java.math.BigDecimal;

/**
 * The target value of an indicator (量化指标值).
 *
 * @param text the cell as written, e.g. {@code ≥70%}
 * @param op the comparison, null where there is no value
 * @param value the number, null for 暂无 and 按市级文件执行
 * @param unit {@code %} for a share, the counting word ({@code 人次}, {@code 个}) for a count
 */
public record Target(String text, Op op, BigDecimal value, String unit) {
  public static final String NONE_TEXT = "暂无";
  public static final String EXTERNAL_TEXT = "按市级文件执行";

  /** What this target asks for. */
  public TargetKind kind() {
    if (value == null) {
      return text != null && text.contains(EXTERNAL_TEXT) ? TargetKind.EXTERNAL : TargetKind.NONE;
    }
    return "%".equals(unit) ? TargetKind.PERCENT : TargetKind.COUNT;
  }
}
