package dev.qingdan.load;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work started on a daemon thread of its own (it never keeps the JVM alive), whose result is taken
 * later on the thread that needs it, failing as the work itself failed.
 *
 * @param <T> the result
 */
public final class Background<T> {
  private final FutureTask<T> task;

  private Background(FutureTask<T> task) {
    this.task = task;
  }

  /** Starts {@code work} on a thread named {@code name}. */
  public static <T> Background<T> start(String name, Callable<T> work) {
    FutureTask<T> task = new FutureTask<>(work);
    Thread t = new Thread(task, name);
    t.setDaemon(true);
    t.start();
    return new Background<>(task);
  }

  /**
   * The result, once the work is done; when it failed, its own exception: an unchecked one or an
   * error as it was, a checked one of type {@code checked} as that.
   */
  public <X extends Exception> T get(Class<X> checked) throws X, InterruptedException {
    try {
      return task.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (checked.isInstance(cause)) {
        throw checked.cast(cause);
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error r) {
        throw r;
      }
      throw new IllegalStateException(cause);
    }
  }
}
