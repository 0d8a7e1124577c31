package dev.qingdan.phrase;

import dev.qingdan.text.Msg;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of a sentence that are not targets, for {@link SentenceTargets}: names in book-title
 * marks and brackets, years, dates, clock times, ages, ordinals, hotlines, list markers, parts of
 * codes, and figures that qualify the noun a later figure counts.
 */
final class Decoys {
  /** What follows the number of a hotline or service line: 12345热线, 12315平台, 96345服务. */
  private static final Pattern HOTLINE =
      Pattern.compile("热线|专线|电话|平台|服务|政务|便民|短信|话务|号码");

  /** Names and bracketed numbers, blanked out before figures are read. */
  private static final Pattern QUOTED = Pattern.compile(
      "《[^》]*》|〔[^〕]*〕|【[^】]*】|[(（][0-9.]+%[)）]|[(（]每[^)）]*[)）]");

  private Decoys() {}

  /** The clause with quoted names and bracketed numbers blanked out (same length). */
  static String mask(String c, List<Msg> notes) {
    Matcher q = QUOTED.matcher(c);
    StringBuilder b = new StringBuilder(c);
    while (q.find()) {
      if (q.group().matches(".*[0-9].*") && !q.group().matches("[(（].*")) {
        notes.add(Msg.of("'%s': the figure in %s is read as part of a name, not as a target", c,
            q.group()));
      }
      for (int i = q.start(); i < q.end(); i++) {
        b.setCharAt(i, '□');
      }
    }
    return b.toString();
  }

  /** The words before a project's total investment: 总投资, 项目总投资约, 计划总投资为. */
  private static final Pattern TOTAL_INVESTMENT = Pattern.compile("总投资(?:约为|约|为|达到|达|合计)?$");

  /**
   * Whether the figure at {@code m} is a project's total investment (总投资5000万元): its size, not
   * what the year must achieve, as 完成投资3000万元 is.
   */
  static boolean totalInvestment(String c, Matcher m) {
    return TOTAL_INVESTMENT.matcher(c.substring(0, m.start())).find();
  }

  /**
   * The words that open a clause on the size of a site or a building: 用地面积为, 建筑面积, 总建筑面积约,
   * 校舍建筑面积, 其中教学楼地上建筑面积.
   */
  private static final Pattern AREA = Pattern.compile(
      "^(?:项目|其中)?\\p{IsHan}{0,6}?(?:地上|地下)?(?:总|规划)?(?:用地|建筑|占地|总建筑)面积"
          + "(?:约为|约|为|达到|达|共|合计)?$");
  /** A verb that builds, before an area that then measures what is built. */
  private static final Pattern BUILT = Pattern.compile("新建|建设|建成|改造|改建|扩建|新增|实施");
  /** Storeys of a building stated in a sentence: 共四层, 地上5层. */
  private static final Pattern STOREYS =
      Pattern.compile("(?:共|地上|地下|建设|新建)[0-9一二三四五六七八九十]+层");
  /** What a building holds, counted after its figure: 12个教学班, 36班. */
  private static final Pattern HELD = Pattern.compile("^(?:个)?(?:教学班|班级|班)");

  /** Whether {@code sentence} describes a building by its storeys (共四层,12个教学班). */
  static boolean describesBuilding(String sentence) {
    return STOREYS.matcher(sentence).find();
  }

  /**
   * Whether the figure at {@code m} is the size of a site or a building, not what the year must
   * achieve: an area in a clause that opens with it (用地面积为7165.96平方米, 建筑面积4286.2平方米),
   * unless the sentence {@code before} the clause, or the clause itself, builds what it measures
   * (新建宿舍楼1栋,总建筑面积3050平方米: the extent of the work), or,
   * where the sentence describes a building by its storeys ({@code building}), its storeys and
   * the classes it holds (共四层,12个教学班), as 总投资 is a project's size.
   */
  static boolean buildingSize(String c, Matcher m, boolean building, String before) {
    String words = c.substring(0, m.start()).strip();
    if (AREA.matcher(words).matches() && !BUILT.matcher(before + words).find()) {
      return true;
    }
    String unit = m.group("unit");
    return building && ("层".equals(unit) || HELD.matcher(c.substring(m.end())).lookingAt()
        || "班".equals(unit));
  }

