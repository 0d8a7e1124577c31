package dev.qingdan.load.progress;

import dev.qingdan.load.Loc;
import dev.qingdan.load.Place;
import dev.qingdan.load.Problem;
import dev.qingdan.text.Msg;
import java.util.List;

/**
 * One progress report as written, before it is checked against the checklist: the text of each
 * field and where it stands in its file.
 */
final class ProgressReport {
  private static final ProgressField[] FIELDS = ProgressField.values();

  final String file;
  final int index;
  final Loc start;
  /**
   * The sheet of a workbook it was read from, {@link #ROWS} for a Parquet file, or null for a text
   * file; in a sheet a place's line is the row and its column the cell's column, both 1-based; in
   * a Parquet file the line is the row (1-based) and the column its field's ordinal plus one.
   */
  String sheet;

  /** The {@link #sheet} of a report of a Parquet file, whose places are rows and columns. */
  static final String ROWS = "";
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
    Loc at = loc(f);
    return Problem.error(code, message, where(at), sheet == null ? at : Loc.FILE, path(f));
  }

  /** An error in the report as a whole, placed where it starts: the report is then not kept. */
  Problem error(String code, Msg message) {
    broken = true;
    return Problem.error(code, message, where(start), sheet == null ? start : Loc.FILE, path());
  }

  /** A warning about field {@code f}. */
  Problem warning(ProgressField f, String code, Msg message) {
    Loc at = loc(f);
    return Problem.warning(code, message, where(at), sheet == null ? at : Loc.FILE, path(f));
  }

  /**
   * The file, for a text file (the line and column go with it); for a sheet, the cell as a
   * spreadsheet names it, {@code form.xlsx:Sheet1!D7}.
   */
  private String where(Loc at) {
    return sheet == null ? file : where(file, sheet, at);
  }

  /**
   * The cell at {@code at} (1-based row and column) of a sheet, {@code form.xlsx:Sheet1!D7}; in a
   * Parquet file, {@code year.parquet:row 7 column count}.
   */
  static String where(String file, String sheet, Loc at) {
    if (sheet.equals(ROWS)) {
      return file + ":row " + at.line() + (at.column() > 0
          ? " column " + ProgressField.values()[at.column() - 1].key : "");
    }
    return Place.sheetRow(file, 0, sheet, at.line()).where(Math.max(0, at.column() - 1));
  }

  /** In a table (CSV, a sheet), an empty period or id cell: every report names both. */
  void checkNamed(List<Problem> errors) {
    if (get(ProgressField.PERIOD) == null) {
      errors.add(error(ProgressField.PERIOD, "missing-field", Msg.of("period is empty; every "
          + "report names its month (YYYY-MM)")));
    }
    if (get(ProgressField.ID) == null) {
      errors.add(error(ProgressField.ID, "missing-field", Msg.of("id is empty; every report "
          + "names its row (N.k) or goal (G1)")));
    }
  }

  /** The report's path in messages: {@code reports[3]}. */
  String path() {
    return "reports[" + index + "]";
  }

  String path(ProgressField f) {
    return path() + "." + f.key;
  }
}
