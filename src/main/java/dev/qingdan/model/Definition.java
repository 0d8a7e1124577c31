package dev.qingdan.model;

/**
 * How an indicator is computed (指标说明).
 *
 * @param text the cell as written
 * @param numerator the numerator where the text is a ratio, else null
 * @param denominator the denominator where the text is a ratio, else null
 */
public record Definition(String text, String numerator, String denominator) {
  /** Whether the text defines a ratio with both sides. */
  public boolean isRatio() {
    return numerator != null && denominator != null;
  }
}
