package dev.qingdan.load.progress;

import static dev.qingdan.load.progress.ProgressField.COUNT;
import static dev.qingdan.load.progress.ProgressField.DENOMINATOR;
import static dev.qingdan.load.progress.ProgressField.DONE;
import static dev.qingdan.load.progress.ProgressField.ID;
import static dev.qingdan.load.progress.ProgressField.NOTE;
import static dev.qingdan.load.progress.ProgressField.NUMERATOR;
import static dev.qingdan.load.progress.ProgressField.PERIOD;
import static dev.qingdan.load.progress.ProgressField.UNIT;
import static dev.qingdan.load.progress.ProgressField.VALUE;

import dev.qingdan.load.Loc;
import dev.qingdan.load.Problem;
import dev.qingdan.load.ProblemList;
import dev.qingdan.load.Values;
import dev.qingdan.load.progress.ProgressLookups.Resolved;
import dev.qingdan.load.progress.ProgressLookups.UnitName;
import dev.qingdan.model.Checklist;
import dev.qingdan.model.Measure;
import dev.qingdan.model.ProgressEntry;
import dev.qingdan.text.Msg;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks reports as written against the checklist and keeps those without errors: months
 * ({@code 2022-13}), ids (unknown ids with a suggestion, an item {@code N} of several rows), units
 * (the register and its aliases), figures (whole, not negative, within 64 bits, a numerator not
 * above its denominator), days, the same (period, id, unit) twice in any of the files, and, as
 * warnings, a figure of the wrong kind for its row.
 */
final class ProgressChecks {
  private final ProgressLookups lookups;
  /** The (month, id, unit) of every report with those three right, in any of the files. */
  private final ReportKeys seen;
  private final Map<String, ProgressEntry> doneBy = new HashMap<>();
  /** The sheet each workbook's reports were read from (one a workbook); text files have none. */
  private final Map<String, String> sheets = new HashMap<>();
  final ProgressColumns entries = new ProgressColumns();
  /** What the CSV reader keeps from file to file. */
  final ProgressCsvParallel.Kept csv = new ProgressCsvParallel.Kept();
  /** Told how far a long read has come. */
  ReadMeter meter = ReadMeter.NONE;
  final ProblemList errors = new ProblemList();
  final ProblemList warnings = new ProblemList();

  ProgressChecks(Checklist checklist) {
    this.lookups = new ProgressLookups(checklist);
    this.planYear = checklist.document() == null ? 0 : checklist.document().year();
    this.seen = new ReportKeys(planYear > 0 ? 12 * (YEARS_BEFORE + YEARS_AFTER + 1) : 0,
        checklist.rows().size() + checklist.goals().size(), lookups.unitNames() + 1);
  }

  /**
   * From now on, the reports of figures alone that {@link #acceptFigures} takes are added up as
   * they come, not kept: what the ratios and the deadlines need, in memory that does not grow with
   * the reports.
   */
  void summing() {
    entries.summing(seen);
  }

  /**
   * A report's month may fall a year before the plan's (a baseline) and up to ten after it (a
   * plan that runs on); beyond that it is a typo (2202-06) that would stretch every month range.
   */
  static final int YEARS_BEFORE = 1;
  static final int YEARS_AFTER = 10;

  private final int planYear;

  private void error(ProgressReport r, ProgressField f, String code, Msg message) {
    errors.add(r.error(f, code, message));
  }

  private void warning(ProgressReport r, ProgressField f, String code, Msg message) {
    warnings.add(r.warning(f, code, message));
  }

  /** Where a report kept was written: {@code file:line}, or the cell its row starts with. */
  private String where(ProgressEntry e) {
    return where(e.source(), e.line());
  }

  /** Where the report of {@code file} that starts on {@code line} was written. */
  private String where(String file, int line) {
    String sheet = sheets.get(file);
    return sheet == null ? file + ":" + line
        : ProgressReport.where(file, sheet, new Loc(line, 1));
  }

