package dev.qingdan.load;

import dev.qingdan.model.Op;
import dev.qingdan.model.Target;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a target cell (量化指标值): {@code 100%}, {@code ≥70%}, {@code 3000人次}, {@code 1万户以上}. */
public final class TargetParser {
  private static final Pattern VALUE =
      Pattern.compile(
          "(?:≥|>=|＞=|不低于|不少于|达到|达)?\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(万)?\\s*"
              + "(%|％|[\\p{IsHan}]{1,3}?)\\s*(?:以上|及以上)?");

  private TargetParser() {}

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
    Matcher m = VALUE.matcher(s);
    if (!m.matches()) {
      return Optional.empty();
    }
    BigDecimal value = new BigDecimal(m.group(1));
    if (m.group(2) != null) {
      value = value.multiply(BigDecimal.valueOf(10_000));
    }
    String unit = m.group(3).equals("％") ? "%" : m.group(3);
    return Optional.of(new Target(text, Op.AT_LEAST, value.stripTrailingZeros().scale() <= 0
        ? value.setScale(0) : value.stripTrailingZeros(), unit));
  }
}
