package dev.qingdan.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One line of a monthly progress report: the flows of one month for one row (or goal) and unit.
 *
 * @param period the month the figures belong to
 * @param id the row id {@code N.k} or goal id {@code G1}, canonical (an item {@code N} given in the
 *     file is already resolved to {@code N.1})
 * @param unit the reporting unit's register name, or null when not given
 * @param numerator ratio indicators: the numerator's count in that month, or null
 * @param denominator ratio indicators: the denominator's count in that month, or null
 * @param count count indicators: the increase in that month, or null
 * @param done deliverables: the day it was done, or null
 * @param note free text, or null
 * @param source the file it came from, as the user named it
 * @param line its line in that file (1-based)
 * @param value level indicators: the level measured in that month (an average processing time,
 *     a rate measured elsewhere, a year-to-date figure for a growth target), or null
 */
public record ProgressEntry(
    YearMonth period,
    String id,
    String unit,
    Long numerator,
    Long denominator,
    Long count,
    LocalDate done,
    String note,
    String source,
    int line,
    BigDecimal value) {

  /** A report without a level {@code value}. */
  public ProgressEntry(YearMonth period, String id, String unit, Long numerator, Long denominator,
      Long count, LocalDate done, String note, String source, int line) {
    this(period, id, unit, numerator, denominator, count, done, note, source, line, null);
  }
}
