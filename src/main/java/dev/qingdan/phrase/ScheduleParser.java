package dev.qingdan.phrase;

import dev.qingdan.model.Schedule;
import dev.qingdan.model.ScheduleKind;
import dev.qingdan.model.Target;
import dev.qingdan.text.Msg;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a schedule cell (进度安排) such as {@code 9月底前出台…}, {@code 5-12 月} or {@code 5月：上线2个；
 * 6月-11月：各上线1个} into a {@link Schedule}.
 *
 * <p>The parser is pure and total: it never throws, and whatever it cannot read it says in a note
 * rather than guessing. Every date it produces lies in the plan year it is given.
 *
 * <p>It reads in two steps: {@link TimeReader} finds the time expressions of the cell by the
 * {@link Form}s below, on its text as {@link CellText} folds it; {@link PlanBuilder} makes the plan
 * from them and the words after each ({@link CountPlan} where those words give counts). The forms
 * and the words both steps look for are kept here, so that ScheduleFormsTest sees them all.
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
  /**
   * A start's date followed by an end's date and 结束 (开始至6月30日结束): the two ends of a span,
   * as 3月25日至6月30日 is; with another word (开始至6月30日完成) the start and a due date.
   */
  private static final String ENDS_AT = "[至到][^,;。]{1,16}?结束";

  /** The early days of a month (6月初), as 上旬; not 初步 (5月初步建成) or 初稿. */
  private static final String EARLY_MONTH = "初(?![步稿见审选次])";
  /** What follows 一 after a period done once in each (一月一通报): a verb, no day. */
  private static final String ONCE_EACH = "(?=[\\p{IsHan}&&[^日号月季年次期批个届轮级类项等线]])";
  /** What a year before a verb of completion is done by: 2024年按期全面完成, 2025年建成. */
  private static final String DONE_BY =
      "(?:按期|如期|全面|基本|全部)*(?:完成|建成|实现|竣工|完工)";

  private static String yearPrefix(String suffix) {
    // 明年的5月底: a year word may stand apart from its month by 的
    return "(?:(?<y" + suffix + ">\\d{4})年|(?<yw" + suffix + ">今|本|次|明|后|去|上|下一)年)?"
        + "(?:(?<=年)的)?";
  }

  /** The shapes of a time expression, in the order they win when two start at the same place. */
  enum Form {
    // 2023.01-2023.12, 2023.3-2023.6, 2005.1—4: a span of months of named years, not two dates
    // (the second year, where it is not written, is the first).
    DOTTED_SPAN(
        "./",
        "(?<![\\d.])(?<y>(?:19|20)\\d{2})[./](?<m>0?[1-9]|1[0-2])" + TO
            + "(?:(?<y2>(?:19|20)\\d{2})[./])?(?<m2>0?[1-9]|1[0-2])(?![\\d.])(?:月份?)?(?:底|末)?"
            + BEFORE),
    // 2021.8, 2022/10, 2022.3.15: a month (or day) of a named year.
    DOTTED(
        "./",
        "(?<![\\d.])(?<y>(?:19|20)\\d{2})[./](?<m>0?[1-9]|1[0-2])"
            + "(?:[./](?<d>0?[1-9]|[12]\\d|3[01]))?"
            + "(?![\\d.])(?:月份?)?(?:底|末)?"
            + BEFORE),
    // 每季度上线2个, 按季度推进, 每季度末月20日前, 每个季度第1个月的20日前, 每月10日前, 每半年:
    // a period that repeats.
    EVERY(
        "每按逐",
        "(?:每个?|按|逐)(?<p>季度?|个?月|半年|周|旬)(?:度)?(?:(?:(?<last>末月|最后一个月)"
            + "|(?<first>首月)|第(?<nth>[1-6一二三四五六])个月)?的?(?<d>"
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
            + ")月份?(?:" + EARLY_MONTH + "|(?<d>"
            + DAY_NUMBER
            // 自2月10号复工复产以来: since a day, whatever happened on it; 开始至6月30日结束 begins
            // a span (RANGE)
            + ")[日号])?(?:起|开始(?!" + ENDS_AT + ")|以来|(?<=[日号])[^,;。]{1,12}?以来)"),
    // 2013—2017年, 2023年至2025年, 2022-2023: a span of whole years.
    YEARS(
        "-~至到",
        "(?<![\\d.])(?<ya>(?:19|20)\\d{2})年?" + TO + "(?<yb>(?:19|20)\\d{2})"
            + "(?:年度?(?![\\d一二三四五六七八九十])|(?![\\d.%\\p{IsHan}]))(?:底|末)?" + BEFORE),
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
            // 从2015年3月25日开始至2015年6月30日结束: a span written as its start and its end
            + "(?:开始(?=" + ENDS_AT + "))?"
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
            + ")月(?!度|一" + ONCE_EACH + ")份?(?<part>上旬|中旬|下旬|底|末|" + EARLY_MONTH + ")?"
            + "(?<before>前|之前|以前|止|为止)?"),
    HALF("半", yearPrefix("") + "(?<h>[上下])半年(?<end>底|末)?" + BEFORE),
    // 前三季度, 2019年前两个季度: the quarters of the year so far, a span from January.
    FIRST_QUARTERS(
        "前", yearPrefix("") + "前(?<q>[一二两三1-3])个?季度(?![末底])"),
    QUARTER(
        "季",
        yearPrefix("")
            + "第?(?<![\\p{IsHan}&&[^第于在至到年]])(?<q>[一二三四1-4])季度(?<end>末|底)?"
            + BEFORE),
    YEAR("全", yearPrefix("") + "全年"),
    // 每年 in a plan over several years: in the plan's year, like 全年, unless a date says when.
    EVERY_YEAR("每", "每年度?(?![底末])"),
    // 到2025年, 其中2022年完成…: by a year, at its end; not a year that qualifies a noun
    // (2023年老旧小区改造项目) or a part of it (2025年6月).
    YEAR_BY(
        "年",
        "(?:(?<=到|至|截至|截止)|(?=\\d{4}年" + DONE_BY + "))(?<y>(?:19|20)\\d{2})年"
            + "(?![\\d一二三四五六七八九十底末内初中月度份前起以])"),
    // 2020年，全市…; 2025 (a cell that is one year): the whole of that year, as 全年 is of the
    // plan's. A year before a noun (2019年乡镇公厕建设) is no time: see YEAR_NAMED.
    YEAR_IN(
        "12",
        "(?:^(?<yz>(?:19|20)\\d{2})$|(?<![\\d.])(?<y>(?:19|20)\\d{2})年度?(?=[,:;。，：；]|$))"),
    // 三年内 is "within three years", not the plan year's end.
    YEAR_END(
        "底末内",
        "(?:(?<y>\\d{4})年|(?<yw>今|本|次|明|后|去|上)年|(?<![\\d一二三四五六七八九十两几半])年)"
            + "年?(?:底|末|内)" // 2023年年底 as written often
            + BEFORE),
    // 今年，…将建成投用: in the plan year, like 全年; 今年以来 since its start.
    THIS_YEAR(
        "今本当",
        "(?:今|本|当)年(?<since>以来)?(?![\\d一二三四五六七八九十底末内度初中上下全第年])");

    /** The pattern, with characters one of which every match contains. */
    final Anchored regex;

    Form(String anchors, String regex) {
      this.regex = new Anchored(anchors, regex);
    }
  }

  // The words of a schedule that are not time expressions; both the reading of time and the
  // building of a plan look for them.
  static final Anchored ONGOING =
      new Anchored("续时态期依据内办",
          "持续|即时|随时|常态化|长期|依申请|依[^,;。]{0,12}?(?:申请|申报)|根据[^,;。]{0,20}?需求"
              // a time limit per case (3个工作日内办结), not a date of the plan
              + "|(?<![\\d.])\\d{1,3}个?(?:工作日|自然日|天|日|小时)(?:以内|之内|内|办结|办完|办成)");

  static final Anchored EACH_MONTH =
      new Anchored("月", "保持每个?月|每个?月保持|每个?月均|每个?月都|逐月保持");

  // 每两月, and a period once each (半月一督查、一月一通报、季度一盘点): a period that repeats
  static final Anchored RECURRING =
      new Anchored("每逐按一", "每[两二三四六]?个?月|每季度?|每半年|每周|每旬|逐月|按月|按季度?|按周"
          + "|(?:(?:半|[一两二三四六])个?月|季度|半年)一" + ONCE_EACH);

  /** What looks like time, a step or a year and must have been read by a form. */
  static final Anchored RESIDUE =
      new Anchored("月日号季周旬年天时汛学节庆旦秋午",
          "(?:(?<![\\d.])\\d{1,4}|[零一二三四五六七八九十两半]+)个?"
              + "(?:月|日|号|季度?|周|旬|年|工作日|天|小时)"
              + "|季度|上旬|中旬|下旬|半年"
              // a year word no form read (明年 beside no date), a season or an event of the year
              + "|(?<![每全当])(?:明|次|后|去|前)年|(?:今|明)?[春夏秋冬]季?开学(?:前|后|时)?"
              + "|[春夏秋冬]季|开学(?:前|后|时)?|汛[前期后]"
              + "|(?:春节|国庆|元旦|中秋|端午)(?:前|后|期间)?|雨季|旱季");

  /**
   * A period named as what is reported (将上季度的完成情况报…, 将本季度落实…进展情况报…), not when:
   * right before 的, or before 情况 in its clause.
   */
  static final Anchored PERIOD_REFERRED =
      new Anchored("季月年", "(?:上|本|当|前)一?个?(?:季度|月|年度|半年)(?=的|[^,;。:，；：]{0,20}?情况)");

  /**
   * A number that names a thing (1号线, 3號線, 一号厂房, 2号楼): N号 not after 月 and before a noun,
   * not before a word of time (5号前, 10号起, 20号以后, 1号至5号, 15号之前, 8号上午).
   */
  static final Anchored NUMBERED =
      new Anchored("号", "(?<![月\\d.零〇一二三四五六七八九十百])(?:\\d{1,4}|[零〇一二三四五六七八九十百]+)号"
          + "(?=[\\p{IsHan}&&[^前后起以至到止之开完启左当内上下晚早凌中]])");

  /** How early the work is done (11月底提前一个月完成), beside the date it is done by. */
  static final Anchored EARLY =
      new Anchored("提", "提前(?:\\d{1,3}|[一二两三四五六七八九十半]{1,3})个?(?:月|天|日|周|年|工作日)");

  /** A clause that names the plan followed (根据季度序时进度安排), whose words are no time. */
  static final Anchored REFERENCE =
      new Anchored("据照", "(?:根据|按照|依据)[^,;。]{0,20}?(?:安排|要求|部署)");

  /** Seasons and feasts (汛前, 春节前): no day that the plan year fixes, so never read. */
  static final Anchored UNDATED =
      new Anchored("前后季冬汛", "主?汛[前期后]|(?:春节|国庆节?|元旦|中秋|端午)[前后]"
          + "|(?:今|明)?[春夏秋冬]?季?开学[前后]"
          + "|入冬[前后]?|[春夏秋冬雨旱]季|采暖季");

  /** The first of a list of months (二、三月份, 6和7月), where only the last one reads as a date. */
  static final Anchored MONTH_LIST =
      new Anchored("、,和及", "(?:(?<![\\d.])\\d{1,2}|[一二三四五六七八九十]{1,2})[、,和及]"
          + "(?=(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月)");

  /**
   * A year that is what is worked on, not when (完成下一年度入库工作, 编制本年度计划): right after a
   * verb that takes it as its object.
   */
  static final Anchored YEAR_OBJECT =
      new Anchored("度", "(?<=完成|编制|制定|做好|谋划|部署|安排|报送|上报|申报|确定|开展)"
          + "(?:上|下|本|次|明)一?年度");

  /**
   * A year that names a thing (启动2019年乡镇集镇公厕建设, 各项目2017年工作总结, 2021年度推进会,
   * 2025年《政府工作报告》): right before a name or a word that is no time and no verb or adverb a date leads (完成, 按期, 计划…);
   * N年度 before any word but one of time (2021年度内). A year before work and its figure
   * (2020年建设10个) is its time, though 2018年建设计划 names a plan.
   * Not after a word that introduces a time (到2025年, 于2019年); where no word stands before it,
   * {@link TimeReader} passes it over only in the plan year, which the plan's dates take anyway.
   */
  static final Anchored YEAR_NAMED =
      new Anchored("年", "(?<![\\d.]|到|至|截至|截止|于|在|从|自|预计|计划|力争|争取|确保|将|拟|其中)"
          + "(?<y>(?:19|20)\\d{2})年(?:度(?=[\\p{IsHan}&&[^内末底前后起以至到止]])|"
          + "(?!完成|建成|实现|竣工|完工|投用|投入|启动|开工|动工|开始|实施|推进|开展|按期|如期|基本"
          + "|力争|争取|确保|计划|预计|将|要|拟|需|应|已|共|累计|新增|新建|(?:建设?|改造|提升|整治|修建?|培训|上线|开通|打造)[^,，;；。:：于在到至]{0,8}?[\\d一二三四五六七八九十两百千万]+(?![\\d月日号年])|继续|正式|陆续|逐步|再|还|都|均)"
          + "(?=[《“]|[\\p{IsHan}&&[^年月日号底末内初中度份前后起以至到上下全第春夏秋冬汛"
          + "零〇一二三四五六七八九十两半来止之间]]))");

  static final Anchored COUNT =
      new Anchored("个项家户次场条所台座件名批",
          "(?:(?<![\\d.])(?<n>\\d{1,12})(?<wan>万)?|(?<![统唯同单逐万第每专])(?<c>[零〇一二两三四五六七八九十百千万]+))"
              + "(?<unit>个(?![月体人]|工作日|小时|百分点)|项|家|户|人次|场|条|所|台|座|件|名|批)");

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
      fallback.add(PlanBuilder.unreadable(original));
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
      CellText n = CellText.of(phrase);
      for (Spec s : TimeReader.read(n, year, new ArrayList<>(), new ArrayList<>())) {
        if (s.type() != SpecType.START && s.type() != SpecType.EVERY
            && s.type() != SpecType.ASIDE && s.type() != SpecType.REPORTED) {
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
      return new Result(PlanBuilder.ongoing(text, List.of()).schedule(), notes, ambiguities);
    }
    return new Result(r.schedule(), notes, ambiguities);
  }

  /** Reads the time expressions of a cell, then builds its plan from them. */
  private static Result readPlan(
      String text, int year, Target target, List<Msg> notes, List<Msg> ambiguities) {
    if (year < 1 || year > 9999) {
      notes.add(Msg.of("the plan year %d is out of range", year));
      return PlanBuilder.ongoing(text, notes);
    }
    CellText n = CellText.of(text);
    if (n.key().isEmpty()) {
      notes.add(Msg.of("no schedule"));
      return PlanBuilder.ongoing(text, notes);
    }
    List<Spec> specs = TimeReader.read(n, year, notes, ambiguities);
    if (!notes.isEmpty()) {
      notes.add(PlanBuilder.unreadable(text));
      return PlanBuilder.ongoing(text, notes);
    }
    String residue = TimeReader.residue(n, specs, year);
    if (residue != null) {
      notes.add(Msg.of("cannot read '%s' in the schedule phrase '%s'", residue, text.strip()));
      return PlanBuilder.ongoing(text, notes);
    }
    // 于4月15日、7月15日…前,将第一、第二、第三季度及全年…完成情况报送: the periods reported on
    // are no steps beside the days the reports are due, and the window where nothing else is dated
    boolean dated = specs.stream()
        .anyMatch(s -> s.type() != SpecType.ASIDE && s.type() != SpecType.REPORTED);
    specs.removeIf(s -> s.type() == SpecType.ASIDE || dated && s.type() == SpecType.REPORTED);
    specs.replaceAll(s -> s.type() != SpecType.REPORTED ? s
        : new Spec(SpecType.SPAN, s.from(), s.to(), s.due(), s.start(), s.end()));
    PlanBuilder.inPlan(specs, n.key());
    return PlanBuilder.build(text, n, specs, year, target, notes, ambiguities);
  }

  /** A Chinese numeral (十一, 两, 一百零五), or -1 when it is not well formed (一二, 二〇二二). */
  static long chineseNumber(String s) {
    return Numerals.chineseNumber(s);
  }
}
