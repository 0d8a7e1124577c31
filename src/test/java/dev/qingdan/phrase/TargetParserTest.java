package dev.qingdan.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qingdan.model.Op;
import dev.qingdan.model.Target;
import dev.qingdan.model.TargetKind;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetParserTest {
  @ParameterizedTest
  @CsvSource({
    "100%, 100, %, PERCENT",
    "≥70%, 70, %, PERCENT",
    ">=70%, 70, %, PERCENT",
    "70%以上, 70, %, PERCENT",
    "99.5%, 99.5, %, PERCENT",
    "95％, 95, %, PERCENT",
    "3000人次, 3000, 人次, COUNT",
    "8个, 8, 个, COUNT",
    "1万户以上, 10000, 户, COUNT",
    "不少于20家, 20, 家, COUNT",
  })
  void values(String text, String value, String unit, TargetKind kind) {
    Target t = TargetParser.parse(text).orElseThrow();
    assertEquals(text, t.text());
    assertEquals(Op.AT_LEAST, t.op());
    assertEquals(0, new BigDecimal(value).compareTo(t.value()), t.value().toPlainString());
    assertEquals(unit, t.unit());
    assertEquals(kind, t.kind());
  }

  @ParameterizedTest
  @CsvSource({"暂无, NONE", "-, NONE", "按市级文件执行, EXTERNAL"})
  void noValue(String text, TargetKind kind) {
    Target t = TargetParser.parse(text).orElseThrow();
    assertEquals(null, t.op());
    assertEquals(null, t.value());
    assertEquals(null, t.unit());
    assertEquals(kind, t.kind());
  }

  @ParameterizedTest
  @ValueSource(strings = {"很多", "100", "约3000人次左右", "%", "不低于5%以下", "2个-3家", "增长20个", "90%-80%"})
  void unreadable(String text) {
    assertTrue(TargetParser.parse(text).isEmpty(), text);
  }

  /** A target cell written as a sentence is read where it states one target without a word. */
  @org.junit.jupiter.api.Test
  void aSentenceStatingOneTargetIsRead() {
    Target t = TargetParser.read("义诊覆盖率保持在95%以上").orElseThrow();
    assertEquals(new Target("义诊覆盖率保持在95%以上", Op.AT_LEAST, new BigDecimal("95"), "%"), t);
    assertEquals(new Target("新增充电桩300个", Op.AT_LEAST, new BigDecimal("300"), "个"),
        TargetParser.read("新增充电桩300个").orElseThrow());
    // two figures, or a figure read with a note, are not one target
    assertTrue(TargetParser.read("改造老旧小区12个、新增充电桩300个").isEmpty());
    assertTrue(TargetParser.read("城乡社区15分钟托育服务圈").isEmpty());
    // a cell form is read as before
    assertEquals(TargetParser.parse("≥70%"), TargetParser.read("≥70%"));
  }

  /** A rise in percentage points keeps its unit and is a change over a baseline, not a share. */
  @org.junit.jupiter.api.Test
  void percentagePointsAreNoShare() {
    Target t = TargetParser.parse("提高1.5个百分点").orElseThrow();
    assertEquals(new Target("提高1.5个百分点", Op.AT_LEAST, new BigDecimal("1.5"), "个百分点", null,
        null, true, null), t);
    assertEquals(TargetKind.GROWTH, t.kind());
    assertEquals("百分点", TargetParser.parse("2百分点以上").orElseThrow().unit());
  }

  /** Traditional characters read as simplified ones: 2萬户 is 20000 户, 100個 is 100 个. */
  @org.junit.jupiter.api.Test
  void traditionalCharactersReadAsSimplified() {
    assertEquals(new Target("2萬戶", Op.AT_LEAST, new BigDecimal("20000"), "户"),
        TargetParser.parse("2萬戶").orElseThrow());
    assertEquals(new Target("100個以上", Op.AT_LEAST, new BigDecimal("100"), "个"),
        TargetParser.parse("100個以上").orElseThrow());
    assertEquals(new Target("3天以內", Op.AT_MOST, new BigDecimal("3"), "天"),
        TargetParser.parse("3天以內").orElseThrow());
  }

  /** What a paste leaves inside a cell reads as nothing: a line break, a full-width space. */
  @org.junit.jupiter.api.Test
  void blanksInsideACellAreNothing() {
    assertEquals(new Target("≥\n70%", Op.AT_LEAST, new BigDecimal("70"), "%"),
        TargetParser.parse("≥\n70%").orElseThrow());
    assertEquals(new Target("3，000人次", Op.AT_LEAST, new BigDecimal("3000"), "人次"),
        TargetParser.parse("3，000人次").orElseThrow());
    assertEquals(new Target("≧95%", Op.AT_LEAST, new BigDecimal("95"), "%"),
        TargetParser.parse("≧95%").orElseThrow());
  }
}
