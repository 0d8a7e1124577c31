package dev.qingdan.cli;

import dev.qingdan.load.Values;
import dev.qingdan.text.Msg;
import java.time.LocalDate;
import java.time.YearMonth;
import picocli.CommandLine.ITypeConverter;

/**
 * The converters of the options that take a day or a month. Both read by {@link Values}, the one
 * reader of {@code YYYY-MM-DD} and {@code YYYY-MM} that checklists and progress reports use too,
 * and word its refusal for the command line.
 */
final class Dates {
  private Dates() {}

  /**
   * A day, {@code YYYY-MM-DD}, strictly: 2022-02-30 is not a day, and a year outside 1900-2100 is
   * refused (ISO's +999999999-12-31 is a date to Java, and forecasts walk month by month towards
   * it).
   */
  static final class Day implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      LocalDate day;
      try {
        day = Values.date(value.strip());
      } catch (Values.Refused e) {
        throw Usage.conversion(Msg.of("'%s' is not a day: write YYYY-MM-DD, such as 2022-09-30",
            value));
      }
      if (day.getYear() < 1900 || day.getYear() > 2100) {
        throw Usage.conversion(Msg.of("'%s' is not a day between 1900 and 2100", value));
      }
      return day;
    }
  }

  /** A month, {@code YYYY-MM}. */
  static final class Month implements ITypeConverter<YearMonth> {
    @Override
    public YearMonth convert(String value) {
      try {
        return Values.month(value.strip());
      } catch (Values.Refused e) {
        throw Usage.conversion(e.fault == Values.Fault.NO_MONTH
            ? Msg.of("'%s' has no month %d", value, e.detail)
            : Msg.of("'%s' is not a month YYYY-MM", value));
      }
    }
  }
}
