package dev.qingdan.bench;

import dev.qingdan.load.checklist.ChecklistReader;
import dev.qingdan.load.checklist.ChecklistValidator;
import dev.qingdan.load.checklist.LoadedChecklist;
import dev.qingdan.load.Problem;
import dev.qingdan.load.SourceText;
import java.nio.file.Path;
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
 * The checklist loader when warm: read (decode), parse and bind, validate. {@code size} is the
 * bundled checklist (32 rows) or a synthetic one of bench/Generate.java under {@code data}
 * (bench/out/data; bench/run.sh makes them).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class LoaderBench {
  @Param({"bench/out/data"})
  public String data;

  @Param({"bundled", "1000", "10000"})
  public String size;

  private Path file;
  private String text;
  private LoadedChecklist loaded;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    file = size.equals("bundled") ? Path.of("policies.yaml")
        : Data.file(data, "policies-" + size + ".yaml");
    text = SourceText.read(file, file.toString(), SourceText.DEFAULT_MAX_BYTES);
    loaded = ChecklistReader.parse(file.toString(), text);
  }

  @Benchmark
  public String decode() throws Exception {
    return SourceText.read(file, file.toString(), SourceText.DEFAULT_MAX_BYTES);
  }

  @Benchmark
  public LoadedChecklist parseAndBind() {
    return ChecklistReader.parse(file.toString(), text);
  }

  @Benchmark
  public List<Problem> validate() {
    return ChecklistValidator.validate(loaded);
  }

  @Benchmark
  public List<Problem> readAndValidate() throws Exception {
    return ChecklistValidator.validate(ChecklistReader.read(file, file.toString()));
  }
}
