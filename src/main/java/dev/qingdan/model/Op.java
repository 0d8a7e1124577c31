package dev.qingdan.model;

/**
 * How a target compares. A floor is met when the figure reaches it ({@code ≥70%}, {@code 3000人次});
 * a ceiling when the figure stays at or under it ({@code 3天内}, {@code 不超过5%}).
 */
public enum Op {
  /** At least the value: {@code 100%}, {@code ≥70%}, {@code 1万户以上}, {@code 不低于}. */
  AT_LEAST(">="),
  /** Strictly more than the value: {@code >80%}, {@code 超过}, {@code 高于}. */
  MORE_THAN(">"),
  /** At most the value: {@code ≤5%}, {@code 不超过}, {@code 以内}, {@code 3天内}, {@code 控制在…以内}. */
  AT_MOST("<="),
  /** Strictly less than the value: {@code <5%}, {@code 低于}, {@code 少于}. */
  LESS_THAN("<"),
  /** Within a range, both ends included: {@code 80%-90%}; the value is the low end. */
  BETWEEN("between");

  private final String symbol;

  Op(String symbol) {
    this.symbol = symbol;
  }

  /** The symbol used in YAML and JSON. */
  public String symbol() {
    return symbol;
  }

  /** Whether the target is a ceiling: met at or under its value. */
  public boolean ceiling() {
    return this == AT_MOST || this == LESS_THAN;
  }

  public static Op fromSymbol(String s) {
    for (Op op : values()) {
      if (op.symbol.equals(s)) {
        return op;
      }
    }
    return null;
  }
}
