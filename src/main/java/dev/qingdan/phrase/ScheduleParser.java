package dev.qingdan.phrase;

import dev.qingdan.model.Milestone;
import dev.qingdan.model.Schedule;
import dev.qingdan.model.ScheduleKind;
import dev.qingdan.model.Target;
import dev.qingdan.model.TargetKind;
import dev.qingdan.text.Msg;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a schedule cell (进度安排) such as {@code 9月底前出台…}, {@code 5-12 月} or {@code 5月：上线2个；
 * 6月-11月：各上线1个} into a {@link Schedule}.
 *
 * <p>The parser is pure and total: it never throws, and whatever it cannot read it says in a note
 * rather than guessing. Every date it produces lies in the plan year it is given.
 */
public final class ScheduleParser {

  /**
   * The schedule read from a cell and what could not be read.
   *
   * @param schedule the schedule, never null; {@code ongoing} (no dated plan) whenever there is a
   *     note, never a plan read in part
   * @param notes messages for a person about the parts that could not be read, possibly none
   * @param ambiguities phrases read one stated way that could mean another ({@code 9月前}): the
   *     schedule is read, and a person should check it
   */
  public record Result(Schedule schedule, List<Msg> notes, List<Msg> ambiguities) {
    public Result {
      notes = List.copyOf(notes);
      ambiguities = List.copyOf(ambiguities);
    }

    public Result(Schedule schedule, List<Msg> notes) {
      this(schedule, notes, List.of());
    }
  }

  // Chinese month numerals stand alone or after a word that introduces a date (自5月, 至十二月,
  // 2022年五月); after any other ideograph they are part of a word (统一月报) and must not match.
  private static final String MONTH_NUMBER =
      "(?:(?<![\\d.])\\d{1,3}|(?<![\\p{IsHan}&&[^自从至到于在年起止]])[一二三四五六七八九十]{1,3})";
  private static final String DAY_NUMBER = "(?:\\d{1,3}|[一二三四五六七八九十]{1,3})";
  private static final String BEFORE = "(?:前|之前|以前|止|为止)?";
  private static final String TO = "(?:-{1,2}|~|至|到)";

  private static String yearPrefix(String suffix) {
    return "(?:(?<y" + suffix + ">\\d{4})年|(?<yw" + suffix + ">今|本|次|明|去|上|下一)年)?";
  }

  /** The shapes of a time expression, in the order they win when two start at the same place. */
  enum Form {
    // 2021.8, 2022/10, 2022.3.15: a month (or day) of a named year.
    DOTTED(
        "./",
        "(?<![\\d.])(?<y>(?:19|20)\\d{2})[./](?<m>0?[1-9]|1[0-2])(?:[./](?<d>0?[1-9]|[12]\\d|3[01]))?"
            + "(?![\\d.])(?:月份?)?(?:底|末)?"
            + BEFORE),
    // 每季度上线2个, 按季度推进, 每季度末月20日前, 每月10日前, 每半年: a period that repeats.
    EVERY(
        "每按逐",
        "(?:每个?|按|逐)(?<p>季度?|个?月|半年|周|旬)(?:度)?(?:(?<last>末月|最后一个月)?(?<d>"
            + DAY_NUMBER
            + ")[日号]"
            + BEFORE
            + "|(?<end>末|底))?"),
    QUARTER_START(
        "起开",
        yearPrefix("") + "(?:第?(?<q>[一二三四1-4])季度|(?<h>[上下])半年)(?:起|开始)"),
    START(
        "起开以",
        "(?:自|从)?"
            + yearPrefix("")
            + "(?<m>"
            + MONTH_NUMBER
            + ")月份?(?:(?<d>"
            + DAY_NUMBER
            + ")[日号])?(?:起|开始|以来)"),
    // 2013—2017年, 2023年至2025年: a span of whole years.
    YEARS(
        "-~至到",
        "(?<![\\d.])(?<ya>(?:19|20)\\d{2})年?" + TO + "(?<yb>(?:19|20)\\d{2})年度?"
            + "(?![\\d一二三四五六七八九十])(?:底|末)?" + BEFORE),
    // 5-12月, 5月1日至6月30日, 2022年10月至2023年3月; 7月9日至17日 and 7月9-17日 end on a day
    // of the month they start in.
    RANGE(
        "-~至到",
        yearPrefix("")
            + "(?<m>"
            + MONTH_NUMBER
            + ")(?:月份?(?:(?<d>"
            + DAY_NUMBER
            + ")(?:[日号]|(?="
            + TO
            + DAY_NUMBER
            + "[日号])))?)?"
            + TO
            + "(?:"
            + yearPrefix("2")
            + "(?<m2>"
            + MONTH_NUMBER
            + ")月份?(?:(?<d2>"
            + DAY_NUMBER
            + ")[日号])?(?:底|末)?|(?<dd>"
            + DAY_NUMBER
            + ")[日号])"
            + BEFORE),
    DAY(
        "日号",
        yearPrefix("")
            + "(?<m>"
            + MONTH_NUMBER
            + ")月(?<d>"
            + DAY_NUMBER
            + ")[日号]"
            + BEFORE),
    MONTH(
        "月",
        yearPrefix("")
            + "(?<m>"
            + MONTH_NUMBER
            + ")月(?!度)份?(?<part>上旬|中旬|下旬|底|末)?"
            + "(?<before>前|之前|以前|止|为止)?"),
    HALF("半", yearPrefix("") + "(?<h>[上下])半年(?<end>底|末)?" + BEFORE),
    QUARTER(
        "季",
        yearPrefix("")
            + "第?(?<![\\p{IsHan}&&[^第于在至到年]])(?<q>[一二三四1-4])季度(?<end>末|底)?"
            + BEFORE),
    YEAR("全", yearPrefix("") + "全年"),
    // 每年 in a plan over several years: in the plan's year, like 全年, unless a date says when.
    EVERY_YEAR("每", "每年度?(?![底末])"),
    // 三年内 is "within three years", not the plan year's end.
    YEAR_END(
        "底末内",
        "(?:(?<y>\\d{4})年|(?<yw>今|本|次|明|去|上)年|(?<![\\d一二三四五六七八九十两几半])年)"
            + "(?:底|末|内)"
            + BEFORE);

