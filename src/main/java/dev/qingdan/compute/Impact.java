package dev.qingdan.compute;

/** What a change does to the plan, in the contract's words. */
public enum Impact {
  /** More is asked, or sooner: a raised target, an earlier due date, an added row. */
  TIGHTENING("tightening"),
  /** Less is asked, or later: a lowered target, a later due date, a removed row. */
  LOOSENING("loosening"),
  /** Neither: a change of units or of wording, or a row that only got another number. */
  NEUTRAL("neutral"),
  /** The indicator is computed differently: the series before and after are not comparable. */
  DEFINITIONAL("definitional");

  private final String word;

  Impact(String word) {
    this.word = word;
  }

  /** The word used in JSON and on the command line. */
  public String word() {
    return word;
  }
}
