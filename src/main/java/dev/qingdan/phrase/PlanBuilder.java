package dev.qingdan.phrase;

import dev.qingdan.model.Milestone;
import dev.qingdan.model.Schedule;
import dev.qingdan.model.ScheduleKind;
import dev.qingdan.model.Target;
import dev.qingdan.model.TargetKind;
import dev.qingdan.phrase.ScheduleParser.Result;
import dev.qingdan.text.Msg;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Builds the plan of a schedule cell from its time expressions and the words after each: a window,
 * a start, deliverables by dates, a recurring plan, or a count plan ({@link CountPlan}).
 */
final class PlanBuilder {
  private PlanBuilder() {}

  /**
   * A time expression with the text that follows it up to the next one.
   *
   * @param source the whole segment as written, for notes
   * @param rest the text after the time expression as written, for deliverables
   * @param restKey the same text folded for matching
   */
  record Segment(Spec spec, String source, String rest, String restKey) {}

  private static final Pattern CONJUNCTION = Pattern.compile("和|及|与|或|、|以及");

  // A span followed by one of these verbs names something to be finished by the span's end
  // (上半年完成主体工作); followed by anything else it names an activity within the span (全年分批实施).
  private static final Pattern COMPLETION =
      Pattern.compile("完成|出台|印发|制定|建成|建立|上线|发布|办结|形成");

  /**
   * An amount of money spent (1—7月完成投资3.2亿元): over a span it is the span's flow, reported
   * at its end, not a thing delivered by then.
   */
  private static final Pattern SPENT = Pattern.compile("\\d[\\d.]*[万亿千百]*元|投资");

  /** Words that lead to the next step after a start: 7月19日动工，预计10月底竣工. */
  private static final String LEADS_ON = "(?:[,;](?:预计|计划|力争|争取|确保|拟|将)[于在]?)?";

  /** Words that start work rather than deliver it: 3月上旬开始. */
  private static final Pattern START_WORDS =
      Pattern.compile("(?:正式|全面|陆续)?(?:开始|启动|着手)(?:实施|推进|建设|施工)?" + LEADS_ON);

  /**
   * Words that start work, at the head of what follows a date: 5月启动项目建设, 全部开始修建,
   * 进入全面施工阶段, and after a word of what is to come (8月将启动, 6月初將開始, 3月拟启动).
   */
  private static final Pattern STARTS_AT = Pattern.compile(
      "(?:即将|将|要|拟)?(?:正式|全面|全部|陆续|有序|逐步|集中)?(?:开始|启动|着手)"
          + "|进入(?:全面)?(?:施工|建设)");

  /** A date written as a time limit: 5月底前, 6月15日之前, 至9月止, 11月底. */
  private static final Pattern BY = Pattern.compile("(?:前|止|底|末)$");

  /**
   * Words that break ground (6月开工): a start beside a step that ends the work (年内完工), but a
   * step of its own in a plan by spans (第二季度：全面开工).
   */
  private static final Pattern GROUND_WORDS =
      Pattern.compile("(?:正式|全面|陆续|集中)?(?:开工|动工|进场)(?:建设|施工)?" + LEADS_ON);

