package dev.qingdan.compute;

import dev.qingdan.model.Milestone;
import dev.qingdan.model.Schedule;
import dev.qingdan.model.ScheduleKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The months a row's figures are judged over: its schedule's months ({@code from}–{@code to}), a
 * count plan's first to last milestone, else the plan year. {@code ratio} expects a report from
 * each lead unit in each of these months and counts a month under target as a breach; {@code
 * deadlines} holds a ceiling or a level over them.
 *
 * @param from the first month
 * @param to the last month
 */
record RowWindow(YearMonth from, YearMonth to) {

  static RowWindow of(Schedule s, int year) {
    List<Milestone> ms = s.milestones();
    boolean plan = s.kind() == ScheduleKind.CUMULATIVE && !ms.isEmpty();
    YearMonth from = s.from() != null ? s.from()
        : plan ? YearMonth.from(ms.get(0).due()) : YearMonth.of(year, 1);
    YearMonth to = s.to() != null ? s.to()
        : plan ? YearMonth.from(ms.get(ms.size() - 1).due()) : YearMonth.of(year, 12);
    return new RowWindow(from, to);
  }

  /**
   * The last due date of a schedule of dated steps ({@code 9月底前完成}, a count plan), by which a
   * bound is to be reached; null for a span or no date.
   */
  static LocalDate dated(Schedule s) {
    List<Milestone> ms = s.milestones();
    boolean dated = s.kind() == ScheduleKind.DELIVERABLE || s.kind() == ScheduleKind.CUMULATIVE;
    return dated && !ms.isEmpty() ? ms.get(ms.size() - 1).due() : null;
  }

  /** Whether month {@code m} is one of the window's. */
  boolean contains(YearMonth m) {
    return !m.isBefore(from) && !m.isAfter(to);
  }

  /** How many months the window has. */
  long months() {
    return to.getYear() * 12L + to.getMonthValue() - (from.getYear() * 12L + from.getMonthValue())
        + 1;
  }
}
