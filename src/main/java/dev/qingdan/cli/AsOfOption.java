package dev.qingdan.cli;

import java.time.Clock;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** {@code --as-of}, the day a command judges the plans as of, shared by deadlines and report. */
public class AsOfOption {
  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = Dates.Day.class,
      description = "Judge as of this day, YYYY-MM-DD (default: today, in the local time zone).")
  LocalDate asOf;

  /** The day given, else today by {@code clock}. */
  LocalDate day(Clock clock) {
    return asOf != null ? asOf : LocalDate.now(clock);
  }
}
