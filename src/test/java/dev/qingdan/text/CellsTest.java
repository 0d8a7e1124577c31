package dev.qingdan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellsTest {
  @Test
  void unitsAreSplitAtListMarksAndBlanks() {
    assertEquals(List.of("区市场监管局", "区财政局", "各镇街(园区)"),
        Cells.units("区市场监管局、区财政局,各镇街(园区)"));
    assertEquals(List.of("区住建局", "区财政局"), Cells.units("区住建局\n区财政局"));
    assertEquals(List.of(), Cells.units(" - "));
  }

  /** A page that wraps a long unit name leaves a blank inside it, as pasted. */
  @Test
  void aNameWrappedInsideIsOneUnit() {
    assertEquals(List.of("區新興產業服務中心"), Cells.units("區新興產業 服務中心"));
    assertEquals(List.of("區綜合行政執法局", "區公建中心"), Cells.units("區綜合行政 執法局 區公建中心"));
    assertEquals(List.of("区综合行政执法局", "区公建中心"), Cells.units("区综合行政\n执法局、区公建中心"));
  }

  /** A narrow column breaks a name every character or two (a government work report's table). */
  @Test
  void aNameANarrowColumnBrokeIsOneUnit() {
    assertEquals(List.of("市审计局"), Cells.units("市 审 计 局"));
    assertEquals(List.of("市人民政府办公室"), Cells.units("市人 民政 府办 公室"));
    assertEquals(List.of("湘江新区管委会", "市财政局"), Cells.units("湘江 新区 管委会、市财政局"));
    // two names side by side, each whole, stay two
    assertEquals(List.of("教育局", "团委"), Cells.units("教育局 团委"));
    assertEquals(List.of("妇联", "教育局"), Cells.units("妇联 教育局"));
  }

  @Test
  void piecesThatAreNoUnitsStayApart() {
    assertEquals(List.of("张三", "李四"), Cells.units("张三 李四"));
    assertEquals(List.of("区新兴产业", "王某某"), Cells.units("区新兴产业 王某某"));
  }
}
