package dev.qingdan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The changed characters inside a cell, marked as git's word diff marks them. */
class DiffWordsTest {
  private static String marked(String old, String neu) {
    return DiffWords.marked(old, neu, s -> "[-" + s + "-]", s -> "{+" + s + "+}");
  }

  @Test
  void marksTheChangedCharactersOnly() {
    assertEquals("[-9-]{+10+}月底前出台歇业登记细化配套政策。",
        marked("9月底前出台歇业登记细化配套政策。", "10月底前出台歇业登记细化配套政策。"));
    assertEquals("5月：上线[-2-]{+4+}个应用场景", marked("5月：上线2个应用场景", "5月：上线4个应用场景"));
    assertEquals("区国资中心{+、区住建局+}", marked("区国资中心", "区国资中心、区住建局"));
    assertEquals("5-[-12-]{+10+} 月", marked("5-12 月", "5-10 月"));
    assertEquals("[-3000-]{+3500+}人次", marked("3000人次", "3500人次"));
  }

  @Test
  void nothingInCommonOrOneSideEmptyIsNotMarked() {
    assertNull(marked("100%", "按市级文件执行"));
    assertNull(marked("", "新"));
    assertNull(marked("旧", null));
  }
}
