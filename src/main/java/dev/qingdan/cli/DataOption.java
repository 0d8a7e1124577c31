package dev.qingdan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --data}, the progress files a command reads: {@code validate} and {@code deadlines} take
 * none or more, {@code ratio} and {@code report} at least one ({@link Required}, which picocli
 * then shows as required in the synopsis and checks). What a progress file may be is said here
 * only, in {@link #DESCRIPTION}.
 */
public class DataOption {
  static final String NAME = "--data";
  static final String LABEL = "FILE";
  /** What {@code --data} reads, as every command's help says it. */
  static final String DESCRIPTION = "A progress file (.yaml, .yml, .csv, .parquet or a filled "
      + ".xlsx form; another name by its content) or a folder of them; repeat --data for several, "
      + "which add up.";

  @Option(names = NAME, paramLabel = LABEL, arity = "1", description = DESCRIPTION)
  List<Path> files = new ArrayList<>();

  /** The files given, possibly none. */
  List<Path> files() {
    return files;
  }

  /** {@code --data} for a command that cannot run without a progress file. */
  public static class Required {
    @Option(names = NAME, paramLabel = LABEL, arity = "1", required = true,
        description = DESCRIPTION)
    List<Path> files;

    /** The files given, at least one. */
    List<Path> files() {
      return files;
    }
  }
}
