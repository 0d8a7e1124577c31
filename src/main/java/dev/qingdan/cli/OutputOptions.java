package dev.qingdan.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code -o FILE} and {@code --force}, shared by the commands that can write a file. */
public class OutputOptions {
  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the output to this file, atomically; - or no -o: standard output.")
  Path output;

  @Option(names = "--force", description = "Replace the output file if it exists.")
  boolean force;

  /**
   * Refuses a file that exists (without --force) or is a directory, before any work is done for a
   * result that could not be written; nothing to check for standard output.
   */
  void refuse() {
    if (file() != null) {
      OutputFile.refuse(output, force);
    }
  }

  /** The file to write, or null for standard output ({@code -o -} too, as in curl and jq). */
  Path file() {
    return output == null || output.toString().equals("-") ? null : output;
  }
}
