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
  /**
   * The key that may occur once over all files. Its hash mixes the month into the low bits:
   * YearMonth's own hash keeps the month in the high bits, and a year of reports then falls into
   * few buckets. Each part is multiplied by a large odd constant, not 31: ids (1.1, 1.2) and unit
   * names (合成0011县, 合成0012县) differ by small steps of 31, so 31·h + … gave the 1.1 million
   * reports of 2,846 units in a year 27,648 distinct hashes, and the map's lookups took most of
   * the run.
   */
  record Key(YearMonth period, String id, String unit) {
    private static final int MIX = 0x9E3779B9;

    @Override
    public int hashCode() {
      int h = period.getYear() * 12 + period.getMonthValue();
      h = MIX * h + id.hashCode();
      h = MIX * h + (unit == null ? 0 : unit.hashCode());
      return h ^ (h >>> 15);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && period.equals(k.period) && id.equals(k.id)
          && java.util.Objects.equals(unit, k.unit);
    }
  }

  private final ProgressLookups lookups;
  private final Map<Key, ProgressEntry> seen = new HashMap<>();
  private final Map<String, ProgressEntry> doneBy = new HashMap<>();
  /** The sheet each workbook's reports were read from (one a workbook); text files have none. */
  private final Map<String, String> sheets = new HashMap<>();
  final List<ProgressEntry> entries = new ArrayList<>();
  final List<Problem> errors = new ProblemList();
  final List<Problem> warnings = new ProblemList();

  ProgressChecks(Checklist checklist) {
    this.lookups = new ProgressLookups(checklist);
    this.planYear = checklist.document() == null ? 0 : checklist.document().year();
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
    String sheet = sheets.get(e.source());
    return sheet == null ? e.source() + ":" + e.line()
        : ProgressReport.where(e.source(), sheet, new Loc(e.line(), 1));
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
    Key key = period != null && id != null && unitOk ? new Key(period, id.id(), unit) : null;
    if (key != null) {
      ProgressEntry first = seen.get(key);
      if (first != null) {
        errors.add(r.error("duplicate", Msg.of("%s %s %s is reported twice; the first "
            + "report is at %s", period, id.id(), unit == null ? Msg.of("(no unit)") : unit,
            where(first))));
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
    if (key != null) {
      seen.putIfAbsent(key, e);
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
    entries.add(e);
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