    /** The pattern, with characters one of which every match contains. */
    final Anchored regex;

    Form(String anchors, String regex) {
      this.regex = new Anchored(anchors, regex);
    }
  }

  private enum SpecType {
    /** Repeats every period (每季度, 每月10日前): see {@link Spec#period}. */
    EVERY,
    /** Starts in a month and runs on (5月起). */
    START,
    /** A span of months (5-12月, 上半年, 全年): a window, or a deliverable due at its end. */
    SPAN,
    /** A single due date (9月底前, 年底前, 5月). */
    POINT
  }

  /**
   * One time expression: its shape, its months and its due date, and where it sits. For {@code
   * EVERY}, {@code period} is the length of the period in months (1, 3, 6; 0 for a week or a 旬)
   * and {@code day} the day of its last month things are due (0: the month's end, -1: none).
   */
  private record Spec(
      SpecType type, YearMonth from, YearMonth to, LocalDate due, int start, int end, int period,
      int day) {
    Spec(SpecType type, YearMonth from, YearMonth to, LocalDate due, int start, int end) {
      this(type, from, to, due, start, end, 0, -1);
    }
  }

  /**
   * A time expression with the text that follows it up to the next one.
   *
   * @param source the whole segment as written, for notes
   * @param rest the text after the time expression as written, for deliverables
   * @param restKey the same text folded for matching
   */
  private record Segment(Spec spec, String source, String rest, String restKey) {}

