package dev.qingdan.phrase;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One time expression: its shape, its months and its due date, and where it sits. For {@code
 * EVERY}, {@code period} is the length of the period in months (1, 3, 6; 0 for a week or a 旬)
 * and {@code day} the day of its last month things are due (0: the month's end, -1: none).
 */
record Spec(
    SpecType type, YearMonth from, YearMonth to, LocalDate due, int start, int end, int period,
    int day) {
  Spec(SpecType type, YearMonth from, YearMonth to, LocalDate due, int start, int end) {
    this(type, from, to, due, start, end, 0, -1);
  }
}
