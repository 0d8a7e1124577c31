package dev.qingdan.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Assertions;

/**
 * What the fuzz tests check of every input: it is done within {@link #SECONDS} seconds of the CPU
 * time of the thread that reads it (wall time would fail on a busy machine, where a cold first
 * input can wait for a core longer than that), and every problem has a place and reads on one line.
 */
public final class FuzzChecks {
  /** The most CPU time one input may take; the slowest seed takes well under a second. */
  static final int SECONDS = 10;
  /** The most wall time one input may take, for an input that waits instead of working. */
  static final int WALL_SECONDS = 120;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static volatile Thread worker;

  /**
   * One thread, reused: JUnit's {@code @Timeout} would time the whole fuzzing run, not one input,
   * and a thread per input would slow the fuzzer down.
   */
  private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "fuzz-input");
    t.setDaemon(true);
    worker = t;
    return t;
  });

  private FuzzChecks() {}

  /** Runs one input, failing when it takes too long; what it throws is thrown as it is. */
  public static void within(Runnable input) {
    Future<?> f = WORKER.submit(input);
    long start = cpu();
    long wallEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(WALL_SECONDS);
    try {
      while (true) {
        try {
          f.get(100, TimeUnit.MILLISECONDS);
          return;
        } catch (TimeoutException e) {
          if (cpu() - start > TimeUnit.SECONDS.toNanos(SECONDS)
              || System.nanoTime() > wallEnd) {
            f.cancel(true);
            Assertions.fail("one input took more than " + SECONDS + " seconds");
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** The CPU time the worker thread has used so far, in nanoseconds. */
  private static long cpu() {
    Thread t = worker;
    long ns = t == null ? -1 : THREADS.getThreadCpuTime(t.getId());
    return ns < 0 ? 0 : ns;
  }

  public static void wellFormed(List<Problem> problems) {
    for (Problem p : problems) {
      wellFormed(p);
    }
  }

  public static void wellFormed(Problem p) {
    assertNotNull(p.severity());
    assertNotNull(p.code());
    assertNotNull(p.message(), p.code());
    assertNotNull(p.file());
    assertNotNull(p.path());
    assertTrue(p.line() >= 0, p + ": line < 0");
    assertTrue(p.column() >= 0, p + ": column < 0");
    assertFalse(p.message().isBlank(), p.toString());
    assertFalse(p.message().contains("\n"), p.toString());
  }
}
