package dev.qingdan.load.git;

import dev.qingdan.load.Background;
import dev.qingdan.load.InputException;
import dev.qingdan.load.Links;
import dev.qingdan.load.Problem;
import dev.qingdan.load.Severity;
import dev.qingdan.load.SourceText;
import dev.qingdan.load.checklist.ChecklistReader;
import dev.qingdan.load.checklist.ChecklistValidator;
import dev.qingdan.load.checklist.LoadedChecklist;
import dev.qingdan.model.Checklist;
import dev.qingdan.text.Msg;
import dev.qingdan.text.MsgException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Revisions of the checklist, read from files or from git: the two sides of {@code diff} given as
 * files, git revisions ({@code HEAD~1}, {@code v1..v2}, {@code v1...v2}, {@code REV:path},
 * {@code :path} for the index), or the seven arguments git gives an external diff command; and the
 * history of the file for {@code log}.
 */
public final class Revisions {
  /** The checklist a command works on when none is named. */
  public static final String DEFAULT = "policies.yaml";

  /**
   * One revision, loaded.
   *
   * @param label how it is named in the output
   * @param file its path, for annotations
   * @param loaded the checklist and the places of its fields
   */
  public record Side(String label, String file, LoadedChecklist loaded) {}

  /** The two revisions. */
  public record Pair(Side old, Side neu) {}

  /**
   * Where there is no ./policies.yaml and no checklist is named: a missing file (exit 2), never a
   * fallback to the bundled example.
   */
  public static InputException noDefault() {
    return SourceText.unreadable(DEFAULT, "file-missing", Msg.of("no such file; run qingdan "
        + "where the checklist is, name it with -p FILE, or read the bundled example with "
        + "--example"));
  }

  /** The bundled example checklist, read where {@code --example} asks for it. */
  @FunctionalInterface
  public interface Bundled {
    LoadedChecklist load() throws InputException;
  }

  /**
   * Why a revision cannot be compared: a sentence ({@link #msg()}), or the input that could not be
   * read ({@link #getCause()}, an {@link InputException}), or the errors of a checklist.
   */
  public static final class Failure extends MsgException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    Failure(Msg msg) {
      super(msg);
      this.problems = null;
    }

    Failure(InputException cause) {
      super(Msg.verbatim(cause.getMessage()));
      initCause(cause);
      this.problems = null;
    }

    Failure(List<Problem> problems) {
      super(Msg.of("the input could not be read"));
      this.problems = List.copyOf(problems);
    }