  /** Whether the figure at {@code m} is a year, a date, a time, an age, an ordinal or a name. */
  static boolean decoy(String c, Matcher m) {
    String num = m.group("num");
    String unit = m.group("unit");
    String after = c.substring(m.end(), Math.min(c.length(), m.end() + 3));
    String rest = c.substring(m.start() + num.length());
    char before = m.start() > 0 ? c.charAt(m.start() - 1) : ' ';
    String lead = c.substring(0, m.start());
    if ((lead.isEmpty() || lead.matches("[(（]")) && m.group("unit") == null
        && (rest.startsWith(".") || rest.startsWith("．") || rest.startsWith(")")
            || rest.startsWith("）") || rest.startsWith("、"))) {
      return true; // 1.积极推进…, 1)完成…, (2)组建…: a list marker
    }
    if (before == '第' || before == '前' && rest.startsWith("名")) {
      return true; // 第2批, 前10名
    }
    if (m.group("mult") == null && m.group("about") == null) {
      if (rest.startsWith("年") && num.matches("[0-9]{4}") && !rest.startsWith("年内")) {
        return true; // 2023年
      }
      if (rest.startsWith("月") || rest.startsWith("时") || rest.startsWith("点")
          || rest.startsWith("周岁") || rest.startsWith("岁") || rest.startsWith("号")
          || rest.startsWith("届") || rest.startsWith("版")) {
        return true; // 6月, 20时, 65岁以上, 3号
      }
      if ((rest.startsWith("日") || rest.startsWith("天")) && before == '月') {
        return true; // 6月30日
      }
      if (unit == null && num.length() >= 5 && HOTLINE.matcher(after).lookingAt()) {
        return true; // 12345热线; 新增墓穴10000穴 is a figure without a counting word
      }
    }
    if (before == '-' || before == '+' || before == '/' || before == '.' || before == ':') {
      return true; // 1+N, 24/7, 1:3, parts of codes
    }
    if (c.startsWith("的", m.end()) && !"%".equals(unit) && !served(c, m)) {
      return true; // 15年以上的老旧电梯: a condition; 50%的城市社区 is a share
    }
    return qualifier(c, m);
  }

  /**
   * Whether the figure at {@code m} counts the persons or households whose problem the work solves
   * ({@code 解决4万人的饮水不安全问题}): what it is for, not a condition (15年以上的老旧电梯).
   */
  private static boolean served(String c, Matcher m) {
    return m.group("post") == null && m.group("unit") != null
        && SERVED_UNIT.matcher(m.group("unit")).matches()
        && PROBLEM.matcher(c.substring(m.end())).lookingAt();
  }

  private static final Pattern SERVED_UNIT = Pattern.compile("人|户|人次|名");
  /** 的 and the problem or need of those counted, to the end of the clause. */
  private static final Pattern PROBLEM =
      Pattern.compile("的\\p{IsHan}{0,12}(?:问题|問題|难题|難題|困难|困難|需求)$");

  /**
   * Whether the figure at {@code m} qualifies the noun after it rather than stating a target: a
   * later figure in the clause counts what it qualifies ({@code 为78所中小学的95间舞蹈教室},
   * {@code 投资10亿元以上项目10个}).
   */
  private static boolean qualifier(String c, Matcher m) {
    if ("%".equals(m.group("unit"))) {
      return false; // 60%以上的县: a share is a target of its own
    }
    Matcher next = SentenceTargets.FIGURE.matcher(c);
    int end = m.end();
    while (next.find(end)) {
      if (next.group("unit") != null && next.start() > m.end()) {
        String between = c.substring(m.end(), next.start());
        boolean over = m.group("post") != null && (m.group("post").endsWith("以上")
            || m.group("post").endsWith("以下"));
        return between.contains("的") || over && !between.isEmpty()
            && Character.isIdeographic(between.charAt(0));
      }
      end = next.end() > next.start() ? next.end() : next.start() + 1;
      if (end >= c.length()) {
        break;
      }
    }
    return false;
  }
}