  /**
   * The plan of a cell from its time expressions, read entirely.
   *
   * @param n the cell's text
   * @param specs its time expressions, left to right, as {@link #inPlan} leaves them
   */
  static Result build(String text, CellText n, List<Spec> specs, int year, Target target,
      List<Msg> notes, List<Msg> ambiguities) {
    List<Segment> segments = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      Spec s = specs.get(i);
      int end = i + 1 < specs.size() ? specs.get(i + 1).start() : n.key().length();
      int[] cut = CellText.trim(n.key(), s.end(), end);
      int[] whole = CellText.trim(n.key(), s.start(), end);
      if (CONJUNCTION.matcher(n.key().substring(cut[0], cut[1])).matches()) {
        cut[0] = cut[1]; // 6月底和7月底报送…: the first date shares what follows the second
      }
      boolean from = s.start() > 0 && "从自".indexOf(n.key().charAt(s.start() - 1)) >= 0;
      if (s.type() == SpecType.POINT
          && (from || !BY.matcher(n.key().substring(s.start(), s.end())).find())
          && STARTS_AT.matcher(n.key()).region(cut[0], cut[1]).lookingAt()) {
        // 5月启动项目建设, 于1月1日正式启动实施, 从三月末开始: when work starts, as 5月起 is;
        // 5月底前启动 and 11月底启动 are a start due by a date, a step
        s = new Spec(SpecType.START, s.from(), YearMonth.of(s.from().getYear(), 12), null,
            s.start(), s.end());
      }
      segments.add(
          new Segment(
              s,
              n.display().substring(whole[0], whole[1]),
              n.display().substring(cut[0], cut[1]),
              n.key().substring(cut[0], cut[1])));
    }
    String key = n.key();
    boolean countTarget =
        target != null && target.kind() == TargetKind.COUNT && target.floor();