    /** The errors of a checklist that cannot be compared; null for another failure. */
    public List<Problem> problems() {
      return problems;
    }
  }

  private final Path dir;
  private final Path policies;
  private final String bundledName;
  private final Bundled bundled;
  private final Links links;
  private Git git;
  private String found;

  /**
   * @param dir where relative paths start and git runs
   * @param policies the checklist of {@code -p}, or null for ./policies.yaml
   * @param bundledName how the bundled checklist is named in output
   * @param bundled reads the bundled example, where {@code --example} asks for it; else null
   * @param links which symbolic links files may go through (their tree is {@code dir})
   */
  public Revisions(Path dir, Path policies, String bundledName, Bundled bundled, Links links) {
    this.dir = dir;
    this.policies = policies;
    this.bundledName = bundledName;
    this.bundled = bundled;
    this.links = links;
  }

  /**
   * The two sides, read at the same time: each is read and parsed on its own (a large revision
   * takes seconds), so on two cores the pair takes little longer than one. When both fail, the
   * old side's error is the one reported, as when they were read in turn.
   */
  private static Pair both(Reading old, Reading neu) throws Failure {
    Background<Side> first = Background.start("qingdan-diff-old", old::read);
    Failure second = null;
    Side b = null;
    try {
      b = neu.read();
    } catch (Failure e) {
      second = e;
    }
    Side a;
    try {
      a = first.get(Failure.class);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the old revision", e);
    }
    if (second != null) {
      throw second;
    }
    return new Pair(a, b);
  }

  /** Reads one side. */
  @FunctionalInterface
  private interface Reading {
    Side read() throws Failure;
  }

  private synchronized Git git() {
    if (git == null) {
      git = new Git(dir);
    }
    return git;
  }

  /** {@code OLD [NEW]} as the user gave them; the new side is the working checklist if absent. */
  public Pair resolve(List<String> args) throws Failure {
    if (args.size() == 2) {
      for (String a : args) {
        if (!isFile(a) && range(a) != null) {
          throw new Failure(Msg.of("'%s': a range (A..B) stands alone; give either a range or "
              + "two revisions", a));
        }
      }
      return both(() -> side(args.get(0)), () -> side(args.get(1)));
    }
    String a = args.get(0);
    String[] range = isFile(a) ? null : range(a);
    if (range == null) {
      return both(() -> side(a), this::working);
    }
    String from = range[0].isEmpty() ? "HEAD" : range[0];
    String to = range[1].isEmpty() ? "HEAD" : range[1];
    if (range[2] == null) {
      return both(() -> revision(from, null, a), () -> revision(to, null, a));
    }
    refuseOption(from);
    refuseOption(to);
    try {
      String base = git().mergeBase(commit(from, a), commit(to, a));
      return new Pair(blob(base + ":" + defaultObjectPath(), "merge-base(" + from + ", " + to
          + "):" + defaultName(), defaultName()), revision(to, null, a));
    } catch (Git.GitException e) {
      throw new Failure(Msg.of("'%s': %s", a, e.msg()));
    }
  }

  /**
   * {@code A..B} as {A, B, null} and {@code A...B} as {A, B, "..."}; null for no range (a range
   * names no path: {@code REV:path} is never one).
   */
  private static String[] range(String a) {
    if (a.indexOf(':') >= 0) {
      return null;
    }
    int three = a.indexOf("...");
    if (three >= 0) {
      return new String[] {a.substring(0, three), a.substring(three + 3), "..."};
    }
    int two = a.indexOf("..");
    if (two >= 0) {
      return new String[] {a.substring(0, two), a.substring(two + 2), null};
    }
    return null;
  }

  private boolean isFile(String a) {
    // a FIFO or <(...) is a file too, read once
    Path p = dir.resolve(a);
    return Files.exists(p) && !Files.isDirectory(p);
  }

  /** A file if one exists by that name, else {@code REV:path}, else a revision's checklist. */
  private Side side(String a) throws Failure {
    if (isFile(a)) {
      return file(dir.resolve(a), a);
    }
    if (a.equals(SourceText.STDIN)) {
      return file(Path.of(SourceText.STDIN), SourceText.STDIN_NAME);
    }
    int colon = a.indexOf(':');
    if (colon >= 0) {
      String rev = a.substring(0, colon);
      String path = a.substring(colon + 1);
      if (path.isEmpty()) {
        throw new Failure(Msg.of("'%s': no path after ':'", a));
      }
      return revision(rev, path, a);
    }
    return revision(a, null, a);
  }

  /**
   * The checklist of {@code rev} at {@code path} (null: the -p file, or policies.yaml);
   * {@code given} is the argument as the user wrote it, for messages.
   */
  private Side revision(String rev, String path, String given) throws Failure {
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

  private Side blob(String object, String shown, String file) throws Failure {
    byte[] bytes;
    try {
      bytes = git().blob(object).orElse(null);
    } catch (Git.GitException e) {
      throw new Failure(Msg.of("'%s': %s", shown, e.msg()));
    }
    if (bytes == null) {
      throw new Failure(Msg.of("'%s': no such file in that revision", shown));
    }
    return new Side(shown, file, parse(shown, bytes));
  }

  private String commit(String rev, String given) throws Failure {
    String commit;
    try {
      commit = git().commit(rev).orElse(null);
    } catch (Git.GitException e) {
      if (git().inRepository()) {
        throw new Failure(Msg.of("'%s': %s", given, e.msg()));
      }
      throw new Failure(dir.toString().isEmpty()
          ? Msg.of("'%s': no such file, and this directory is not in a git repository", given)
          : Msg.of("'%s': no such file, and %s is not in a git repository", given, dir));
    }
    if (commit == null) {
      throw new Failure(!given.equals(rev) ? Msg.of("'%s': '%s' is not a git revision", given, rev)
          : Files.isDirectory(dir.resolve(rev))
          ? Msg.of("'%s': a directory, not a file, and not a git revision", rev)
          : Msg.of("'%s': no such file or git revision", rev));
    }
    return commit;
  }

  /** A revision that starts with '-' could be read by git as an option: refused outright. */
  static void refuseOption(String rev) throws Failure {
    if (rev.startsWith("-")) {
      throw new Failure(Msg.of("'%s': a revision must not start with '-'", rev));
    }
  }

  private static String stripDot(String p) {
    return p.startsWith("./") ? p.substring(2) : p;
  }

  /** The working checklist: the bundled example where asked for, else -p, else ./policies.yaml. */
  private Side working() throws Failure {
    if (bundled != null) {
      try {
        return new Side(bundledName, DEFAULT, checked(bundled.load()));
      } catch (InputException e) {
        throw new Failure(e);
      }
    }
    if (policies != null) {
      return file(dir.resolve(policies), policies.toString());
    }
    String name = found();
    Path here = dir.resolve(name);
    if (!Files.exists(here, LinkOption.NOFOLLOW_LINKS)) {
      throw new Failure(noDefault());
    }
    return file(here, name);
  }

  /** How the checklist's path is shown: -p as given, or where the checklist was found. */
  public String defaultName() {
    return policies == null ? found() : policies.toString();
  }

  /**
   * The checklist where no {@code -p} names one: ./policies.yaml where there is one; else, in a
   * subdirectory of a git work tree, the policies.yaml at its root ({@code ../../policies.yaml}),
   * as git reads the paths of a revision from the root.
   */
  private synchronized String found() {
    if (found == null) {
      found = DEFAULT;
      if (!Files.exists(dir.resolve(DEFAULT), LinkOption.NOFOLLOW_LINKS)) {
        String prefix = git().prefix();
        found = "../".repeat((int) prefix.chars().filter(c -> c == '/').count()) + DEFAULT;
      }
    }
    return found;
  }

  /**
   * The checklist's path in a revision: {@code policies} (null: policies.yaml) relative to
   * {@code dir}, written as git reads a path relative to where it runs ({@code ./x}, {@code ../x}).
   */
  private String defaultObjectPath() {
    Path p = policies == null ? Path.of(found()) : policies;
    Path abs = dir.resolve(p).toAbsolutePath().normalize();
    String rel = dir.toAbsolutePath().normalize().relativize(abs).toString();
    return rel.startsWith("..") ? rel : "./" + rel;
  }

  private Side file(Path path, String name) throws Failure {
    try {
      return new Side(name, name, checked(ChecklistReader.read(path, name, links)));
    } catch (InputException e) {
      throw new Failure(e);
    }
  }

  static LoadedChecklist parse(String name, byte[] bytes) throws Failure {
    try {
      return checked(ChecklistReader.parse(name, SourceText.decode(name, bytes)));
    } catch (InputException e) {
      throw new Failure(e);
    }
  }

  /** A checklist with errors cannot be compared: its errors. */
  private static LoadedChecklist checked(LoadedChecklist lc) throws Failure {
    // validate's errors too: a target or schedule whose text says another thing than its fields
    // cannot be judged
    List<Problem> errors = (lc.checklist() == null ? lc.problems()
        : ChecklistValidator.validate(lc)).stream().filter(p -> p.severity() == Severity.ERROR)
        .toList();
    if (!errors.isEmpty() || lc.checklist() == null) {
      throw new Failure(errors);
    }
    return lc;
  }

  static Checklist empty() {
    return new Checklist(null, List.of(), List.of(), List.of(), List.of());
  }

  /**
   * The arguments git gives {@code diff.<driver>.command}: path old-file old-hex old-mode new-file
   * new-hex new-mode, and for a rename the new path and a message. {@code /dev/null} stands for a
   * file that does not exist on that side.
   */
  public Pair external(List<String> args) throws Failure {
    if (args.size() != 7 && args.size() != 9) {
      throw new Failure(Msg.of("--git-external takes the 7 arguments git gives an external diff "
          + "(path old-file old-hex old-mode new-file new-hex new-mode), got %d", args.size()));
    }
    String path = args.get(0);
    String newPath = args.size() == 9 ? args.get(7) : path;
    return both(() -> externalSide(args.get(1), "a/" + path, path),
        () -> externalSide(args.get(4), "b/" + newPath, newPath));
  }

  private Side externalSide(String file, String label, String path) throws Failure {
    if (file.equals("/dev/null")) {
      return new Side("/dev/null", path, new LoadedChecklist(label, empty(), Map.of(), List.of(),
          List.of()));
    }
    try {
      byte[] bytes = SourceText.readBytes(dir.resolve(file), file, SourceText.DEFAULT_MAX_BYTES,
          links);
      return new Side(label, path, parse(label, bytes));
    } catch (InputException e) {
      throw new Failure(e);
    }
  }

  /**
   * A plain line diff of git's external-diff arguments, for when one side is not a checklist
   * qingdan can read; the header names the file as git does, not the temporary copies.
   */
  public String plainDiff(List<String> args) throws Failure {
    String text;
    try {
      text = git().plainDiff(args.get(1), args.get(4));
    } catch (Git.GitException e) {
      throw new Failure(e.msg());
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

  /**
   * The history of the checklist, newest first: each commit that changed it (as {@code git log
   * REVISION -- FILE} lists them; at most {@code max}, 0 for all), with the checklist before and
   * after it.
   *
   * @throws Failure when not in a git repository, the revision is refused, or git fails
   */
  public List<History.Step> history(String revision, int max) throws Failure {
    Git g = git();
    if (!g.inRepository()) {
      throw new Failure(dir.toString().isEmpty()
          ? Msg.of("log reads the git history, but this directory is not in a git repository")
          : Msg.of("log reads the git history, but %s is not in a git repository", dir));
    }
    if (revision != null) {
      refuseOption(revision);
    }
    return History.steps(g, revision, defaultObjectPath(), defaultName(), max);
  }
}
