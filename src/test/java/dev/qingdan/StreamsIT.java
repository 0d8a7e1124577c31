package dev.qingdan;

import static dev.qingdan.Programs.onPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that can be read only once, as scripts give them: {@code -} for standard input, a FIFO,
 * bash's process substitution; and {@code -o -} for standard output. Each run is the built jar in
 * a process of its own, since standard input is the process's.
 */
@Timeout(120)
class StreamsIT {
  @TempDir Path tmp;

  /** The output of one run. */
  record Result(int exit, String out, String err) {}

  @BeforeAll
  static void needsTheJar() {
    assumeTrue(Files.isRegularFile(Path.of("target", "qingdan.jar")), "the jar is not built");
  }

  /** Runs {@code cmd} with {@code stdin} (a file, or null for none) as its standard input. */
  private Result run(Path stdin, List<String> cmd) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    pb.environment().put("LANG", "C.UTF-8");
    File out = tmp.resolve("out.txt").toFile();
    File err = tmp.resolve("err.txt").toFile();
    pb.redirectOutput(out).redirectError(err);
    if (stdin != null) {
      pb.redirectInput(stdin.toFile());
    }
    Process p = pb.start();
    if (stdin == null) {
      p.getOutputStream().close();
    }
    assertTrue(p.waitFor(100, TimeUnit.SECONDS), cmd + " did not finish");
    return new Result(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
        Files.readString(err.toPath(), StandardCharsets.UTF_8));
  }

  private Result qingdan(Path stdin, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("java", "-jar",
        Path.of("target", "qingdan.jar").toAbsolutePath().toString()));
    cmd.addAll(List.of(args));
    return run(stdin, cmd);
  }

  @Test
  void aDashReadsStandardInputWhereverAFileIsRead() throws Exception {
    Result v = qingdan(Path.of("policies.yaml"), "validate", "-");
    assertEquals(0, v.exit(), v.err());
    assertTrue(v.out().startsWith("<stdin>: valid (32 rows, 2 goals)"), v.out());

    Result byFile = qingdan(null, "ratio", "--data", "examples/progress-2022.csv");
    Result byStdin = qingdan(Path.of("examples/progress-2022.csv"), "ratio", "--data", "-");
    assertEquals(0, byStdin.exit(), byStdin.err());
    assertEquals(byFile.out(), byStdin.out());

    Result p = qingdan(Path.of("policies.yaml"), "list", "-p", "-", "--grep", "歇业");
    assertEquals(0, p.exit(), p.err());
    assertTrue(p.out().contains("19.1"), p.out());

    Result diffByFile = qingdan(null, "diff", "policies.yaml", "examples/policies-revised.yaml",
        "--format", "json");
    Result diffByStdin = qingdan(Path.of("examples/policies-revised.yaml"), "diff",
        "policies.yaml", "-", "--format", "json");
    assertEquals(diffByFile.exit(), diffByStdin.exit(), diffByStdin.err());
    assertEquals(diffByFile.out().replace("examples/policies-revised.yaml", "<stdin>"),
        diffByStdin.out());

    Result importByFile = qingdan(null, "import", "examples/plan-2022.txt");
    Result importByStdin = qingdan(Path.of("examples/plan-2022.txt"), "import", "-", "-o", "-");
    assertEquals(0, importByStdin.exit(), importByStdin.err());
    assertEquals(importByFile.out(), importByStdin.out());
  }

  @Test
  void standardInputNamedTwiceIsRefused() throws Exception {
    Result r = qingdan(Path.of("policies.yaml"), "validate", "-", "--data", "-");
    assertEquals(2, r.exit(), r.out() + r.err());
    assertTrue(r.err().contains("standard input is named twice"), r.err());
  }

  @Test
  void aFifoAndProcessSubstitutionAreReadOnce() throws Exception {
    Result byFile = qingdan(null, "ratio", "--data", "examples/progress-2022.csv");
    assumeTrue(onPath("bash"));
    String jar = Path.of("target", "qingdan.jar").toAbsolutePath().toString();
    Result sub = run(null, List.of("bash", "-c", "java -jar '" + jar
        + "' ratio --data <(cat examples/progress-2022.csv)"));
    assertEquals(0, sub.exit(), sub.err());
    assertEquals(byFile.out(), sub.out());

    Path fifo = tmp.resolve("reports.fifo");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
    Thread writer = new Thread(() -> {
      try (OutputStream o = Files.newOutputStream(fifo)) {
        o.write(Files.readAllBytes(Path.of("examples/progress-2022.csv")));
      } catch (Exception e) {
        // the reader's result says what went wrong
      }
    });
    writer.start();
    Result f = qingdan(null, "ratio", "--data", fifo.toString());
    writer.join(10_000);
    assertEquals(0, f.exit(), f.err());
    assertEquals(byFile.out(), f.out());
  }

  @Test
  void dashOWritesToStandardOutput() throws Exception {
    Result r = qingdan(null, "report", "--data", "examples/progress-2022.yaml", "--as-of",
        "2022-08-31", "--format", "json", "-o", "-");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("{"), r.out());
    assertTrue(!Files.exists(Path.of("-")), "no file named -");
  }
}
