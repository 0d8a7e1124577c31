package dev.qingdan.render;

import dev.qingdan.load.Problem;
import dev.qingdan.load.Severity;
import java.util.List;

/**
 * What {@code validate} found in the files it was asked to check.
 *
 * @param files the files in the order given, each with what it holds and its problems
 * @param strict whether warnings fail the check
 * @param verbose whether notes (severity info) are shown in the formats for people
 */
public record ValidationReport(List<FileResult> files, boolean strict, boolean verbose) {
  public ValidationReport {
    files = List.copyOf(files);
  }

  /**
   * One file's result.
   *
   * @param file the file as the user named it
   * @param what a short description of the content, such as {@code 32 rows}, or empty
   * @param problems its problems, sorted
   */
  public record FileResult(String file, String what, List<Problem> problems) {
    public FileResult {
      problems = List.copyOf(problems);
    }
  }

  public List<Problem> problems() {
    return files.stream().flatMap(f -> f.problems().stream()).toList();
  }

  /** The problems the formats for people show: the notes only when verbose. */
  public List<Problem> shown() {
    return problems().stream().filter(p -> verbose || p.severity() != Severity.INFO).toList();
  }

  public long count(Severity s) {
    return problems().stream().filter(p -> p.severity() == s).count();
  }

  /** Whether a problem of this severity makes the check fail. */
  public boolean fails(Severity s) {
    return s == Severity.ERROR || strict && s == Severity.WARNING;
  }

  public boolean valid() {
    return problems().stream().noneMatch(p -> fails(p.severity()));
  }
}
