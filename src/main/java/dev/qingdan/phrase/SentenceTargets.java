package dev.qingdan.phrase;

import dev.qingdan.text.Msg;
import dev.qingdan.model.Op;
import dev.qingdan.model.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the quantified targets that a sentence states, where a table has no target column and the
 * figure stands inside the task text ({@code 改造老旧小区12个、新增充电桩300个}), or where a target
 * cell holds a sentence ({@code 义诊覆盖率保持在95%以上}).
 *
 * <p>Each figure is read with the comparator or verb around it ({@code 达到}, {@code 不少于},
 * {@code 以上}, {@code 控制在…以内}, {@code 压缩至}, {@code 余}, {@code 同比增长}) and its counting
 * word, and named by the words before it in its clause. Numbers that are not targets are passed
 * over: years and dates ({@code 2023年}, {@code 6月30日}), clock times ({@code 20时}), ages and
 * other conditions ({@code 65岁以上}), ordinals ({@code 第2批}), numbers inside book-title marks
 * (the names of documents), hotlines ({@code 12345热线}) and document numbers. A clause ends at a
 * separator outside brackets ({@code 新(改、扩)建公办园5所} is one clause); text in quotation
 * marks is read (a project is often named by what it delivers: {@code “新增学位6万个”项目}).
 * Number words are not read as figures ({@code 五水共治}); a figure that cannot be read entirely
 * (no counting word, a share above 100% that is neither a growth rate nor a ceiling, a count of
 * the list's own items) is named in a note and not read: never a guess without a word.
 */
public final class SentenceTargets {
  /**
   * One target found in a sentence: the words that name it, without comparators and adverbs
   * ({@code 义诊覆盖率}; null when none), and the target, its text the clause it was read from.
   */
  public record Found(String indicator, Target target) {}

  /** What a sentence states: every target read, and a note on every figure not read as written. */
  public record Reading(List<Found> found, List<Msg> notes) {
    /**
     * The notes on single figures: all of them, less the last where two or more targets were read
     * (that one says the sentence states them all, {@link #summary}).
     */
    public List<Msg> figureNotes() {
      return found.size() > 1 ? notes.subList(0, notes.size() - 1) : notes;
    }

    /** The note that the sentence states two or more targets; null where it states fewer. */
    public Msg summary() {
      return found.size() > 1 ? notes.get(notes.size() - 1) : null;
    }
  }

  /** Counting words, longest first so that 人次 wins over 人. */
  private static final String UNITS = String.join("|",
      "个工作日", "个百分点", "百分点", "个环节", "吨标准煤", "吨标煤", "套\\(间\\)", "节\\(次\\)", "平方公里",
      "平方米", "立方米", "千瓦时", "万千瓦", "公顷", "公里", "千米",
      "人次", "户次", "家次", "场次", "车次", "批次", "台套", "个月", "小时", "分钟",
      "个", "人", "户", "家", "所", "座", "条", "米", "亩", "套", "间", "张", "台", "辆", "项", "件",
      "场", "次", "名", "处", "批", "元", "吨", "份", "本", "册", "期", "班", "只", "块", "棵", "株",
      "盏", "根", "组", "支", "床", "天", "日", "周", "年", "例", "位", "种", "类", "部", "栋", "幢",
      "层", "公斤", "千克", "宗", "笔", "单", "个点", "片", "路", "对", "节", "斤", "口", "头", "起", "艘",
      "眼", "架", "尾", "羽", "匹", "孔", "%");

  /** A figure: digits, a multiplier, 余 or 多, a counting word, and what may follow it. */
  static final Pattern FIGURE = Pattern.compile(
      "(?<num>[0-9]+(?:\\.[0-9]+)?)(?:-(?<num2>[0-9]+(?:\\.[0-9]+)?))?"
          + "(?<mult>万亿|百万|千万|万(?!千瓦)|千(?![米克瓦])|亿)?"
          + "(?<about>余|多)?"
          + "(?<unit>" + UNITS + ")?(?<post>及以上|以上|及以下|以下|以内|之内|内)?(?<approx>左右)?");

  /** Comparators and verbs before a figure, longest first; each with the op it gives. */
  private static final Pattern BEFORE = Pattern.compile(
      "(?<growth>同比增长|同比提高|同比提升|同比增加|年均增长|增长|增幅|提高|提升)?"
          + "(?<down>同比下降|同比降低|同比减少|下降|降低|减少)?"
          + "(?<cmp>≥|>=|>|≤|<=|<|不少于|不低于|不小于|至少|达到|达|突破|超过|超|高于|大于|多于|提升至|提升到|提高至|提高到"
          + "|增加到|增加至|增至|扩大至|扩大到|保持在|稳定在|维持在|不超过|不高于|不多于|不大于|控制在"
          + "|压缩至|压缩到|压缩为|压减至|压减到|压减为|缩短至|缩短到|缩短为|精简至|精简到|精简为|降低至|降低到"
          + "|降至|减至|减少至|减少到|减少为|下降至|下降到"
          + "|低于|少于|小于|在|约)?$");

  /**
   * Adverbs and fillers at the start of an indicator's words, dropped; not the first character of
   * a word (计划竣工, 共享单车, 再生资源).
   */
  private static final Pattern FILLER = Pattern.compile(
      "^(?:力争|确保|争取|全年|年内|年底前|当年|共(?![享建同治])|计(?![划算])|总计|合计|累计|其中|并|且"
          + "|同时|再(?!生)|另|全市|全区|全县)+");

  /** A verb that brings a figure down to a ceiling (压缩至, 减少到), anywhere in a clause. */
  private static final Pattern CEILING_VERB =
      Pattern.compile("(?:压缩|压减|缩短|精简|降低|减少|下降)(?:至|到|为)|降至|减至|控制在");

  /** What ends a clause. */
  private static final String SEPARATORS = "，,；;。、！!？?：:";
  private static final Pattern NUMBER_WORD = Pattern.compile(
      "(?<![\\p{IsHan}])?([一二两三四五六七八九十百千万]+)(个|家|所|项|件|条|座|批|场|次|户|人|口|头|起|台|艘|眼)");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** Words that link a figure to the one before it in a clause: 376个村居广播室和752只. */
  private static final Pattern LINK = Pattern.compile("^(?:和|及|与|、|以及|并)");
  /** Words before a figure that end in a link belong to the figure before it: …室和752只. */
  private static final Pattern LINKED = Pattern.compile("(?:和|及|与|以及)$");
  /** What is not the counted thing after a figure: a link to the next one, brackets. */
  private static final Pattern TAIL = Pattern.compile("(?:和|及|与|以及)$|□|[(（][^)）]*[)）]");
  private static final Pattern DURATION = Pattern.compile("年|周|天|日|小时|分钟|个月|个工作日");
  /** A comparator that bounds a length of time, right before its figure. */
  private static final Pattern BOUND = Pattern.compile(
      "(?:不超过|控制在|压缩至|压缩到|压缩为|压减至|压减到|压减为|缩短至|缩短到|缩短为|精简至|精简到|精简为|降至"
          + "|减至|降低至|少于|低于|≤|<=|<|达到|提高至|提升至|提高到|提升到|不低于|不少于|至少)$");
  /** What ends a time limit per case right after its duration: 1天办结, 3个工作日办完. */
  private static final Pattern LIMIT = Pattern.compile("办结|办完|办成|办妥");
  /** A cost right after a 0 without a counting word (0成本, 零费用 in digits): none at all. */
  private static final Pattern COST = Pattern.compile("成本|费用|收费");
  /**
   * Counting words of what a procedure costs whoever goes through it (环节, the steps of a
   * procedure): a plan only ever caps them, so a figure of one without a comparator is a ceiling.
   */
  private static final Pattern BURDEN = Pattern.compile("个环节");
  /** Blanks after a figure that part the items of a list pasted as one line: 20场以上 举办…. */
  private static final Pattern LIST_BLANK =
      Pattern.compile("(?<=[0-9][^\\s0-9]{1,5})[ \\t\\u3000\\u00a0]+(?=\\p{IsHan})");
  /** The items of the list itself (共38件民生实事): what a headline counts, not a target. */
  private static final Pattern OWN_ITEMS =
      Pattern.compile("^\\p{IsHan}{0,4}?(?:实事|事项|大事|要事|大项|小项|" + Givens.OWN_WORKS + ")");
  /** A count of indicators (4个结构性指标均实现10%以上增长): how many share the figure after it. */
  private static final Pattern INDICATORS = Pattern.compile("^\\p{IsHan}{0,6}指标");
  /**
   * A share of the year's task or plan that a figure makes up (占年度任务的113.6%,
   * 占年度计划投资总额的75%): the sentence reports what was done, and states no target.
   */
  private static final Pattern SHARE_OF_YEAR =
      Pattern.compile("占(?:全?年度?|全年)\\p{IsHan}{0,8}?的?[0-9]+(?:\\.[0-9]+)?%");
  /**
   * Work done on a date (于202012月全面完工, 于2021年6月建成投用): a report of what was done; a due
   * date says 前 (于6月底前完工).
   */
  private static final Pattern DONE_ON = Pattern.compile(
      "于[0-9年月日底末上中下旬]+(?:全面|正式|顺利|已)?(?:完工|竣工|建成|投入使用|投用|开通|通车)");
  /**
   * A list of projects named by what they produce (平煤神马25万吨己二酸…等项目): their sizes, as of a
   * project named by its capacity (10万吨锌冶炼(二期)项目).
   */
  private static final Pattern NAMED_PROJECTS =
      Pattern.compile("[^，,；;。：:]*等(?:重点|重大)?(?:项目|工程)");
  /** The units of a plant's capacity. */
  private static final Pattern CAPACITY =
      Pattern.compile("吨|万千瓦|千瓦|千瓦时|立方米|吨标准煤|吨标煤");
  /** What follows a capacity that names one project: 锌冶炼(二期)项目, 光伏发电项目. */
  private static final Pattern NAMED_PROJECT =
      Pattern.compile("\\p{IsHan}{1,10}(?:[(（][^)）]{1,6}[)）])?项目");
  /**
   * A comparator, then what it compares with, before the figure (增速高于全省0.7个百分点): the
   * comparator holds across the words between.
   */
  private static final Pattern COMPARED_WITH = Pattern.compile(
      "(?<cmp>高于|低于|快于|慢于|超过)(?:全国|全省|全市|全区|全县|上年|去年|同期|经济增长)(?:平均)?(?:水平)?$");
  /**
   * What follows a count of the plan's own projects: 30个重大项目中 (the list, of which some are
   * named next), 8个项目集中开工 (the list's projects started together).
   */
  private static final Pattern OWN_PROJECTS = Pattern.compile(
      "^\\p{IsHan}{0,6}项目(?:中$|(?:集中|正式|同时|统一)(?:开工|动工|签约|开建|投产))");
  /**
   * A count of the key works the plan carries out (将累计实施131项城建重点工程, 实施重点项目57个): the
   * list's own items, which the plan goes on to name, not a target.
   */
  private static final Pattern KEY_WORKS = Pattern.compile(
      ".*(?:累计|共计?|全年)实施\\p{IsHan}{0,6}重点(?:工程|项目)");
  /** 分别 and the comparator after it: 城镇和农村居民收入分别增长7%和8%左右. */
  private static final Pattern RESPECTIVELY = Pattern.compile("分别\\p{IsHan}{0,2}$");
  /** A stretch of a clause with 分别 in it, its 、 a link and not a separator. */
  private static final Pattern RESPECTIVE_SPAN = Pattern.compile("[^，,；;。：:]*分别[^，,；;。：:]*");
  /** Words before a figure that name the list itself (民生实事项目清单共38件). */
  private static final Pattern OWN_LIST =
      Pattern.compile(".*(?:实事|事项|" + Givens.OWN_WORKS + ")(?:项目)?(?:清单|名单|目录)?"
          + "(?:共|共计|计|总计|合计)?"
          + "(?:[0-9]+大?类)?"); // 民生实事项目共5大类17个: the classes, then the items
  /** A count of a counting word named before its figure (就业人数110万): the figure counts it. */
  private static final Pattern COUNTED =
      Pattern.compile("(人次|人|户|家|所|个|项|件|台|辆|套|名)数(?:达到|达|为|超过|突破|不少于|不低于)?$");

  /** A reading aid between a character and the next: 2.36萬(wàn)個(gè), as some mirrors print. */
  private static final Pattern PINYIN =
      Pattern.compile("(?<=\\p{IsHan})[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹ]{1,6}[)）]");
  /** 已 in a qualifier (已设口腔科的医院): those that already have it, not progress. */
  private static final Pattern ALREADY_QUALIFIER = Pattern.compile("已[^，,；;。已的]{1,15}的");
  /** The figure the plan's own projects are counted by: what follows in brackets belongs to it. */
  private static final Found HEADLINE = new Found(null, null);

  private SentenceTargets() {}

  /** Whether words say that what follows is done: 已, outside a qualifier ({@code 已设…的}). */
  private static boolean already(String words) {
    return ALREADY_QUALIFIER.matcher(words).replaceAll("").contains("已");
  }

  /**
   * The targets a task and the text that details it state together (子项目 {@code 实施20所…清凉工程}
   * and 具体内容 {@code 对20所学校…进行改造,为教室安装空调300台}): a figure of the detail that
   * repeats one of the task's is that one target, read once.
   */
  public static Reading read(String task, String detail) {
    Reading a = read(task);
    if (detail == null || detail.isBlank()) {
      return a;
    }
    Reading b = read(detail);
    List<Found> found = new ArrayList<>(a.found());
    List<Msg> notes = new ArrayList<>(a.figureNotes());
    notes.addAll(b.figureNotes());
    for (Found f : b.found()) {
      if (a.found().stream().anyMatch(g -> same(g.target(), f.target()))) {
        notes.add(Msg.of("'%s': %s repeats the task's figure and is read as that one target, not "
            + "as another", detail.strip(), figure(f.target())));
      } else {
        found.add(f);
      }
    }
    return reading(task.strip() + " / " + detail.strip(), found, notes);
  }

  /** The targets {@code sentence} states, and a note for every figure it could not read. */
  public static Reading read(String sentence) {
    List<Found> found = new ArrayList<>();
    List<Msg> notes = new ArrayList<>();
    if (sentence == null || sentence.isBlank()) {
      return new Reading(found, notes);
    }
    // a line break ends a clause, and so does a blank between the items of a list
    String s = Fold.text(LIST_BLANK.matcher(PINYIN.matcher(sentence).replaceAll("")
        .replace('\n', '，')).replaceAll("，")).strip();
    // 城镇、农村居民收入分别增长7%、8%: the 、 of a list with 分别 link its items
    s = RESPECTIVE_SPAN.matcher(s).replaceAll(r -> Matcher.quoteReplacement(
        r.group().replace('、', '和')));
    if (s.length() > 2 && s.startsWith("“") && s.endsWith("”")
        && s.indexOf('”') == s.length() - 1) {
      s = s.substring(1, s.length() - 1); // a quoted task: “完成回迁安置857户以上”
    }
    if (s.startsWith("截至") || s.startsWith("截止")) {
      return new Reading(found, notes); // 截至6月底，已完成…: a progress report, not a target
    }
    BitSet named = new BitSet(); // the lists of projects named by what they produce
    Matcher projects = NAMED_PROJECTS.matcher(s);
    while (projects.find()) {
      named.set(projects.start(), projects.end());
    }
    boolean progress = false;
    int depth = 0;
    int from = 0;
    Found beforeColon = null; // the figure a clause after a colon may restate
    boolean capped = false; // the clause before ended in 、 after a figure with a ceiling verb
    boolean[] rated = {false}; // a clause of this sentence read a rate or a standard
    boolean building = Decoys.describesBuilding(s); // 共四层,12个教学班: a building's size
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : '。';
      if ("(（《[【".indexOf(c) >= 0) {
        depth++;
      } else if (")）》]】".indexOf(c) >= 0) {
        depth = Math.max(0, depth - 1);
      } else if ((depth == 0 || i == s.length()) && SEPARATORS.indexOf(c) >= 0) {
        // a clause ends at a separator outside brackets: 新(改、扩)建公办园5所 is one clause
        int before = found.size();
        progress = clause(s.substring(from, i).strip(), progress, beforeColon, capped, rated,
            building, s.substring(0, from), named.get(from, i), found, notes);
        // 压缩至1个环节、1天: a ceiling verb bounds the items of the list it heads
        capped = c == '、' && found.size() > before
            && found.get(found.size() - 1).target().op() == Op.AT_MOST
            && (capped || CEILING_VERB.matcher(s.substring(from, i)).find());
        beforeColon = (c == ':' || c == '：') && found.size() > before
            ? found.get(found.size() - 1) : null;
        if ("；;。".indexOf(c) >= 0) {
          progress = false; // a new sentence
          rated[0] = false;
        }
        from = i + 1;
      }
    }
    reported(s, found, notes);
    for (Found f : List.copyOf(found)) {
      // 30件！…重点民生事项出炉: a clause of a figure alone, which names nothing, heads a list
      int i = s.indexOf(f.target().text());
      int j = i + f.target().text().length();
      // …涉及311个小区,36261户: a figure alone after other figures is an item of their list
      if (f.indicator() == null && j < s.length() && SEPARATORS.indexOf(s.charAt(j)) >= 0
          && (i == 0 || SEPARATORS.indexOf(s.charAt(i - 1)) >= 0) && found.get(0) == f
          && found.remove(f)) {
        notes.add(Msg.of("'%s': %s names nothing it counts; not read as a target",
            sentence.strip(), f.target().text()));
      }
    }
    return reading(sentence.strip(), found, notes);
  }

  /**
   * Reads one clause; returns whether what follows is progress (the clause said 已). A figure that
   * repeats {@code beforeColon}, the last figure before the colon that opens the clause, explains
   * it ({@code 100%保障入学:各县均为100%}) and is read once, with a note. {@code building} says the
   * sentence describes a building by its storeys, {@code before} is the sentence before the clause,
   * {@code projects} marks the clause's characters in a list of projects named by what they produce.
   */
  private static boolean clause(String c, boolean progress, Found beforeColon, boolean capped,
      boolean[] rated, boolean building, String before, BitSet projects, List<Found> found,
      List<Msg> notes) {
    if (c.isEmpty()) {
      return progress;
    }
    String masked = Decoys.mask(c, notes);
    String blanked = masked; // less the baselines passed over
    boolean fromBaseline = false; // whether a baseline (由…) was passed over
    boolean headline = false;
    boolean rising = false; // a rate was the baseline: the figures it rises to are rates
    int first = found.size();
    Matcher m = FIGURE.matcher(masked);
    int from = 0;
    int after = 0; // where the figure before ended: each target's words start there
    boolean any = false;
    while (m.find(from)) {
      from = m.end() > m.start() ? m.end() : m.start() + 1;
      if (m.start() > 0 && isDigitOrPoint(masked.charAt(m.start() - 1))) {
        continue;
      }
      if (progress || already(masked.substring(0, m.start()))) {
        notes.add(Msg.of("'%s': %s follows 已 and is read as progress, not as a target", c,
            masked.substring(m.start(), m.end())));
        continue; // 已完成8个
      }
      if (Decoys.totalInvestment(masked, m)) {
        notes.add(Msg.of("'%s': %s is the project's total investment, a figure of the item, not "
            + "a target", c, masked.substring(m.start(), m.end())));
        continue; // 总投资5000万元; 完成投资3000万元 is one
      }
      if (Decoys.buildingSize(masked, m, building, before)) {
        notes.add(Msg.of("'%s': %s is the size of a site or a building (its area, storeys or "
            + "classes), not a target; not read", c, masked.substring(m.start(), m.end())));
        any = true;
        continue; // 用地面积为7165.96平方米, 共四层,12个教学班; 新建教学楼1幢 is one
      }
      if (Givens.rank(masked, m)) {
        notes.add(Msg.of("'%s': %s is a place in a ranking, which no ratio judges; not read as a "
            + "target", c, masked.substring(m.start(), m.end())));
        any = true;
        continue; // 排名上升3个位次, 位居全市第4位
      }
      if (Decoys.decoy(masked, m)) {
        continue;
      }
      if (headline && depth(masked, m.start()) > 0) {
        continue; // 共安排重点项目57个(新建15个,续建42个): the headline's parts
      }
      if (rising || rated[0] && Givens.risenOverYear(masked, m) || Givens.rate(masked, m)) {
        rated[0] = true; // 标准达到99元,比上年增加5元: the rise of a standard is a standard
        // 从每人每年300元提高到360元: what a rate rises to is a rate too
        rising |= Givens.risesFrom(masked, m, after);
        notes.add(Msg.of("'%s': %s is a rate or a standard (per person or month, or a rule's "
            + "figure), not a target; not read", c, masked.substring(m.start(), m.end())));
        any = true; // a figure was found: 千人 in 5批次/千人 is no figure in words
        continue; // 按1500元/人标准发放, 每人每月200元, 标准的80%
      }
      if (Givens.baseline(masked, m, after)) {
        notes.add(Msg.of("'%s': %s is the baseline the target starts from, not a target", c,
            masked.substring(m.start(), m.end())));
        blanked = blanked.substring(0, m.start()) + "□".repeat(m.end() - m.start())
            + blanked.substring(m.end());
        fromBaseline = true;
        continue; // 由2650元提高到3000元: only 3000元 is the target
      }
      if ((projects.get(m.start()) || NAMED_PROJECT.matcher(masked).region(m.end(),
          masked.length()).lookingAt()) && projectName(masked, m)) {
        notes.add(Msg.of("'%s': %s is the size in the name of a project of the list (…等项目), not "
            + "a target; not read", c, masked.substring(m.start(), m.end())));
        any = true;
        continue; // 平煤神马25万吨己二酸和20万吨己内酰胺…等项目建设
      }
      Found f = figure(c, blanked, m, after, capped && m.start() == 0, fromBaseline, notes);
      if (f == HEADLINE) {
        headline = true;
        continue;
      }
      if (f != null && beforeColon != null && same(f.target(), beforeColon.target())) {
        notes.add(Msg.of("'%s': %s repeats the figure before the colon and is read as that one "
            + "target, not as another", c, masked.substring(m.start(), m.end())));
        after = m.end();
        any = true;
        continue;
      }
      if (f != null) {
        after = m.end();
        String[] shared = Givens.shared(f.indicator());
        for (String named : shared == null ? new String[] {f.indicator()} : shared) {
          found.add(new Found(named == null ? null : named.strip(), f.target())); // A和B均…98%
        }
        any = true;
      }
    }
    respectively(masked, found.subList(first, found.size()));
    if (!any) {
      Matcher w = NUMBER_WORD.matcher(masked);
      if (w.find() && !masked.substring(0, w.start()).endsWith("第")) {
        notes.add(Msg.of("'%s' gives a figure in words (%s); write it in digits to be read", c,
            w.group()));
      }
    }
    return progress || already(masked);
  }

  /**
   * Figures listed after 分别 ({@code A和B分别增长7%和8%左右}): the comparator of the first and the
   * 左右 or 以上 of the last hold for each, and where the words name as many indicators as there
   * are figures, each figure takes its own.
   */
  private static void respectively(String clause, List<Found> group) {
    if (group.size() < 2 || group.get(0).indicator() == null
        || !RESPECTIVELY.matcher(group.get(0).indicator()).find()) {
      return;
    }
    String all = RESPECTIVELY.matcher(group.get(0).indicator()).replaceFirst("");
    String[] names = Givens.items(all);
    Target head = group.get(0).target();
    Target last = group.get(group.size() - 1).target();
    for (int i = 0; i < group.size(); i++) {
      Target t = group.get(i).target();
      boolean down = head.growth() && head.value().signum() < 0; // 分别下降3%和4%
      Op op = down ? Op.AT_MOST : last.op() != Op.AT_LEAST ? last.op() : head.op();
      Target shared = new Target(t.text(), op, down ? t.value().abs().negate() : t.value(),
          t.unit(), t.upper(), last.tolerance(), head.growth(), t.baseline());
      String named = names.length == group.size() ? names[i].strip() : all;
      group.set(i, new Found(named, shared));
    }
  }

  /**
   * Drops the figures that a report of what was done states: a share of the year's task and the
   * figure of the clause before it ({@code 建成停车位22.72万个,占年度任务的113.6%}), work done on a date
   * and the figure before it ({@code 完成项目投资380万元,于202012月全面完工}); each with a note.
   */
  private static void reported(String s, List<Found> found, List<Msg> notes) {
    for (Pattern report : List.of(SHARE_OF_YEAR, DONE_ON)) {
      Matcher r = report.matcher(s);
      while (r.find()) {
        int start = r.start() - 1;
        while (start > 0 && SEPARATORS.indexOf(s.charAt(start - 1)) < 0) {
          start--;
        }
        for (Found f : List.copyOf(found)) {
          int at = s.indexOf(f.target().text());
          if (at >= Math.max(0, start) && at < r.end() && found.remove(f)) {
            notes.add(Msg.of("'%s': %s is reported as done (%s): progress, not a target; not read",
                s, figure(f.target()), r.group()));
          }
        }
      }
    }
  }

  /**
   * Whether the figure at {@code m} is a capacity (万吨, 万千瓦, 立方米) followed right away by the
   * name of what is produced: a count (12个…项目, 4所幼儿园项目) is no capacity.
   */
  private static boolean projectName(String c, Matcher m) {
    return m.group("unit") != null && CAPACITY.matcher(m.group("unit")).matches()
        && m.end() < c.length()
        && Character.isIdeographic(c.charAt(m.end())) && !LINK.matcher(c.substring(m.end()))
            .lookingAt();
  }

  private static boolean isDigitOrPoint(char ch) {
    return Character.isDigit(ch) || ch == '.';
  }

  /** How deep in brackets position {@code at} of {@code text} is. */
  private static int depth(String text, int at) {
    int d = 0;
    for (int i = 0; i < at; i++) {
      char ch = text.charAt(i);
      d += "(（".indexOf(ch) >= 0 ? 1 : ")）".indexOf(ch) >= 0 && d > 0 ? -1 : 0;
    }
    return d;
  }

  private static Found figure(String c, String masked, Matcher m, int after, boolean capped,
      boolean fromBaseline, List<Msg> notes) {
    String unit = m.group("unit");
    String shown = masked.substring(m.start(), m.end());
    if (unit == null && m.group("num2") == null && m.group("mult") == null
        && new BigDecimal(m.group("num")).signum() == 0
        && COST.matcher(masked).region(m.end(), masked.length()).lookingAt()) {
      // 0成本: no cost at all, a ceiling of 0 元
      Matcher cost = COST.matcher(masked).region(m.end(), masked.length());
      cost.lookingAt();
      String text = c.substring(Math.min(after, m.start()), cost.end()).strip();
      String named = indicator(masked.substring(Math.min(after, m.start()), m.start()));
      return new Found(named == null ? cost.group() : named + cost.group(),
          new Target(text, Op.AT_MOST, BigDecimal.ZERO, "元", null, null, false, null));
    }
    Matcher counted = COUNTED.matcher(masked.substring(0, m.start()));
    if (unit == null && counted.find()) {
      unit = counted.group(1); // 就业人数110万以上: 1100000 人
    }
    if (unit == null) {
      if (m.end() < masked.length() && Character.isLetter(masked.charAt(m.end()))
          && !Character.isIdeographic(masked.charAt(m.end()))) {
        return null; // 5G, 4A: a name
      }
      notes.add(Msg.of("'%s' has the figure %s without a counting word; not read as a target", c,
          shown));
      return null;
    }
    String head = masked.substring(0, m.start());
    // 1天办结: a time limit per case, a ceiling
    boolean limit = DURATION.matcher(unit).matches()
        && LIMIT.matcher(masked).region(m.end(), masked.length()).lookingAt();
    boolean bounded = m.group("post") != null || m.group("num2") != null || limit || capped
        || BOUND.matcher(head).find();
    if (DURATION.matcher(unit).matches() && !bounded) {
      // 15分钟托育服务圈, 3年行动: a duration in a name, unless bounded (3日内, 压缩至3天)
      notes.add(Msg.of("'%s': %s is a length of time without a bound; not read as a target", c,
          shown));
      return null;
    }
    String cmp = null;
    boolean growth = false;
    boolean down = false;
    int cut = head.length();
    // the comparator or verb ends right before the figure
    for (int i = Math.max(0, head.length() - 6); i <= head.length(); i++) {
      Matcher t = BEFORE.matcher(head.substring(i));
      if (t.matches() && (t.group("cmp") != null || t.group("growth") != null
          || t.group("down") != null)) {
        cmp = t.group("cmp");
        growth = t.group("growth") != null;
        down = t.group("down") != null;
        cut = i;
        break;
      }
    }
    Matcher compared = cmp == null ? COMPARED_WITH.matcher(head) : null;
    if (compared != null && compared.find()) {
      cmp = compared.group("cmp").replace("快于", "高于").replace("慢于", "低于");
    }
    BigDecimal value = Fold.number(m.group("num"), m.group("mult"));
    BigDecimal upper = m.group("num2") == null ? null
        : Fold.number(m.group("num2"), m.group("mult"));
    if (upper != null && upper.compareTo(value) <= 0) {
      notes.add(Msg.of("'%s': the range %s does not rise; not read", c, shown));
      return null;
    }
    boolean points = Target.isPoints(unit);
    if ((growth || down) && !unit.equals("%") && !points) {
      // 增加20个 is a count; 增长 names no comparator then
      growth = false;
      down = false;
    }
    Op op = upper != null ? Op.BETWEEN : op(cmp, m.group("post"), m.group("about") != null);
    if (cmp == null && m.group("post") == null && m.group("about") == null
        && (limit || capped || BURDEN.matcher(unit).matches())) {
      op = Op.AT_MOST; // 1天办结, 1个环节, 压缩至1个环节、1天
    }
    if (op == null) {
      notes.add(Msg.of("'%s': the comparator of %s contradicts itself; not read", c, shown));
      return null;
    }
    if (down) {
      op = Op.AT_MOST;
      value = value.negate();
      growth = true;
    }
    if (unit.equals("%") && !growth && value.compareTo(HUNDRED) > 0 && !op.ceiling()) {
      notes.add(Msg.of("'%s': %s is a share above 100%% that is neither a growth rate nor a "
          + "ceiling; not read", c, shown));
      return null;
    }
    // 提高1.2个百分点 moves a share by 1.2 points: a change over a baseline, never a share of 1.2%
    growth |= points;
    BigDecimal tolerance =
        m.group("approx") != null || "约".equals(cmp) ? Target.APPROXIMATELY : null;
    String text = LINK.matcher(c.substring(Math.min(after, m.start()), m.end())).replaceFirst("")
        .strip();
    Target t = new Target(text, op, value, unit, upper, tolerance, growth, null);
    String before = head.substring(Math.min(after, cut), cut);
    String named = indicator(LINKED.matcher(before).find() ? "" : before);
    if (fromBaseline && named != null) {
      named = Givens.withoutFrom(named); // 由家庭年人均收入…提高到3000元 names 家庭年人均收入
    }
    // 新增3所规范化母亲学堂, 城区再新建1个农贸市场: the counted thing follows its figure
    Matcher next = FIGURE.matcher(masked);
    int end = next.find(m.end()) ? next.start() : masked.length();
    String tail = TAIL.matcher(masked.substring(m.end(), end)).replaceAll("").strip();
    if (INDICATORS.matcher(tail).find()) {
      notes.add(Msg.of("'%s': %s counts the indicators that share the figure after it; not read "
          + "as a target", c, shown));
      return null; // 4个结构性指标均实现10%以上增长
    }
    if (OWN_ITEMS.matcher(tail).find() || named != null && OWN_LIST.matcher(named).matches()
        || Givens.headline(named) || Givens.headline((named == null ? "" : named) + tail)
        || OWN_PROJECTS.matcher(tail).find()
        || KEY_WORKS.matcher((named == null ? "" : named) + tail).matches()) {
      notes.add(Msg.of("'%s': %s counts the items of the list itself; not read as a target", c,
          shown));
      return HEADLINE;
    }
    if (!tail.isEmpty()) {
      String w = (named == null ? "" : named) + (tail.length() > 20 ? tail.substring(0, 20) : tail);
      named = w.strip();
    }
    return new Found(named, t);
  }

  /** Whether two targets state the same figure: comparator, value, bound and unit. */
  private static boolean same(Target a, Target b) {
    return a.op() == b.op() && a.value().compareTo(b.value()) == 0 && a.unit().equals(b.unit())
        && (a.upper() == null ? b.upper() == null
            : b.upper() != null && a.upper().compareTo(b.upper()) == 0);
  }

  /** A figure as a person writes it: 5所, ≥95%. */
  private static String figure(Target t) {
    String v = t.upper() == null ? t.value().toPlainString()
        : t.value().toPlainString() + "-" + t.upper().toPlainString();
    return v + t.unit();
  }

  private static Op op(String cmp, String post, boolean about) {
    Op before = cmp == null || cmp.equals("在") ? null : switch (cmp) {
      case ">", "超过", "超", "高于", "大于", "多于" -> Op.MORE_THAN;
      case "<", "低于", "少于", "小于" -> Op.LESS_THAN;
      case "≤", "<=", "不超过", "不高于", "不多于", "不大于", "控制在", "压缩至", "压缩到", "压缩为", "压减至",
          "压减到", "压减为", "缩短至", "缩短到", "缩短为", "精简至", "精简到", "精简为", "降低至", "降低到",
          "降至", "减至", "减少至", "减少到", "减少为", "下降至", "下降到" -> Op.AT_MOST;
      case "保持在", "稳定在", "维持在", "约" -> null;
      default -> Op.AT_LEAST;
    };
    Op after = post == null ? (about ? Op.AT_LEAST : null) : switch (post) {
      case "以上", "及以上" -> Op.AT_LEAST;
      default -> Op.AT_MOST;
    };
    if (before != null && after != null && before != after) {
      return before == Op.MORE_THAN && after == Op.AT_LEAST ? Op.MORE_THAN
          : before == Op.AT_MOST && after == Op.AT_MOST ? Op.AT_MOST : null;
    }
    return before != null ? before : after != null ? after : Op.AT_LEAST;
  }

  /** The words that name a figure: the clause before it, without fillers; null when none. */
  private static String indicator(String words) {
    String w = FILLER.matcher(LINK.matcher(words.replace("□", "").strip()).replaceFirst(""))
        .replaceFirst("");
    w = w.replaceAll("^(?:到|至|截至)[0-9]{4}年(?:底|末)?", "");
    w = FILLER.matcher(w).replaceFirst("").strip();
    w = w.replaceFirst("(?:比|较)(?:上年|去年|上一年)(?:同期)?$", ""); // 覆盖率比上年提高0.8个百分点
    return w.isEmpty() ? null : w;
  }

  /**
   * The reading of {@code text}: its targets and notes, and where it states two or more targets a
   * last note that names them all ({@link Reading#summary}).
   */
  private static Reading reading(String text, List<Found> found, List<Msg> notes) {
    if (found.size() > 1) {
      notes.add(Msg.of("'%s' states %d figures (%s); each is read as a target of its own", text,
          found.size(), found.stream().map(f -> figure(f.target())).reduce((a, b) -> a + ", " + b)
              .orElse("")));
    }
    return new Reading(List.copyOf(found), List.copyOf(notes));
  }
}
