package dev.qingdan.load.progress;

import dev.qingdan.load.InputException;
import dev.qingdan.load.Problem;
import dev.qingdan.load.Severity;
import dev.qingdan.model.Checklist;
import dev.qingdan.model.ProgressEntry;
import dev.qingdan.model.ProgressFigures;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Progress files as read: the usable reports and every problem found in them.
 *
 * @param entries the reports without errors, in the order of the files and of their lines (those
 *     added up as they were read, {@link ProgressReader#sums}, only in {@link #figures}); an
 *     item {@code N} is resolved to {@code N.1}, a unit alias to its register name, and a figure of
 *     the wrong kind for its row (warned about) is left out
 * @param problems every problem of every file, errors and warnings, sorted by file and place
 */
public record LoadedProgress(List<ProgressEntry> entries, List<Problem> problems) {
  public LoadedProgress {
    entries = entries instanceof ProgressColumns ? entries : List.copyOf(entries);
    problems = List.copyOf(problems);
  }

  /** Reads progress files against a checklist; see {@link ProgressReader#read}. */
  public static LoadedProgress read(List<Path> files, Checklist checklist) throws InputException {
    return ProgressReader.read(files, checklist);
  }

  /** The reports as figures: from the columns they are kept in, without an entry made for each. */
  public ProgressFigures figures() {
    return entries instanceof ProgressColumns c ? c : ProgressFigures.of(entries);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
  }

  public List<Problem> errors() {
    return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
  }

  public List<Problem> warnings() {
    return problems.stream().filter(p -> p.severity() != Severity.ERROR).toList();
  }

  /**
   * The problems of one file or folder, as the user named it: a workbook's are placed at its cells
   * ({@code form.xlsx:Sheet1!D7}), a folder's at its files.
   */
  public List<Problem> problems(String file) {
    return problems.stream().filter(p -> within(p.file(), file)).toList();
  }

  /** How many usable reports came from one file, or from the files of one folder. */
  public long count(String file) {
    if (entries instanceof ProgressColumns c) {
      return c.taken(f -> within(f, file)); // the reports added up too
    }
    return entries.stream().filter(e -> within(e.source(), file)).count();
  }

  private static boolean within(String place, String given) {
    if (!place.startsWith(given)) {
      return false;
    }
    if (place.length() == given.length()) {
      return true;
    }
    char next = place.charAt(given.length());
    return next == ':' || next == java.io.File.separatorChar
        || given.endsWith(java.io.File.separator);
  }

  /** The latest month reported, if any: {@code ratio}'s default {@code --through}. */
  public Optional<YearMonth> latestMonth() {
    if (entries instanceof ProgressColumns c) {
      return c.latestMonth(); // without making a million entries
    }
    return entries.stream().map(ProgressEntry::period).max(YearMonth::compareTo);
  }
}
