package dev.qingdan.compute;

/**
 * Why a row of the monthly evaluation needs attention, most urgent first: the order is the order
 * of its sections and of each unit's rows.
 */
public enum Attention {
  /** A red light. */
  RED,
  /** A yellow light. */
  YELLOW,
  /** A missed target, without a red or yellow light. */
  MISSED,
  /** Nothing to look at. */
  NONE;

  /** A red or yellow light. */
  public boolean lit() {
    return this == RED || this == YELLOW;
  }
}
