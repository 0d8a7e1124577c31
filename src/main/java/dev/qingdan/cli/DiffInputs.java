package dev.qingdan.cli;

import dev.qingdan.load.ChecklistReader;
import dev.qingdan.load.ChecklistValidator;
import dev.qingdan.load.Git;
import dev.qingdan.load.InputException;
import dev.qingdan.load.LoadedChecklist;
import dev.qingdan.load.Msg;
import dev.qingdan.load.Problem;
import dev.qingdan.load.Severity;
import dev.qingdan.load.SourceText;
import dev.qingdan.model.Checklist;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Turns the arguments of {@code diff} into the two revisions to compare: files, git revisions
 * ({@code HEAD~1}, {@code v1..v2}, {@code v1...v2}, {@code REV:path}, {@code :path} for the
 * index), or the seven arguments git gives an external diff command.
 */
final class DiffInputs {
  /**
   * One revision, loaded.
   *
   * @param label how it is named in the output
   * @param file its path, for annotations
   * @param loaded the checklist and the places of its fields
   */
  record Side(String label, String file, LoadedChecklist loaded) {}

  /** The two revisions. */
  record Pair(Side old, Side neu) {}

  private final Path dir;
  private final Path policies;
  private final Stderr err;
  private Git git;

  /**
   * @param dir where relative paths start and git runs
   * @param policies the checklist of {@code -p}, or null for ./policies.yaml
   */
  DiffInputs(Path dir, Path policies, Stderr err) {
    this.dir = dir;
    this.policies = policies;
    this.err = err;
  }

  /**
   * The two sides, read at the same time: each is read and parsed on its own (a 15 MB revision
   * takes seconds), so on two cores the pair takes little longer than one. When both fail, the
   * old side's error is the one reported, as when they were read in turn.
   */
  private static Pair both(Supplier<Side> old, Supplier<Side> neu) {
    Background<Side> first = Background.start("qingdan-diff-old", old::get);
    RuntimeException second = null;
    Side b = null;
    try {
      b = neu.get();
    } catch (RuntimeException e) {
      second = e;
    }
    Side a;
    try {
      a = first.get(RuntimeException.class);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the old revision", e);
    }
    if (second != null) {
      throw second;
    }
    return new Pair(a, b);
  }

  private synchronized Git git() {
    if (git == null) {
      git = new Git(dir);
    }
    return git;
  }

  /** {@code OLD [NEW]} as the user gave them. */
  Pair resolve(List<String> args) {
    if (args.size() == 2) {
      for (String a : args) {
        if (!isFile(a) && range(a) != null) {
          throw new UserException(ExitCode.TROUBLE, Msg.of("'%s': a range (A..B) stands alone; "
              + "give either a range or two revisions", a));
        }
      }
      return both(() -> side(args.get(0)), () -> side(args.get(1)));
    }
    String a = args.get(0);
    String[] range = isFile(a) ? null : range(a);
    if (range != null) {
      String from = range[0].isEmpty() ? "HEAD" : range[0];
      String to = range[1].isEmpty() ? "HEAD" : range[1];
      if (range[2] != null) {
        refuseOption(from);
        refuseOption(to);
        try {
          String base = git().mergeBase(commit(from, a), commit(to, a));
          return new Pair(blob(base + ":" + defaultObjectPath(), "merge-base(" + from + ", "
              + to + "):" + defaultName(), defaultName()), revision(to, null, a));
        } catch (Git.GitException e) {
          throw new UserException(ExitCode.TROUBLE, Msg.of("'%s': %s", a,
              e.msg()));
        }
      }
      return both(() -> revision(from, null, a), () -> revision(to, null, a));
    }
    Pair pair = both(() -> side(a), this::working);
    if (pair.neu().label().equals(Policies.BUNDLED_NAME)) {
      // said once both sides are read: nothing is said about a comparison that did not happen
      err.note(Msg.of("no ./%s here; using the bundled checklist", Policies.DEFAULT));
    }
    return pair;
  }

