package dev.qingdan.cli;

import dev.qingdan.load.InputException;
import dev.qingdan.load.progress.LoadedProgress;
import dev.qingdan.load.progress.ProgressReader;
import dev.qingdan.load.progress.ReadMeter;
import dev.qingdan.model.Checklist;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongSupplier;

/** Loads the progress files of {@code --data} for the commands that compute with them. */
final class Progress {
  private Progress() {}

  /**
   * The reports of {@code files}, every one kept; any error in them is trouble (exit 2), reported
   * with every other problem of the files, one per line with its place. Warnings alone go to
   * {@code err}.
   */
  static LoadedProgress load(List<Path> files, Checklist c, CommonOptions common, Stderr err) {
    return checked(() -> ProgressReader.read(files, c, common.links()), err);
  }

  /**
   * {@link #load(List, Checklist, CommonOptions, Stderr)} for the commands that add the reports
   * up: the reports of figures alone are added up as they are read ({@link ProgressReader#sums});
   * with {@code meter}, a read of more than a second shows how it goes on standard error (for a
   * terminal, not for JSON).
   */
  static LoadedProgress sums(List<Path> files, Checklist c, CommonOptions common, Stderr err,
      boolean meter) {
    return checked(() -> ProgressReader.sums(files, c, common.links(),
        meter(err, meter, System::nanoTime)), err);
  }

  /** What a read of progress files lets through: none with an error. */
  private interface Read {
    LoadedProgress read() throws InputException;
  }

  private static LoadedProgress checked(Read read, Stderr err) {
    LoadedProgress lp;
    try {
      lp = read.read();
    } catch (InputException e) {
      throw UserException.of(e);
    }
    if (lp.hasErrors()) {
      throw UserException.of(lp.problems());
    }
    lp.warnings().forEach(err::problem);
    return lp;
  }

  /**
   * The progress line of a read on {@code err} when {@code shown} (standard output a terminal, the
   * format not JSON), timed by {@code nanos}; else nothing.
   */
  static ReadMeter meter(Stderr err, boolean shown, LongSupplier nanos) {
    return shown ? new ReadProgressLine(err.err(), err.lang(), nanos) : ReadMeter.NONE;
  }
}
