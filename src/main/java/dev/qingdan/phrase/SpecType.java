package dev.qingdan.phrase;

/** The kinds of a time expression in a schedule cell. */
enum SpecType {
  /** Repeats every period (每季度, 每月10日前): see {@link Spec#period}. */
  EVERY,
  /** Starts in a month and runs on (5月起). */
  START,
  /** A span of months (5-12月, 上半年, 全年): a window, or a deliverable due at its end. */
  SPAN,
  /** A single due date (9月底前, 年底前, 5月). */
  POINT,
  /**
   * A date that says when something the phrase refers to happened (根据7月15日动员会的要求), not a
   * step of the plan: read, so that it is no residue, and left out of the plan.
   */
  ASIDE,
  /**
   * A span named as what is reported on (第三季度及全年责任事项完成情况): the window of a report
   * when nothing else dates the phrase, no step when its own dates say when reports are due.
   */
  REPORTED
}
