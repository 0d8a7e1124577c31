package dev.qingdan.compute;

import dev.qingdan.model.Measure;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of a unit's monthly form: what the row asks for, and what the reports so far give.
 *
 * @param id the row id {@code N.k}
 * @param indicator the indicator's name (量化指标)
 * @param definition what the numerator and denominator count (指标说明)
 * @param target the target as written (量化指标值)
 * @param schedule the schedule as written (进度安排)
 * @param measure which figure the unit reports: numerator and denominator, a count, or done
 * @param numerator the numerators up to the month before the form's, added up; null without any
 * @param denominator the denominators up to the month before, added up; null without any
 * @param count the counts up to the month before, added up; null without any
 * @param done the day reported done up to the month before, or null
 * @param percent numerator over denominator in percent, rounded down to one decimal; null where
 *     there is no ratio
 */
public record FormRow(String id, String indicator, String definition, String target,
    String schedule, Measure measure, Long numerator, Long denominator, Long count, LocalDate done,
    BigDecimal percent) {}
