package dev.qingdan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DisplayWidthTest {

  @Test
  void asciiTakesOneColumnPerCharacter() {
    assertEquals(0, DisplayWidth.of(""));
    assertEquals(11, DisplayWidth.of("Hello, 2024"));
  }

  @Test
  void ideographsAndChinesePunctuationTakeTwoColumns() {
    assertEquals(8, DisplayWidth.of("任务清单"));
    assertEquals(26, DisplayWidth.of("，。：；“”（）、《》〔〕"));
  }

  @Test
  void fullwidthFormsAndIdeographicSpaceTakeTwoColumns() {
    assertEquals(6, DisplayWidth.of("ＡＢ１"));
    assertEquals(4, DisplayWidth.of("￥￡"));
    assertEquals(2, DisplayWidth.of("\u3000"));
    // Halfwidth katakana, just after the fullwidth block, is narrow.
    assertEquals(1, DisplayWidth.of("ｶ"));
  }

  @Test
  void hangulKanaAndEmojiTakeTwoColumns() {
    assertEquals(6, DisplayWidth.of("한국어"));
    assertEquals(8, DisplayWidth.of("かなカナ"));
    assertEquals(4, DisplayWidth.of("😀🤔"));
  }

  @Test
  void supplementaryIdeographsCountByCodePoint() {
    String extB = "𠀀𠀁";
    assertEquals(4, extB.length());
    assertEquals(4, DisplayWidth.of(extB));
  }

  @Test
  void combiningAndFormatCharactersTakeNoColumns() {
    assertEquals(4, DisplayWidth.of("Jose\u0301"));
    assertEquals(0, DisplayWidth.of("\u200d\ufe0f\u20dd\u00ad"));
    assertEquals(2, DisplayWidth.of("😀\ufe0f"));
  }

  @Test
  void escapeSequencesAndControlCharactersTakeNoColumns() {
    assertEquals(2, DisplayWidth.of("\u001b[31m红\u001b[0m"));
    assertEquals(2, DisplayWidth.of("\u001b[1;32mok\u001b[m"));
    assertEquals(0, DisplayWidth.of("\t\n\r\u0007\u001b"));
  }

  @Test
  void boxDrawingAndEllipsisTakeOneColumn() {
    assertEquals(3, DisplayWidth.of("─┼…"));
  }

  @Test
  void truncateLeavesShortStringsAlone() {
    assertEquals("abc", DisplayWidth.truncate("abc", 3));
    assertEquals("中文", DisplayWidth.truncate("中文", 4));
  }

  @Test
  void truncateCutsAndAddsEllipsis() {
    assertEquals("ab…", DisplayWidth.truncate("abcdef", 3));
    assertEquals("中文…", DisplayWidth.truncate("中文字", 5));
    assertEquals("ab…", DisplayWidth.truncate("ab cd", 4));
    assertEquals("…", DisplayWidth.truncate("abc", 1));
    assertEquals("", DisplayWidth.truncate("abc", 0));
  }

  @Test
  void truncateDoesNotSplitWideCharacters() {
    String cut = DisplayWidth.truncate("中文字", 4);
    assertEquals("中…", cut);
    assertEquals(3, DisplayWidth.of(cut));
  }

  @Test
  void truncateKeepsCombiningMarkWithItsBaseAndEscapesWhole() {
    assertEquals("Jose\u0301…", DisplayWidth.truncate("Jose\u0301 Marti\u0301", 5));
    assertEquals("\u001b[31mab…", DisplayWidth.truncate("\u001b[31mabcdef", 3));
  }

  @Test
  void padFillsToDisplayWidth() {
    assertEquals("中  ", DisplayWidth.pad("中", 4));
    assertEquals("\u3000 ", DisplayWidth.pad("\u3000", 3));
    assertEquals("abc", DisplayWidth.pad("abc", 2));
  }

  @Test
  void wrapOfEmptyStringIsOneEmptyLine() {
    assertEquals(List.of(""), DisplayWidth.wrap("", 5));
  }

  @Test
  void wrapBreaksAsciiAtSpaces() {
    assertEquals(
        List.of("The quick", "brown fox", "jumps over", "the lazy", "dog"),
        DisplayWidth.wrap("The quick brown fox jumps over the lazy dog", 10));
  }

  @Test
  void wrapSplitsWordsLongerThanALine() {
    assertEquals(
        List.of("ab", "superc", "alifra", "gilist", "ic"),
        DisplayWidth.wrap("ab supercalifragilistic", 6));
  }

  @Test
  void wrapBreaksChineseAnywhere() {
    assertEquals(
        List.of("推进政务服", "务“一网通", "办”，提升", "办事效率。"), DisplayWidth.wrap("推进政务服务“一网通办”，提升办事效率。", 10));
  }

  @Test
  void wrapKeepsLatinWordsInChineseTextWhole() {
    assertEquals(
        List.of("完成 API", "接口改造", "and", "testing", "工作"),
        DisplayWidth.wrap("完成 API 接口改造 and testing 工作", 8));
  }

  @Test
  void wrapNeverSplitsAWideCharacter() {
    assertEquals(List.of("中文", "字"), DisplayWidth.wrap("中文字", 5));
    // Too wide for the line: it gets a line of its own rather than being split.
    assertEquals(List.of("中", "文"), DisplayWidth.wrap("中文", 1));
    assertEquals(List.of("𠀀", "𠀁"), DisplayWidth.wrap("𠀀𠀁", 3));
    assertEquals(List.of("e\u0301", "e\u0301"), DisplayWidth.wrap("e\u0301e\u0301", 1));
  }

  @Test
  void wrapKeepsLineBreaksAndDropsSpacesAtSoftBreaks() {
    assertEquals(List.of("第一行", "", "第二行"), DisplayWidth.wrap("第一行\r\n\n第二行", 10));
    assertEquals(List.of("a", "b"), DisplayWidth.wrap("a   b", 1));
    assertEquals(List.of("  indented", "text"), DisplayWidth.wrap("  indented text", 10));
  }

  @Test
  void wrapRejectsWidthBelowOne() {
    assertThrows(IllegalArgumentException.class, () -> DisplayWidth.wrap("abc", 0));
  }

  @Test
  void wrapAndTruncateStayWithinWidthForRandomText() {
    Random random = new Random(7);
    for (int i = 0; i < 2000; i++) {
      String s = RandomText.string(random, 40);
      int width = 2 + random.nextInt(12);
      List<String> lines = DisplayWidth.wrap(s, width);
      for (String line : lines) {
        assertTrue(DisplayWidth.of(line) <= width, () -> lines + " wider than " + width);
      }
      // Only the spaces at soft breaks go missing.
      assertEquals(withoutBreaks(s), withoutBreaks(String.join("\n", lines)), s);

      String cut = DisplayWidth.truncate(s, width);
      assertTrue(DisplayWidth.of(cut) <= width, cut);
      if (!cut.equals(s)) {
        assertTrue(cut.endsWith("…") && s.startsWith(cut.substring(0, cut.length() - 1)), cut);
      }
    }
  }

  private static String withoutBreaks(String s) {
    return s.replaceAll("[ \r\n]", "");
  }

  @Test
  void closingPunctuationNeverStartsALine() {
    // 10 columns hold five characters; the sixth is "。", so "策" moves down with it.
    assertEquals(List.of("通过系统推", "送政策。个", "体工商户"), DisplayWidth.wrap("通过系统推送政策。个体工商户", 10));
    assertEquals(List.of("一二三四", "五。"), DisplayWidth.wrap("一二三四五。", 10));
    for (String line : DisplayWidth.wrap("名单。通过“电子税务局”系统点对点精准推送政策。个体工商户", 8)) {
      assertTrue(line.isEmpty() || "，。、；：？！）」』”》".indexOf(line.charAt(0)) < 0, line);
      assertTrue(DisplayWidth.of(line) <= 8, line);
    }
  }
}