  private static final Anchored ONGOING =
      new Anchored("续时态期依据内",
          "持续|即时|随时|常态化|长期|依申请|依[^,;。]{0,12}?(?:申请|申报)|根据[^,;。]{0,20}?需求"
              // a time limit per case (3个工作日内办结), not a date of the plan
              + "|(?<![\\d.])\\d{1,3}个?(?:工作日|自然日|天|日|小时)(?:以内|之内|内)");
  private static final Anchored EACH_MONTH =
      new Anchored("月", "保持每个?月|每个?月保持|每个?月均|每个?月都|逐月保持");
  private static final Anchored RECURRING =
      new Anchored("每逐按", "每个?月|每季度?|每半年|每周|每旬|逐月|按月|按季度?|按周");
  private static final Pattern CONJUNCTION = Pattern.compile("和|及|与|或|、|以及");
  /** A count that is the total by its date, not an addition: 年底前累计完成3000人次. */
  private static final Pattern TOTAL = Pattern.compile("累计|累积|总数达到|总量达到");
  /** What looks like time, a step or a year and must have been read by a form. */
  private static final Anchored RESIDUE =
      new Anchored("月日号季周旬年天时",
          "(?:(?<![\\d.])\\d{1,4}|[零一二三四五六七八九十两半]+)个?"
              + "(?:月|日|号|季度?|周|旬|年|工作日|天|小时)"
              + "|季度|上旬|中旬|下旬|半年");
  /** The first of a list of months (二、三月份, 6和7月), where only the last one reads as a date. */
  private static final Anchored MONTH_LIST =
      new Anchored("、,和及", "(?:(?<![\\d.])\\d{1,2}|[一二三四五六七八九十]{1,2})[、,和及]"
          + "(?=(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月)");
  /**
   * A year that is what is worked on, not when (完成下一年度入库工作, 编制本年度计划): right after a
   * verb that takes it as its object.
   */
  private static final Anchored YEAR_OBJECT =
      new Anchored("度", "(?<=完成|编制|制定|做好|谋划|部署|安排|报送|上报|申报|确定|开展)"
          + "(?:上|下|本|次|明)一?年度");
  /** Step numbers (①, 1., （1）, 一、) that start the steps of a cell; read as separators. */
  private static final Pattern STEP =
      Pattern.compile(
          "[\u2460-\u249b\u3251-\u325f\u2776-\u2793]"
              + "|\\(\\d{1,2}\\)|\\([一二三四五六七八九十]{1,3}\\)"
              + "|(?:^|(?<=[;。,:!?、]))(?:"
              + "\\d{1,2}[.、](?!\\d+(?:\\.\\d+)?[%万个])|[一二三四五六七八九十]{1,3}、"
              + "|[一二三四五六七八九十]是)");
  // A span followed by one of these verbs names something to be finished by the span's end
  // (上半年完成主体工作); followed by anything else it names an activity within the span (全年分批实施).
  private static final Pattern COMPLETION =
      Pattern.compile("完成|出台|印发|制定|建成|建立|上线|发布|办结|形成");
  /** Words that start work rather than deliver it: 3月上旬开始. */
  private static final Pattern START_WORDS =
      Pattern.compile("(?:正式|全面|陆续)?(?:开始|開始|启动|啟動|着手)(?:实施|實施|推进|建设|建設|施工)?");
  private static final Pattern PER_MONTH = Pattern.compile("各|每个?月|逐月");
  private static final Anchored COUNT =
      new Anchored("个项家户次场条所台座件名批",
          "(?:(?<![\\d.])(?<n>\\d{1,12})(?<wan>万)?|(?<![统唯同单逐万第每专])(?<c>[零〇一二两三四五六七八九十百千万]+))"
              + "(?:个(?![月体人])|项|家|户|人次|场|条|所|台|座|件|名|批)");
  private static final String TRIM = " :,;。.、!?";

  private ScheduleParser() {}

  /**
   * Reads a schedule cell.
   *
   * @param text the cell as written; null is read as empty
   * @param year the plan year, in which every date of the result lies
   * @param target the row's target, or null; a count target gives a window its final milestone
   * @return the schedule and notes on whatever could not be read; never throws
   */
  public static Result parse(String text, int year, Target target) {
    String original = text == null ? "" : text;
    List<Msg> notes = new ArrayList<>();
    try {
      return read(original, year, target, notes);
    } catch (RuntimeException e) {
      // The rules below are meant to be total; if one is not, a cell must still load with a
      // warning rather than stop the whole checklist.
      List<Msg> fallback = new ArrayList<>(notes);
      fallback.add(unreadable(original));
      return new Result(
          new Schedule(original, ScheduleKind.ONGOING, null, null, List.of()), fallback);
    }
  }

  /**
   * {@link #parse} without its last-resort guard, so that tests see a rule that throws instead of
   * the fallback note.
   */
  static Result parseUnguarded(String text, int year, Target target) {
    return read(text == null ? "" : text, year, target, new ArrayList<>());
  }

