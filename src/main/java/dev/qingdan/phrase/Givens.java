package dev.qingdan.phrase;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures of a sentence that state what is given, not what is to be reached, for {@link
 * SentenceTargets}: a rate or a standard ({@code 按1500元/人标准发放}, {@code 每人每月200元},
 * {@code 标准的80%}), the baseline a target rises from ({@code 由2650元提高到3000元}), the plan's own
 * headline count ({@code 考核项目共计148个}), and indicators that share one figure ({@code
 * A和B均保持在98%以上}).
 */
final class Givens {
  /**
   * The works a plan names its own list by (实施20项民心工程, 办好十大惠民工程): the list counting
   * itself, never a target.
   */
  static final String OWN_WORKS = "(?:民心|惠民|民生|为民|利民|便民|暖心|幸福)(?:工程|项目)";
  /** A place in a ranking: 排名上升3个位次, 前移2位, 第4位, 前3名. */
  private static final Pattern RANK_AFTER = Pattern.compile("^(?:个)?(?:位次|名次)");
  private static final Pattern RANK_BEFORE =
      Pattern.compile("(?:排名|排位|位次|名次)(?:较上年|比上年)?(?:上升|提升|提高|前移|进位|跃升)?$");
  /** A unit per something: 元/人, 元/月, 元/平方米. */
  private static final Pattern PER = Pattern.compile("^\\p{IsHan}{0,2}[/／]\\p{IsHan}");
  /** Words right before a figure per person or month: 每人每月, 每户补助. */
  private static final Pattern PER_BEFORE = Pattern.compile(
      "每(?:人|户|名|床|亩|生)(?:每(?:年|月|天|日))?(?:补助|补贴|发放|给予)?$");
  /**
   * A clause that starts with 每个 (each village, each team) before an amount of money: what each
   * gets, a standard (每个贫困村发展集体经济专项资金10万元).
   */
  private static final Pattern EACH = Pattern.compile("^每个\\p{IsHan}{1,24}$");
  /** Words right before a standard's figure: 标准的80%, 补助标准为, 标准提高到, 标准(. */
  private static final Pattern STANDARD_BEFORE =
      Pattern.compile("标准(?:的|为|是|达到|达|[(（]|(?:提高|提升|调整)(?:到|至|为))"
          + "(?:每(?:人|户|名)?每?(?:年|月|天|日))?$"); // 标准达到每月120元
  /** A rule's figure: 按1500元标准发放, 按30%的比例配建. */
  private static final Pattern BY = Pattern.compile("按(?:照)?$");
  private static final Pattern BY_AFTER = Pattern.compile("^(?:的)?(?:标准|比例)");
  /** Words between a baseline and the target it rises or falls to: 提高到, 下降至, 到. */
  private static final Pattern TO = Pattern.compile(
      "^(?:/\\p{IsHan}{1,2})?(?:分别)?(?:提高|增加|提升|上升|增长|扩大|降低|下降|减少|压缩|缩短|降)?(?:到|至)");
  /** The plan's own projects counted as a whole: 考核项目共计, 重点工程项目共, 共安排…项目. */
  private static final Pattern HEADLINE = Pattern.compile(
      ".*(?:项目|工程|实事|任务)(?:共计|总计|合计|共)$"
          + "|^(?:[0-9]{4}年度?)?(?:全[市区县]|我[市区县]|\\p{IsHan}{1,4}类)?(?:共)?(?:安排|确定|列入|梳理)\\p{IsHan}*"
          + "(?:项目|工程|实事|事项|任务)$");
  /** 均 or 都 before the comparator: A和B均保持在98%以上. */
  private static final Pattern SHARED = Pattern.compile("(?:均|都)(?:为)?$");
  private static final Pattern AND = Pattern.compile("以及|和|及|(?<![参给授赋])与");

  private Givens() {}

