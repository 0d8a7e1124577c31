package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine.TypeConversionException;

/** The converters of every day and month option read as checklists and reports do. */
class DatesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    "2022-06      | 2022-06 |",
    "\" 2022-12 \"  | 2022-12 |",
    "2022-13      |         | '2022-13' has no month 13",
    "2022-00      |         | '2022-00' has no month 0",
    "2022-6       |         | '2022-6' is not a month YYYY-MM",
    "２０２２-０６ |         | '２０２２-０６' is not a month YYYY-MM",
    "2022-06-01   |         | '2022-06-01' is not a month YYYY-MM",
  })
  void months(String text, String month, String refusal) {
    if (refusal == null) {
      assertEquals(YearMonth.parse(month), new Dates.Month().convert(text));
    } else {
      assertEquals(refusal, assertThrows(TypeConversionException.class,
          () -> new Dates.Month().convert(text)).getMessage());
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    "2022-08-31 | 2022-08-31 |",
    "2024-02-29 | 2024-02-29 |",
    "2022-02-30 |            | '2022-02-30' is not a day: write YYYY-MM-DD, such as 2022-09-30",
    "2022-8-31  |            | '2022-8-31' is not a day: write YYYY-MM-DD, such as 2022-09-30",
    "+999999999-12-31 |      | '+999999999-12-31' is not a day: write YYYY-MM-DD, such as "
        + "2022-09-30",
    "1899-12-31 |            | '1899-12-31' is not a day between 1900 and 2100",
  })
  void days(String text, String day, String refusal) {
    if (refusal == null) {
      assertEquals(LocalDate.parse(day), new Dates.Day().convert(text));
    } else {
      assertEquals(refusal, assertThrows(TypeConversionException.class,
          () -> new Dates.Day().convert(text)).getMessage());
    }
  }
}
