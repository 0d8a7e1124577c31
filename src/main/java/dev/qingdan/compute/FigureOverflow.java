package dev.qingdan.compute;

import dev.qingdan.text.Msg;

/**
 * Reported figures whose sum does not fit 64 bits. Each figure is at most 9223372036854775807
 * (the progress readers refuse more), but two such reports add up past it, and a {@code long}
 * would wrap to a negative actual. Where the sum is judged against a plan ({@code deadlines},
 * {@code report}) it is refused instead: no count of people trained or households registered comes
 * near 10^18, so such a sum is a mistake in the reports, and a wrong figure must not be judged
 * done. {@code ratio} adds in {@code BigInteger} and shows the sum exactly.
 */
public final class FigureOverflow extends ArithmeticException {
  private static final long serialVersionUID = 1L;
  private final transient Msg msg;

  private FigureOverflow(Msg msg) {
    super(msg.en());
    this.msg = msg;
  }

  /** The sentence, to print in the reader's language. */
  public Msg msg() {
    return msg;
  }

  /**
   * {@code sum + figure}, exactly.
   *
   * @param field the figure's field ({@code count}, {@code numerator}, {@code denominator})
   * @param id the row or goal the figures are reported for
   * @throws FigureOverflow when the sum exceeds {@link Long#MAX_VALUE}
   */
  public static long add(long sum, long figure, String field, String id) {
    try {
      return Math.addExact(sum, figure);
    } catch (ArithmeticException e) {
      throw new FigureOverflow(Msg.of("the %s figures reported for %s add up to more than %d, "
          + "the most a sum may be; check the reports of %s", field, id, Long.MAX_VALUE, id));
    }
  }
}
