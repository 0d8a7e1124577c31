package dev.qingdan.cli;

import dev.qingdan.load.Background;
import dev.qingdan.load.ChecklistReader;
import dev.qingdan.load.InputException;
import dev.qingdan.load.LoadedChecklist;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The checklist, read on a thread of its own while picocli builds its model of the command: on a
 * short run the two take about as long, and a second core does one while the first does the other.
 *
 * <p>Which file a command reads is known only once picocli has parsed the arguments, so the file
 * is taken from a first reading of the common options alone ({@link Arguments#peek}: {@code -p},
 * else ./policies.yaml); the
 * command takes the result only when it asks for that very file under the same name, and reads
 * the file itself otherwise. Only regular files are read ahead (never a pipe or a device), and
 * reading has no effect but the result, so a wrong guess costs only work on the other core.
 */
final class Prefetch {
  /** The commands that read the checklist of {@code -p}. */
  private static final Set<String> READERS =
      Set.of("validate", "list", "show", "ratio", "deadlines", "report");

  /** Nothing read ahead. */
  static final Prefetch NONE = new Prefetch(null, null, null);

  private final Path file;
  private final String shown;
  private final Background<LoadedChecklist> task;

  private Prefetch(Path file, String shown, Background<LoadedChecklist> task) {
    this.file = file;
    this.shown = shown;
    this.task = task;
  }

  /** Starts reading the checklist that {@code args} are likely to ask for, if any. */
  static Prefetch start(String... args) {
    if (args.length == 0 || !READERS.contains(args[0])) {
      return NONE;
    }
    Arguments.Peek peek = Arguments.peek(args);
    if (peek.help()) {
      return NONE;
    }
    Path given = peek.policies();
    Path file = given == null ? Path.of(Policies.DEFAULT) : given;
    String shown = given == null ? Policies.DEFAULT : given.toString();
    if (!Files.isRegularFile(file)) {
      return NONE;
    }
    return new Prefetch(file, shown, Background.start("qingdan-prefetch", new Read(file, shown)));
  }

  /**
   * The reading itself. A class rather than a lambda: this is a run's first lambda, and Java
   * sets up the machinery of lambdas (about 3 ms) on first use, which would delay the read; on
   * the main thread it happens while the file is read.
   */
  private record Read(Path file, String shown) implements Callable<LoadedChecklist> {
    @Override
    public LoadedChecklist call() throws InputException {
      return ChecklistReader.read(file, shown);
    }
  }

  /**
   * The checklist read ahead when it is {@code file} shown as {@code shown}; else what reading it
   * now gives.
   */
  LoadedChecklist read(Path file, String shown) throws InputException {
    if (task == null || !this.file.equals(file) || !this.shown.equals(shown)) {
      return ChecklistReader.read(file, shown);
    }
    try {
      return task.get(InputException.class);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ChecklistReader.read(file, shown);
    }
  }
}