  /**
   * Whether the figure at {@code m} in clause {@code c} is a rate or a standard: a figure per
   * person or month, or a rule's figure ({@code 按…标准}, {@code 标准的80%}).
   */
  static boolean rate(String c, Matcher m) {
    String before = c.substring(0, m.start());
    String after = c.substring(m.end());
    return PER.matcher(after).find() || PER_BEFORE.matcher(before).find()
        || EACH.matcher(before).find() && m.group("unit") != null && m.group("unit").endsWith("元")
        || STANDARD_BEFORE.matcher(before).find()
        || BY.matcher(before).find() && BY_AFTER.matcher(after).find();
  }

  /**
   * Whether the figure at {@code m} in clause {@code c} is a place in a ranking ({@code
   * 排名上升3个位次}, {@code 位居全市第4位}): no ratio judges it.
   */
  static boolean rank(String c, Matcher m) {
    String before = c.substring(0, m.start());
    String unit = m.group("unit");
    return RANK_AFTER.matcher(c.substring(m.end() - ("个".equals(unit) ? 1 : 0))).find()
        || ("位".equals(unit) || "名".equals(unit))
            && (before.endsWith("第") || before.endsWith("前") || RANK_BEFORE.matcher(before).find());
  }

  /**
   * Whether the figure at {@code m} is the baseline a later figure rises or falls to: {@code 由}
   * or {@code 从} before it, {@code 提高到} after it.
   */
  static boolean baseline(String c, Matcher m, int after) {
    String words = c.substring(after, m.start());
    return (words.contains("由") || words.contains("从"))
        && TO.matcher(c.substring(m.end())).find();
  }

  /** A verb that raises a level to another: 提高到, 调整为. */
  private static final Pattern RAISED = Pattern.compile(
      "(?:提高|提升|增加|上升|增长|扩大|调整|上调)(?:到|至|为)");

  /**
   * Whether the figure at {@code m} starts a rise ({@code 由每人每月450元、400元分别提高到…}): what
   * it rises to later in the clause is of its kind.
   */
  static boolean risesFrom(String c, Matcher m, int after) {
    String words = c.substring(after, m.start());
    return (words.contains("由") || words.contains("从"))
        && RAISED.matcher(c).region(m.end(), c.length()).find();
  }

  /** A rise over the year before, right before its figure: 比上年增加, 较上年提高. */
  private static final Pattern OVER_YEAR = Pattern.compile(
      "^(?:比|较)(?:上年|去年|上一年)(?:同期)?(?:增加|提高|提升|增长|上调)$");

  /** Whether the figure at {@code m} is a rise over the year before, all the clause says of it. */
  static boolean risenOverYear(String c, Matcher m) {
    return OVER_YEAR.matcher(c.substring(0, m.start())).matches();
  }

  /** The words of a target less the baseline's 由 or 从: 由家庭年人均收入 names 家庭年人均收入. */
  static String withoutFrom(String words) {
    String w = words.replaceFirst("^(?:由|从)", "").replaceFirst("(?:由|从)(?:人均|每人)?$", "");
    return w.isBlank() ? null : w;
  }

  /** Whether the words before a figure name the plan's own projects as a whole: a headline. */
  static boolean headline(String named) {
    return named != null && HEADLINE.matcher(named).matches();
  }

  /** The items a list of names joins with 和, 及, 与 or 、 ({@code 城镇和农村居民收入}). */
  static String[] items(String named) {
    String[] items = AND.split(named.replace('、', '和'));
    String last = items[items.length - 1];
    for (int i = 0; i < items.length - 1; i++) {
      if (items[i].length() <= 2 && last.length() > items[i].length() + 1) {
        items[i] += last.substring(items[i].length()); // 城镇和农村居民收入: 城镇居民收入
      }
    }
    return items;
  }

  /**
   * The indicators that share one figure through {@code 均} or {@code 都} ({@code 城镇登记失业率和
   * 调查失业率均}: both), or null when the words name one.
   */
  static String[] shared(String named) {
    if (named == null || !SHARED.matcher(named).find()) {
      return null;
    }
    String[] parts = AND.split(SHARED.matcher(named).replaceFirst(""));
    for (String p : parts) {
      if (p.isBlank()) {
        return null;
      }
    }
    return parts.length > 1 ? parts : null;
  }
}
