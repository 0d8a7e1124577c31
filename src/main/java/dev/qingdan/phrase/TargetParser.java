package dev.qingdan.phrase;

import dev.qingdan.text.Cells;
import dev.qingdan.model.Op;
import dev.qingdan.model.Target;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a target cell (量化指标值): {@code 100%}, {@code ≥70%}, {@code 3000人次}, {@code 1万户以上},
 * ceilings ({@code ≤5%}, {@code 不超过3个工作日}, {@code 3天内}, {@code 控制在5%以内}), strict bounds
 * ({@code >80%}), ranges ({@code 80%-90%}), {@code 左右}, growth rates ({@code 同比增长10%以上}) and
 * multipliers ({@code 2千户}, {@code 3,000人次}, {@code 1.5亿元}). A cell read in part is not read:
 * every character must belong to the forms above (docs/phrases.md lists them).
 */
public final class TargetParser {
  private static final String NUMBER = "([0-9]+(?:\\.[0-9]+)?)\\s*(万亿|百万|千万|万(?!千瓦)|千(?![米克瓦])|亿)?";
  private static final String UNIT =
      "(%|(?:个)?工作日|个?百分点|[\\p{IsHan}]{1,3}?(?:/[\\p{IsHan}]{1,3})?)?";
  private static final Pattern SINGLE =
      Pattern.compile(
          "(?<growth>同比增长|同比提高|同比提升|同比增加|年均增长|增长|增幅|提高|提升|增加)?"
              + "(?<pre>≥|>=|>|≤|<=|<|不低于|不少于|不小于|至少|达到|达|突破|超过|高于|大于|多于"
              + "|不超过|不高于|不多于|不大于|控制在|低于|少于|小于|在)?"
              + NUMBER
              + UNIT
              + "(?<post>以上|及以上|以下|及以下|以内|之内|内)?"
              + "(?<approx>左右)?"
              + "(?<post2>以上|以内|以下)?");
  private static final Pattern RANGE =
      Pattern.compile(
          "(?<growth>同比增长|增长|提高)?(?:达到|达|在|控制在)?"
              + NUMBER
              + UNIT
              + "(?:-|~|至|到)"
              + NUMBER
              + UNIT
              + "(?:之间)?");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Pattern TIME_UNIT =
      Pattern.compile("(?:个)?工作日|天|日|小时|分钟|秒|周|个月|年");

  private TargetParser() {}

  /**
   * The target a cell states: a cell form ({@link #parse}), else a sentence that states exactly
   * one target and nothing that needs a word ({@code 义诊覆盖率保持在95%以上}, {@code 新增充电桩300个};
   * {@link SentenceTargets}). The target's text is {@code text}.
   */
  public static Optional<Target> read(String text) {
    Optional<Target> cell = parse(text);
    if (cell.isPresent() || text == null) {
      return cell;
    }
    SentenceTargets.Reading r = SentenceTargets.read(text);
    if (r.found().size() != 1 || !r.notes().isEmpty()) {
      return Optional.empty();
    }
    Target f = r.found().get(0).target();
    return Optional.of(new Target(text, f.op(), f.value(), f.unit(), f.upper(), f.tolerance(),
        f.growth(), null));
  }

