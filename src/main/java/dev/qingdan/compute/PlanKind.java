package dev.qingdan.compute;

/** What a row's plan counts: what its planned, actual and target figures are. */
public enum PlanKind {
  /** A count target (3000人次, 8个): reported counts add up month by month. */
  COUNT("count"),
  /** Things to deliver by due dates: each {@code done:} report delivers one. */
  DELIVERABLES("deliverables"),
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
