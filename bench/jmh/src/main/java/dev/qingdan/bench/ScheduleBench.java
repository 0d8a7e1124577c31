package dev.qingdan.bench;

import dev.qingdan.phrase.ScheduleParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The schedule parser on every schedule cell of the phrase table
 * (src/test/resources/phrases/other-checklists.txt), each read once per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScheduleBench {
  private final List<String> cells = new ArrayList<>();

  @Setup
  public void setUp() throws Exception {
    Path table = Path.of("src/test/resources/phrases/other-checklists.txt");
    for (String line : Files.readAllLines(table, StandardCharsets.UTF_8)) {
      if (line.startsWith("S | ")) {
        cells.add(line.split(" \\| ")[1]);
      }
    }
  }

  @Benchmark
  public void parseEveryCell(Blackhole out) {
    for (String cell : cells) {
      out.consume(ScheduleParser.parse(cell, 2022, null));
    }
  }
}