  /**
   * {@code A..B} as {A, B, null} and {@code A...B} as {A, B, "..."}; null for no range (a range
   * names no path: {@code REV:path} is never one).
   */
  private static String[] range(String a) {
    if (a.indexOf(':') >= 0) {
      return null;
    }
    String revPart = a;
    int three = revPart.indexOf("...");
    if (three >= 0) {
      return new String[] {a.substring(0, three), a.substring(three + 3), "..."};
    }
    int two = revPart.indexOf("..");
    if (two >= 0) {
      return new String[] {a.substring(0, two), a.substring(two + 2), null};
    }
    return null;
  }

  private boolean isFile(String a) {
    return Files.isRegularFile(dir.resolve(a));
  }

  /** A file if one exists by that name, else {@code REV:path}, else a revision's checklist. */
  private Side side(String a) {
    if (isFile(a)) {
      return file(dir.resolve(a), a);
    }
    if (a.equals("-")) {
      throw new UserException(ExitCode.TROUBLE, Msg.of("reading a checklist from standard input "
          + "is not supported; give a file or a revision"));
    }
    int colon = a.indexOf(':');
    if (colon >= 0) {
      String rev = a.substring(0, colon);
      String path = a.substring(colon + 1);
      if (path.isEmpty()) {
        throw new UserException(ExitCode.TROUBLE, Msg.of("'%s': no path after ':'", a));
      }
      return revision(rev, path, a);
    }
    return revision(a, null, a);
  }

  /**
   * The checklist of {@code rev} at {@code path} (null: the -p file, or policies.yaml);
   * {@code given} is the argument as the user wrote it, for messages.
   */
  private Side revision(String rev, String path, String given) {
    refuseOption(rev);
    String shown = rev + ":" + (path == null ? defaultName() : path);
    String object;
    if (rev.isEmpty()) {
      // ":path" is the file as staged in the index, as git reads it.
      object = ":" + (path == null ? defaultObjectPath() : path);
    } else {
      object = commit(rev, given) + ":" + (path == null ? defaultObjectPath() : path);
    }
    return blob(object, shown, path == null ? defaultName() : stripDot(path));
  }

  private Side blob(String object, String shown, String file) {
    byte[] bytes;
    try {
      bytes = git().blob(object).orElseThrow(() -> new UserException(ExitCode.TROUBLE,
          Msg.of("'%s': no such file in that revision", shown)));
    } catch (Git.GitException e) {
      throw new UserException(ExitCode.TROUBLE, Msg.of("'%s': %s", shown,
          e.msg()));
    }
    return new Side(shown, file, parse(shown, bytes));
  }

  private String commit(String rev, String given) {
    try {
      return git().commit(rev).orElseThrow(() -> new UserException(ExitCode.TROUBLE,
          !given.equals(rev) ? Msg.of("'%s': '%s' is not a git revision", given, rev)
              : Files.isDirectory(dir.resolve(rev))
              ? Msg.of("'%s': a directory, not a file, and not a git revision", rev)
              : Msg.of("'%s': no such file or git revision", rev)));
    } catch (Git.GitException e) {
      throw new UserException(ExitCode.TROUBLE, dir.toString().isEmpty()
          ? Msg.of("'%s': no such file, and this directory is not in a git repository", given)
          : Msg.of("'%s': no such file, and %s is not in a git repository", given, dir));
    }
  }

  /** A revision that starts with '-' could be read by git as an option: refused outright. */
  static void refuseOption(String rev) {
    if (rev.startsWith("-")) {
      throw new UserException(ExitCode.TROUBLE, Msg.of("'%s': a revision must not start with "
          + "'-'", rev));
    }
  }

  private static String stripDot(String p) {
    return p.startsWith("./") ? p.substring(2) : p;
  }

  /** The working checklist: -p, else ./policies.yaml, else the bundled copy. */
  private Side working() {
    if (policies != null) {
      return file(dir.resolve(policies), policies.toString());
    }
    Path here = dir.resolve(Policies.DEFAULT);
    if (Files.exists(here)) {
      return file(here, Policies.DEFAULT);
    }
    try {
      LoadedChecklist lc = Policies.bundled();
      return new Side(Policies.BUNDLED_NAME, Policies.DEFAULT, checked(lc));
    } catch (InputException e) {
      throw UserException.of(e);
    }
  }