  /**
   * The due date of a single phrase: the end of the first month, span or date it names
   * ({@code 9月底前} 09-30, {@code 上半年} 06-30, {@code 5-12月} 12-31), or empty when it names none
   * or only a start ({@code 5月起}).
   */
  public static Optional<LocalDate> dueDate(String phrase, int year) {
    try {
      if (phrase == null || year < 1 || year > 9999) {
        return Optional.empty();
      }
      Normal n = normalise(phrase);
      for (Spec s : specs(n, year, new ArrayList<>(), new ArrayList<>())) {
        if (s.type() != SpecType.START && s.type() != SpecType.EVERY) {
          return Optional.of(s.due());
        }
      }
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Result read(String text, int year, Target target, List<Msg> notes) {
    List<Msg> ambiguities = new ArrayList<>();
    Result r = readPlan(text, year, target, notes, ambiguities);
    if (!notes.isEmpty()) {
      // Never a plan read in part: a cell not understood entirely has no dated plan.
      return new Result(ongoing(text, List.of()).schedule(), notes, ambiguities);
    }
    return new Result(r.schedule(), notes, ambiguities);
  }

  private static Result readPlan(
      String text, int year, Target target, List<Msg> notes, List<Msg> ambiguities) {
    if (year < 1 || year > 9999) {
      notes.add(Msg.of("the plan year %d is out of range", year));
      return ongoing(text, notes);
    }
    Normal n = normalise(text);
    if (n.key().isEmpty()) {
      notes.add(Msg.of("no schedule"));
      return ongoing(text, notes);
    }
    List<Spec> specs = specs(n, year, notes, ambiguities);
    if (!notes.isEmpty()) {
      notes.add(unreadable(text));
      return ongoing(text, notes);
    }
    String residue = residue(n, specs);
    if (residue != null) {
      notes.add(Msg.of("cannot read '%s' in the schedule phrase '%s'", residue, text.strip()));
      return ongoing(text, notes);
    }
    for (int i = 0; i + 1 < specs.size(); i++) {
      // 第四季度(11月份)：a month in brackets right after a span says when in it the step is due
      Spec a = specs.get(i);
      Spec b = specs.get(i + 1);
      if (a.type() == SpecType.SPAN && b.type() == SpecType.POINT && !b.from().isBefore(a.from())
          && !b.to().isAfter(a.to()) && n.key().substring(a.end(), b.start()).matches("[(（]")
          && (n.key().startsWith(")", b.end()) || n.key().startsWith("）", b.end()))) {
        specs.set(i, new Spec(SpecType.SPAN, a.from(), a.to(), b.due(), a.start(), b.end() + 1,
            a.period(), a.day()));
        specs.remove(i + 1);
      }
    }
    if (specs.stream().anyMatch(x -> x.period() != 12)) {
      // 每年6月底前完成: the date says when in the plan's year.
      specs.removeIf(x -> x.type() == SpecType.SPAN && x.period() == 12);
    }
    List<Segment> segments = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      Spec s = specs.get(i);
      int end = i + 1 < specs.size() ? specs.get(i + 1).start() : n.key().length();
      int[] cut = trim(n.key(), s.end(), end);
      int[] whole = trim(n.key(), s.start(), end);
      if (CONJUNCTION.matcher(n.key().substring(cut[0], cut[1])).matches()) {
        cut[0] = cut[1]; // 6月底和7月底报送…: the first date shares what follows the second
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

    // A count after a time expression makes the cell a count plan, whatever else it says.
    if (segments.stream().anyMatch(g -> COUNT.find(g.restKey()))) {
      return cumulative(text, year, target, segments, notes, ambiguities);
    }
    if (EACH_MONTH.find(key)) {
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
    boolean steps = segments.stream().filter(ScheduleParser::isStep).count() >= 2
        || segments.stream().anyMatch(ScheduleParser::isDeliverable);
    YearMonth start = null;
    for (Segment g : segments) {
      if (steps && START_WORDS.matcher(g.restKey()).matches()
          && g.spec().type() != SpecType.EVERY && g.spec().type() != SpecType.START) {
        // 3月上旬开始，6月30日前完工: a start, not a step to deliver
        start = start == null || g.spec().from().isBefore(start) ? g.spec().from() : start;
      } else if (g.spec().type() == SpecType.EVERY && g.spec().day() >= 0
          && !g.rest().isEmpty()) {
        // 每季度末月20日前报送: one thing due in each period of the window.
        YearMonth[] w = window(segments);
        for (LocalDate due : periodEnds(g.spec(), w, year)) {
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
    boolean recurring = RECURRING.find(key)
        || segments.stream().anyMatch(g -> g.spec().type() == SpecType.EVERY);
    if (recurring) {
      YearMonth[] w = window(segments);
      return result(text, ScheduleKind.RECURRING, w == null ? null : w[0], w == null ? null : w[1],
          List.of(), notes);
    }
    YearMonth[] window = window(segments);
    if (window != null) {
      if (ONGOING.find(key)) {
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
    if (ONGOING.find(key)) {
      return result(text, ScheduleKind.ONGOING, null, null, List.of(), notes);
    }
    notes.add(unreadable(text));
    return ongoing(text, notes);
  }

  /** Deliverables due on the same day cannot be told apart by a report: that is not a plan. */
  private static Result distinct(String text, ScheduleKind kind, YearMonth from, YearMonth to,
      List<Milestone> milestones, List<Msg> notes) {
    for (int i = 1; i < milestones.size(); i++) {
      if (milestones.get(i).due().equals(milestones.get(i - 1).due())) {
        notes.add(Msg.of("two steps of '%s' are due on the same day (%s)", text.strip(),
            milestones.get(i).due()));
        return ongoing(text, notes);
      }
    }
    return result(text, kind, from, to, milestones, notes);
  }

  private static Msg unreadable(String text) {
    return Msg.of("cannot read schedule phrase '%s'", text.strip());
  }

  /** A span with words of its own (第二季度：全面开工): one step of a plan by spans. */
  private static boolean isStep(Segment g) {
    return g.spec().type() == SpecType.SPAN && !g.rest().isEmpty() && !ONGOING.find(g.restKey())
        && !START_WORDS.matcher(g.restKey()).matches()
        && g.spec().from().plusMonths(11).isAfter(g.spec().to()); // 全年 is the plan, not a step
  }

  private static boolean isDeliverable(Segment g) {
    SpecType t = g.spec().type();
    if (g.rest().isEmpty() || t == SpecType.START || t == SpecType.EVERY) {
      return false;
    }
    if (ONGOING.find(g.restKey())) {
      return false;
    }
    return t == SpecType.POINT || COMPLETION.matcher(g.restKey()).find();
  }

  /** The months the spans of a cell cover, first to last, or null when it names no span. */
  private static YearMonth[] window(List<Segment> segments) {
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
   * names of each period's last month (每季度末月20日前: 03-20, 06-20, …), or the period's end.
   */
  private static List<LocalDate> periodEnds(Spec every, YearMonth[] window, int year) {
    YearMonth from = window == null ? YearMonth.of(year, 1) : window[0];
    YearMonth to = window == null ? YearMonth.of(year, 12) : window[1];
    List<LocalDate> out = new ArrayList<>();
    int p = every.period();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      if (p > 0 && m.getMonthValue() % p == 0) {
        int day = every.day();
        out.add(day <= 0 || day > m.lengthOfMonth() ? m.atEndOfMonth() : m.atDay(day));
      }
    }
    return out;
  }

  /** One amount of a count plan: added to what came before, or the total by then (累计). */
  private record Amount(LocalDate due, long count, boolean total, String source) {}

  private static Result cumulative(String text, int year, Target target, List<Segment> segments,
      List<Msg> notes, List<Msg> ambiguities) {
    List<Amount> amounts = new ArrayList<>();
    // Spans whose amount falls due at their end (全年12个), and the months that per-period
    // amounts already plan: where the two meet, the span's amount may be a total or an extra.
    List<Segment> wholeSpans = new ArrayList<>();
    Set<YearMonth> perPeriodMonths = new HashSet<>();
    for (Segment g : segments) {
      Spec s = g.spec();
      Matcher m = COUNT.matcher(g.restKey());
      if (!m.find()) {
        // 6月起组织实施 beside a count plan is an activity without a figure, not a gap
        if (s.type() != SpecType.START) {
          notes.add(Msg.of("'%s' has no count and is left out of the plan", g.source()));
        }
        continue;
      }
      long count = count(m);
      if (count < 0) {
        notes.add(Msg.of("cannot read the count in '%s'", g.source()));
        continue;
      }
      if (m.find()) {
        notes.add(Msg.of("'%s' has more than one count; the first is used", g.source()));
      }
      boolean total = TOTAL.matcher(g.restKey()).find();
      boolean perPeriod = PER_MONTH.matcher(g.restKey()).find();
      if (total && perPeriod) {
        notes.add(Msg.of("'%s' is both a total (累计) and an amount per period", g.source()));
        continue;
      }
      if (s.type() == SpecType.POINT || (s.type() == SpecType.SPAN && !perPeriod)) {
        amounts.add(new Amount(s.due(), count, total, g.source()));
        if (s.type() == SpecType.SPAN && !total) {
          wholeSpans.add(g);
        }
      } else if (s.type() == SpecType.SPAN || s.type() == SpecType.START) {
        YearMonth last = s.type() == SpecType.SPAN ? s.to() : YearMonth.of(s.from().getYear(), 12);
        for (YearMonth month = s.from(); !month.isAfter(last); month = month.plusMonths(1)) {
          amounts.add(new Amount(month.atEndOfMonth(), count, false, g.source()));
          perPeriodMonths.add(month);
        }
      } else if (s.type() == SpecType.EVERY && s.period() > 0 && !total) {
        for (LocalDate due : periodEnds(s, window(segments), year)) {
          amounts.add(new Amount(due, count, false, g.source()));
          perPeriodMonths.add(YearMonth.from(due));
        }
      } else {
        notes.add(Msg.of("'%s' gives no month by which the count is due", g.source()));
      }
    }
    for (Segment g : wholeSpans) {
      for (YearMonth m = g.spec().from(); !m.isAfter(g.spec().to()); m = m.plusMonths(1)) {
        if (perPeriodMonths.contains(m)) {
          notes.add(Msg.of("'%s' covers months that another step already plans; say whether its "
              + "count is a total (累计) or comes on top", g.source()));
          return ongoing(text, notes);
        }
      }
    }
    amounts.sort((a, b) -> a.due().compareTo(b.due()));
    // Totals by due date; a TreeMap keeps them ascending and merges two on the same day.
    TreeMap<LocalDate, Long> totals = new TreeMap<>();
    long total = 0;
    for (Amount a : amounts) {
      if (a.total()) {
        if (a.count() < total) {
          notes.add(Msg.of("the total %d of '%s' is less than the %d planned before it",
              a.count(), a.source(), total));
        }
        total = a.count();
      } else {
        total = sum(total, a.count());
      }
      totals.put(a.due(), total);
    }
    List<Milestone> milestones = new ArrayList<>();
    for (var e : totals.entrySet()) {
      milestones.add(new Milestone(e.getKey(), e.getValue(), null));
    }
    if (!milestones.isEmpty()
        && target != null
        && target.kind() == TargetKind.COUNT
        && target.floor()
        && target.value().compareTo(BigDecimal.valueOf(total)) != 0) {
      // Read entirely, but the plan and the target disagree: a person must look.
      ambiguities.add(
          Msg.of(
              "the plan adds up to %d but the target is %s",
              total,
              target.value().stripTrailingZeros().toPlainString()));
    }
    if (milestones.isEmpty()) {
      notes.add(unreadable(text));
      return ongoing(text, notes);
    }
    return result(text, ScheduleKind.CUMULATIVE, null, null, milestones, notes);
  }

  // Counts are bounded well below Long.MAX_VALUE, so saturating keeps the parser total without
  // ever changing a real plan.
  private static long sum(long a, long b) {
    long s = a + b;
    return s < 0 ? Long.MAX_VALUE : s;
  }

  private static long count(Matcher m) {
    if (m.group("n") != null) {
      return Long.parseLong(m.group("n")) * (m.group("wan") != null ? 10_000 : 1);
    }
    return chineseNumber(m.group("c"));
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

  private static Result result(
      String text,
      ScheduleKind kind,
      YearMonth from,
      YearMonth to,
      List<Milestone> milestones,
      List<Msg> notes) {
    return new Result(new Schedule(text, kind, from, to, milestones), notes);
  }

  private static Result ongoing(String text, List<Msg> notes) {
    return result(text, ScheduleKind.ONGOING, (YearMonth) null, null, List.of(), notes);
  }

  // ---- time expressions ----

  /** Every readable time expression of a cell, left to right; unreadable ones become notes. */
  private static List<Spec> specs(Normal n, int year, List<Msg> notes, List<Msg> ambiguities) {
    List<Spec> out = new ArrayList<>();
    String key = n.key();
    Form[] forms = Form.values();
    Matcher[] matchers = new Matcher[forms.length];
    // Where each form's next match starts (-1: not looked for yet, MAX_VALUE: none). A match that
    // starts at or after the current place is the one a search from there finds, so each form is
    // searched again only when the text before its match has been read by another.
    int[] next = new int[forms.length];
    for (Form f : forms) {
      matchers[f.ordinal()] = f.regex.pattern.matcher(key);
      next[f.ordinal()] = f.regex.mayMatch(key) ? -1 : Integer.MAX_VALUE;
    }
    int at = 0;
    while (at < key.length()) {
      // The leftmost match wins; at the same place the earlier form does (5月起 before 5月).
      Form best = null;
      int bestStart = Integer.MAX_VALUE;
      for (Form f : forms) {
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
      String source = n.display().substring(m.start(), m.end());
      Spec s = spec(best, m, year, source, notes, ambiguities);
      if (s != null) {
        out.add(s);
      }
      at = m.end();
    }
    return out;
  }

  /**
   * The first part of a cell that looks like time or a step and that no rule read: a month, day,
   * quarter, 旬 or year left over ({@code 3个月内}, {@code 三年}), or a count before any time
   * expression. Null when everything that looks like time was read.
   */
  private static String residue(Normal n, List<Spec> specs) {
    char[] k = n.key().toCharArray();
    for (Spec s : specs) {
      for (int i = s.start(); i < s.end(); i++) {
        k[i] = ' ';
      }
    }
    String rest = new String(k);
    for (Anchored known : List.of(ONGOING, EACH_MONTH, RECURRING, YEAR_OBJECT)) {
      rest = blank(rest, known);
    }
    Matcher list = MONTH_LIST.matcher(n.key());
    while (list.find()) {
      if (rest.charAt(list.start()) != ' ') {
        return n.display().substring(list.start(), list.end());
      }
    }
    Matcher m = RESIDUE.matcher(rest);
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
      Form form, Matcher m, int year, String source, List<Msg> notes, List<Msg> ambiguities) {
    int start = m.start();
    int end = m.end();
    if (form == Form.EVERY) {
      String p = m.group("p");
      int period = p.startsWith("季") ? 3 : p.equals("半年") ? 6 : p.endsWith("月") ? 1 : 0;
      int day = -1;
      if (m.group("d") != null) {
        long d = chineseOrArabic(m.group("d"));
        if (d < 1 || d > 31 || period == 0) {
          notes.add(Msg.of("'%s' names a day that is not in every month", source));
          return null;
        }
        day = (int) d;
        if (period > 1 && m.group("last") == null) {
          // 每季度20日前: the 20th of which month of the quarter is not said.
          notes.add(Msg.of("'%s' does not say in which month of the period", source));
          return null;
        }
      } else if (m.group("end") != null) {
        day = 0;
      }
      return new Spec(SpecType.EVERY, null, null, null, start, end, period, day);
    }
    int y = form == Form.EVERY ? year : yearOf(m, "", year, source, notes);
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
      case QUARTER_START -> {
        int first = m.group("q") != null ? 3 * (int) chineseOrArabic(m.group("q")) - 2
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
                && chineseOrArabic(lastDay) < chineseOrArabic(m.group("d"));
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
          LocalDate due = b.atDay((int) chineseOrArabic(lastDay));
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
        LocalDate due = ym.atDay((int) chineseOrArabic(m.group("d")));
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
            "上旬".equals(part)
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
        int q = (int) chineseOrArabic(m.group("q"));
        return span(y, 3 * q - 2, 3 * q, m.group("end") != null, start, end);
      }
      case YEAR -> {
        return span(y, 1, 12, false, start, end);
      }
      case EVERY_YEAR -> {
        Spec whole = span(y, 1, 12, false, start, end);
        return new Spec(whole.type(), whole.from(), whole.to(), whole.due(), start, end, 12, -1);
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
    String word = group(m, "yw" + suffix);
    int y = year;
    if (digits != null) {
      y = Integer.parseInt(digits);
    } else if (word != null) {
      y = word.equals("今") || word.equals("本") ? year
          : word.equals("次") || word.equals("明") || word.equals("下一") ? year + 1 : year - 1;
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
    long month = chineseOrArabic(number);
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
    long day = chineseOrArabic(number);
    if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
      notes.add(Msg.of("'%s' names a day that month %d of %d lacks", source, month, year));
      return false;
    }
    return true;
  }

  private static long chineseOrArabic(String number) {
    if (number.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return number.length() > 15 ? -1 : Long.parseLong(number);
    }
    return chineseNumber(number);
  }

  /** A Chinese numeral (十一, 两, 一百零五), or -1 when it is not well formed (一二, 二〇二二). */
  static long chineseNumber(String s) {
    if (s == null || s.isEmpty()) {
      return -1;
    }
    long total = 0;
    long section = 0;
    int digit = -1;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      int d = ch == '两' ? 2 : ch == '〇' ? 0 : "零一二三四五六七八九".indexOf(ch);
      if (d >= 0) {
        if (digit > 0) {
          return -1;
        }
        digit = d;
        continue;
      }
      long unit =
          switch (ch) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            case '万' -> 10_000;
            default -> -1;
          };
      if (unit < 0) {
        return -1;
      }
      if (unit == 10_000) {
        total = (total + section + Math.max(digit, 0)) * 10_000;
        section = 0;
      } else {
        section += (digit < 0 ? 1 : digit) * unit;
      }
      digit = -1;
      if (total > 1_000_000_000_000L) {
        return -1;
      }
    }
    return total + section + Math.max(digit, 0);
  }

  // ---- text ----

  /**
   * A cell twice over, char for char: {@code display} keeps the characters as written (for
   * deliverables), {@code key} folds full-width forms and dashes to ASCII (for matching). Both drop
   * spacing, which Word tables scatter between numbers and 月.
   */
  private record Normal(String display, String key) {}

  private static Normal normalise(String text) {
    StringBuilder display = new StringBuilder(text.length());
    StringBuilder key = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        int j = i;
        while (j < text.length() && isSpace(text.charAt(j))) {
          j++;
        }
        // Spacing matters only between two Latin words or numbers (浙里办 APP stays readable).
        char before = key.length() == 0 ? ' ' : key.charAt(key.length() - 1);
        char after = j < text.length() ? fold(text.charAt(j)) : ' ';
        if (isLatin(before) && isLatin(after)) {
          display.append(' ');
          key.append(' ');
        }
        i = j;
        continue;
      }
      display.append(c);
      key.append(fold(c));
      i++;
    }
    // Step numbers become separators in both, so that the two stay aligned char for char.
    // Numbers count the steps from 1 (1、…2、…): 3、6、9、12月 is a list of months, not steps.
    Matcher step = STEP.matcher(key.toString());
    List<int[]> steps = new ArrayList<>();
    boolean counted = true;
    while (step.find()) {
      long number = stepNumber(step.group());
      counted &= number < 0 || number == steps.size() + 1;
      steps.add(new int[] {step.start(), step.end(), number < 0 ? 1 : 0});
    }
    for (int[] at : steps) {
      if (counted || at[2] == 1) {
        for (int k = at[0]; k < at[1]; k++) {
          display.setCharAt(k, ';');
          key.setCharAt(k, ';');
        }
      }
    }
    return new Normal(display.toString(), key.toString());
  }

  /** The number of a step written with digits or Chinese numerals (2、, 二、, (2), 二是), else -1. */
  private static long stepNumber(String step) {
    String digits = step.replaceAll("[^0-9一二三四五六七八九十]", "");
    return digits.isEmpty() || step.matches("[\u2460-\u249b\u3251-\u325f\u2776-\u2793]")
        ? -1 : chineseOrArabic(digits);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u200b'
        || c == '\u200c'
        || c == '\u200d'
        || c == '\ufeff';
  }

  private static boolean isLatin(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static char fold(char c) {
    if (c >= '\uff01' && c <= '\uff5e') {
      c = (char) (c - 0xfee0);
    }
    return switch (c) {
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\ufe58',
          '\ufe63' -> '-';
      case '\u301c' -> '~';
      case '\uff61' -> '。';
      default -> c;
    };
  }

  /** The bounds of key[from, to) without separators at either end. */
  private static int[] trim(String key, int from, int to) {
    int a = from;
    int b = to;
    while (a < b && TRIM.indexOf(key.charAt(a)) >= 0) {
      a++;
    }
    while (b > a && TRIM.indexOf(key.charAt(b - 1)) >= 0) {
      b--;
    }
    return new int[] {a, b};
  }
}