  /** Checks one report, every field of it, and keeps it when nothing is wrong. */
  void accept(ProgressReport r) {
    if (r.sheet != null) {
      sheets.putIfAbsent(r.file, r.sheet);
    }
    YearMonth period = r.get(PERIOD) == null ? null : month(r);
    Resolved id = r.get(ID) == null ? null : lookups.id(r.get(ID));
    if (id != null && id.error() != null) {
      error(r, ID, "unknown-id", id.error());
      id = null;
    }
    String unit = null;
    boolean unitOk = true;
    if (r.get(UNIT) != null) {
      UnitName u = lookups.unit(r.get(UNIT));
      if (u.error() != null) {
        error(r, UNIT, "unknown-unit", u.error());
        unitOk = false;
      }
      unit = u.name();
    }
    Long numerator = count(r, NUMERATOR);
    Long denominator = count(r, DENOMINATOR);
    Long count = count(r, COUNT);
    BigDecimal value = level(r);
    LocalDate done = r.get(DONE) == null ? null : date(r);
    if (numerator != null && denominator != null && numerator > denominator) {
      error(r, NUMERATOR, "numerator-above-denominator", Msg.of("numerator %d is above its "
          + "denominator %d", numerator, denominator));
    } else if (numerator != null && denominator == null && r.get(DENOMINATOR) == null) {
      error(r, NUMERATOR, "missing-denominator", Msg.of("numerator %d has no denominator; a "
          + "ratio is reported with both", numerator));
    } else if (denominator != null && numerator == null && r.get(NUMERATOR) == null) {
      error(r, DENOMINATOR, "missing-numerator", Msg.of("denominator %d has no numerator; a "
          + "ratio is reported with both", denominator));
    }
    long key = period != null && id != null && unitOk ? ReportKeys.key(
        entries.months.indexOf(period), entries.ids.indexOf(id.id()), entries.unitIndex(unit))
        : 0;
    if (key != 0) {
      long first = seen.get(key);
      if (first != ReportKeys.ABSENT) {
        errors.add(r.error("duplicate", Msg.of("%s %s %s is reported twice; the first "
            + "report is at %s", period, id.id(), unit == null ? Msg.of("(no unit)") : unit,
            where(entries.files.get(ReportKeys.file(first)), ReportKeys.line(first)))));
      }
    }
    if (done != null && period != null && done.isAfter(period.atEndOfMonth())) {
      warning(r, DONE, "done-after-period", Msg.of("done %s is after the month reported (%s)",
          done, period));
    }
    if (id != null) {
      // a figure of the wrong kind is left out, with a warning
      Measure m = id.measure();
      boolean ratio = numerator != null || denominator != null;
      if (ratio && (m == Measure.COUNT || m == Measure.DONE)) {
        warning(r, NUMERATOR, "wrong-figure", wrongFigure(id, NUMERATOR));
        numerator = null;
        denominator = null;
      }
      if (count != null && (m == Measure.RATIO || m == Measure.DONE)) {
        warning(r, COUNT, "wrong-figure", wrongFigure(id, COUNT));
        count = null;
      }
      if (value != null && m != Measure.LEVEL) {
        warning(r, VALUE, "wrong-figure", wrongFigure(id, VALUE));
        value = null;
      }
      if ((ratio || count != null) && m == Measure.LEVEL) {
        warning(r, ratio ? NUMERATOR : COUNT, "wrong-figure",
            wrongFigure(id, ratio ? NUMERATOR : COUNT));
        numerator = null;
        denominator = null;
        count = null;
      }
      if (done != null && !id.deliverable()) {
        warning(r, DONE, "wrong-figure", wrongFigure(id, DONE));
        done = null;
      }
    }
    ProgressEntry e = new ProgressEntry(period, id == null ? null : id.id(), unit, numerator,
        denominator, count, done, r.get(NOTE), r.file, r.start.line(), value);
    if (key != 0) {
      seen.putIfAbsent(key, ReportKeys.place(entries.files.indexOf(r.file), r.start.line()));
    }
    if (r.broken) {
      return;
    }
    if (done != null) {
      ProgressEntry before = doneBy.putIfAbsent(id.id(), e);
      if (before != null) {
        warning(r, DONE, "done-twice", Msg.of("%s was reported done before, on %s (%s)",
            id.id(), before.done(), where(before)));
      }
    }
    entries.keep(e);
  }

