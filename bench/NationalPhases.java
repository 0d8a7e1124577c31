import dev.qingdan.compute.MonthlyReport;
import dev.qingdan.compute.Ratios;
import dev.qingdan.compute.Scope;
import dev.qingdan.compute.Thresholds;
import dev.qingdan.load.Links;
import dev.qingdan.load.YamlTree;
import dev.qingdan.load.checklist.ChecklistReader;
import dev.qingdan.load.checklist.ChecklistValidator;
import dev.qingdan.load.checklist.LoadedChecklist;
import dev.qingdan.load.progress.LoadedProgress;
import dev.qingdan.load.progress.ProgressReader;
import dev.qingdan.load.progress.ReadMeter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the national roll-up spends its CPU, phase by phase, in one JVM that has run nothing
 * before (run it with the launcher's flags and archive; see bench/RESULTS.md): the CPU time of the
 * thread that runs each phase, which a busy machine inflates far less than the wall time. The
 * progress phase reads on every core; its figure is the main thread's share alone.
 *
 * <p>Arguments: the checklist, then the progress file. Each phase is timed once, cold, as a run
 * meets it; run it several times and read the medians.
 */
public class NationalPhases {
  public static void main(String[] args) throws Exception {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    Path checklist = Path.of(args[0]);
    Path progress = Path.of(args[1]);
    String text = Files.readString(checklist);
    long a = cpu.getCurrentThreadCpuTime();
    YamlTree.parse(args[0], text, new ArrayList<>());
    long b = cpu.getCurrentThreadCpuTime();
    LoadedChecklist lc = ChecklistReader.read(checklist, args[0]);
    long c = cpu.getCurrentThreadCpuTime();
    int problems = ChecklistValidator.validate(lc).size();
    long d = cpu.getCurrentThreadCpuTime();
    LoadedProgress lp = ProgressReader.sums(List.of(progress), lc.checklist(), Links.STRICT,
        ReadMeter.NONE);
    long e = cpu.getCurrentThreadCpuTime();
    YearMonth through = lp.latestMonth().orElseThrow();
    Ratios.compute(lc.checklist(), lp.figures(), Scope.through(through), null);
    long f = cpu.getCurrentThreadCpuTime();
    MonthlyReport.of(lc.checklist(), lp.figures(), through.atEndOfMonth(), through,
        Thresholds.DEFAULT);
    long g = cpu.getCurrentThreadCpuTime();
    System.out.printf("tree %s | read+bind again %s | checks %s (%d problems) | progress %s | "
        + "ratios %s | report %s%n", ms(b - a), ms(c - b), ms(d - c), problems, ms(e - d),
        ms(f - e), ms(g - f));
  }

  private static String ms(long nanos) {
    return String.format("%.1f ms", nanos / 1e6);
  }
}
