package dev.qingdan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qingdan.render.RandomText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.jline.utils.WCWidth;
import org.junit.jupiter.api.Test;

public class DisplayWidthTest {

  @Test
  void asciiTakesOneColumnPerCharacter() {
    assertEquals(0, DisplayWidth.of(""));
    assertEquals(11, DisplayWidth.of("Hello, 2024"));
  }

  @Test
  void ideographsAndChinesePunctuationTakeTwoColumns() {
    assertEquals(8, DisplayWidth.of("任务清单"));
    assertEquals(22, DisplayWidth.of("，。：；（）、《》〔〕"));
    assertEquals(2, DisplayWidth.of("\u3000"));
    assertEquals(2, DisplayWidth.of("〇"));
  }

  /**
   * East Asian Ambiguous characters take one column, as tmux, xterm and VTE draw them: the
   * quotation marks of Chinese text too (TmuxPaneIT checks them in a real terminal).
   */
  @Test
  void ambiguousCharactersTakeOneColumn() {
    for (String c : List.of("“", "”", "‘", "’", "…", "─", "●", "▇", "░", "·", "→", "–", "—",
        "±", "×", "°", "§", "①", "Ⅻ", "α", "Я")) {
      assertEquals(1, DisplayWidth.of(c), c);
    }
    assertEquals(16, DisplayWidth.of("准入准营“一件事”"));
  }

