package dev.qingdan.compute;

/** The status of a row or a milestone as of a date, in the contract's words. */
public enum DeadlineStatus {
  /** The target is reached (a milestone: it was reached by its due date). */
  DONE("done"),
  /** On plan or ahead of it as of the date. */
  ON_TRACK("on-track"),
  /** Under plan as of the date (a milestone: due today and not reached yet). */
  BEHIND("behind"),
  /** The final due date has passed and the target is not reached. */
  OVERDUE("overdue"),
  /** Nothing is due yet. */
  PENDING("pending"),
  /** No due date: 持续, 即时, 依申请, every month, a window without a count. */
  ONGOING("ongoing"),
  /** Something is due but no report has come in. */
  NO_DATA("no-data");

  private final String word;

  DeadlineStatus(String word) {
    this.word = word;
  }

  /** The word used in every output format. */
  public String word() {
    return word;
  }
}
