package dev.qingdan.load;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Reads months, days and whole numbers by one rule for checklists, progress reports and the
 * command line's dates alike: a month is {@code YYYY-MM} and a day {@code YYYY-MM-DD}, with
 * two-digit months and days ({@code 2022-06}, not {@code 2022-6}) and no spaces, as the JSON
 * Schemas of both files say. Each caller words the refusal for its own file or option; here a
 * value is only read or refused with a reason.
 * A count, whole, not negative and within 64 bits, is checked here for both ({@link #whole}).
 */
public final class Values {
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  /** The most characters of a number: longer ones take quadratic time to parse. */
  static final int MAX_NUMBER_LENGTH = 64;

  private Values() {}

  /** Why a text is not the value asked for. */
  public enum Fault {
    /** Not written as the value is written ({@code 2022-6}, {@code twelve}). */
    FORM,
    /** A month outside 01 to 12; the detail is that month. */
    NO_MONTH,
    /** Well formed, but no day of the calendar ({@code 2022-02-30}). */
    NO_DAY,
    /** A number below zero. */
    NEGATIVE,
    /** A number with a fraction. */
    FRACTION,
    /** A whole number above {@link Long#MAX_VALUE}. */
    TOO_LARGE,
    /** A number of more than {@link #MAX_NUMBER_LENGTH} characters. */
    TOO_LONG
  }

  /** A refused value: why, and for {@link Fault#NO_MONTH} the month written. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    public final Fault fault;
    public final int detail;

    Refused(Fault fault, int detail) {
      super(fault.name(), null, false, false);
      this.fault = fault;
      this.detail = detail;
    }
  }

  /** A month {@code YYYY-MM}. */
  public static YearMonth month(String text) throws Refused {
    if (text.length() != 7 || text.charAt(4) != '-' || !digits(text, 0, 4)
        || !digits(text, 5, 7)) {
      throw new Refused(Fault.FORM, 0);
    }
    int month = Integer.parseInt(text, 5, 7, 10);
    if (month < 1 || month > 12) {
      throw new Refused(Fault.NO_MONTH, month);
    }
    return YearMonth.of(Integer.parseInt(text, 0, 4, 10), month);
  }

  /** A day {@code YYYY-MM-DD} of the calendar. */
  public static LocalDate date(String text) throws Refused {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-'
        || !digits(text, 0, 4) || !digits(text, 5, 7) || !digits(text, 8, 10)) {
      throw new Refused(Fault.FORM, 0);
    }
    try {
      return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
          Integer.parseInt(text, 8, 10, 10));
    } catch (DateTimeException e) {
      throw new Refused(Fault.NO_DAY, 0);
    }
  }

  /** A whole number, not negative, that fits 64 bits, written in decimal digits. */
  public static long count(String text) throws Refused {
    if (!text.isEmpty() && text.length() <= 18 && digits(text, 0, text.length())) {
      return Long.parseLong(text);
    }
    return whole(decimal(text));
  }

  /**
   * A figure written in decimal digits, with an optional sign and fraction ({@code -1.5}), to tell
   * a negative or fractional figure from text; exponents ({@code 1e3}) are refused. (A checklist's
   * target values are YAML numbers of any form, read by {@link Binder#number}.)
   */
  private static BigDecimal decimal(String text) throws Refused {
    if (text.length() > MAX_NUMBER_LENGTH) {
      throw new Refused(Fault.TOO_LONG, 0);
    }
    int i = !text.isEmpty() && (text.charAt(0) == '+' || text.charAt(0) == '-') ? 1 : 0;
    int dot = text.indexOf('.', i);
    int end = dot < 0 ? text.length() : dot;
    if (end == i || !digits(text, i, end)
        || dot >= 0 && (dot == text.length() - 1 || !digits(text, dot + 1, text.length()))) {
      throw new Refused(Fault.FORM, 0);
    }
    return new BigDecimal(text);
  }

  /** {@code v} as a count: whole, not negative, within 64 bits. */
  static long whole(BigDecimal v) throws Refused {
    if (v.signum() < 0) {
      throw new Refused(Fault.NEGATIVE, 0);
    }
    if (v.stripTrailingZeros().scale() > 0) {
      throw new Refused(Fault.FRACTION, 0);
    }
    if (v.compareTo(LONG_MAX) > 0) {
      throw new Refused(Fault.TOO_LARGE, 0);
    }
    return v.longValueExact();
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
