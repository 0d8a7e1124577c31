package dev.qingdan.load.table;

import dev.qingdan.model.Milestone;
import dev.qingdan.model.Schedule;
import dev.qingdan.model.Target;
import dev.qingdan.phrase.ScheduleParser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The schedule a task text states, where the table has no schedule column: a plan written as
 * prose puts its due date inside the task ({@code 优化升级…系统,9月底前,实现…}). The clauses of the
 * text that name a due date are the schedule, when they read entirely; a text whose dated clauses
 * do not read entirely gives none, so that no date is guessed.
 */
final class TextSchedule {
  /** A clause ends at a comma, a semicolon or a full stop, full-width or not. */
  private static final Pattern CLAUSE = Pattern.compile("[，,；;。]");
  /**
   * A list marker before the month that starts a clause ({@code 2.8月底前}): a month is never a
   * decimal, and the marker is not part of the date.
   */
  private static final Pattern MARKER = Pattern.compile("^\\d{1,2}[.．、](?=\\d{1,2}月)");

  /**
   * A schedule cell of bare years, as a column of spans of years gives them (起止年限: {@code 2024-
   * 2025}, a bare {@code 2025}); {@code 2024—2025年} reads as it is.
   */
  private static final Pattern YEARS = Pattern.compile(
      "(?<from>[0-9]{4})\\s*(?:[-—–~～至到]\\s*(?<to>[0-9]{4})\\s*)?");

  private TextSchedule() {}

  /**
   * The schedule phrase that a cell of years alone means, or null for any other cell: a span of
   * years ({@code 2024- 2025}) runs to the end of its last year, as {@code 2024-2025年} does; a
   * bare year ({@code 2025}) is that year's twelve months.
   */
  /**
   * A schedule cell read by {@link ScheduleParser}, a cell of years alone as the phrase it means
   * ({@link #years}); the schedule keeps the cell's own text.
   */
  static ScheduleParser.Result parse(String cell, int year, Target target) {
    String years = years(cell);
    if (years == null) {
      return ScheduleParser.parse(cell, year, target);
    }
    ScheduleParser.Result r = ScheduleParser.parse(years, year, target);
    Schedule s = r.schedule();
    return new ScheduleParser.Result(new Schedule(cell, s.kind(), s.from(), s.to(),
        s.milestones()), r.notes(), r.ambiguities());
  }

  static String years(String cell) {
    var m = cell == null ? null : YEARS.matcher(cell.strip());
    if (m == null || !m.matches()) {
      return null;
    }
    return m.group("to") == null ? m.group("from") + "年1月-12月"
        : m.group("from") + "-" + m.group("to") + "年";
  }

  /** The schedule phrase of {@code task} in a plan of {@code year}, or empty for none. */
  static String of(String task, int year) {
    List<String> dated = dated(task, year);
    String text = String.join("，", dated);
    return !dated.isEmpty() && ScheduleParser.parse(text, year, null).notes().isEmpty() ? text : "";
  }

  /**
   * The last step of {@code task}, where its dated clauses do not read as one plan but each reads
   * by itself: steps towards several targets at once (驿站：3月底前新建成2家…；托位：3月底前新增100个…；
   * 筛查：11月底前完成), whose counts no one plan holds. The task is done when its last step is, so
   * that clause is the schedule; empty where there is none, or where a clause does not read.
   */
  static String lastStep(String task, int year) {
    String last = "";
    LocalDate due = null;
    for (String c : dated(task, year)) {
      ScheduleParser.Result r = ScheduleParser.parse(c, year, null);
      List<Milestone> ms = r.schedule().milestones();
      if (!r.notes().isEmpty() || !r.ambiguities().isEmpty() || ms.isEmpty()) {
        return "";
      }
      LocalDate d = ms.get(ms.size() - 1).due();
      if (due == null || d.isAfter(due)) {
        due = d;
        last = c;
      }
    }
    return last;
  }

  /** The clauses of {@code task} that name a due date, without their list markers. */
  private static List<String> dated(String task, int year) {
    List<String> dated = new ArrayList<>();
    if (task == null || task.isEmpty()) {
      return dated;
    }
    for (String clause : CLAUSE.split(task)) {
      String c = MARKER.matcher(clause.strip()).replaceFirst("");
      if (!c.isEmpty() && ScheduleParser.dueDate(c, year).isPresent()) {
        dated.add(c);
      }
    }
    return dated;
  }
}
