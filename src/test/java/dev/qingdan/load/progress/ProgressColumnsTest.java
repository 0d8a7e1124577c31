package dev.qingdan.load.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.qingdan.model.ProgressEntry;
import dev.qingdan.model.ProgressFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The columns give back every report as kept: figures past 32 bits, days, levels, files. */
class ProgressColumnsTest {
  private static final YearMonth JUNE = YearMonth.of(2022, 6);

  private static List<ProgressEntry> reports() {
    return List.of(
        new ProgressEntry(JUNE, "1.1", "A", Long.MAX_VALUE, Long.MAX_VALUE, null, null, null,
            "a.csv", 2),
        new ProgressEntry(JUNE, "13.1", null, null, null, (long) Integer.MAX_VALUE, null, "n",
            "a.csv", 3),
        new ProgressEntry(JUNE, "13.1", "B", null, null, 1L << 31, null, null, "b.csv", 2),
        new ProgressEntry(JUNE, "19.1", "A", null, null, null, LocalDate.of(2022, 6, 9), null,
            "a.yaml", 4),
        new ProgressEntry(JUNE, "22.1", "A", null, null, 0L, null, null, "a.yaml", 9,
            new BigDecimal("2.50")),
        new ProgressEntry(JUNE, "1.1", "B", 0L, 0L, null, null, null, "a.csv", 7));
  }

  @Test
  void everyReportComesBackAsKept() {
    ProgressColumns c = new ProgressColumns();
    reports().forEach(c::keep);
    assertEquals(reports(), List.copyOf(c));
    List<ProgressEntry> handed = new ArrayList<>();
    c.each((period, id, unit, num, den, cnt, done, value) -> handed.add(new ProgressEntry(period,
        id, unit, num == NONE ? null : num, den == NONE ? null : den, cnt == NONE ? null : cnt,
        done, null, null, 0, value)));
    assertEquals(reports().stream().map(e -> new ProgressEntry(e.period(), e.id(), e.unit(),
        e.numerator(), e.denominator(), e.count(), e.done(), null, null, 0, e.value())).toList(),
        handed);
  }

  @Test
  void whatIsForgottenIsGoneWithItsFiguresAndFiles() {
    ProgressColumns c = new ProgressColumns();
    reports().forEach(c::keep);
    c.truncate(2);
    c.keep(new ProgressEntry(JUNE, "1.1", "C", 5L, 6L, null, null, null, "c.csv", 2));
    assertEquals(List.of(reports().get(0), reports().get(1),
        new ProgressEntry(JUNE, "1.1", "C", 5L, 6L, null, null, null, "c.csv", 2)),
        List.copyOf(c));
  }

  @Test
  void reportsAddedUpNameTheUnitsThatReportedOnlyWhereTheSinkAsks() {
    ProgressColumns c = new ProgressColumns();
    ReportKeys keys = new ReportKeys(1, 2, 4);
    c.summing(keys);
    int june = c.months.indexOf(JUNE);
    int file = c.files.indexOf("a.csv");
    int line = 2;
    for (String id : List.of("1.1", "13.1")) {
      for (String unit : new String[] {"A", "B", null}) {
        int i = c.ids.indexOf(id);
        int u = c.unitIndex(unit);
        keys.addFigures(ReportKeys.key(june, i, u), ReportKeys.place(file, line++));
        c.sum(june, i, u, 1, 2, NONE, file);
      }
    }
    List<String> handed = new ArrayList<>();
    c.each(new ProgressFigures.Sink() {
      @Override
      public void report(YearMonth period, String id, String unit, long num, long den, long cnt,
          LocalDate done, BigDecimal value) {
        handed.add(id + " " + unit + (num == NONE ? "" : " " + num + "/" + den));
      }

      @Override
      public Set<String> reporters(String id) {
        return id.equals("1.1") ? Set.of("B", "C") : Set.of();
      }
    });
    assertEquals(List.of("1.1 A 3/6", "13.1 A 3/6", "1.1 null", "1.1 B", "13.1 null"), handed);
  }

  private static final long NONE = ProgressColumns.NONE;
}