  /**
   * The index of the month a period cell stands for, when the report can have no problem with
   * it; -1 when it has one (then the report goes through {@link #accept} to say which).
   */
  synchronized int monthIndex(String cell) {
    String t = cell.strip();
    try {
      YearMonth m = lookups.month(Values.month(t));
      boolean far = planYear > 0 && (m.getYear() < planYear - YEARS_BEFORE
          || m.getYear() > planYear + YEARS_AFTER);
      return far ? -1 : entries.months.indexOf(m);
    } catch (Values.Refused e) {
      return -1;
    }
  }

  /**
   * The index of the row or goal an id cell stands for, shifted left by 3, with its measure's
   * ordinal in the low 3 bits; -1 when the id is empty or wrong.
   */
  synchronized int idCode(String cell) {
    String t = cell.strip();
    Resolved id = t.isEmpty() ? null : lookups.id(t);
    if (id == null || id.error() != null) {
      return -1;
    }
    return entries.ids.indexOf(id.id()) << 3 | id.measure().ordinal();
  }

  /** The index of the unit a unit cell stands for; -1 for none (empty), -2 when it is wrong. */
  synchronized int unitIndex(String cell) {
    String t = cell.strip();
    if (t.isEmpty()) {
      return -1;
    }
    UnitName u = lookups.unit(t);
    return u.error() != null ? -2 : entries.unitIndex(u.name());
  }

  /** How far the checks had come: what {@link #rollback} goes back to. */
  record Mark(int entries, int errors, int warnings) {}

  Mark mark() {
    return new Mark(entries.size(), errors.size(), warnings.size());
  }

  /** Forgets what was read since {@code m} of the file {@code name}, as if it were not read. */
  void rollback(Mark m, String name) {
    entries.truncate(m.entries());
    errors.truncate(m.errors());
    warnings.truncate(m.warnings());
    seen.removeFile(entries.files.indexOf(name));
    entries.forgetSums(entries.files.indexOf(name));
    doneBy.values().removeIf(e -> e.source().equals(name));
  }

  /** Makes room for {@code more} reports, foreseen from the size of a file. */
  void expect(int more) {
    entries.expect(more);
    seen.expect(more);
  }

  /** The index of a note, kept once. */
  int noteIndex(String note) {
    return entries.notes.indexOf(note);
  }

  /**
   * Keeps a report whose cells were found right by the three lookups above and whose figures are
   * of its row's kind and agree (see {@link ProgressCsvParallel}); false when its (month, id,
   * unit) was reported before, and then nothing is kept: {@link #accept} is to say so.
   */
  boolean acceptFigures(int month, int id, int unit, long numerator, long denominator,
      long count, int note, int file, int line) {
    if (!seen.addFigures(ReportKeys.key(month, id, unit), ReportKeys.place(file, line))) {
      return false;
    }
    if (!entries.sum(month, id, unit, numerator, denominator, count, file)) {
      entries.keep(month, id, unit, numerator, denominator, count, note, file, line);
    }
    return true;
  }

  /**
   * Whether the figures of a report whose id has the code {@code idCode} (see {@link #idCode})
   * agree and are of its row's kind, so that {@link #acceptFigures} may take them; each figure
   * is not negative, or {@link ProgressColumns#NONE}.
   */
  static boolean plain(int idCode, long numerator, long denominator, long count) {
    boolean ratio = numerator != ProgressColumns.NONE || denominator != ProgressColumns.NONE;
    if (ratio && (numerator == ProgressColumns.NONE || denominator == ProgressColumns.NONE
        || numerator > denominator)) {
      return false;
    }
    int measure = idCode & 7;
    return !(ratio && measure != BY_RATIO && measure != BY_NONE
        || count != ProgressColumns.NONE && measure != BY_COUNT && measure != BY_NONE);
  }

  private static final int BY_RATIO = Measure.RATIO.ordinal();
  private static final int BY_COUNT = Measure.COUNT.ordinal();
  private static final int BY_NONE = Measure.NONE.ordinal();

  /** Says that the reports of {@code file} are read from {@code sheet}, before any is taken. */
  void sheet(String file, String sheet) {
    sheets.putIfAbsent(file, sheet);
  }

