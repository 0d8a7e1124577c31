package dev.qingdan.bench;

import dev.qingdan.compute.DeadlineRow;
import dev.qingdan.compute.Deadlines;
import dev.qingdan.compute.RatioReport;
import dev.qingdan.compute.Ratios;
import dev.qingdan.compute.Thresholds;
import dev.qingdan.load.checklist.ChecklistReader;
import dev.qingdan.load.progress.LoadedProgress;
import dev.qingdan.load.progress.ProgressReader;
import dev.qingdan.model.Checklist;
import dev.qingdan.model.ProgressEntry;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Progress reports at national scale when warm: bench/out/data/progress-national.csv (2,846
 * county-level units × 32 rows × 12 months, about 1.1 million rows) against the checklist whose
 * register holds those units, with {@code -Xmx512m} as the issue asks. {@code read} reads and
 * checks the CSV; {@code ratios} and {@code deadlines} compute on reports read once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class ProgressBench {
  @Param({"bench/out/data"})
  public String data;

  private Path csv;
  private Checklist checklist;
  private List<ProgressEntry> entries;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Path policies = Data.file(data, "policies-national.yaml");
    csv = Data.file(data, "progress-national.csv");
    checklist = ChecklistReader.read(policies, policies.toString()).checklist();
    entries = read().entries();
  }

  @Benchmark
  public LoadedProgress read() throws Exception {
    return ProgressReader.read(List.of(csv), checklist);
  }

  @Benchmark
  public RatioReport ratios() {
    return Ratios.compute(checklist, entries,
        dev.qingdan.compute.Scope.through(YearMonth.of(2022, 12)));
  }

  @Benchmark
  public List<DeadlineRow> deadlines() {
    return Deadlines.judge(checklist, entries, LocalDate.of(2022, 6, 30), Thresholds.DEFAULT);
  }
}
