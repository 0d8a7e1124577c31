package dev.qingdan.model;

/** What kind of figure a target asks for. */
public enum TargetKind {
  /** A share, {@code 100%} or {@code ≥70%}: met when numerator/denominator reaches it. */
  PERCENT,
  /** A count, {@code 3000人次} or {@code 8个}: met when the cumulative count reaches it. */
  COUNT,
  /**
   * A level measured each month, such as a duration ({@code 3个工作日以内}, {@code 平均…天}): the
   * reports give its {@code value}, judged month by month; the latest month is the row's figure.
   */
  LEVEL,
  /**
   * A growth rate over a baseline ({@code 同比增长10%以上}, {@code 增长6.2%左右}): the figure (a
   * cumulative count, or the latest reported {@code value}) is compared with baseline × (1 +
   * rate).
   */
  GROWTH,
  /** No quantitative target ({@code 暂无}); the figure is still computed. */
  NONE,
  /** The target is set elsewhere ({@code 按市级文件执行}). */
  EXTERNAL
}
