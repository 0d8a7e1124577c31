package dev.qingdan.load.table;

import dev.qingdan.phrase.ScheduleParser;
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

  private TextSchedule() {}

  /** The schedule phrase of {@code task} in a plan of {@code year}, or empty for none. */
  static String of(String task, int year) {
    if (task == null || task.isEmpty()) {
      return "";
    }
    List<String> dated = new ArrayList<>();
    for (String clause : CLAUSE.split(task)) {
      String c = MARKER.matcher(clause.strip()).replaceFirst("");
      if (!c.isEmpty() && ScheduleParser.dueDate(c, year).isPresent()) {
        dated.add(c);
      }
    }
    String text = String.join("，", dated);
    return !dated.isEmpty() && ScheduleParser.parse(text, year, null).notes().isEmpty() ? text : "";
  }
}
