package dev.qingdan.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.qingdan.model.Definition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DefinitionParserTest {
  @Test
  void aSlashRatio() {
    Definition d = DefinitionParser.parse("实际享受的个体工商户数量/符合条件并申报的个体工商户数量");
    assertEquals("实际享受的个体工商户数量", d.numerator());
    assertEquals("符合条件并申报的个体工商户数量", d.denominator());
  }

  @Test
  void aNamedRatioWithAFullStop() {
    Definition d = DefinitionParser.parse(
        "恢复正常记载即时办结率=当日办结恢复正常记载的个体工商户数/申请恢复正常记载的个体工商户总数");
    assertEquals("当日办结恢复正常记载的个体工商户数", d.numerator());
    assertEquals("申请恢复正常记载的个体工商户总数", d.denominator());
    Definition e = DefinitionParser.parse("实际享受的个体工商户数量/提出申请且符合条件的个体工商户数量。");
    assertEquals("提出申请且符合条件的个体工商户数量", e.denominator());
  }

  @Test
  void aShareOf() {
    Definition d = DefinitionParser.parse("完成整改清退的违规收费问题数占检查发现问题数之比");
    assertEquals("完成整改清退的违规收费问题数", d.numerator());
    assertEquals("检查发现问题数", d.denominator());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-", "", "全年培训从业人员数", "a/b/c", "/分母", "分子/"})
  void notARatio(String text) {
    assertFalse(DefinitionParser.parse(text).isRatio(), text);
  }

  @Test
  void theTextIsKeptAsWritten() {
    String text = "享受的个体工商户数量/送检的餐饮住宿业个体工商户数量";
    assertEquals(text, DefinitionParser.parse(text).text());
  }
}