  /** How the checklist's path is shown. */
  private String defaultName() {
    return policies == null ? Policies.DEFAULT : policies.toString();
  }

  private String defaultObjectPath() {
    return objectPath(dir, policies);
  }

  /**
   * The checklist's path in a revision: {@code policies} (null: policies.yaml) relative to
   * {@code dir}, written as git reads a path relative to where it runs ({@code ./x}, {@code ../x}).
   */
  static String objectPath(Path dir, Path policies) {
    Path p = policies == null ? Path.of(Policies.DEFAULT) : policies;
    Path abs = dir.resolve(p).toAbsolutePath().normalize();
    String rel = dir.toAbsolutePath().normalize().relativize(abs).toString();
    return rel.startsWith("..") ? rel : "./" + rel;
  }

  private static Side file(Path path, String name) {
    try {
      return new Side(name, name, checked(ChecklistReader.read(path, name)));
    } catch (InputException e) {
      throw UserException.of(e);
    }
  }

  private static LoadedChecklist parse(String name, byte[] bytes) {
    try {
      return checked(ChecklistReader.parse(name, SourceText.decode(name, bytes)));
    } catch (InputException e) {
      throw UserException.of(e);
    }
  }

  /**
   * A checklist with errors cannot be compared: its errors as validate reports them (a target or
   * schedule whose text says another thing than its fields among them), exit 2.
   */
  static LoadedChecklist checked(LoadedChecklist lc) {
    List<Problem> errors = (lc.checklist() == null ? lc.problems()
        : ChecklistValidator.validate(lc)).stream().filter(p -> p.severity() == Severity.ERROR)
        .toList();
    if (!errors.isEmpty() || lc.checklist() == null) {
      throw UserException.of(errors);
    }
    return lc;
  }

  /**
   * The arguments git gives {@code diff.<driver>.command}: path old-file old-hex old-mode new-file
   * new-hex new-mode, and for a rename the new path and a message. {@code /dev/null} stands for a
   * file that does not exist on that side.
   */
  Pair external(List<String> args) {
    if (args.size() != 7 && args.size() != 9) {
      throw new UserException(ExitCode.TROUBLE, Msg.of("--git-external takes the 7 arguments git "
          + "gives an external diff (path old-file old-hex old-mode new-file new-hex new-mode), "
          + "got %d", args.size()));
    }
    String path = args.get(0);
    String newPath = args.size() == 9 ? args.get(7) : path;
    return both(() -> externalSide(args.get(1), "a/" + path, path),
        () -> externalSide(args.get(4), "b/" + newPath, newPath));
  }

  private Side externalSide(String file, String label, String path) {
    if (file.equals("/dev/null")) {
      Checklist empty = new Checklist(null, List.of(), List.of(), List.of(), List.of());
      return new Side("/dev/null", path, new LoadedChecklist(label, empty, Map.of(), List.of(),
          List.of()));
    }
    try {
      byte[] bytes = SourceText.readBytes(dir.resolve(file), file, SourceText.DEFAULT_MAX_BYTES);
      return new Side(label, path, parse(label, bytes));
    } catch (InputException e) {
      throw UserException.of(e);
    }
  }

  /**
   * A plain line diff of git's external-diff arguments, for when one side is not a checklist
   * qingdan can read; the header names the file as git does, not the temporary copies.
   */
  String plainDiff(List<String> args) {
    String text;
    try {
      text = git().plainDiff(args.get(1), args.get(4));
    } catch (Git.GitException e) {
      throw new UserException(ExitCode.TROUBLE, e.msg());
    }
    String path = args.get(0);
    String newPath = args.size() == 9 ? args.get(7) : path;
    String a = "a/" + stripSlash(args.get(1));
    String b = "b/" + stripSlash(args.get(4));
    StringBuilder out = new StringBuilder();
    boolean header = true;
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("@@")) {
        header = false;
      }
      if (header) {
        line = line.replace(a, "a/" + path).replace(b, "b/" + newPath);
      }
      out.append(line).append('\n');
    }
    return out.substring(0, out.length() - 1);
  }

  private static String stripSlash(String p) {
    return p.startsWith("/") ? p.substring(1) : p;
  }
}
