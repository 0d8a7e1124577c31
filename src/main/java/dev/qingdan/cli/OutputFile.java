package dev.qingdan.cli;

import dev.qingdan.text.Msg;
import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes an output file so that nothing is lost: into a temporary file beside it, synced to disk,
 * then renamed into place, and never over an existing file unless forced.
 *
 * <p>The temporary file is hidden and named after the target and the process that writes it
 * ({@code .out.yaml.4711-k3x9.tmp}). A write that fails removes it; a process killed midway leaves
 * it behind, and the next write to the same directory removes those whose process is gone; one
 * stopped by SIGINT or SIGTERM (Ctrl-C, a CI job cancelled) removes it on its way out. The old file
 * is untouched until the rename, which replaces it whole.
 */
final class OutputFile {
  private static final Pattern TEMP = Pattern.compile("\\..+\\.(\\d+)-[0-9a-z]+\\.tmp");
  private static final SecureRandom RANDOM = new SecureRandom();

  private OutputFile() {}

  static void write(Path target, boolean force, Consumer<PrintWriter> content) {
    write(target, force, content, UnaryOperator.identity());
  }

  /**
   * Refuses a target that is a directory, or that exists without {@code force}: what a command
   * checks before it reads its input, so that nothing is read and worked on for a result that
   * cannot be written. {@link #write} checks again when it writes.
   */
  static void refuse(Path target, boolean force) {
    if (target.toString().isBlank()) { // -o "" (an unset variable): the empty path is the cwd
      throw new UserException(ExitCode.TROUBLE, Msg.of("-o names no file (an empty name); give "
          + "a file name, or leave -o out to write to standard output"));
    }
    Path abs = target.toAbsolutePath();
    if (Files.isDirectory(abs)) {
      throw new UserException(ExitCode.TROUBLE, Msg.of("%s: is a directory", target));
    }
    // The rename below replaces whatever has the name: a device, a FIFO or a link would be lost
    // (as root, /dev/null itself), so only a regular file is ever replaced.
    if (Files.isSymbolicLink(abs)) {
      throw new UserException(ExitCode.TROUBLE, Msg.of("%s: is a symbolic link; name the file it "
          + "points to", target));
    }
    if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)
        && !Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS)) {
      throw new UserException(ExitCode.TROUBLE, Msg.of("%s: is not a regular file (a device, a "
          + "FIFO or a socket); qingdan writes only regular files", target));
    }
    if (!force && Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
      throw new UserException(ExitCode.TROUBLE, Msg.of("%s: already exists; pass --force to "
          + "replace it", target));
    }
  }

  /**
   * As {@link #write(Path, boolean, Consumer)}; {@code wrap} stands between the writer and the
   * temporary file, so that a test can make the disk fill up midway.
   */
  static void write(Path target, boolean force, Consumer<PrintWriter> content,
      UnaryOperator<OutputStream> wrap) {
    writeBytes(target, force, out -> {
      StandardOutput.FirstFailure failure = new StandardOutput.FirstFailure(wrap.apply(out));
      PrintWriter w = new PrintWriter(new BufferedWriter(new OutputStreamWriter(failure,
          StandardCharsets.UTF_8), 1 << 16));
      content.accept(w);
      w.flush();
      if (w.checkError()) {
        throw failure.first != null ? failure.first : new IOException("write failed");
      }
    });
  }

  /** What writes a file's bytes, such as a workbook. */
  @FunctionalInterface
  interface Bytes {
    void write(OutputStream out) throws IOException;
  }

  /** As {@link #write(Path, boolean, Consumer)}, for bytes that are not text (an .xlsx). */
  static void writeBytes(Path target, boolean force, Bytes content) {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    refuse(target, force);
    if (dir == null || !Files.isDirectory(dir)) {
      throw new UserException(ExitCode.TROUBLE, Msg.of("%s: no such directory %s", target,
          target.getParent() == null ? "." : target.getParent().toString()));
    }
    removeStale(dir, abs.getFileName().toString());
    Path tmp = null;
    try {
      tmp = temporary(dir, abs.getFileName().toString());
      try (FileOutputStream file = new FileOutputStream(tmp.toFile())) {
        content.write(new java.io.FilterOutputStream(file) {
          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
          }

          @Override
          public void close() throws IOException {
            flush(); // the file itself is closed here, after it is synced
          }
        });
        // on disk before the rename: after a crash the target is the old file or the whole new one
        file.getFD().sync();
      }
      keepPermissions(abs, tmp);
      move(tmp, abs, force);
      Unfinished.FILES.remove(tmp);
      tmp = null;
    } catch (FileAlreadyExistsException e) {
      throw new UserException(ExitCode.TROUBLE, Msg.of("%s: already exists; pass --force to "
          + "replace it", target));
    } catch (IOException e) {
      throw new UserException(ExitCode.TROUBLE, Files.exists(abs)
          ? Msg.of("%s: cannot write: %s; the file is unchanged", target, message(e))
          : Msg.of("%s: cannot write: %s", target, message(e)), e);
    } finally {
      if (tmp != null) {
        Unfinished.remove(tmp);
      }
    }
  }

  private static Msg message(IOException e) {
    String m = e.getMessage();
    if (e instanceof java.nio.file.AccessDeniedException) {
      return Msg.of("permission denied");
    }
    return Msg.verbatim(m == null || m.isBlank() ? e.getClass().getSimpleName() : m);
  }

  /** A replaced file keeps its permissions (a report shared with a group stays shared). */
  private static void keepPermissions(Path target, Path tmp) throws IOException {
    try {
      Files.setPosixFilePermissions(tmp,
          Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS));
    } catch (NoSuchFileException | UnsupportedOperationException e) {
      // a new file, or a file system without POSIX permissions: the new file's own are right
    }
  }

  /**
   * A new, empty, hidden file beside the target, with the permissions a new file gets; until it is
   * renamed or removed, a stop of the JVM removes it.
   */
  private static Path temporary(Path dir, String name) throws IOException {
    while (true) {
      Path p = dir.resolve("." + name + "." + ProcessHandle.current().pid() + "-"
          + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36) + ".tmp");
      // before it exists: a signal between the two would leave it; the name is this process's own
      Unfinished.FILES.add(p);
      try {
        Files.newOutputStream(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return p;
      } catch (FileAlreadyExistsException e) {
        Unfinished.FILES.remove(p); // another name; that file is not ours to remove
      } catch (IOException | RuntimeException e) {
        Unfinished.FILES.remove(p);
        throw e;
      }
    }
  }

  /**
   * The temporary files being written. A shutdown hook (set up with the first of them) removes
   * those still there when the JVM stops on SIGINT or SIGTERM; SIGKILL runs no hook, and the next
   * write tidies up after it ({@link #removeStale}).
   */
  private static final class Unfinished {
    static final Set<Path> FILES = ConcurrentHashMap.newKeySet();

    static {
      try {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> FILES.forEach(Unfinished::delete),
            "qingdan-remove-temporary-files"));
      } catch (IllegalStateException e) {
        // already shutting down: the write is about to stop anyway
      }
    }

    private Unfinished() {}

    /** Removes {@code tmp} now, and forgets it. */
    static void remove(Path tmp) {
      delete(tmp);
      FILES.remove(tmp);
    }

    private static void delete(Path tmp) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException | RuntimeException e) {
        // the temporary file is hidden and named after the target; leaving it loses nothing
      }
    }
  }

  /** Removes the temporary files of {@code name} that a killed process left behind. */
  static void removeStale(Path dir, String name) {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "." + name + ".*.tmp")) {
      for (Path p : s) {
        String rest = p.getFileName().toString();
        Matcher m = TEMP.matcher(rest);
        if (!m.matches() || !rest.startsWith("." + name + ".")) {
          continue;
        }
        long pid;
        try {
          pid = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
          continue;
        }
        if (ProcessHandle.of(pid).isEmpty()) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException | RuntimeException e) {
      // tidying is a courtesy: a file that cannot be listed or removed is left alone
    }
  }

  private static void move(Path tmp, Path target, boolean force) throws IOException {
    if (!force) {
      // A link fails if the target appeared meanwhile, so a racing writer is never overwritten.
      try {
        Files.createLink(target, tmp);
        Files.delete(tmp);
        return;
      } catch (UnsupportedOperationException | IOException e) {
        if (e instanceof FileAlreadyExistsException f) {
          throw f;
        }
        // no hard links on this file system: fall back to a checked rename
      }
      if (Files.exists(target)) {
        throw new FileAlreadyExistsException(target.toString());
      }
    }
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
