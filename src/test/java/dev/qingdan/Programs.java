package dev.qingdan;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What the tests that run other programs (bash, zsh, git, tar) ask of this machine. */
public final class Programs {
  private Programs() {}

  /** Whether {@code program} is an executable on PATH, so a test that needs it can run. */
  public static boolean onPath(String program) {
    String path = System.getenv("PATH");
    return path != null && Stream.of(path.split(File.pathSeparator))
        .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
  }
}
