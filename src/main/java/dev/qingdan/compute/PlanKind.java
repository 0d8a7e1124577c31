package dev.qingdan.compute;

/** What a row's plan counts: what its planned, actual and target figures are. */
public enum PlanKind {
  /** A count target (3000人次, 8个): reported counts add up month by month. */
  COUNT("count"),
  /** Things to deliver by due dates: each {@code done:} report delivers one. */
  DELIVERABLES("deliverables"),
  /**
   * A ceiling of a count or a share ({@code 不超过2千人次}, {@code ≤5%}): held at or under its bound
   * over the row's window.
   */
  CEILING("ceiling"),
  /**
   * A level reported as a {@code value} each month ({@code 3个工作日以内}): held in every month of
   * the row's window.
   */
  LEVEL("level"),
  /**
   * A growth rate over its baseline ({@code 同比增长10%以上}): the year-so-far {@code value} reaches
   * baseline × (1 + rate) by the window's end, planned pro rata.
   */
  GROWTH("growth"),
  /** No dated plan: the row is ongoing (its ratio is judged by {@code ratio}). */
  NONE("none");

  private final String word;

  PlanKind(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }
}
