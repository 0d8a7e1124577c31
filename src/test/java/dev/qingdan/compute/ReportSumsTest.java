package dev.qingdan.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.qingdan.load.InputException;
import dev.qingdan.load.checklist.ChecklistReader;
import dev.qingdan.load.checklist.LoadedChecklist;
import dev.qingdan.load.progress.LoadedProgress;
import dev.qingdan.load.progress.ProgressReader;
import dev.qingdan.model.Checklist;
import dev.qingdan.model.ProgressEntry;
import dev.qingdan.model.ProgressFigures;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reports of a row and month added up for the deadlines, and the same judgments from them. */
class ReportSumsTest {
  private static final YearMonth JUNE = YearMonth.of(2022, 6);
  private static final YearMonth JULY = YearMonth.of(2022, 7);

  private static ProgressEntry report(YearMonth m, String id, String unit, Long num, Long den,
      Long cnt) {
    return new ProgressEntry(m, id, unit, num, den, cnt, null, null, "f.csv", 2);
  }

  private static ProgressEntry sum(YearMonth m, String id, Long num, Long den, Long cnt) {
    return new ProgressEntry(m, id, null, num, den, cnt, null, null, null, 0);
  }

  @Test
  void theUnitsOfARowAndMonthAddUpAndDaysLevelsAndHalvesStayAsTheyAre() {
    LocalDate day = LocalDate.of(2022, 6, 20);
    List<ProgressEntry> reports = List.of(
        report(JUNE, "1.1", "A", 3L, 4L, null),
        report(JUNE, "13.1", "A", null, null, 7L),
        report(JUNE, "1.1", "B", 5L, 6L, null),
        new ProgressEntry(JUNE, "19.1", "A", null, null, null, day, "note", "f.csv", 9),
        report(JUNE, "13.1", "B", null, null, 8L),
        new ProgressEntry(JUNE, "22.1", "A", null, null, null, null, null, "f.csv", 10,
            new BigDecimal("2.5")),
        report(JUNE, "2.1", "A", 4L, null, null),
        report(JULY, "1.1", "A", 1L, 1L, null),
        report(YearMonth.of(2022, 5), "1.1", "A", 2L, 2L, null));
    assertEquals(List.of(
        new ProgressEntry(JUNE, "19.1", "A", null, null, null, day, null, null, 0),
        new ProgressEntry(JUNE, "22.1", "A", null, null, null, null, null, null, 0,
            new BigDecimal("2.5")),
        new ProgressEntry(JUNE, "2.1", "A", 4L, null, null, null, null, null, 0),
        sum(YearMonth.of(2022, 5), "1.1", 2L, 2L, null),
        sum(JUNE, "1.1", 8L, 10L, null),
        sum(JUNE, "13.1", null, null, 15L)),
        ReportSums.of(ProgressFigures.of(reports), JUNE));
    assertEquals(7, ReportSums.of(ProgressFigures.of(reports), null).size());
  }

  @Test
  void aSumThatWouldOutgrowSixtyFourBitsStartsAnotherEntry() {
    List<ProgressEntry> reports = List.of(
        report(JUNE, "13.1", "A", null, null, Long.MAX_VALUE - 1),
        report(JUNE, "13.1", "B", null, null, 1L),
        report(JUNE, "13.1", "C", null, null, 5L));
    assertEquals(List.of(sum(JUNE, "13.1", null, null, Long.MAX_VALUE),
        sum(JUNE, "13.1", null, null, 5L)), ReportSums.of(ProgressFigures.of(reports), null));
  }

  /** The deadlines and the burn-ups of the sums are those of the reports, month by month. */
  @ParameterizedTest
  @ValueSource(strings = {"examples/progress-2022.csv", "examples/progress-2022.yaml"})
  void theJudgmentsOfTheSumsAreThoseOfTheReports(String file) throws InputException {
    LoadedChecklist lc = ChecklistReader.read(Path.of("policies.yaml"), "policies.yaml");
    Checklist c = lc.checklist();
    LoadedProgress lp = ProgressReader.read(List.of(Path.of(file)), c);
    assertFalse(lp.hasErrors());
    List<ProgressEntry> entries = List.copyOf(lp.entries());
    for (YearMonth m = YearMonth.of(2022, 1); !m.isAfter(YearMonth.of(2022, 12));
        m = m.plusMonths(1)) {
      for (LocalDate day : List.of(m.atDay(15), m.atEndOfMonth())) {
        assertEquals(Deadlines.judge(c, entries, day, Thresholds.DEFAULT),
            Deadlines.judge(c, lp.figures(), day, Thresholds.DEFAULT), day.toString());
        YearMonth through = m;
        List<ProgressEntry> known = entries.stream().filter(e -> !e.period().isAfter(through))
            .toList();
        for (MonthlyReport.Line l : MonthlyReport.of(c, lp.figures(), day, m, Thresholds.DEFAULT)
            .rows()) {
          if (l.deadline().plan() == PlanKind.COUNT) {
            assertEquals(MonthlyReport.burnUp(l.deadline().subject(), known, 2022, day,
                Thresholds.DEFAULT), MonthlyReport.burnUp(l.deadline().subject(),
                ReportSums.of(lp.figures(), m), 2022, day, Thresholds.DEFAULT), l.id() + " " + day);
          }
        }
      }
    }
  }
}
