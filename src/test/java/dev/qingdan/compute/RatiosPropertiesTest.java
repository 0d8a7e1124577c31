package dev.qingdan.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qingdan.load.checklist.ChecklistReader;
import dev.qingdan.load.InputException;
import dev.qingdan.load.checklist.LoadedChecklist;
import dev.qingdan.load.progress.LoadedProgress;
import dev.qingdan.load.progress.ProgressReader;
import dev.qingdan.model.Checklist;
import dev.qingdan.model.ProgressEntry;
import dev.qingdan.model.Unit;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Properties of the ratios over random reports, each a seeded loop of many cases. */
class RatiosPropertiesTest {
  /** Ratio rows (1.1, 3.1 with two leads, each-month 24.x), count rows, a goal, a no-target row. */
  private static final List<String> IDS =
      List.of("1.1", "3.1", "8.1", "24.1", "24.2", "13.1", "20.1", "G1", "8.2", "15.1");

  private static final List<String> COUNTS = List.of("13.1", "20.1", "G1", "8.2");

  private static Checklist checklist;
  private static List<String> units;

  @BeforeAll
  static void loadChecklist() throws InputException {
    LoadedChecklist lc = ChecklistReader.read(Path.of("policies.yaml"), "policies.yaml");
    assertFalse(lc.hasErrors());
    checklist = lc.checklist();
    units = checklist.units().stream().map(Unit::name).toList();
  }

  /** Random reports without a unit, at most one per (month, id). */
  private static List<ProgressEntry> reports(Random random) {
    List<ProgressEntry> out = new ArrayList<>();
    for (String id : IDS) {
      for (int m = 1; m <= 12; m++) {
        if (random.nextInt(3) == 0) {
          continue;
        }
        YearMonth period = YearMonth.of(2022, m);
        if (COUNTS.contains(id)) {
          out.add(new ProgressEntry(period, id, null, null, null, (long) random.nextInt(600),
              null, null, "r", 1));
        } else {
          // small denominators, 0 included, make ties with the targets likely
          long den = random.nextInt(random.nextBoolean() ? 4 : 60);
          long num = den - (random.nextInt(4) == 0 ? 0 : random.nextInt((int) den + 1));
          out.add(new ProgressEntry(period, id, null, num, den, null, null, null, "r", 1));
        }
      }
    }
    return out;
  }

  /** The same report split over 1 to 3 distinct units, figures divided at random. */
  private static List<ProgressEntry> split(ProgressEntry e, Random random) {
    List<String> pool = new ArrayList<>(units);
    Collections.shuffle(pool, random);
    int k = 1 + random.nextInt(3);
    List<ProgressEntry> out = new ArrayList<>();
    if (e.count() != null) {
      long[] parts = parts(e.count(), k, random);
      for (int i = 0; i < k; i++) {
        out.add(new ProgressEntry(e.period(), e.id(), pool.get(i), null, null, parts[i], null,
            null, "s", 1));
      }
      return out;
    }
    long[] dens = parts(e.denominator(), k, random);
    long left = e.numerator();
    long after = e.denominator();
    for (int i = 0; i < k; i++) {
      after -= dens[i];
      // n_i ≤ d_i, and what is left must still fit the parts after this one
      long lo = Math.max(0, left - after);
      long hi = Math.min(dens[i], left);
      long n = lo + (hi > lo ? (long) (random.nextDouble() * (hi - lo + 1)) : 0);
      left -= n;
      out.add(new ProgressEntry(e.period(), e.id(), pool.get(i), n, dens[i], null, null, null,
          "s", 1));
    }
    assertEquals(0, left);
    return out;
  }

  private static long[] parts(long total, int k, Random random) {
    long[] p = new long[k];
    long left = total;
    for (int i = 0; i < k - 1; i++) {
      p[i] = left == 0 ? 0 : (long) (random.nextDouble() * (left + 1));
      left -= p[i];
    }
    p[k - 1] = left;
    return p;
  }

  /** Everything {@code ratio} shows of an indicator except completeness, which units change. */
  private static List<String> figures(RatioReport r) {
    return r.indicators().stream().map(i -> String.join(" | ", i.id(), String.valueOf(
            i.numerator()), String.valueOf(i.denominator()), String.valueOf(i.count()),
        String.valueOf(i.ratio()), String.valueOf(i.percent()), i.status().word(),
        String.valueOf(i.breaches()), String.valueOf(i.interval()), String.valueOf(i.done()),
        i.months().stream().map(m -> m.period() + " " + m.numerator() + "/" + m.denominator()
            + " " + m.count() + " " + m.cumulative() + " " + m.ratio() + " " + m.status().word())
            .collect(Collectors.joining(", ")))).toList();
  }

  private static Scope scope(Random random) {
    YearMonth m = YearMonth.of(2022, 1 + random.nextInt(12));
    return random.nextInt(4) == 0 ? Scope.period(m) : Scope.through(m);
  }

