package dev.qingdan.render;

import dev.qingdan.compute.DeadlineRow;
import dev.qingdan.compute.DeadlineStatus;
import dev.qingdan.compute.MilestoneResult;
import dev.qingdan.text.Lang;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * An iCalendar of the milestones: one all-day event on each due date, its UID stable per row and
 * milestone, its DTSTAMP the as-of date so the file depends on nothing else.
 */
public final class DeadlinesIcs implements DeadlinesRenderer {
  private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

  private final String calendarName;
  private final LocalDate from;
  private final LocalDate to;

  /**
   * @param calendarName the calendar's name
   * @param from the first due date to include, or null
   * @param to the last due date to include, or null
   */
  public DeadlinesIcs(String calendarName, LocalDate from, LocalDate to) {
    this.calendarName = calendarName;
    this.from = from;
    this.to = to;
  }

  @Override
  public void render(PrintWriter out, DeadlinesReport report) {
    ICalendar cal = new ICalendar(out);
    cal.raw("BEGIN", "VCALENDAR")
        .raw("VERSION", "2.0")
        .raw("PRODID", "-//qingdan//deadlines//ZH")
        .raw("CALSCALE", "GREGORIAN")
        .raw("METHOD", "PUBLISH")
        .text("X-WR-CALNAME", calendarName);
    String stamp = report.asOf().format(BASIC) + "T000000Z";
    for (DeadlineRow r : report.planned()) {
      if (r.measured() != null) {
        // a ceiling, a level or a growth rate: one event, on its due date
        if (shown(r.due())) {
          event(cal, stamp, r, r.due(), r.subject().indicator() + " "
              + DeadlineCells.target(r, Lang.zh), r.status(), description(r, report.asOf())
              + DeadlineCells.figures(r) + " " + r.status().word() + ", " + r.light().word());
        }
        continue;
      }
      for (MilestoneResult m : r.milestones()) {
        if (!shown(m.due())) {
          continue;
        }
        String what = m.deliverable() != null ? m.deliverable()
            : r.subject().indicator() + " 累计" + m.planned() + DeadlineCells.unitWord(r);
        event(cal, stamp, r, m.due(), what, m.status(), description(r, m, report.asOf()));
      }
    }
    cal.raw("END", "VCALENDAR");
    out.flush();
  }

  /** Whether a due date falls in the window asked for. */
  private boolean shown(LocalDate due) {
    return !(from != null && due.isBefore(from) || to != null && due.isAfter(to));
  }

  private static void event(ICalendar cal, String stamp, DeadlineRow r, LocalDate due,
      String what, DeadlineStatus status, String description) {
    cal.raw("BEGIN", "VEVENT")
        .raw("UID", r.subject().id() + "-" + due.format(BASIC) + "@qingdan")
        .raw("DTSTAMP", stamp)
        .raw("DTSTART;VALUE=DATE", due.format(BASIC))
        .raw("DTEND;VALUE=DATE", due.plusDays(1).format(BASIC))
        .text("SUMMARY", r.subject().id() + " " + what + " [" + status.word() + "]")
        .text("DESCRIPTION", description)
        .raw("TRANSP", "TRANSPARENT");
    if (!r.subject().lead().isEmpty()) {
      cal.text("CATEGORIES", String.join("、", r.subject().lead()));
    }
    cal.raw("END", "VEVENT");
  }

  /** The row's title, lead units and schedule, then {@code as of DATE: } for its figures. */
  private static String description(DeadlineRow r, LocalDate asOf) {
    StringBuilder sb = new StringBuilder();
    sb.append(r.subject().title()).append('\n');
    if (!r.subject().lead().isEmpty()) {
      sb.append("牵头单位: ").append(String.join("、", r.subject().lead())).append('\n');
    }
    sb.append("进度安排: ").append(r.subject().schedule().text()).append('\n');
    return sb.append("as of ").append(asOf).append(": ").toString();
  }

  private static String description(DeadlineRow r, MilestoneResult m, LocalDate asOf) {
    StringBuilder sb = new StringBuilder(description(r, asOf));
    sb.append("milestone ").append(m.actual()).append('/')
        .append(m.planned()).append(' ').append(m.status().word()).append("; row ")
        .append(r.actual() == null ? "–" : r.actual().toString()).append('/')
        .append(r.planned()).append(" of ").append(r.target()).append(' ')
        .append(r.status().word()).append(", ").append(r.light().word());
    return sb.toString();
  }
}
