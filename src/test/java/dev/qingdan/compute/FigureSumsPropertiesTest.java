package dev.qingdan.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qingdan.load.checklist.ChecklistReader;
import dev.qingdan.load.InputException;
import dev.qingdan.load.checklist.LoadedChecklist;
import dev.qingdan.model.Checklist;
import dev.qingdan.model.Milestone;
import dev.qingdan.model.Op;
import dev.qingdan.model.ProgressEntry;
import dev.qingdan.model.Schedule;
import dev.qingdan.model.ScheduleKind;
import dev.qingdan.model.Target;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sums of reported figures never wrap (seeded): near 9223372036854775807, {@code ratio} adds
 * exactly and {@code deadlines} either shows the exact sum or refuses it, never a wrong one.
 */
class FigureSumsPropertiesTest {
  private static final int CASES = 2000;
  private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private static Checklist checklist;

  @BeforeAll
  static void load() throws InputException {
    LoadedChecklist lc = ChecklistReader.read(Path.of("policies.yaml"), "policies.yaml");
    assertFalse(lc.hasErrors());
    checklist = lc.checklist();
  }

  /** A figure: small, near the most, the most, or anything between. */
  private static long figure(Random rnd) {
    return switch (rnd.nextInt(4)) {
      case 0 -> rnd.nextInt(1000);
      case 1 -> Long.MAX_VALUE - rnd.nextInt(1000);
      case 2 -> Long.MAX_VALUE;
      default -> rnd.nextLong() & Long.MAX_VALUE;
    };
  }

  private static List<ProgressEntry> counts(Random rnd, String id) {
    List<ProgressEntry> out = new ArrayList<>();
    int reports = rnd.nextInt(4);
    for (int i = 0; i < reports; i++) {
      // at most 12 months, some the same month: a month's figures add up too
      YearMonth period = YearMonth.of(2022, 1 + rnd.nextInt(12));
      long c = rnd.nextInt(3) == 0 ? rnd.nextInt(10) : figure(rnd);
      out.add(new ProgressEntry(period, id, "u" + i, null, null, c, null, null, "r", i + 1));
    }
    return out;
  }

  private static BigInteger sum(List<ProgressEntry> entries, YearMonth through) {
    BigInteger s = BigInteger.ZERO;
    for (ProgressEntry e : entries) {
      if (!e.period().isAfter(through)) {
        s = s.add(BigInteger.valueOf(e.count()));
      }
    }
    return s;
  }

  @Test
  void deadlinesShowTheExactSumOrRefuseIt() {
    Random rnd = new Random(20221207);
    int refused = 0;
    for (int i = 0; i < CASES; i++) {
      List<Milestone> ms = List.of(new Milestone(LocalDate.of(2022, 6, 30), 1000L, null),
          new Milestone(LocalDate.of(2022, 12, 31), 3000L, null));
      Subject s = new Subject("13.1", "培训人数", "培训人数", List.of(),
          new Target("3000人次", Op.AT_LEAST, BigDecimal.valueOf(3000), "人次"),
          new Schedule("plan", ScheduleKind.CUMULATIVE, null, null, ms));
      List<ProgressEntry> entries = counts(rnd, "13.1");
      LocalDate asOf = LocalDate.of(2022, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
      BigInteger total = sum(entries, YearMonth.from(asOf));
      String what = "case " + i + ": " + entries + " as of " + asOf;
      if (total.compareTo(MAX) > 0) {
        FigureOverflow e = assertThrows(FigureOverflow.class,
            () -> Deadlines.judge(s, entries, 2022, asOf, Thresholds.DEFAULT), what);
        assertEquals("the count figures reported for 13.1 add up to more than "
            + "9223372036854775807, the most a sum may be; check the reports of 13.1",
            e.getMessage());
        refused++;
        continue;
      }
      DeadlineRow r = Deadlines.judge(s, entries, 2022, asOf, Thresholds.DEFAULT);
      long actual = r.actual() == null ? 0 : r.actual();
      assertEquals(total, BigInteger.valueOf(actual), what);
      for (MilestoneResult m : r.milestones()) {
        YearMonth due = YearMonth.from(m.due());
        YearMonth through = due.isBefore(YearMonth.from(asOf)) ? due : YearMonth.from(asOf);
        assertEquals(sum(entries, through), BigInteger.valueOf(m.actual()), what);
      }
    }
    assertTrue(refused > CASES / 10 && refused < CASES * 9 / 10, "refused " + refused);
  }

  @Test
  void ratiosAddExactly() {
    Random rnd = new Random(20221208);
    for (int i = 0; i < CASES; i++) {
      List<ProgressEntry> entries = new ArrayList<>(counts(rnd, "13.1"));
      BigInteger num = BigInteger.ZERO;
      BigInteger den = BigInteger.ZERO;
      int reports = rnd.nextInt(4);
      for (int k = 0; k < reports; k++) {
        long d = figure(rnd);
        long n = d - (rnd.nextBoolean() ? 0 : (rnd.nextLong() & Long.MAX_VALUE) % (d + 1));
        entries.add(new ProgressEntry(YearMonth.of(2022, 1 + k), "1.1", null, n, d, null, null,
            null, "r", k + 1));
        num = num.add(BigInteger.valueOf(n));
        den = den.add(BigInteger.valueOf(d));
      }
      RatioReport r = Ratios.compute(checklist, entries, Scope.through(YearMonth.of(2022, 12)));
      String what = "case " + i + ": " + entries;
      for (IndicatorRatio x : r.indicators()) {
        if (x.id().equals("13.1") && x.count() != null) {
          assertEquals(sum(entries.stream().filter(e -> e.count() != null).toList(),
              YearMonth.of(2022, 12)), x.count(), what);
        }
        if (x.id().equals("1.1") && reports > 0) {
          assertEquals(num, x.numerator(), what);
          assertEquals(den, x.denominator(), what);
          assertTrue(x.count() == null || x.count().signum() >= 0, what);
        }
      }
    }
  }
}