  /** Why the figure {@code given} (numerator, count or done) of a report is left out. */
  private static Msg wrongFigure(Resolved id, ProgressField given) {
    if (given == DONE && id.measure() != Measure.DONE) {
      return Msg.of("%s has no deliverable; done is left out", id.id());
    }
    Msg what = switch (id.measure()) {
      case RATIO -> Msg.of("is measured by numerator and denominator");
      case COUNT -> Msg.of("is measured by a count");
      case DONE -> Msg.of("is a deliverable: report the day it was done (done)");
      case NONE -> Msg.of("has no indicator");
      case LEVEL -> Msg.of("is measured by a level (value)");
    };
    return switch (given) {
      case NUMERATOR -> Msg.of("%s %s; numerator and denominator are left out", id.id(), what);
      case COUNT -> Msg.of("%s %s; count is left out", id.id(), what);
      case VALUE -> Msg.of("%s %s; value is left out", id.id(), what);
      default -> Msg.of("%s %s; done is left out", id.id(), what);
    };
  }

  private YearMonth month(ProgressReport r) {
    String t = r.get(PERIOD);
    try {
      YearMonth m = lookups.month(Values.month(t));
      if (planYear > 0 && (m.getYear() < planYear - YEARS_BEFORE
          || m.getYear() > planYear + YEARS_AFTER)) {
        error(r, PERIOD, "period", Msg.of("period %s is far from the plan's year %d; reports fall "
            + "from %d to %d", t, planYear, planYear - YEARS_BEFORE, planYear + YEARS_AFTER));
        return null;
      }
      return m;
    } catch (Values.Refused e) {
      error(r, PERIOD, "period", e.fault == Values.Fault.NO_MONTH
          ? Msg.of("period %s has no month %d; months are 01 to 12", t, e.detail)
          : Msg.of("period should be a month YYYY-MM, found '%s'", t));
      return null;
    }
  }

  private LocalDate date(ProgressReport r) {
    String t = r.get(DONE);
    try {
      return Values.date(t);
    } catch (Values.Refused e) {
      error(r, DONE, "date", e.fault == Values.Fault.NO_DAY
          ? Msg.of("done %s is not a day of the calendar", t)
          : Msg.of("done should be a day YYYY-MM-DD, found '%s'", t));
      return null;
    }
  }

  /** A figure: a whole number, not negative, that fits 64 bits; null when absent or wrong. */
  /** A level: a number, not negative; null when absent or wrong. */
  private BigDecimal level(ProgressReport r) {
    String t = r.get(VALUE);
    if (t == null || t.isEmpty()) {
      return null;
    }
    if (t.length() > 64 || !LEVEL.matcher(t).matches()) {
      error(r, VALUE, "type", Msg.of("value should be a number, found '%s'", t));
      return null;
    }
    BigDecimal v = new BigDecimal(t);
    if (v.signum() < 0) {
      error(r, VALUE, "negative", Msg.of("value must not be negative, found %s", t));
      return null;
    }
    return v;
  }

  private static final java.util.regex.Pattern LEVEL =
      java.util.regex.Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");

  private Long count(ProgressReport r, ProgressField f) {
    String text = r.get(f);
    if (text == null || text.isEmpty()) {
      return null; // absent, or reported already
    }
    try {
      return Values.count(text);
    } catch (Values.Refused e) {
      switch (e.fault) {
        case TOO_LONG -> error(r, f, "too-large", Msg.of("%s is longer than 64 characters; the "
            + "most is %d", f.key, Long.MAX_VALUE));
        case NEGATIVE -> error(r, f, "negative", Msg.of("%s must not be negative, found %s",
            f.key, text));
        case FRACTION -> error(r, f, "fraction", Msg.of("%s must be a whole number, found %s",
            f.key, text));
        case TOO_LARGE -> error(r, f, "too-large", Msg.of("%s %s is too large (the most is %d)",
            f.key, text, Long.MAX_VALUE));
        default -> error(r, f, "type", Msg.of("%s should be a whole number, found '%s'", f.key,
            text));
      }
      return null;
    }
  }
}
