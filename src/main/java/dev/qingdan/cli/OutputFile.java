package dev.qingdan.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

/**
 * Writes an output file so that nothing is lost: into a temporary file beside it, then renamed into
 * place, and never over an existing file unless forced.
 */
final class OutputFile {
  private OutputFile() {}

  static void write(Path target, boolean force, Consumer<PrintWriter> content) {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    if (Files.isDirectory(abs)) {
      throw new UserException(ExitCode.TROUBLE, target + ": is a directory");
    }
    if (!force && Files.exists(abs)) {
      throw new UserException(ExitCode.TROUBLE, target + ": already exists; pass --force to "
          + "replace it");
    }
    if (dir == null || !Files.isDirectory(dir)) {
      throw new UserException(ExitCode.TROUBLE, target + ": no such directory "
          + (target.getParent() == null ? "." : target.getParent().toString()));
    }
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
      try (PrintWriter w = new PrintWriter(new OutputStreamWriter(Files.newOutputStream(tmp),
          StandardCharsets.UTF_8))) {
        content.accept(w);
        w.flush();
        if (w.checkError()) {
          throw new IOException("write failed (disk full?)");
        }
      }
      move(tmp, abs, force);
      tmp = null;
    } catch (FileAlreadyExistsException e) {
      throw new UserException(ExitCode.TROUBLE, target + ": already exists; pass --force to "
          + "replace it");
    } catch (IOException e) {
      throw new UserException(ExitCode.TROUBLE, target + ": cannot write: " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          // the temporary file is hidden and named after the target; leaving it loses nothing
        }
      }
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
