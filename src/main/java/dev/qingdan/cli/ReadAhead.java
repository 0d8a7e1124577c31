package dev.qingdan.cli;

import dev.qingdan.load.Background;
import dev.qingdan.load.checklist.ChecklistReader;
import dev.qingdan.load.checklist.ChecklistValidator;
import dev.qingdan.load.InputException;
import dev.qingdan.load.checklist.LoadedChecklist;
import dev.qingdan.load.Links;
import dev.qingdan.load.Problem;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The checklist, read on a thread of its own while picocli sets up the command: on a short run
 * the two take about as long, and a second core does one while the first does the other
 * (docs/performance.md). It is started when the first argument names a command that reads the
 * checklist, before any option is parsed: the file that {@code -p} names, else ./policies.yaml.
 * The command takes the result only when it reads that very file under that very name, and reads
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
   * Starts reading the checklist that {@code args} (the whole command line) name with {@code -p}
   * or {@code --policies}, else ./policies.yaml, when {@code command} reads it and it is a
   * regular file. A national checklist of 2,846 units takes as long to read as picocli takes to
   * set up the command. With {@code --example}, or where the name cannot be told, nothing is read.
   */
  static ReadAhead start(String command, List<String> args) {
    if (command == null || !Models.READERS.contains(command)) {
      return NONE;
    }
    String named = named(args);
    Path file;
    try {
      file = named == null ? null : Path.of(named);
    } catch (InvalidPathException e) {
      return NONE; // picocli says so
    }
    if (file == null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return NONE;
    }
    return new ReadAhead(file, Background.start("qingdan-read-ahead", new Read(file)));
  }

  /**
   * The checklist that {@code args} name, as written: the value of the last {@code -p} or {@code
   * --policies}, else ./policies.yaml; null with {@code --example} or a {@code -p} without a value.
   * A wrong guess costs a read that is not taken: the command compares the file it reads.
   */
  private static String named(List<String> args) {
    String named = Policies.DEFAULT;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--")) {
        break;
      } else if (a.equals("--example")) {
        return null;
      } else if (a.equals("-p") || a.equals("--policies")) {
        if (i + 1 == args.size()) {
          return null;
        }
        named = args.get(++i);
      } else if (a.startsWith("--policies=")) {
        named = a.substring("--policies=".length());
      } else if (a.startsWith("-p")) {
        named = a.substring(a.startsWith("-p=") ? 3 : 2);
      }
    }
    return named;
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
      LoadedChecklist lc = ChecklistReader.read(file, file.toString());
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

  /**
   * The checklist {@code file}, shown as {@code shown}: the one read ahead if it is that one, read
   * as {@code links} would have it. The read-ahead follows no symbolic link out of the working
   * directory; a file there that is no link is read alike with {@code --allow-symlinks}.
   */
  LoadedChecklist read(Path file, String shown, Links links) throws InputException {
    if (reading == null || !this.file.equals(file) || !file.toString().equals(shown)
        || !links.equals(Links.STRICT) && file.getParent() != null) {
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
