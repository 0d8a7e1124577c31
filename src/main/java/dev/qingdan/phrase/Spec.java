package dev.qingdan.phrase;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One time expression: its shape, its months and its due date, and where it sits. For {@code
 * EVERY}, {@code period} is the length of the period in months (1, 3, 6; 0 for a week or a 旬)
 * {@code day} the day things are due (0: the month's end, -1: none) and {@code month} the month
 * of each period it falls in, from 1 ({@code 每季度第1个月的20日前}) to {@code period} (the last,
 * as {@code 每季度末月20日前} says).
 */
record Spec(
    SpecType type, YearMonth from, YearMonth to, LocalDate due, int start, int end, int period,
    int day, int month) {
  Spec(SpecType type, YearMonth from, YearMonth to, LocalDate due, int start, int end, int period,
      int day) {
    this(type, from, to, due, start, end, period, day, period);
  }

  Spec(SpecType type, YearMonth from, YearMonth to, LocalDate due, int start, int end) {
    this(type, from, to, due, start, end, 0, -1);
  }
}
