package dev.qingdan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qingdan.load.checklist.ChecklistReader;
import dev.qingdan.load.checklist.LoadedChecklist;
import dev.qingdan.load.progress.ProgressReader;
import dev.qingdan.model.Checklist;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * One rule for months, days and counts in checklists and progress reports alike ({@link Values}):
 * {@code 2022-06} and {@code 2022-06-30} are read in both, {@code 2022-6} and {@code 2022-6-30}
 * refused in both.
 */
class ValuesTest {
  private static final List<String> BAD_MONTHS =
      List.of("2022-6", "22-06", "2022-006", "2022/06", " 2022-06", "2022-06 ", "２０２２-06", "");
  private static final List<String> BAD_DAYS =
      List.of("2022-6-30", "2022-06-3", "2022-6-3", "2022/06/30", "2022-06-30 ", "20220630");

  private static Values.Fault fault(Values.Refused e) {
    return e.fault;
  }

  @Test
  void aMonthIsFourDigitsADashAndTwo() throws Values.Refused {
    assertEquals(YearMonth.of(2022, 6), Values.month("2022-06"));
    assertEquals(YearMonth.of(2022, 12), Values.month("2022-12"));
    for (String bad : BAD_MONTHS) {
      assertEquals(Values.Fault.FORM, fault(assertThrows(Values.Refused.class,
          () -> Values.month(bad))), bad);
    }
    Values.Refused e = assertThrows(Values.Refused.class, () -> Values.month("2022-13"));
    assertEquals(Values.Fault.NO_MONTH, e.fault);
    assertEquals(13, e.detail);
    assertEquals(Values.Fault.NO_MONTH,
        fault(assertThrows(Values.Refused.class, () -> Values.month("2022-00"))));
  }

  @Test
  void aDayIsOfTheCalendarWithTwoDigitMonthAndDay() throws Values.Refused {
    assertEquals(LocalDate.of(2022, 6, 30), Values.date("2022-06-30"));
    assertEquals(LocalDate.of(2024, 2, 29), Values.date("2024-02-29"));
    for (String bad : BAD_DAYS) {
      assertEquals(Values.Fault.FORM, fault(assertThrows(Values.Refused.class,
          () -> Values.date(bad))), bad);
    }
    assertEquals(Values.Fault.NO_DAY,
        fault(assertThrows(Values.Refused.class, () -> Values.date("2022-02-29"))));
    assertEquals(Values.Fault.NO_DAY,
        fault(assertThrows(Values.Refused.class, () -> Values.date("2022-13-01"))));
  }

  @Test
  void aCountIsWholeNotNegativeAndWithin64Bits() throws Values.Refused {
    assertEquals(0, Values.count("0"));
    assertEquals(1520, Values.count("1520"));
    assertEquals(15, Values.count("15.00"));
    assertEquals(Long.MAX_VALUE, Values.count("9223372036854775807"));
    assertEquals(Values.Fault.TOO_LARGE, fault(assertThrows(Values.Refused.class,
        () -> Values.count("9223372036854775808"))));
    assertEquals(Values.Fault.NEGATIVE,
        fault(assertThrows(Values.Refused.class, () -> Values.count("-1"))));
    assertEquals(Values.Fault.FRACTION,
        fault(assertThrows(Values.Refused.class, () -> Values.count("1.5"))));
    for (String bad : List.of("1e3", "", "+", "1.", ".5", "12a", "0x10", "--1", "1,000")) {
      assertEquals(Values.Fault.FORM, fault(assertThrows(Values.Refused.class,
          () -> Values.count(bad))), bad);
    }
    assertEquals(Values.Fault.TOO_LONG, fault(assertThrows(Values.Refused.class,
        () -> Values.count("1".repeat(65)))));
    assertEquals(Values.Fault.NEGATIVE,
        fault(assertThrows(Values.Refused.class, () -> Values.whole(BigDecimal.valueOf(-3)))));
  }

  @Test
  void countsAgreeWithBigDecimalOnRandomNumbers() throws Values.Refused {
    Random random = new Random(20220601);
    for (int i = 0; i < 5000; i++) {
      long v = random.nextLong() & Long.MAX_VALUE >> random.nextInt(63);
      assertEquals(v, Values.count(Long.toString(v)));
      assertEquals(v, Values.whole(new BigDecimal(Long.toString(v) + ".000")));
    }
  }

  // ---- the rule in both files ----

  private static String policies() throws IOException {
    return Files.readString(Path.of("policies.yaml"), StandardCharsets.UTF_8);
  }

  private static List<String> checklistCodes(String text) {
    LoadedChecklist lc = ChecklistReader.parse("p.yaml", text);
    return lc.problems().stream().filter(p -> p.severity() == Severity.ERROR)
        .map(p -> p.code() + " " + p.path()).toList();
  }

  private static Checklist checklist() throws IOException {
    LoadedChecklist lc = ChecklistReader.parse("p.yaml", policies());
    assertFalse(lc.hasErrors(), () -> lc.problems().toString());
    return lc.checklist();
  }

  private static List<String> progressCodes(String name, String text, Checklist c) {
    return ProgressReader.parse(name, text, c).problems().stream()
        .map(p -> p.code() + " " + p.path()).toList();
  }

  @Test
  void aChecklistTakesTwoDigitMonthsAndRefusesOne() throws IOException {
    String text = policies();
    assertTrue(text.contains("      from: 2022-01\n"));
    assertEquals(List.of(), checklistCodes(text));
    List<String> problems = checklistCodes(text.replaceFirst("      from: 2022-01\n",
        "      from: 2022-1\n"));
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("type ") && problems.get(0).endsWith(".from"),
        problems.toString());
    problems = checklistCodes(text.replaceFirst("due: 2022-09-30", "due: 2022-9-30"));
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("type ") && problems.get(0).endsWith(".due"),
        problems.toString());
  }

  @Test
  void aProgressReportTakesTwoDigitMonthsAndRefusesOne() throws IOException {
    Checklist c = checklist();
    String report = "reports:\n  - period: %s\n    id: \"19.1\"\n    done: %s\n";
    assertEquals(List.of(), progressCodes("r.yaml", String.format(report, "2022-09", "2022-09-20"), c));
    assertEquals(List.of("period reports[0].period"),
        progressCodes("r.yaml", String.format(report, "2022-9", "2022-09-20"), c));
    assertEquals(List.of("date reports[0].done"),
        progressCodes("r.yaml", String.format(report, "2022-09", "2022-9-20"), c));
    String csv = ProgressReader.CSV_HEADER + "\n%s,19.1,,,,,%s,\n";
    assertEquals(List.of(), progressCodes("r.csv", String.format(csv, "2022-09", "2022-09-20"), c));
    assertEquals(List.of("period reports[0].period"),
        progressCodes("r.csv", String.format(csv, "2022-9", "2022-09-20"), c));
    assertEquals(List.of("date reports[0].done"),
        progressCodes("r.csv", String.format(csv, "2022-09", "2022-9-20"), c));
  }
}
