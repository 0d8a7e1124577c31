package dev.qingdan.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.qingdan.phrase.TargetParser;
import dev.qingdan.model.Target;
import java.math.BigDecimal;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every comparison of a figure with a target, exactly, at and around its bound. */
class BoundsTest {
  @ParameterizedTest(name = "{0} with {1}/{2}: {3}")
  @CsvSource({
    // floors of a share
    "≥70%, 7, 10, true",
    "≥70%, 699, 1000, false",
    "100%, 2499, 2500, false",
    // strict floors
    "＞80%, 4, 5, false",
    "＞80%, 801, 1000, true",
    // ceilings: met at or under the bound
    "≤5%, 1, 20, true",
    "≤5%, 51, 1000, false",
    "不超过5%, 5, 100, true",
    "控制在5%以内, 49, 1000, true",
    "低于3%, 3, 100, false",
    "低于3%, 29, 1000, true",
    // counts and levels
    "3天内, 3, 1, true",
    "3天内, 7, 2, false",
    "不超过3个工作日, 5, 2, true",
    "2千户, 1999, 1, false",
    "2千户, 2000, 1, true",
    "'3,000人次', 3000, 1, true",
    // 左右: 5% of the value in the figure's favour
    "3000人次左右, 2850, 1, true",
    "3000人次左右, 2849, 1, false",
    // ranges: judged by their low end
    "80%-90%, 4, 5, true",
    "80%-90%, 79, 100, false",
    "80%-90%, 95, 100, true",
  })
  void meets(String text, long num, long den, boolean met) {
    Target t = TargetParser.parse(text).orElseThrow();
    assertEquals(met, Bounds.meets(new BigFraction(num, den), t));
  }

  @ParameterizedTest(name = "{0} from {1}: {2} meets it: {3}")
  @CsvSource({
    "同比增长10%以上, 1000, 1100, true",
    "同比增长10%以上, 1000, 1099, false",
    "增长6.2%左右, 1000, 1059, true", // 1000 × (1 + 6.2% × 0.95) = 1058.9
    "增长6.2%左右, 1000, 1058, false",
    // points move a share by their number: 60% + 2 points is 62%, not 60% × 1.02
    "提高2个百分点, 60, 62, true",
    "提高2个百分点, 50, 51, false", // 50 × 1.02 would be 51
  })
  void growth(String text, long baseline, long figure, boolean met) {
    Target t = TargetParser.parse(text).orElseThrow().withBaseline(BigDecimal.valueOf(baseline));
    assertEquals(met, Bounds.meets(new BigFraction(figure), t));
  }

  @ParameterizedTest
  @CsvSource({"同比增长10%以上", "提高2个百分点", "暂无", "按市级文件执行"})
  void noJudgementWithoutAValueOrABaseline(String text) {
    assertNull(Bounds.meets(BigFraction.ONE, TargetParser.parse(text).orElseThrow()));
  }
}
