package dev.qingdan.compute;

/** What the planned and actual figures of a row count. */
public enum Measure {
  /** A count target (3000人次, 8个): reported counts add up month by month. */
  COUNT("count"),
  /** Things to deliver by due dates: each {@code done:} report delivers one. */
  DELIVERABLES("deliverables"),
  /** No dated plan: the row is ongoing (its ratio is judged by {@code ratio}). */
  NONE("none");

  private final String word;

  Measure(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }
}