  @Test
  void widthsOfSingleCodePoints() {
    assertEquals(1, DisplayWidth.of('a'));
    assertEquals(2, DisplayWidth.of('中'));
    assertEquals(2, DisplayWidth.of(0x3001)); // 、
    assertEquals(1, DisplayWidth.of(0x303f)); // half fill space, the narrow one of its block
    assertEquals(0, DisplayWidth.of(0x302a)); // ideographic tone mark: combining
    assertEquals(2, DisplayWidth.of(0x2705)); // ✅: an emoji, wide since Unicode 9
    assertEquals(1, DisplayWidth.of(0x2714)); // ✔: drawn as text
    assertEquals(2, DisplayWidth.of(0x1f534)); // 🔴
    assertEquals(2, DisplayWidth.of(0x1f7e2)); // 🟢
    assertEquals(1, DisplayWidth.of(0x1f1e8)); // a regional indicator alone
    assertEquals(2, DisplayWidth.of(0x31350)); // CJK extension H
    assertEquals(1, DisplayWidth.of(0xad)); // the soft hyphen is drawn
    assertEquals(0, DisplayWidth.of(0x200b)); // zero-width space
    assertEquals(0, DisplayWidth.of(0xfeff));
    assertEquals(0, DisplayWidth.of(0xfe0f)); // variation selector
    assertEquals(0, DisplayWidth.of(0x1160)); // Hangul medial vowel
    assertEquals(0, DisplayWidth.of(0xd7b0));
    assertEquals(1, DisplayWidth.of(0xff61)); // halfwidth ideographic full stop
    assertEquals(2, DisplayWidth.of(0xff01)); // fullwidth !
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
    assertEquals(6, DisplayWidth.of("🔴🟡🟢"));
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
    assertEquals(0, DisplayWidth.of("\u200d\ufe0f\u20dd\u200b\u2060"));
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

  @Test
  void openingPunctuationNeverEndsALine() {
    // 9 columns hold "准入准营“" but the quotation mark moves down with what it opens.
    assertEquals(List.of("准入准营", "“一件事”", "应用场景"), DisplayWidth.wrap("准入准营“一件事”应用场景", 9));
    assertEquals(List.of("政策享受率", "（按户数）"), DisplayWidth.wrap("政策享受率（按户数）", 10));
  }

  @Test
  void aNumberStaysWithItsWordsAndTheUnitMayMove() {
    assertEquals(List.of("减免", "2022-09-30", "前完成"), DisplayWidth.wrap("减免2022-09-30前完成", 10));
    assertEquals(List.of("3000", "人次"), DisplayWidth.wrap("3000人次", 5));
  }

  @Test
  void narrowestIsTheWidestUnbreakablePiece() {
    assertEquals(0, DisplayWidth.narrowest(""));
    assertEquals(2, DisplayWidth.narrowest("推进政务服务"));
    assertEquals(4, DisplayWidth.narrowest("推送政策。"));
    assertEquals(5, DisplayWidth.narrowest("办”，提升"));
    assertEquals(3, DisplayWidth.narrowest("“一件事”"));
    assertEquals(11, DisplayWidth.narrowest("cumulative, under 100%"));
    assertEquals(10, DisplayWidth.narrowest("到期 2022-09-30\n推进"));
  }

  /**
   * Random text at random widths no narrower than its widest piece: every line fits, no run of
   * narrow characters (a word, a number) is split, no line starts with closing punctuation or
   * ends with opening punctuation, and no text is lost but the spaces at soft breaks.
   */
  @Test
  void wrapRulesHoldForRandomText() {
    Random random = new Random(0x5eed_18L);
    for (int i = 0; i < 3000; i++) {
      String paragraph = RandomText.string(random, 60).replaceAll("[\r\n]", "");
      int width = Math.max(1, DisplayWidth.narrowest(paragraph)) + random.nextInt(16);
      List<String> lines = DisplayWidth.wrap(paragraph, width);
      String context = "width " + width + ": " + paragraph + " -> " + lines;
      List<String> lineRuns = new ArrayList<>();
      for (int l = 0; l < lines.size(); l++) {
        String line = lines.get(l);
        assertTrue(DisplayWidth.of(line) <= width, context);
        if (l > 0 && !line.isEmpty()) {
          assertTrue("，。、；：？！）」』”’》〉】〕…,.;:?!)".indexOf(line.codePointAt(0)) < 0,
              context);
        }
        if (l < lines.size() - 1 && !line.isEmpty()) {
          assertTrue("（「『“‘《〈【〔(".indexOf(line.codePointBefore(line.length())) < 0, context);
        }
        lineRuns.addAll(narrowRuns(line));
      }
      assertEquals(narrowRuns(paragraph), lineRuns, context);
      assertEquals(withoutBreaks(paragraph), withoutBreaks(String.join("", lines)), context);
    }
  }

  /**
   * JLine's wcwidth (org.jline.utils.WCWidth, in the jline-terminal jar that jansi-core brings)
   * agrees on every character of the checklist, the example reports and the messages. Its table
   * is Unicode 5's, older than the terminals' (Unicode 15 in glibc 2.36, which tmux asks), so it
   * is not the one used: it counts the emoji made wide since Unicode 9 one column.
   */
  @Test
  void agreesWithJlineOnTheTextQingdanShows() throws IOException {
    Set<Integer> seen = new TreeSet<>();
    List<Path> files = new ArrayList<>(List.of(
        Path.of("policies.yaml"), Path.of("examples/plan-2022.txt")));
    try (var i18n = Files.list(
        Path.of("src/main/resources/dev/qingdan/i18n"))) {
      i18n.forEach(files::add);
    }
    for (Path file : files) {
      Files.readString(file).codePoints().filter(cp -> cp >= 0x20)
          .forEach(seen::add);
    }
    assertTrue(seen.size() > 500, "read the files: " + seen.size());
    for (int cp : seen) {
      assertEquals(WCWidth.wcwidth(cp), DisplayWidth.of(cp),
          () -> Integer.toHexString(cp));
    }
    assertEquals(1, WCWidth.wcwidth(0x2705));
    assertEquals(2, DisplayWidth.of(0x2705));
  }

  /** The runs of narrow characters that are not spaces, each with the marks that follow it. */
  public static List<String> narrowRuns(String s) {
    List<String> runs = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    boolean afterWide = false;
    for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
      int cp = s.codePointAt(i);
      int w = DisplayWidth.of(cp);
      if (w == 0) {
        // a mark belongs to the character before it
        if (!afterWide) {
          run.appendCodePoint(cp);
        }
      } else if (w == 1 && cp != ' ') {
        run.appendCodePoint(cp);
        afterWide = false;
      } else {
        if (run.length() > 0) {
          runs.add(run.toString());
          run.setLength(0);
        }
        afterWide = w == 2;
      }
    }
    if (run.length() > 0) {
      runs.add(run.toString());
    }
    return runs;
  }
}
