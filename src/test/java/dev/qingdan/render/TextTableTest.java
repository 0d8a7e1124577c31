package dev.qingdan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qingdan.render.TextTable.Align;
import dev.qingdan.render.TextTable.Style;
import dev.qingdan.text.DisplayWidth;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextTableTest {
  /** Marks where each cell starts, invisibly, so tests can measure column positions. */
  static final Style MARK_COLUMNS =
      (text, column, row) -> "\u001b[" + (31 + column) + "m" + text + "\u001b[0m";

  private static final Pattern MARK = Pattern.compile("\u001b\\[3(\\d)m");

  static String render(TextTable table, int maxWidth) {
    return render(table, maxWidth, Style.NONE);
  }

  static String render(TextTable table, int maxWidth, Style style) {
    StringWriter text = new StringWriter();
    table.render(new PrintWriter(text), maxWidth, style);
    return text.toString();
  }

  /** Returns the display column at which each marked cell of a line starts, by column. */
  static Map<Integer, Integer> columnStarts(String markedLine) {
    Map<Integer, Integer> starts = new TreeMap<>();
    Matcher m = MARK.matcher(markedLine);
    while (m.find()) {
      int column = Integer.parseInt(m.group(1)) - 1;
      starts.put(column, DisplayWidth.of(markedLine.substring(0, m.start())));
    }
    return starts;
  }

  private static TextTable mixed() {
    return new TextTable(List.of("序号", "事项", "Owner"))
        .addRow(List.of("1.1", "推进 API 开放", "市大数据中心"))
        .addRow(List.of("1.2", "Open data 平台", "Bob"))
        .addRow(List.of("10.3", "数据", "李"));
  }

  @Test
  void asciiOnly() {
    TextTable table =
        new TextTable(List.of("ID", "Task", "Owner"))
            .addRow(List.of("1", "Write docs", "Ann"))
            .addRow(List.of("12", "Fix bug", "Bob"));

    assertEquals(
        ""
            + "ID  Task        Owner\n"
            + "──  ──────────  ─────\n"
            + "1   Write docs  Ann\n"
            + "12  Fix bug     Bob\n",
        render(table, 80));
  }

  @Test
  void chineseOnly() {
    TextTable table =
        new TextTable(List.of("部门", "任务"))
            .addRow(List.of("市发改委", "编制规划"))
            .addRow(List.of("市教育局", "建设学校，完善设施"));

    assertEquals(
        ""
            + "部门      任务\n"
            + "────────  ──────────────────\n"
            + "市发改委  编制规划\n"
            + "市教育局  建设学校，完善设施\n",
        render(table, 80));
  }

  @Test
  void mixedChineseAndAsciiLineUpByDisplayWidth() {
    assertEquals(
        ""
            + "序号  事项            Owner\n"
            + "────  ──────────────  ────────────\n"
            + "1.1   推进 API 开放   市大数据中心\n"
            + "1.2   Open data 平台  Bob\n"
            + "10.3  数据            李\n",
        render(mixed(), 80));

    String[] lines = render(mixed(), 80, MARK_COLUMNS).split("\n");
    assertEquals(5, lines.length);
    for (String line : lines) {
      if (line.startsWith("─")) {
        continue;
      }
      assertEquals(Map.of(0, 0, 1, 6, 2, 22), columnStarts(line), line);
    }
  }

  @Test
  void aShrinkableColumnWrapsItsCellsToFit() {
    TextTable table = mixed().shrinkable(1, true);

    assertEquals(
        ""
            + "序号  事项      Owner\n"
            + "────  ────────  ────────────\n"
            + "1.1   推进 API  市大数据中心\n"
            + "      开放\n"
            + "1.2   Open      Bob\n"
            + "      data\n"
            + "      平台\n"
            + "10.3  数据      李\n",
        render(table, 28));
  }

  @Test
  void wrappedCellsAreBalancedAndTheColumnTakesOnlyWhatItsLinesNeed() {
    TextTable table =
        new TextTable(List.of("部门", "任务", "状态"))
            .addRow(List.of("市发改委", "编制规划", "完成"))
            .addRow(List.of("市教育局", "建设学校，完善设施", "进行中"))
            .shrinkable(1, true);

    // 13 columns are left for 任务: two lines need no more than 10.
    assertEquals(
        ""
            + "部门      任务        状态\n"
            + "────────  ──────────  ──────\n"
            + "市发改委  编制规划    完成\n"
            + "市教育局  建设学校，  进行中\n"
            + "          完善设施\n",
        render(table, 31));
  }

  @Test
  void wordsAndNumbersAreNeverSplitAndClosingPunctuationStaysBehind() {
    TextTable table =
        new TextTable(List.of("id", "indicator", "target"))
            .addRow(List.of("20.1", "准入准营“一件事”应用场景上线数", "8个"))
            .addRow(List.of("5.1", "cumulative 99.9%, under 100% (2022-04)", "100%"))
            .shrinkable(1, true);

    assertEquals(
        ""
            + "id    indicator   target\n"
            + "────  ──────────  ──────\n"
            + "20.1  准入准营    8个\n"
            + "      “一件事”\n"
            + "      应用场景\n"
            + "      上线数\n"
            + "5.1   cumulative  100%\n"
            + "      99.9%,\n"
            + "      under 100%\n"
            + "      (2022-04)\n",
        render(table, 24));
  }

  @Test
  void widestShrinkableColumnShrinksFirstThenBothEvenly() {
    TextTable table =
        new TextTable(List.of("一二三四五六七八九十", "一二三四五", "c"))
            .shrinkable(0, true)
            .shrinkable(1, true);

    // Natural 20 + 10 + 1 plus gaps 4 is 35; 12 columns must go: 10 from the first, then one
    // each. In 9 columns the first takes 8 (four characters a line), the second 6 (three and two).
    String separator = render(table, 23).lines().filter(l -> l.startsWith("─")).findFirst()
        .orElseThrow();
    assertEquals("─".repeat(8) + "  " + "─".repeat(6) + "  ─", separator);
  }

  @Test
  void tooNarrowKeepsTheNarrowestLayout() {
    // A column of text is narrowed to 6 columns, three Chinese characters, at the most; its
    // cells are balanced in it ("API 开" and "放" would be as many lines), and it keeps 4.
    TextTable table = mixed().shrinkable(1, true);
    String expected =
        ""
            + "序号  事项  Owner\n"
            + "────  ────  ────────────\n"
            + "1.1   推进  市大数据中心\n"
            + "      API\n"
            + "      开放\n"
            + "1.2   Open  Bob\n"
            + "      data\n"
            + "      平台\n"
            + "10.3  数据  李\n";

    assertEquals(expected, render(table, 10));
    assertEquals(expected, render(table, 1));
  }

  @Test
  void aLongWordKeepsItsColumnWide() {
    TextTable table = new TextTable(List.of("id", "note"))
        .addRow(List.of("1", "see https://example.org/a/long/path for it"))
        .shrinkable(1, true);

    assertEquals(
        ""
            + "id  note\n"
            + "──  ───────────────────────────────\n"
            + "1   see\n"
            + "    https://example.org/a/long/path\n"
            + "    for it\n",
        render(table, 20));
  }

  @Test
  void minWidthWidensAColumnAndStopsShrinking() {
    TextTable table = mixed().shrinkable(1, true).minWidth(1, 10).minWidth(0, 6);

    assertEquals(
        ""
            + "序号    事项        Owner\n"
            + "──────  ──────────  ────────────\n"
            + "1.1     推进 API    市大数据中心\n"
            + "        开放\n"
            + "1.2     Open data   Bob\n"
            + "        平台\n"
            + "10.3    数据        李\n",
        render(table, 20));
  }

  @Test
  void lineBreaksInCellsAreKept() {
    TextTable table =
        new TextTable(List.of("事项", "说明"))
            .addRow(List.of("第一项\n（续）", "按季度\n报送"))
            .addRow(List.of("第二项", "无"));

    assertEquals(
        "" + "事项    说明\n" + "──────  ──────\n" + "第一项  按季度\n" + "（续）  报送\n" + "第二项  无\n",
        render(table, 0));
  }

  @Test
  void tabsPrintAsSpacesAndCarriageReturnsAsLineBreaks() {
    TextTable table = new TextTable(List.of("事项", "说明")).addRow(List.of("第一\r\n项", "按季度\r报送\t汇总"));

    assertEquals(
        "" + "事项  说明\n" + "────  ─────────\n" + "第一  按季度\n" + "项    报送 汇总\n", render(table, 0));
  }

  @Test
  void rightAlignedColumn() {
    TextTable table =
        new TextTable(List.of("单位", "完成率", "备注"))
            .addRow(List.of("市教育局", "80%", "按期"))
            .addRow(List.of("区", "100%", ""))
            .align(1, Align.RIGHT);

    assertEquals(
        ""
            + "单位      完成率  备注\n"
            + "────────  ──────  ────\n"
            + "市教育局     80%  按期\n"
            + "区          100%\n",
        render(table, 0));
  }

  @Test
  void styleSeesPaddedTextAndDoesNotMoveColumns() {
    TextTable table =
        new TextTable(List.of("状态", "事项", "单位"))
            .addRow(List.of("逾期", "Open data", "市大数据中心"))
            .addRow(List.of("ok", "编制规划", "Bob"));
    List<String> calls = new ArrayList<>();
    Style red =
        (text, column, row) -> {
          calls.add(row + ":" + column + ":" + text);
          return column == 0 ? "\u001b[31m" + text + "\u001b[0m" : text;
        };

    String styled = render(table, 0, red);

    assertEquals(
        ""
            + "\u001b[31m状态\u001b[0m  事项       单位\n"
            + "────  ─────────  ────────────\n"
            + "\u001b[31m逾期\u001b[0m  Open data  市大数据中心\n"
            + "\u001b[31mok  \u001b[0m  编制规划   Bob\n",
        styled);
    assertEquals(render(table, 0), styled.replaceAll("\u001b\\[\\d*m", ""));
    assertEquals(
        List.of(
            "-1:0:状态",
            "-1:1:事项     ",
            "-1:2:单位",
            "0:0:逾期",
            "0:1:Open data",
            "0:2:市大数据中心",
            "1:0:ok  ",
            "1:1:编制规划 ",
            "1:2:Bob"),
        calls);
  }

  @Test
  void unlimitedWidthNeverShrinks() {
    // 11 wide characters and 2 narrow quotation marks, 240 columns in all.
    String longText = "推进政务服务“一网通办”，".repeat(10);
    TextTable table =
        new TextTable(List.of("编号", "事项")).addRow(List.of("1", longText)).shrinkable(1, true);

    String expected =
        "" + "编号  事项\n" + "────  " + "─".repeat(240) + "\n" + "1     " + longText + "\n";
    assertEquals(expected, render(table, 0));
    assertEquals(expected, render(table, -1));
  }

  @Test
  void fullwidthSpaceCountsTwoColumnsAndIsNotTrimmed() {
    TextTable table =
        new TextTable(List.of("名称", "值"))
            .addRow(List.of("\u3000缩进", "x"))
            .addRow(List.of("ＡＢＣ", "\u3000"))
            .addRow(List.of("abc", "z"));

    assertEquals(
        "" + "名称    值\n" + "──────  ──\n" + "\u3000缩进  x\n" + "ＡＢＣ  \u3000\n" + "abc     z\n",
        render(table, 0));
  }

  @Test
  void combiningMarkTakesNoColumn() {
    TextTable table =
        new TextTable(List.of("Name", "City", "No"))
            .addRow(List.of("Jose\u0301", "Zu\u0308rich", "1"))
            .addRow(List.of("Ann", "Oslo", "2"));

    assertEquals(
        ""
            + "Name  City    No\n"
            + "────  ──────  ──\n"
            + "Jose\u0301  Zu\u0308rich  1\n"
            + "Ann   Oslo    2\n",
        render(table, 0));
  }

  @Test
  void noTrailingSpacesAndOnlyLineFeeds() {
    TextTable table =
        new TextTable(List.of("A", "B", "C"))
            .addRow(List.of("x", "", ""))
            .addRow(List.of("", "", "z"))
            .addRow(List.of("", "", ""));

    String out = render(table, 0);

    assertEquals("A  B  C\n─  ─  ─\nx\n      z\n\n", out);
    assertFalse(out.contains("\r"));
    for (String line : out.split("\n")) {
      assertFalse(line.endsWith(" "), line);
    }
  }

  @Test
  void shortRowsAreFilledAndLongRowsRejected() {
    TextTable table = new TextTable(Arrays.asList("A", null)).addRow(Arrays.asList("x", null));
    table.addRow(List.of("y"));

    assertEquals("A\n─\nx\ny\n", render(table, 0));
    assertThrows(IllegalArgumentException.class, () -> table.addRow(List.of("1", "2", "3")));
    assertThrows(IndexOutOfBoundsException.class, () -> table.shrinkable(2, true));
    assertThrows(IllegalArgumentException.class, () -> new TextTable(List.of()));
  }

  @Test
  void columnStartsOfMarkedLines() {
    assertTrue(columnStarts("a").isEmpty());
    assertEquals(Map.of(0, 0, 1, 4), columnStarts("\u001b[31m中\u001b[0m  \u001b[32mx\u001b[0m"));
  }

  @Test
  void theHeaderOfAColumnThatNeverWrapsWrapsWhenTheTableIsStillTooWide() {
    TextTable t = new TextTable(List.of("id", "months missed", "note"))
        .shrinkable(2, true).addRow(List.of("24.1", "2022-04", "信用风险分类结果应用率"));
    assertEquals("""
        id    months   note
              missed
        ────  ───────  ──────
        24.1  2022-04  信用风
                       险分类
                       结果应
                       用率
        """, render(t, 26));
  }
}
