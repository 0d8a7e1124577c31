package dev.qingdan.cli;

import dev.qingdan.load.Background;
import dev.qingdan.load.checklist.ChecklistReader;
import dev.qingdan.load.checklist.ChecklistValidator;
import dev.qingdan.load.InputException;
import dev.qingdan.load.checklist.LoadedChecklist;
import dev.qingdan.load.Links;
import dev.qingdan.load.Problem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * ./policies.yaml, read on a thread of its own while picocli sets up the command: on a short run
 * the two take about as long, and a second core does one while the first does the other
 * (docs/performance.md). It is started when the first argument names a command that reads the
 * checklist, before any option is known; the command takes the result only when it reads that
 * very file under that very name (no {@code -p}, or {@code validate policies.yaml}), and reads
 * the file itself otherwise. Only a regular file is read ahead, not a symbolic link (whether it
 * may be followed depends on an option), and reading has no effect but its result, so a read
 * that is not taken costs only work on the other core. The checks that every command makes before
 * it answers (validate's) run on that thread too, right after the reading.
 */
final class ReadAhead {
  /** Nothing read ahead: every read reads the file. */
  static final ReadAhead NONE = new ReadAhead(null, null);

  private final Path file;
  private final Background<Checked> reading;
  /** What the command took of the reading, once it took it: the thread that runs the command. */
  private Checked taken;

  private ReadAhead(Path file, Background<Checked> reading) {
    this.file = file;
    this.reading = reading;
  }

  /**
   * Starts reading ./policies.yaml when {@code command} reads it and {@code args} (the whole
   * command line) name no other checklist: with {@code -p}, {@code --policies} or {@code
   * --example} the file would be read for nothing, on the core that the command's own reading
   * needs (a national checklist of 2,846 units read beside ./policies.yaml).
   */
  static ReadAhead start(String command, List<String> args) {
    Path file = Path.of(Policies.DEFAULT);
    if (command == null || !Models.READERS.contains(command) || namesAnother(args)
        || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return NONE;
    }
    return new ReadAhead(file, Background.start("qingdan-read-ahead", new Read(file)));
  }

  /** Whether {@code args} name a checklist other than ./policies.yaml, or may (-pFILE). */
  private static boolean namesAnother(List<String> args) {
    for (String a : args) {
      if (a.equals("--")) {
        return false;
      }
      if (a.startsWith("-p") || a.startsWith("--policies") || a.equals("--example")) {
        return true;
      }
    }
    return false;
  }

  /** The checklist read, and validate's problems of it. */
  private record Checked(LoadedChecklist loaded, List<Problem> problems) {}

  /**
   * The reading, and the checking that every command does before it answers: a class, since a
   * lambda would first set up Java's lambda machinery.
   */
  private record Read(Path file) implements Callable<Checked> {
    @Override
    public Checked call() throws InputException {
      LoadedChecklist lc = ChecklistReader.read(file, Policies.DEFAULT);
      return new Checked(lc, problems(lc));
    }
  }

  /** validate's problems of {@code lc}: its reading's, and where it was read, its meaning's. */
  private static List<Problem> problems(LoadedChecklist lc) {
    return ChecklistValidator.validate(lc);
  }

  /**
   * validate's problems of {@code lc}, found on the other thread where {@code lc} is the
   * checklist read ahead; a checklist read otherwise does not wait for that thread.
   */
  List<Problem> validate(LoadedChecklist lc) {
    Checked c = taken;
    return c != null && c.loaded() == lc ? c.problems() : problems(lc);
  }

  /** The checklist {@code file}, shown as {@code shown}: the one read ahead if it is that one. */
  LoadedChecklist read(Path file, String shown, Links links) throws InputException {
    if (reading == null || !this.file.equals(file) || !Policies.DEFAULT.equals(shown)) {
      return ChecklistReader.read(file, shown, links);
    }
    try {
      taken = reading.get(InputException.class);
      return taken.loaded();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ChecklistReader.read(file, shown, links);
    }
  }
}
