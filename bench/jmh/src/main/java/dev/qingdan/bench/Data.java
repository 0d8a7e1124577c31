package dev.qingdan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The synthetic inputs that bench/run.sh makes under bench/out/data. */
final class Data {
  private Data() {}

  /** {@code name} under {@code dir}, or a message that says how to make it. */
  static Path file(String dir, String name) throws IOException {
    Path p = Path.of(dir, name);
    if (!Files.isRegularFile(p)) {
      throw new IOException(p + " is missing: run bench/run.sh (or bench/Generate.java and "
          + "qingdan import) first");
    }
    return p;
  }
}
