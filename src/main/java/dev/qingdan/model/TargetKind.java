package dev.qingdan.model;

/** What kind of figure a target asks for. */
public enum TargetKind {
  /** A share, {@code 100%} or {@code ≥70%}: met when numerator/denominator reaches it. */
  PERCENT,
  /** A count, {@code 3000人次} or {@code 8个}: met when the cumulative count reaches it. */
  COUNT,
  /** No quantitative target ({@code 暂无}); the figure is still computed. */
  NONE,
  /** The target is set elsewhere ({@code 按市级文件执行}). */
  EXTERNAL
}
