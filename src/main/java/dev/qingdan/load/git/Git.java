package dev.qingdan.load.git;

import dev.qingdan.load.SourceText;
import dev.qingdan.text.Msg;
import dev.qingdan.text.MsgException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs git as a process with an argument list (never through a shell), in one directory, and
 * reads what qingdan needs from it: commits, file contents at a revision, the log of a file.
 *
 * <p>A revision is never passed where git could read it as an option: callers refuse those that
 * start with {@code -}, and revisions go after {@code --end-of-options} or inside an object name
 * ({@code <commit>:<path>}).
 *
 * <p>The repository may be someone else's (a pull request checked out in CI), and its {@code
 * .git/config} can name commands that git runs on its own: {@code core.fsmonitor} when the index
 * is read, a remote's transport ({@code core.sshCommand}, {@code remote.*.uploadpack}, {@code
 * ext::} URLs, a {@code git-remote-*} alias) when a partial clone fetches a missing object, a
 * filter or textconv when files are compared. {@link #HARDENED} turns each of these off from the
 * command line, which git reads after the repository's configuration; see SECURITY.md.
 */
public final class Git {
  /**
   * What every git command runs with: no pager, plain output, no fsmonitor, no hooks, and no
   * transport at all (named one by one, since {@code protocol.<name>.allow} in the repository
   * would win over {@code protocol.allow}).
   */
  static final List<String> HARDENED = List.of("--no-pager",
      "-c", "core.fsmonitor=false",
      "-c", "core.hooksPath=/dev/null",
      "-c", "protocol.allow=never",
      "-c", "protocol.file.allow=never",
      "-c", "protocol.git.allow=never",
      "-c", "protocol.ssh.allow=never",
      "-c", "protocol.http.allow=never",
      "-c", "protocol.https.allow=never",
      "-c", "protocol.ftp.allow=never",
      "-c", "protocol.ftps.allow=never",
      "-c", "protocol.ext.allow=never",
      "-c", "log.showSignature=false",
      "-c", "color.ui=false");

  /** A path that can never be a repository: a directory under a device. */
  private static final String NO_REPOSITORY = "/dev/null/no-repository";

  private final Path dir;
  private final long maxBytes;
  private boolean fetchChecked;

  /**
   * What went wrong in a git command, with git's own message where it gave one. {@link
   * #getMessage()} is the English; {@link #msg()} prints in the reader's language.
   */
  public static final class GitException extends MsgException {
    private static final long serialVersionUID = 1L;

    public GitException(Msg msg) {
      super(msg);
    }
  }


  /**
   * One commit of a file's history.
   *
   * @param commit the full hash
   * @param parent the first parent's hash, or null for a root commit
   * @param date the author date, YYYY-MM-DD
   * @param author the author's name
   * @param subject the first line of the message
   */
  public record Commit(String commit, String parent, String date, String author, String subject) {}

  public Git(Path dir) {
    this(dir, SourceText.DEFAULT_MAX_BYTES);
  }

  public Git(Path dir, long maxBytes) {
    this.dir = dir;
    this.maxBytes = maxBytes;
  }

  /** Whether the directory is inside a git work tree. */
  public boolean inRepository() {
    try {
      return text(run(null, List.of("rev-parse", "--is-inside-work-tree"))).strip().equals("true");
    } catch (GitException e) {
      return false;
    }
  }

  /**
   * Where the directory is in its work tree, as {@code git rev-parse --show-prefix} gives it:
   * {@code "a/b/"} in a subdirectory, {@code ""} at the root or outside any repository.
   */
  public String prefix() {
    try {
      return text(run(null, List.of("rev-parse", "--show-prefix"))).strip();
    } catch (GitException e) {
      return "";
    }
  }

  /** The full hash of the commit a revision names, or empty when it names none. */
  public Optional<String> commit(String rev) throws GitException {
    refuseLazyFetch();
    try {
      String out = text(run(null, List.of("rev-parse", "--verify", "--quiet", "--end-of-options",
          rev + "^{commit}")));
      return Optional.of(out.strip());
    } catch (GitException e) {
      if (!inRepository()) {
        throw e;
      }
      return Optional.empty();
    }
  }

  /** The merge base of two commits. */
  public String mergeBase(String a, String b) throws GitException {
    refuseLazyFetch();
    return text(run(null, List.of("merge-base", "--end-of-options", a, b))).strip();
  }

  /** The content of an object such as {@code <commit>:<path>}, or empty when there is none. */
  public Optional<byte[]> blob(String object) throws GitException {
    Map<String, byte[]> got = blobs(List.of(object));
    return Optional.ofNullable(got.get(object));
  }

  /**
   * The contents of several objects in one git process ({@code cat-file --batch}); objects that do
   * not exist, or are not files, are absent from the result.
   */
  public Map<String, byte[]> blobs(List<String> objects) throws GitException {
    refuseLazyFetch();
    StringBuilder in = new StringBuilder();
    for (String o : objects) {
      if (o.indexOf('\n') >= 0) {
        throw new GitException(Msg.of("a revision or path cannot contain a line break"));
      }
      in.append(o).append('\n');
    }
    byte[] out = run(in.toString().getBytes(StandardCharsets.UTF_8),
        List.of("cat-file", "--batch"));
    Map<String, byte[]> result = new LinkedHashMap<>();
    int pos = 0;
    for (String o : objects) {
      int nl = indexOf(out, (byte) '\n', pos);
      if (nl < 0) {
        throw new GitException(Msg.of("unexpected output of git cat-file"));
      }
      String header = new String(out, pos, nl - pos, StandardCharsets.UTF_8);
      pos = nl + 1;
      String[] parts = header.split(" ");
      if (parts.length == 3 && parts[2].matches("[0-9]+")) {
        int size = Integer.parseInt(parts[2]);
        if (parts[1].equals("blob")) {
          result.put(o, Arrays.copyOfRange(out, pos, pos + size));
        }
        pos += size + 1;
      }
    }
    return result;
  }

  /**
   * The commits of {@code revision} (null: HEAD) that changed a path, newest first, at most
   * {@code max} (0: all).
   */
  public List<Commit> log(String revision, String path, int max) throws GitException {
    refuseLazyFetch();
    List<String> args = new ArrayList<>(List.of("log", "--no-color", "--no-ext-diff",
        "--no-textconv", "--date=short",
        "--format=%x1e%H%x1f%P%x1f%ad%x1f%an%x1f%s"));
    if (max > 0) {
      args.add("--max-count=" + max);
    }
    if (revision != null) {
      args.add("--end-of-options");
      args.add(revision);
    }
    args.add("--");
    args.add(path);
    String out = text(run(null, args));
    List<Commit> commits = new ArrayList<>();
    for (String rec : out.split("\u001e")) {
      String r = rec.strip();
      if (r.isEmpty()) {
        continue;
      }
      String[] f = r.split("\u001f", -1);
      if (f.length < 5) {
        throw new GitException(Msg.of("unexpected output of git log"));
      }
      String parent = f[1].isBlank() ? null : f[1].strip().split(" ")[0];
      commits.add(new Commit(f[0], parent, f[2], f[3], f[4]));
    }
    return commits;
  }

  /**
   * A plain line diff of two files, for when qingdan cannot compare them itself; git's exit code
   * 1 (they differ) is not an error here. It runs outside any repository ({@code GIT_DIR} names
   * none), so that no {@code .gitattributes} of the directory applies a filter to the files.
   */
  public String plainDiff(String oldFile, String newFile) throws GitException {
    return text(run(null, Map.of("GIT_DIR", NO_REPOSITORY), List.of("diff", "--no-index",
        "--no-ext-diff", "--no-textconv", "--no-color", "--", oldFile, newFile), 0, 1));
  }

  /**
   * Refuses a partial clone where git cannot be told not to fetch: a missing object would start
   * {@code git fetch} from the promisor remote, whose transport the repository's configuration
   * chooses (a {@code git-remote-<name>} alias is any command). Git 2.44 and later honour {@code
   * GIT_NO_LAZY_FETCH}, which every command runs with; before that, the repository is refused
   * before an object is read.
   */
  private synchronized void refuseLazyFetch() throws GitException {
    if (fetchChecked) {
      return;
    }
    String promisor = null;
    String config = text(run(null, List.of("config", "--get-regexp",
        "^(extensions\\.partialclone|remote\\..*\\.promisor)$"), 1));
    for (String line : config.split("\n")) {
      int sp = line.indexOf(' ');
      String key = sp < 0 ? line : line.substring(0, sp);
      String value = sp < 0 ? "" : line.substring(sp + 1).strip();
      if (promisor != null) {
        break;
      }
      if (key.equals("extensions.partialclone") && !value.isEmpty()) {
        promisor = value;
      } else if (key.endsWith(".promisor")
          && !List.of("false", "no", "off", "0", "").contains(value.toLowerCase(Locale.ROOT))) {
        promisor = key.substring("remote.".length(), key.length() - ".promisor".length());
      }
    }
    if (promisor != null) {
      String version = text(run(null, List.of("--version"))).strip();
      if (!atLeast(version, 2, 44)) {
        throw new GitException(Msg.of("the repository is a partial clone (remote '%s' holds its "
            + "missing objects), and %s cannot be told not to fetch them with the commands the "
            + "repository's configuration names; use git 2.44 or later", promisor, version));
      }
    }
    fetchChecked = true;
  }

  /** Whether {@code git version X.Y…} is at least X.Y = {@code major}.{@code minor}. */
  public static boolean atLeast(String version, int major, int minor) {
    Matcher m = Pattern.compile("(\\d+)\\.(\\d+)").matcher(version);
    if (!m.find()) {
      return false;
    }
    int x = Integer.parseInt(m.group(1));
    int y = Integer.parseInt(m.group(2));
    return x > major || x == major && y >= minor;
  }

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  private static int indexOf(byte[] b, byte x, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] == x) {
        return i;
      }
    }
    return -1;
  }

  /** Runs {@code git args…}; a nonzero exit other than {@code ok} is a {@link GitException}. */
  private byte[] run(byte[] input, List<String> args, int... ok) throws GitException {
    return run(input, Map.of(), args, ok);
  }

  private byte[] run(byte[] input, Map<String, String> env, List<String> args, int... ok)
      throws GitException {
    List<String> cmd = new ArrayList<>();
    cmd.add("git");
    cmd.addAll(HARDENED);
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd);
    if (!dir.toString().isEmpty()) {
      pb.directory(dir.toFile());
    }
    // Never a password prompt, never a lazy fetch; messages in English so that they read the same
    // as qingdan's.
    pb.environment().put("GIT_TERMINAL_PROMPT", "0");
    pb.environment().put("GIT_NO_LAZY_FETCH", "1");
    pb.environment().put("LC_ALL", "C");
    pb.environment().remove("LANGUAGE");
    pb.environment().putAll(env);
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new GitException(Msg.of("cannot run git (is it installed and on the PATH?): %s",
          Msg.verbatim(String.valueOf(e.getMessage()))));
    }
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> drain(p.getErrorStream(),
        1 << 20));
    CompletableFuture<Void> feed = CompletableFuture.runAsync(() -> {
      try (OutputStream o = p.getOutputStream()) {
        if (input != null) {
          o.write(input);
        }
      } catch (IOException e) {
        // git stopped reading: its exit code and message tell why
      }
    });
    byte[] out = drain(p.getInputStream(), maxBytes * 2 + 1);
    int code;
    try {
      code = p.waitFor();
      feed.join();
    } catch (InterruptedException e) {
      p.destroy();
      Thread.currentThread().interrupt();
      throw new GitException(Msg.of("interrupted while waiting for git"));
    }
    if (out.length > maxBytes * 2) {
      throw new GitException(Msg.of("git's output is larger than the limit of %d bytes",
          maxBytes * 2));
    }
    boolean fine = code == 0;
    for (int c : ok) {
      fine |= code == c;
    }
    if (!fine) {
      String msg = text(err.join()).strip();
      int nl = msg.indexOf('\n');
      throw new GitException(msg.isEmpty()
          ? Msg.of("git %s failed (exit %d)", args.get(0), code)
          : Msg.of("git: %s", Msg.verbatim(nl < 0 ? msg : msg.substring(0, nl))));
    }
    return out;
  }

  private static byte[] drain(InputStream in, long limit) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    byte[] buf = new byte[65536];
    try (in) {
      int n;
      while ((n = in.read(buf)) > 0) {
        if (b.size() <= limit) {
          b.write(buf, 0, n);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.toByteArray();
  }
}
