package dev.qingdan.phrase;

import dev.qingdan.text.Msg;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the time expressions of a cell ({@code 9月底前}, {@code 5-12月}, {@code 每季度末月20日前})
 * by the forms of {@link ScheduleParser.Form}, and finds what looks like time but was not read.
 */
final class TimeReader {
  private TimeReader() {}

  /** Every readable time expression of a cell, left to right; unreadable ones become notes. */
  static List<Spec> read(CellText n, int year, List<Msg> notes, List<Msg> ambiguities) {
    List<Spec> out = new ArrayList<>();
    String key = n.key();
    ScheduleParser.Form[] forms = ScheduleParser.Form.values();
    Matcher[] matchers = new Matcher[forms.length];
    // Where each form's next match starts (-1: not looked for yet, MAX_VALUE: none). A match that
    // starts at or after the current place is the one a search from there finds, so each form is
    // searched again only when the text before its match has been read by another.
    int[] next = new int[forms.length];
    for (ScheduleParser.Form f : forms) {
      matchers[f.ordinal()] = f.regex.pattern.matcher(key);
      next[f.ordinal()] = f.regex.mayMatch(key) ? -1 : Integer.MAX_VALUE;
    }
    boolean[] titled = named(key, year);
    int at = 0;
    while (at < key.length()) {
      // The leftmost match wins; at the same place the earlier form does (5月起 before 5月).
      ScheduleParser.Form best = null;
      int bestStart = Integer.MAX_VALUE;
      for (ScheduleParser.Form f : forms) {
        int i = f.ordinal();
        Matcher m = matchers[i];
        if (next[i] != Integer.MAX_VALUE && next[i] < at) {
          // every form needs a character; were one to match empty, it would be dropped, not loop
          next[i] = m.find(at) && m.end() > m.start() ? m.start() : Integer.MAX_VALUE;
        }
        if (next[i] < bestStart) {
          best = f;
          bestStart = next[i];
        }
      }
      if (best == null) {
        break;
      }
      Matcher m = matchers[best.ordinal()];
      if (titled[m.start()]) {
        at = m.end(); // 《2022年工作要点》, 2019年乡镇公厕建设: a name, not a time
        continue;
      }
      String source = n.display().substring(m.start(), m.end());
      Spec s = spec(best, m, year, source, notes, ambiguities);
      if (s != null && s.type() == SpecType.POINT && aside(key, m)) {
        s = new Spec(SpecType.ASIDE, s.from(), s.to(), s.due(), s.start(), s.end());
      } else if (s != null && s.type() == SpecType.SPAN
          && REPORTED_ON.matcher(key).region(m.end(), key.length()).lookingAt()) {
        s = new Spec(SpecType.REPORTED, s.from(), s.to(), s.due(), s.start(), s.end());
      }
      if (s != null) {
        out.add(s);
      }
      at = m.end();
    }
    return out;
  }