  /**
   * The target a cell states, or empty when the text is neither a value nor one of the words for
   * none ({@code 暂无}, {@code -}) and external ({@code 按市级文件执行}).
   */
  public static Optional<Target> parse(String text) {
    String s = text == null ? "" : Cells.clean(text);
    if (s.isEmpty() || s.equals("-") || s.equals(Target.NONE_TEXT) || s.equals("无")) {
      return Optional.of(new Target(text, null, null, null));
    }
    if (s.contains(Target.EXTERNAL_TEXT)) {
      return Optional.of(new Target(text, null, null, null));
    }
    String k = fold(s);
    if (k.isEmpty()) {
      return Optional.empty();
    }
    Matcher r = RANGE.matcher(k);
    if (r.matches()) {
      return range(text, r);
    }
    Matcher m = SINGLE.matcher(k);
    if (!m.matches() || m.group(5) == null) {
      return Optional.empty();
    }
    BigDecimal value = Fold.number(m.group(3), m.group(4));
    String unit = m.group(5);
    boolean growth = m.group("growth") != null;
    if (growth && !"%".equals(unit) && !Target.isPoints(unit)) {
      // 增长20个 is a count, not a rate: only a percentage is a growth rate.
      return Optional.empty();
    }
    growth |= Target.isPoints(unit); // 提高2个百分点: a change of a share, measured from a baseline
    Op op = op(m.group("pre"), m.group("post"), m.group("post2"));
    if (op == null) {
      return Optional.empty();
    }
    if ("内".equals(m.group("post")) && !TIME_UNIT.matcher(unit).matches()) {
      // 内 alone bounds a time (3天内); 30人内 is not a phrase a plan uses.
      return Optional.empty();
    }
    if ("%".equals(unit) && !growth && value.compareTo(HUNDRED) > 0 && !op.ceiling()) {
      return Optional.empty();
    }
    BigDecimal tolerance = m.group("approx") != null ? Target.APPROXIMATELY : null;
    return Optional.of(new Target(text, op, value, unit, null, tolerance, growth, null));
  }

  private static Optional<Target> range(String text, Matcher r) {
    BigDecimal low = Fold.number(r.group(2), r.group(3));
    BigDecimal high = Fold.number(r.group(5), r.group(6));
    String u1 = r.group(4);
    String u2 = r.group(7);
    // 80-90% and 80%-90% name one unit; 2个-3家 names two.
    if (u2 == null || (u1 != null && !u1.equals(u2)) || low.compareTo(high) >= 0) {
      return Optional.empty();
    }
    boolean growth = r.group("growth") != null;
    if (growth && !"%".equals(u2) && !Target.isPoints(u2)) {
      return Optional.empty();
    }
    growth |= Target.isPoints(u2);
    return Optional.of(new Target(text, Op.BETWEEN, low, u2, high, null, growth, null));
  }

  private static Op op(String pre, String post, String post2) {
    Op before = pre == null || pre.equals("在") ? null : switch (pre) {
      case "≥", ">=", "不低于", "不少于", "不小于", "至少", "达到", "达", "突破" -> Op.AT_LEAST;
      case ">", "超过", "高于", "大于", "多于" -> Op.MORE_THAN;
      case "≤", "<=", "不超过", "不高于", "不多于", "不大于" -> Op.AT_MOST;
      case "控制在" -> post == null && post2 == null ? Op.AT_MOST : null;
      default -> Op.LESS_THAN;
    };
    String p = post != null ? post : post2;
    if (post != null && post2 != null) {
      return null;
    }
    Op after = p == null ? null : switch (p) {
      case "以上", "及以上" -> Op.AT_LEAST;
      default -> Op.AT_MOST;
    };
    if ("控制在".equals(pre)) {
      return after == Op.AT_MOST ? Op.AT_MOST : null;
    }
    if ("在".equals(pre) && after == null) {
      return null;
    }
    if (before != null && after != null && before != after
        && !(before == Op.AT_LEAST && after == Op.AT_LEAST)) {
      // 不低于…以下 contradicts itself; 达到…以上 says the same twice and is fine.
      return before == Op.MORE_THAN && after == Op.AT_LEAST ? Op.MORE_THAN : null;
    }
    return before != null ? before : after != null ? after : Op.AT_LEAST;
  }

  /**
   * The cell folded for matching: full-width forms to ASCII, {@code ＞} to {@code >}, traditional
   * characters to simplified ones ({@code 萬}, {@code 個}), spaces and thousands separators
   * ({@code 3,000}) dropped.
   */
  private static String fold(String s) {
    String k = Fold.text(s);
    return k.replace("=>", ">=").replace("=<", "<=");
  }

}
