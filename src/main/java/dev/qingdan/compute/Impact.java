package dev.qingdan.compute;

/** What a change does to the plan, in the contract's words. */
public enum Impact {
  /** More is asked, or sooner: a raised target, an earlier due date, an added row. */
  TIGHTENING("tightening"),
  /** Less is asked, or later: a lowered target, a later due date, a removed row. */
  LOOSENING("loosening"),
  /**
   * Both: the plan is higher than before at some date and lower at another (one milestone raised,
   * another lowered). The contract's JSON has no word for it: there it is {@link #LOOSENING}, the
   * plan being lower somewhere ({@link #contractual}).
   */
  MIXED("mixed"),
  /** Neither: a change of units or of wording, or a row that only got another number. */
  NEUTRAL("neutral"),
  /** The indicator is computed differently: the series before and after are not comparable. */
  DEFINITIONAL("definitional");

  private final String word;

  Impact(String word) {
    this.word = word;
  }

  /** The word used on the command line and in the text and markdown formats. */
  public String word() {
    return word;
  }

  /**
   * The impact in the contract's words, for the JSON {@code impact} and for a gate: a mixed change
   * lowers the plan somewhere, so it is loosening there and a gate on loosening fails on it.
   */
  public Impact contractual() {
    return this == MIXED ? LOOSENING : this;
  }
}
