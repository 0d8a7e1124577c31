package dev.qingdan.compute;

/** How an indicator stands in {@code ratio}, as the contract names it. */
public enum RatioStatus {
  /** The ratio reaches its target (a count: the cumulative count reaches it). */
  MET("met"),
  /** The ratio is under its target; a row judged every month: a month is under it. */
  MISSED("missed"),
  /** A count target not reached yet; its timing is judged by {@code deadlines}. */
  IN_PROGRESS("in-progress"),
  /** Nothing to judge: no reports, or a denominator of 0. */
  NO_DATA("no-data"),
  /** The target is 暂无 or set elsewhere (按市级文件执行); the figure is still computed. */
  NO_TARGET("no-target");

  private final String word;

  RatioStatus(String word) {
    this.word = word;
  }

  /** The word of every output format. */
  public String word() {
    return word;
  }
}
