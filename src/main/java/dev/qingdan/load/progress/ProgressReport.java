package dev.qingdan.load.progress;

import dev.qingdan.load.Loc;
import dev.qingdan.load.Problem;
import dev.qingdan.text.Msg;

/**
 * One progress report as written, before it is checked against the checklist: the text of each
 * field and where it stands in its file.
 */
final class ProgressReport {
  private static final ProgressField[] FIELDS = ProgressField.values();

  final String file;
  final int index;
  final Loc start;
  private final String[] values = new String[FIELDS.length];
  private final Loc[] at = new Loc[FIELDS.length];
  /** Whether an error was found in it: then it is not kept. */
  boolean broken;

  ProgressReport(String file, int index, Loc start) {
    this.file = file;
    this.index = index;
    this.start = start;
  }

  /** The field as written; null when absent (and after a problem with it was reported). */
  String get(ProgressField f) {
    return values[f.ordinal()];
  }

  void set(ProgressField f, String value) {
    values[f.ordinal()] = value;
  }

  void place(ProgressField f, Loc loc) {
    at[f.ordinal()] = loc;
  }

  /** Where the field was written, or where the report starts. */
  Loc loc(ProgressField f) {
    Loc l = at[f.ordinal()];
    return l == null ? start : l;
  }

  /** An error in field {@code f}: the report is then not kept. */
  Problem error(ProgressField f, String code, Msg message) {
    broken = true;
    return Problem.error(code, message, file, loc(f), path(f));
  }

  /** A warning about field {@code f}. */
  Problem warning(ProgressField f, String code, Msg message) {
    return Problem.warning(code, message, file, loc(f), path(f));
  }

  /** The report's path in messages: {@code reports[3]}. */
  String path() {
    return "reports[" + index + "]";
  }

  String path(ProgressField f) {
    return path() + "." + f.key;
  }
}