  /**
   * Which characters of {@code key} name a thing rather than a time: those inside book-title marks
   * (《…》, a document's name), and a year that names a thing ({@link ScheduleParser#YEAR_NAMED}),
   * in quotation marks too (“2017年重点工作安排”; a date in them, “11月前全面完成”, is read).
   */
  private static boolean[] named(String key, int year) {
    boolean[] out = new boolean[key.length()];
    int depth = 0;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      depth = c == '《' ? depth + 1 : c == '》' ? Math.max(0, depth - 1) : depth;
      out[i] = depth > 0 || c == '》';
    }
    Matcher y = ScheduleParser.YEAR_NAMED.matcher(key);
    while (y.find()) {
      // at the head of a phrase (2020年市政府将…) a year may be its time: passed over only when it
      // is the plan's year, which the plan's dates take anyway
      char before = y.start() > 0 ? key.charAt(y.start() - 1) : ' ';
      if (Character.isIdeographic(before) || "“「『\"".indexOf(before) >= 0
          || Integer.parseInt(y.group("y")) == year) {
        Arrays.fill(out, y.start(), y.end(), true);
      }
    }
    return out;
  }

  /** Words right before a date that make it the date of what is referred to: 根据7月15日…. */
  private static final Pattern REFERRED = Pattern.compile("(?:根据|按照|依据|对照|落实|贯彻)$");

  /**
   * Words right after a date that make it the date of a meeting or a paper: 7月15日召开的…,
   * 8月4日《交办函》, …8月6日全市…动员部署会议精神, or a report of what was done that day
   * (3月28日,县政府印发了…; 8月4日晚,…召开…).
   */
  private static final Pattern OF_EVENT = Pattern.compile(
      "^(?:的?《|(?:召开|举行|举办|印发|下发|发布)的|\\p{IsHan}{0,8}?(?:会议?|讲话|批示)(?:的|上|精神)"
          + "|\\p{IsHan}{0,20}?会议(?:的|上|精神)"
          + "|,?\\p{IsHan}{0,12}?(?:召开|举行|举办|印发|下发|发布)了|晚|上午|下午)");

  /**
   * Whether the day at {@code m} (a day without 前: 7月15日) is the date of something the phrase
   * refers to, in a subordinate clause, rather than a step of the plan; or any date the phrase
   * compares with (较9月底增加7个) or whose plan it names (完成年底计划的45.3%).
   */
  private static boolean aside(String key, Matcher m) {
    String before = key.substring(Math.max(0, m.start() - 2), m.start());
    return COMPARED.matcher(before).find() || PLAN_OF.matcher(key).region(m.end(), key.length())
        .lookingAt() || m.group().matches(".*[日号]")
        && (REFERRED.matcher(before).find() && !NODE.matcher(key).region(m.end(), key.length())
            .lookingAt() || OF_EVENT.matcher(key.substring(m.end())).find());
  }

  /**
   * Words after a referred date that make it a node of the plan's own timetable (按照2015年2月15日
   * 试营运时间节点, 倒逼工期): the date the work is held to, read as a step.
   */
  private static final Pattern NODE = Pattern.compile("[^,;。:，；：]{0,12}?节点");

  /** Text in quotation marks. */
  private static final Pattern QUOTED = Pattern.compile("“[^”]*”|「[^」]*」|『[^』]*』");

  /** What follows a period reported on: 第三季度及全年责任事项完成情况, 前三季度落实情况. */
  private static final Pattern REPORTED_ON = Pattern.compile("[^,;。:，；：]{0,20}?情况");

  /** Words right after a date that name the plan of that date (完成年底计划的45.3%): no step. */
  private static final Pattern PLAN_OF = Pattern.compile("(?:计划|目标|任务)的");

  /** Words right before a date that compare with it (较9月底增加, 比上月末): no step of the plan. */
  private static final Pattern COMPARED = Pattern.compile("(?:较|比)$");

  /**
   * The first part of a cell that looks like time or a step and that no rule read: a month, day,
   * quarter, 旬 or year left over ({@code 3个月内}, {@code 三年}), or a count before any time
   * expression. Null when everything that looks like time was read.
   */
  static String residue(CellText n, List<Spec> specs, int year) {
    char[] k = n.key().toCharArray();
    for (Spec s : specs) {
      for (int i = s.start(); i < s.end(); i++) {
        k[i] = ' ';
      }
    }
    boolean[] titled = named(n.key(), year);
    for (int i = 0; i < k.length; i++) {
      k[i] = titled[i] ? ' ' : k[i];
    }
    Matcher q = QUOTED.matcher(n.key());
    while (q.find()) {
      // 开展“五年提升”行动, “大干150天”: a span in quotation marks is a name; their dates are read
      Arrays.fill(k, q.start(), q.end(), ' ');
    }
    String rest = new String(k);
    Matcher undated = ScheduleParser.UNDATED.matcher(rest);
    if (undated.find()) {
      return n.display().substring(undated.start(), undated.end());
    }
    for (Anchored known : List.of(ScheduleParser.ONGOING, ScheduleParser.EACH_MONTH,
        ScheduleParser.RECURRING, ScheduleParser.YEAR_OBJECT, ScheduleParser.PERIOD_REFERRED,
        ScheduleParser.EARLY, ScheduleParser.REFERENCE, ScheduleParser.NUMBERED)) {
      rest = blank(rest, known);
    }
    Matcher list = ScheduleParser.MONTH_LIST.matcher(n.key());
    while (list.find()) {
      if (rest.charAt(list.start()) != ' ') {
        return n.display().substring(list.start(), list.end());
      }
    }
    Matcher m = ScheduleParser.RESIDUE.matcher(rest);
    if (!m.find()) {
      return null;
    }
    return n.display().substring(m.start(), m.end());
  }

  private static String blank(String s, Anchored p) {
    Matcher m = p.matcher(s);
    if (!m.find()) {
      return s;
    }
    StringBuilder b = new StringBuilder(s);
    do {
      for (int i = m.start(); i < m.end(); i++) {
        b.setCharAt(i, ' ');
      }
    } while (m.find());
    return b.toString();
  }

  private static Spec spec(
      ScheduleParser.Form form, Matcher m, int year, String source, List<Msg> notes,
      List<Msg> ambiguities) {
    int start = m.start();
    int end = m.end();
    if (form == ScheduleParser.Form.EVERY) {
      String p = m.group("p");
      int period = p.startsWith("季") ? 3 : p.equals("半年") ? 6 : p.endsWith("月") ? 1 : 0;
      int day = -1;
      if (m.group("d") != null) {
        long d = Numerals.chineseOrArabic(m.group("d"));
        if (d < 1 || d > 31 || period == 0) {
          notes.add(Msg.of("'%s' names a day that is not in every month", source));
          return null;
        }
        day = (int) d;
        if (period > 1 && m.group("last") == null && m.group("first") == null
            && m.group("nth") == null) {
          // 每季度20日前: the 20th of which month of the quarter is not said.
          notes.add(Msg.of("'%s' does not say in which month of the period", source));
          return null;
        }
      } else if (m.group("end") != null) {
        day = 0;
      }
      // 每季度第1个月的20日前, 每季度首月: a month of the period other than its last
      int month = m.group("first") != null ? 1
          : m.group("nth") != null ? (int) Numerals.chineseOrArabic(m.group("nth")) : period;
      if (period > 0 && (month < 1 || month > period)) {
        notes.add(Msg.of("'%s' names month %d of a period of %d months", source, month, period));
        return null;
      }
      return new Spec(SpecType.EVERY, null, null, null, start, end, period, day, month);
    }
    int y = form == ScheduleParser.Form.EVERY ? year : yearOf(m, "", year, source, notes);
    if (y < 0) {
      return null;
    }
    switch (form) {
      case DOTTED -> {
        int month = Integer.parseInt(m.group("m"));
        if (!validDay(m.group("d"), month, y, source, notes)) {
          return null;
        }
        YearMonth ym = YearMonth.of(y, month);
        LocalDate due = m.group("d") == null ? ym.atEndOfMonth()
            : ym.atDay(Integer.parseInt(m.group("d")));
        return new Spec(SpecType.POINT, ym, ym, due, start, end);
      }
      case DOTTED_SPAN -> {
        YearMonth a = YearMonth.of(y, Integer.parseInt(m.group("m")));
        int y2 = m.group("y2") == null ? y : Integer.parseInt(m.group("y2"));
        YearMonth b = YearMonth.of(y2, Integer.parseInt(m.group("m2")));
        if (b.isBefore(a)) {
          notes.add(Msg.of("'%s' ends before it starts", source));
          return null;
        }
        return new Spec(SpecType.SPAN, a, b, b.atEndOfMonth(), start, end);
      }
      case QUARTER_START -> {
        int first = m.group("q") != null ? 3 * (int) Numerals.chineseOrArabic(m.group("q")) - 2
            : "上".equals(m.group("h")) ? 1 : 7;
        YearMonth from = YearMonth.of(y, first);
        return new Spec(SpecType.START, from, YearMonth.of(y, 12), null, start, end);
      }
      case START -> {
        int month = month(m.group("m"), source, notes);
        if (month < 0 || !validDay(m.group("d"), month, y, source, notes)) {
          return null;
        }
        return new Spec(SpecType.START, YearMonth.of(y, month), YearMonth.of(y, 12), null, start,
            end);
      }
      case YEARS -> {
        return years(m, year, source, notes, ambiguities);
      }
      case RANGE -> {
        String lastDay = m.group("dd") != null ? m.group("dd") : m.group("d2");
        if (m.group("dd") != null && m.group("d") == null) {
          // 7月至17日: the day it ends on has no month, and it starts on none.
          notes.add(Msg.of("'%s' ends on a day without its month", source));
          return null;
        }
        int y2 = m.group("y2") == null && m.group("yw2") == null ? y
            : yearOf(m, "2", year, source, notes);
        if (y2 < 0) {
          return null;
        }
        int from = month(m.group("m"), source, notes);
        int to = m.group("dd") != null ? from : month(m.group("m2"), source, notes);
        if (from < 0 || to < 0) {
          return null;
        }
        if (!validDay(m.group("d"), from, y, source, notes)
            || !validDay(lastDay, to, y2, source, notes)) {
          return null;
        }
        YearMonth a = YearMonth.of(y, from);
        YearMonth b = YearMonth.of(y2, to);
        boolean daysReversed =
            a.equals(b)
                && m.group("d") != null
                && lastDay != null
                && Numerals.chineseOrArabic(lastDay) < Numerals.chineseOrArabic(m.group("d"));
        if (daysReversed) {
          notes.add(Msg.of("'%s' ends before it starts", source));
          return null;
        }
        if (b.isBefore(a)) {
          notes.add(Msg.of("'%s' ends in month %d before it starts in month %d", source, to, from));
          return null;
        }
        if (lastDay != null) {
          // A range to a day (5月1日至6月30日) is due on that day, not at the end of its month.
          LocalDate due = b.atDay((int) Numerals.chineseOrArabic(lastDay));
          return new Spec(SpecType.SPAN, a, b, due, start, end);
        }
        return new Spec(SpecType.SPAN, a, b, b.atEndOfMonth(), start, end);
      }
      case DAY -> {
        int month = month(m.group("m"), source, notes);
        if (month < 0 || !validDay(m.group("d"), month, y, source, notes)) {
          return null;
        }
        YearMonth ym = YearMonth.of(y, month);
        LocalDate due = ym.atDay((int) Numerals.chineseOrArabic(m.group("d")));
        if (due.getDayOfMonth() == 1 && m.group().matches(".*(?:前|之前|以前)")) {
          YearMonth before = ym.minusMonths(1);
          ambiguities.add(Msg.of("'%s' is read as due on %s; it could also mean done before that "
              + "day begins (%s): write %d月1日 or %d月底前 to say which", source, due,
              before.atEndOfMonth(), month, before.getMonthValue()));
        }
        return new Spec(SpecType.POINT, ym, ym, due, start, end);
      }
      case MONTH -> {
        int month = month(m.group("m"), source, notes);
        if (month < 0) {
          return null;
        }
        YearMonth ym = YearMonth.of(y, month);
        String part = m.group("part");
        LocalDate due =
            "上旬".equals(part) || "初".equals(part)
                ? ym.atDay(10)
                : "中旬".equals(part) ? ym.atDay(20) : ym.atEndOfMonth();
        if (part == null && m.group("before") != null && m.group("before").endsWith("前")) {
          ambiguities.add(Msg.of("'%s' is read as due by the end of month %d (%s); it could also "
              + "mean before month %d begins (%s): write %d月底前 or %d月底前 to say which",
              source, month, due, month, ym.minusMonths(1).atEndOfMonth(), month,
              ym.minusMonths(1).getMonthValue()));
        }
        return new Spec(SpecType.POINT, ym, ym, due, start, end);
      }
      case HALF -> {
        int first = "上".equals(m.group("h")) ? 1 : 7;
        return span(y, first, first + 5, m.group("end") != null, start, end);
      }
      case QUARTER -> {
        int q = (int) Numerals.chineseOrArabic(m.group("q"));
        return span(y, 3 * q - 2, 3 * q, m.group("end") != null, start, end);
      }
      case FIRST_QUARTERS -> {
        return span(y, 1, 3 * (int) Numerals.chineseOrArabic(m.group("q")), false, start, end);
      }
      case YEAR, YEAR_IN -> {
        return span(y, 1, 12, false, start, end);
      }
      case EVERY_YEAR -> {
        Spec whole = span(y, 1, 12, false, start, end);
        return new Spec(whole.type(), whole.from(), whole.to(), whole.due(), start, end, 12, -1);
      }
      case YEAR_BY -> {
        YearMonth dec = YearMonth.of(y, 12);
        return new Spec(SpecType.POINT, dec, dec, dec.atEndOfMonth(), start, end);
      }
      case THIS_YEAR -> {
        if (m.group("since") != null) {
          return new Spec(SpecType.START, YearMonth.of(y, 1), YearMonth.of(y, 12), null, start,
              end);
        }
        return span(y, 1, 12, false, start, end);
      }
      case YEAR_END -> {
        YearMonth dec = YearMonth.of(y, 12);
        return new Spec(SpecType.POINT, dec, dec, dec.atEndOfMonth(), start, end);
      }
      default -> {
        return null;
      }
    }
  }

  /**
   * A span of whole years (2013—2017年): from January of its first year to December of its last,
   * due on the last day. Where it began before the plan year, the plan has the part from the plan
   * year on, and says so; a span that ended before the plan year is not the plan's.
   */
  private static Spec years(
      Matcher m, int year, String source, List<Msg> notes, List<Msg> ambiguities) {
    int first = Integer.parseInt(m.group("ya"));
    int last = Integer.parseInt(m.group("yb"));
    if (last < first) {
      notes.add(Msg.of("'%s' ends in %d before it starts in %d", source, last, first));
      return null;
    }
    if (last < year) {
      notes.add(Msg.of("'%s' is before the plan year %d", source, year));
      return null;
    }
    YearMonth from = YearMonth.of(Math.max(first, year), 1);
    YearMonth to = YearMonth.of(last, 12);
    if (first < year) {
      ambiguities.add(Msg.of("'%s' began before the plan year %d: the plan is read from %s to %s",
          source, year, from, to));
    }
    return new Spec(SpecType.SPAN, from, to, to.atEndOfMonth(), m.start(), m.end());
  }

  /** A span of months; with 末 or 底 (三季度末) only its last day, a due date. */
  private static Spec span(int year, int from, int to, boolean endOnly, int start, int end) {
    YearMonth a = YearMonth.of(year, from);
    YearMonth b = YearMonth.of(year, to);
    if (endOnly) {
      return new Spec(SpecType.POINT, b, b, b.atEndOfMonth(), start, end);
    }
    return new Spec(SpecType.SPAN, a, b, b.atEndOfMonth(), start, end);
  }

  /**
   * The year a time expression names: the plan year without one, a later year as written
   * ({@code 2023年4月底前}, {@code 明年}); -1 with a note for a year before the plan's.
   */
  private static int yearOf(Matcher m, String suffix, int year, String source, List<Msg> notes) {
    String digits = group(m, "y" + suffix);
    if (digits == null && suffix.isEmpty()) {
      digits = group(m, "yz"); // a cell that is one year
    }
    String word = group(m, "yw" + suffix);
    int y = year;
    if (digits != null) {
      y = Integer.parseInt(digits);
    } else if (word != null) {
      y = word.equals("今") || word.equals("本") ? year
          : word.equals("次") || word.equals("明") || word.equals("下一") ? year + 1
          : word.equals("后") ? year + 2 : year - 1;
    }
    if (y < year || y > 9999) {
      notes.add(Msg.of("'%s' is before the plan year %d", source, year));
      return -1;
    }
    return y;
  }

  /** A named group, or null where the form has none of that name. */
  private static String group(Matcher m, String name) {
    return m.pattern().pattern().contains("(?<" + name + ">") ? m.group(name) : null;
  }

  private static int month(String number, String source, List<Msg> notes) {
    long month = Numerals.chineseOrArabic(number);
    if (month < 1 || month > 12) {
      notes.add(Msg.of("'%s' names month %s, which is not between 1 and 12", source, number));
      return -1;
    }
    return (int) month;
  }

  private static boolean validDay(
      String number, int month, int year, String source, List<Msg> notes) {
    if (number == null) {
      return true;
    }
    long day = Numerals.chineseOrArabic(number);
    if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
      notes.add(Msg.of("'%s' names a day that month %d of %d lacks", source, month, year));
      return false;
    }
    return true;
  }
}