  @Test
  void splittingAMonthsReportAcrossUnitsNeverChangesAResult() {
    Random random = new Random(20220601);
    for (int run = 0; run < 2000; run++) {
      List<ProgressEntry> whole = reports(random);
      List<ProgressEntry> parts = new ArrayList<>();
      for (ProgressEntry e : whole) {
        parts.addAll(random.nextInt(3) == 0 ? List.of(e) : split(e, random));
      }
      Collections.shuffle(parts, random);
      Scope scope = scope(random);
      assertEquals(figures(Ratios.compute(checklist, whole, scope)),
          figures(Ratios.compute(checklist, parts, scope)), "run " + run);
    }
  }

  @Test
  void theCumulativeFiguresAreTheSumsOfTheMonthsAndEachMonthRowsMissByAMonth() {
    Random random = new Random(11);
    for (int run = 0; run < 2000; run++) {
      RatioReport r = Ratios.compute(checklist, reports(random),
          Scope.through(YearMonth.of(2022, 1 + random.nextInt(12))));
      for (IndicatorRatio i : r.indicators()) {
        if (i.numerator() != null) {
          assertEquals(i.numerator(), i.months().stream().map(MonthFigure::numerator)
              .reduce(BigInteger.ZERO, BigInteger::add), i.id());
          assertEquals(i.denominator(), i.months().stream().map(MonthFigure::denominator)
              .reduce(BigInteger.ZERO, BigInteger::add), i.id());
          assertTrue(i.months().stream().allMatch(m -> m.ratio() == null
              == (m.denominator().signum() == 0)), i.id());
        }
        if (i.eachMonth()) {
          List<YearMonth> under = i.months().stream()
              .filter(m -> m.status() == RatioStatus.MISSED).map(MonthFigure::period).toList();
          assertEquals(under, i.breaches());
          assertEquals(!under.isEmpty(), i.status() == RatioStatus.MISSED, i.id());
        }
        if (COUNTS.contains(i.id()) && !i.months().isEmpty()) {
          assertEquals(i.count(), i.months().get(i.months().size() - 1).cumulative());
        }
      }
    }
  }

  @Test
  void mergingTwoFilesEqualsConcatenatingThem(@TempDir Path dir) throws IOException,
      InputException {
    Random random = new Random(3);
    for (int run = 0; run < 300; run++) {
      List<ProgressEntry> all = new ArrayList<>();
      for (ProgressEntry e : reports(random)) {
        all.addAll(random.nextBoolean() ? List.of(e) : split(e, random));
      }
      Collections.shuffle(all, random);
      int cut = random.nextInt(all.size() + 1);
      Path a = write(dir, "a" + run, all.subList(0, cut), random.nextBoolean());
      Path b = write(dir, "b" + run, all.subList(cut, all.size()), random.nextBoolean());
      Path one = write(dir, "all" + run, all, random.nextBoolean());
      LoadedProgress merged = ProgressReader.read(List.of(a, b), checklist);
      LoadedProgress concatenated = ProgressReader.read(List.of(one), checklist);
      assertEquals(List.of(), merged.problems());
      assertEquals(List.of(), concatenated.problems());
      assertEquals(sorted(concatenated.entries()), sorted(merged.entries()), "run " + run);
      Scope scope = scope(random);
      RatioReport m = Ratios.compute(checklist, merged.entries(), scope);
      RatioReport c = Ratios.compute(checklist, concatenated.entries(), scope);
      assertEquals(figures(c), figures(m), "run " + run);
      assertEquals(c.completeness(), m.completeness(), "run " + run);
      assertEquals(c.units(), m.units(), "run " + run);
    }
  }

  private static List<String> sorted(List<ProgressEntry> entries) {
    return entries.stream().sorted(Comparator.comparing(ProgressEntry::period)
            .thenComparing(ProgressEntry::id)
            .thenComparing(e -> String.valueOf(e.unit())))
        .map(e -> e.period() + " " + e.id() + " " + e.unit() + " " + e.numerator() + "/"
            + e.denominator() + " " + e.count())
        .toList();
  }

  private static Path write(Path dir, String name, List<ProgressEntry> entries, boolean csv)
      throws IOException {
    StringBuilder sb = new StringBuilder();
    if (csv) {
      sb.append(ProgressReader.CSV_HEADER).append('\n');
      for (ProgressEntry e : entries) {
        sb.append(e.period()).append(',').append(e.id()).append(',')
            .append(e.unit() == null ? "" : e.unit()).append(',')
            .append(e.numerator() == null ? "" : e.numerator()).append(',')
            .append(e.denominator() == null ? "" : e.denominator()).append(',')
            .append(e.count() == null ? "" : e.count()).append(",,\n");
      }
    } else {
      sb.append("reports:").append(entries.isEmpty() ? " []" : "").append('\n');
      for (ProgressEntry e : entries) {
        sb.append("  - period: ").append(e.period()).append("\n    id: \"").append(e.id())
            .append("\"\n");
        if (e.unit() != null) {
          sb.append("    unit: ").append(e.unit()).append('\n');
        }
        if (e.count() != null) {
          sb.append("    count: ").append(e.count()).append('\n');
        } else {
          sb.append("    numerator: ").append(e.numerator()).append("\n    denominator: ")
              .append(e.denominator()).append('\n');
        }
      }
    }
    Path p = dir.resolve(name + (csv ? ".csv" : ".yaml"));
    Files.writeString(p, sb, StandardCharsets.UTF_8);
    return p;
  }
}
