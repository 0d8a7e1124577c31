package dev.qingdan.bench;

import dev.qingdan.compute.DiffResult;
import dev.qingdan.compute.RevisionDiff;
import dev.qingdan.load.checklist.ChecklistReader;
import dev.qingdan.model.Checklist;
import java.io.IOException;
import java.nio.file.Path;
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
 * The revision diff when warm: align two synthetic revisions of bench/Generate.java (item 2
 * removed, so every later row is renumbered, and one target raised) and find what changed.
 * {@code compare} is the alignment and comparison alone, on checklists read once; {@code
 * readAndCompare} reads both files too, as {@code qingdan diff} does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class DiffBench {
  @Param({"bench/out/data"})
  public String data;

  @Param({"1000", "10000"})
  public String size;

  private Path oldFile;
  private Path newFile;
  private Checklist old;
  private Checklist neu;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    oldFile = Data.file(data, "policies-" + size + ".yaml");
    newFile = Data.file(data, "policies-" + size + "-revised.yaml");
    old = read(oldFile);
    neu = read(newFile);
  }

  private static Checklist read(Path file) throws Exception {
    Checklist c = ChecklistReader.read(file, file.toString()).checklist();
    if (c == null) {
      throw new IOException(file + " is not a checklist");
    }
    return c;
  }

  @Benchmark
  public DiffResult compare() {
    return RevisionDiff.compare(old, neu);
  }

  @Benchmark
  public DiffResult readAndCompare() throws Exception {
    return RevisionDiff.compare(read(oldFile), read(newFile));
  }
}
