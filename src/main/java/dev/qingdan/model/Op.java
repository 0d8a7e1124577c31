package dev.qingdan.model;

/** How a target compares: every target of the checklist is a floor (met when the figure reaches it). */
public enum Op {
  AT_LEAST(">=");

  private final String symbol;

  Op(String symbol) {
    this.symbol = symbol;
  }

  /** The symbol used in YAML and JSON. */
  public String symbol() {
    return symbol;
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
