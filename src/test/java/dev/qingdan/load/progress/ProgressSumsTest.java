package dev.qingdan.load.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qingdan.compute.Deadlines;
import dev.qingdan.compute.Ratios;
import dev.qingdan.compute.Scope;
import dev.qingdan.compute.Thresholds;
import dev.qingdan.load.InputException;
import dev.qingdan.load.Links;
import dev.qingdan.load.checklist.ChecklistReader;
import dev.qingdan.model.Checklist;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports added up as they are read give what the reports kept give: the same ratios, deadlines,
 * problems (the first place of a report made twice included), counts by file and latest month.
 */
class ProgressSumsTest {
  private static final String DIR = "src/test/resources/progress/";

  private static Checklist checklist() throws InputException {
    return ChecklistReader.read(Path.of("policies.yaml"), "policies.yaml").checklist();
  }

  private static void assertSameAsKept(List<Path> files) throws InputException {
    Checklist c = checklist();
    LoadedProgress kept = ProgressReader.read(files, c, Links.STRICT, ReadMeter.NONE);
    LoadedProgress summed = ProgressReader.sums(files, c, Links.STRICT, ReadMeter.NONE);
    assertEquals(kept.problems(), summed.problems());
    assertEquals(kept.latestMonth(), summed.latestMonth());
    for (Path f : files) {
      assertEquals(kept.count(f.toString()), summed.count(f.toString()), f.toString());
    }
    for (int m = 1; m <= 12; m++) {
      YearMonth month = YearMonth.of(2022, m);
      for (Scope s : List.of(Scope.through(month), Scope.period(month))) {
        assertEquals(outcome(() -> Ratios.compute(c, kept.entries(), s, null)),
            outcome(() -> Ratios.compute(c, summed.figures(), s, null)), s.toString());
      }
      assertEquals(outcome(() -> Deadlines.judge(c, kept.entries(), month.atEndOfMonth(),
          Thresholds.DEFAULT)), outcome(() -> Deadlines.judge(c, summed.figures(),
          month.atEndOfMonth(), Thresholds.DEFAULT)), month.toString());
    }
  }

  /** What a computation gives, or the message it refuses with (a sum past 64 bits). */
  private static Object outcome(Supplier<Object> computation) {
    try {
      return computation.get();
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  @Test
  void theExamplesAddUpAsKept() throws InputException {
    assertSameAsKept(List.of(Path.of("examples/progress-2022.csv")));
    assertSameAsKept(List.of(Path.of("examples/progress-2022.yaml")));
  }

  @Test
  void reportsSplitOverFilesAndUnitsAddUpAsKept(@TempDir Path dir) throws Exception {
    List<String> lines = Files.readAllLines(Path.of("examples/progress-2022.csv"));
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    Files.write(a, lines.subList(0, lines.size() / 2));
    List<String> rest = new java.util.ArrayList<>(List.of(lines.get(0).startsWith("#")
        ? lines.get(1) : lines.get(0)));
    rest.addAll(lines.subList(lines.size() / 2, lines.size()));
    Files.write(b, rest);
    assertSameAsKept(List.of(a, b));
  }

  @Test
  void aReportMadeTwiceNamesTheFirstAsKept() throws InputException {
    assertSameAsKept(List.of(Path.of(DIR + "dup-a.yaml"), Path.of(DIR + "dup-b.csv")));
    assertSameAsKept(List.of(Path.of(DIR + "good.yaml"), Path.of(DIR + "good.csv")));
    LoadedProgress twice = ProgressReader.sums(List.of(Path.of(DIR + "good.csv"),
        Path.of(DIR + "good.yaml")), checklist(), Links.STRICT, ReadMeter.NONE);
    assertTrue(twice.problems().stream().anyMatch(p -> p.message().contains(
        "the first report is at " + DIR + "good.csv:3")), twice.problems().toString());
  }

  @Test
  void sumsPastSixtyFourBitsAreKeptAsReports(@TempDir Path dir) throws Exception {
    // 18 digits, the most that the fast reader takes: ten of them pass 64 bits
    StringBuilder csv = new StringBuilder("period,id,unit,numerator,denominator,count,done,note\n");
    for (String unit : List.of("区发改局", "区经信局", "区科技局", "区司法局", "区财政局", "区人社局",
        "区住建局", "区交通运输局", "区商务局", "区文广旅游体育局")) {
      csv.append("2022-06,13.1,").append(unit).append(",,,999999999999999999,,\n");
      csv.append("2022-06,1.1,").append(unit)
          .append(",999999999999999999,999999999999999999,,,\n");
    }
    Path f = dir.resolve("huge.csv");
    Files.writeString(f, csv);
    assertSameAsKept(List.of(f));
  }
}
