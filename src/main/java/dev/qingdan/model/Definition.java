package dev.qingdan.model;

import java.util.Objects;

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

  // equals and hashCode written out, for the reason given in RowId (diff compares schedules and
  // definitions); RecordEqualityTest checks that they compare every component.
  @Override
  public boolean equals(Object o) {
    return o instanceof Definition d && Objects.equals(d.text, text)
        && Objects.equals(d.numerator, numerator) && Objects.equals(d.denominator, denominator);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, numerator, denominator);
  }
}