    // A count after a time expression makes the cell a count plan when it is a plan figure.
    if (CountPlan.planFigures(segments, target)) {
      return CountPlan.cumulative(text, year, target, segments, notes, ambiguities);
    }
    CountPlan.otherUnits(segments, target, key, ambiguities);
    if (ScheduleParser.EACH_MONTH.find(key)) {
      YearMonth[] window = window(segments);
      for (Segment g : segments) {
        if (window == null && g.spec().type() == SpecType.START) {
          window = new YearMonth[] {g.spec().from(), YearMonth.of(g.spec().from().getYear(), 12)};
        }
      }
      if (window == null) {
        // 保持每月 with no months named holds for the whole plan year.
        window = new YearMonth[] {YearMonth.of(year, 1), YearMonth.of(year, 12)};
      }
      return result(text, ScheduleKind.EACH_MONTH, window[0], window[1], List.of(), notes);
    }
    List<Milestone> deliverables = new ArrayList<>();
    boolean anyDeliverable = false;
    // Steps by spans (第一季度：立项；第二季度：开工): each step is due at its span's end.
    boolean steps = segments.stream().filter(PlanBuilder::isStep).count() >= 2
        || segments.stream().anyMatch(PlanBuilder::isDeliverable);
    // 6月开工，年内完工: a start beside a step that ends the work is the schedule's start.
    Pattern starts = segments.stream().filter(PlanBuilder::isStep).count() >= 2 ? START_WORDS
        : Pattern.compile(START_WORDS.pattern() + "|" + GROUND_WORDS.pattern());
    boolean ends = segments.stream()
        .anyMatch(g -> isDeliverable(g) && !starts.matcher(g.restKey()).matches());
    YearMonth start = null;
    // 从第二季度起，每季度第1个月的20日前: a start bounds the periods of a repeating day
    YearMonth[] periods = window(segments);
    YearMonth since = segments.stream().filter(g -> g.spec().type() == SpecType.START)
        .map(g -> g.spec().from()).findFirst().orElse(null);
    if (periods == null && since != null) {
      periods = new YearMonth[] {since, YearMonth.of(since.getYear(), 12)};
    }
    for (Segment g : segments) {
      if (steps && ends && isStartOfWork(g, segments, starts)) {
        start = start == null || g.spec().from().isBefore(start) ? g.spec().from() : start;
      } else if (g.spec().type() == SpecType.EVERY && g.spec().day() >= 0
          && (!g.rest().isEmpty() || g.spec().from() != null || since != null)) {
        // 每季度末月20日前报送: one thing due in each period of the window.
        for (LocalDate due : periodEnds(g.spec(), periods, year)) {
          deliverables.add(new Milestone(due, null, g.rest().isEmpty() ? null : g.rest()));
        }
        anyDeliverable = true;
      } else if (isDeliverable(g) || steps && isStep(g)) {
        anyDeliverable = true;
        deliverables.add(new Milestone(g.spec().due(), null, g.rest()));
      } else if (g.spec().type() == SpecType.POINT) {
        deliverables.add(new Milestone(g.spec().due(), null, null));
      }
    }
    if (anyDeliverable) {
      // Things to deliver by dates; a start (6月起组织实施) beside them is an activity, not a date.
      deliverables.sort(Milestone.BY_DUE);
      return distinct(text, ScheduleKind.DELIVERABLE, start, null, deliverables, notes);
    }
    for (Segment g : segments) {
      if (g.spec().type() == SpecType.START) {
        return result(text, ScheduleKind.START, g.spec().from(), null, List.of(), notes);
      }
    }
    boolean recurring = ScheduleParser.RECURRING.find(key)
        || segments.stream().anyMatch(g -> g.spec().type() == SpecType.EVERY);
    if (recurring) {
      YearMonth[] w = window(segments);
      return result(text, ScheduleKind.RECURRING, w == null ? null : w[0], w == null ? null : w[1],
          List.of(), notes);
    }
    YearMonth[] window = window(segments);
    if (window != null) {
      if (ScheduleParser.ONGOING.find(key)) {
        return result(text, ScheduleKind.ONGOING, window[0], window[1], List.of(), notes);
      }
      List<Milestone> last = new ArrayList<>();
      Long value = countTarget ? targetCount(target, notes) : null;
      if (value != null) {
        LocalDate due = null;
        for (Segment g : segments) {
          if (g.spec().type() == SpecType.SPAN && (due == null || g.spec().due().isAfter(due))) {
            due = g.spec().due();
          }
        }
        last.add(new Milestone(due, value, null));
        if (segments.stream().anyMatch(g -> SPENT.matcher(g.restKey()).find())) {
          // 1-8月完成投资90.9亿元 beside a year's target: what was spent is not the target's plan
          ambiguities.add(Msg.of("'%s' tells what is spent over its months; the target %s is "
              + "planned at their end", text.strip(), target.value().toPlainString()));
        }
      }
      return result(text, ScheduleKind.WINDOW, window[0], window[1], last, notes);
    }
    if (!deliverables.isEmpty()) {
      // Only bare due dates (9月底前, 年底前): for a count target they are a count plan.
      deliverables.sort(Milestone.BY_DUE);
      Long value = countTarget ? targetCount(target, notes) : null;
      if (value != null) {
        Milestone lastDue = deliverables.get(deliverables.size() - 1);
        return result(
            text,
            ScheduleKind.CUMULATIVE,
            null,
            null,
            List.of(new Milestone(lastDue.due(), value, null)),
            notes);
      }
      return distinct(text, ScheduleKind.DELIVERABLE, null, null, deliverables, notes);
    }
    if (ScheduleParser.ONGOING.find(key)) {
      return result(text, ScheduleKind.ONGOING, null, null, List.of(), notes);
    }
    notes.add(unreadable(text));
    return ongoing(text, notes);
  }

  /**
   * The time expressions as a plan reads them: a month in brackets right after a span joins the
   * span, and 每年 gives way to any date that says when in the year.
   */
  static void inPlan(List<Spec> specs, String key) {
    for (int i = 0; i + 1 < specs.size(); i++) {
      // 第四季度(11月份)：a month in brackets right after a span says when in it the step is due
      Spec a = specs.get(i);
      Spec b = specs.get(i + 1);
      if (a.type() == SpecType.SPAN && b.type() == SpecType.POINT && !b.from().isBefore(a.from())
          && !b.to().isAfter(a.to()) && key.substring(a.end(), b.start()).matches("[(（]")
          && (key.startsWith(")", b.end()) || key.startsWith("）", b.end()))) {
        specs.set(i, new Spec(SpecType.SPAN, a.from(), a.to(), b.due(), a.start(), b.end() + 1,
            a.period(), a.day()));
        specs.remove(i + 1);
      }
    }
    for (int i = 0; i < specs.size(); i++) {
      // 每季度末（分别在6月、9月和12月底）: months in brackets that name the period ends again
      Spec a = specs.get(i);
      int open = a.end() < key.length() && "(（".indexOf(key.charAt(a.end())) >= 0 ? a.end() : -1;
      int close = open < 0 ? -1 : key.indexOf(key.charAt(open) == '(' ? ')' : '）', open);
      if (a.type() != SpecType.EVERY || a.day() != 0 || a.period() < 2 || close < 0) {
        continue;
      }
      int j = i + 1;
      // each a period's end, the next one after the one before
      while (j < specs.size() && specs.get(j).end() <= close
          && specs.get(j).type() == SpecType.POINT
          && specs.get(j).due().equals(specs.get(j).to().atEndOfMonth())
          && specs.get(j).to().getMonthValue() % a.period() == 0
          && (j == i + 1
              || specs.get(j).to().equals(specs.get(j - 1).to().plusMonths(a.period())))) {
        j++;
      }
      if (j > i + 1 && (j == specs.size() || specs.get(j).start() > close)) {
        // the periods whose ends the brackets name: the first one's start to the last one's end
        YearMonth from = specs.get(i + 1).to().minusMonths(a.period() - 1);
        YearMonth to = specs.get(j - 1).to();
        specs.subList(i + 1, j).clear();
        specs.set(i, new Spec(a.type(), from, to, null, a.start(), close + 1, a.period(),
            a.day()));
      }
    }
    if (specs.stream().anyMatch(x -> x.period() != 12)) {
      // 每年6月底前完成: the date says when in the plan's year.
      specs.removeIf(x -> x.type() == SpecType.SPAN && x.period() == 12);
    }
  }

  /**
   * Whether {@code g} starts the work that another step of the cell ends: start words after a
   * date (3月上旬开始，6月30日前完工), or a start (从9月26日开始) before a date due at or after it
   * (5月底前出台，6月起实施 is a next activity, not the start). A start after every end
   * (3月开工，7月完工，B工程10月开工) starts something else: a step of its own.
   */
  private static boolean isStartOfWork(Segment g, List<Segment> segments, Pattern starts) {
    SpecType type = g.spec().type();
    if (type == SpecType.EVERY || g.spec().from() == null
        || type != SpecType.START && !starts.matcher(g.restKey()).matches()) {
      return false;
    }
    // 3月开工，7月完工，B工程10月开工: a start after every end starts nothing the cell ends
    return segments.stream().anyMatch(o -> o != g && isDeliverable(o) && o.spec().due() != null
        && !starts.matcher(o.restKey()).matches()
        && !YearMonth.from(o.spec().due()).isBefore(g.spec().from()));
  }

  /**
   * Deliverables due on the same day cannot be told apart by a report, which gives a row one day
   * done: they are one step, due that day, that delivers both (3月底前完成设计，3月底完成建设).
   */
  private static Result distinct(String text, ScheduleKind kind, YearMonth from, YearMonth to,
      List<Milestone> milestones, List<Msg> notes) {
    List<Milestone> steps = new ArrayList<>();
    for (Milestone m : milestones) {
      Milestone last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
      if (last != null && last.due().equals(m.due())) {
        String both = last.deliverable() == null ? m.deliverable()
            : m.deliverable() == null ? last.deliverable()
            : last.deliverable() + "；" + m.deliverable();
        steps.set(steps.size() - 1, new Milestone(m.due(), null, both));
      } else {
        steps.add(m);
      }
    }
    return result(text, kind, from, to, steps, notes);
  }

  static Msg unreadable(String text) {
    return Msg.of("cannot read schedule phrase '%s'", text.strip());
  }

  /** A span with words of its own (第二季度：全面开工): one step of a plan by spans. */
  private static boolean isStep(Segment g) {
    return g.spec().type() == SpecType.SPAN && !g.rest().isEmpty()
        && !ScheduleParser.ONGOING.find(g.restKey())
        && !START_WORDS.matcher(g.restKey()).matches() && !SPENT.matcher(g.restKey()).find()
        && g.spec().from().plusMonths(11).isAfter(g.spec().to()); // 全年 is the plan, not a step
  }

  private static boolean isDeliverable(Segment g) {
    SpecType t = g.spec().type();
    if (g.rest().isEmpty() || t == SpecType.START || t == SpecType.EVERY) {
      return false;
    }
    if (ScheduleParser.ONGOING.find(g.restKey())
        || t == SpecType.SPAN && SPENT.matcher(g.restKey()).find()) {
      return false;
    }
    return t == SpecType.POINT || COMPLETION.matcher(g.restKey()).find() && !overMonths(g);
  }

  /**
   * Whether {@code g} is work done over a range of months ({@code 5-6月，完成主体工程}), a window
   * like {@code 7-8月，竣工}, not a thing due at the range's end; a count (1-11月，完成30件) is
   * reported at its end.
   */
  private static boolean overMonths(Segment g) {
    return g.spec().type() == SpecType.SPAN && MONTH_RANGE.matcher(g.source()).lookingAt()
        && !ScheduleParser.COUNT.find(g.restKey());
  }

  /** A range of months as written: 5-6月, 5月至6月, 五至六月. */
  private static final Pattern MONTH_RANGE = Pattern.compile(
      "(?:\\d{4}年)?[0-9一二三四五六七八九十]{1,3}月?份?\\s*(?:-|—|–|~|至|到)\\s*"
          + "[0-9一二三四五六七八九十]{1,3}月");

  /** The months the spans of a cell cover, first to last, or null when it names no span. */
  static YearMonth[] window(List<Segment> segments) {
    YearMonth from = null;
    YearMonth to = null;
    for (Segment g : segments) {
      if (g.spec().type() == SpecType.SPAN) {
        from = from == null || g.spec().from().isBefore(from) ? g.spec().from() : from;
        to = to == null || g.spec().to().isAfter(to) ? g.spec().to() : to;
      }
    }
    return to == null ? null : new YearMonth[] {from, to};
  }

  /**
   * The due dates of a repeating period inside a window (the plan year without one): the day it
   * names of the month of each period it names (每季度末月20日前: 03-20, 06-20, …; 每季度第1个月的20日前:
   * 01-20, 04-20, …), or the period's end.
   */
  static List<LocalDate> periodEnds(Spec every, YearMonth[] window, int year) {
    // the periods it names itself (每季度末（分别在6月、9月和12月底）), else the window's
    YearMonth from = every.from() != null ? every.from()
        : window == null ? YearMonth.of(year, 1) : window[0];
    YearMonth to = every.to() != null ? every.to()
        : window == null ? YearMonth.of(year, 12) : window[1];
    List<LocalDate> out = new ArrayList<>();
    int p = every.period();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      if (p > 0 && (m.getMonthValue() - every.month()) % p == 0) {
        int day = every.day();
        out.add(day <= 0 || day > m.lengthOfMonth() ? m.atEndOfMonth() : m.atDay(day));
      }
    }
    return out;
  }

  private static Long targetCount(Target target, List<Msg> notes) {
    try {
      return target.value().longValueExact();
    } catch (ArithmeticException e) {
      notes.add(
          Msg.of(
              "the target %s is not a whole count; no final milestone",
              target.value().toPlainString()));
      return null;
    }
  }

  static Result result(
      String text,
      ScheduleKind kind,
      YearMonth from,
      YearMonth to,
      List<Milestone> milestones,
      List<Msg> notes) {
    return new Result(new Schedule(text, kind, from, to, milestones), notes);
  }

  static Result ongoing(String text, List<Msg> notes) {
    return result(text, ScheduleKind.ONGOING, (YearMonth) null, null, List.of(), notes);
  }
}
