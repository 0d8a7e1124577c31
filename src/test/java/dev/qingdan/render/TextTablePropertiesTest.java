package dev.qingdan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qingdan.render.TextTable.Align;
import dev.qingdan.text.DisplayWidth;
import dev.qingdan.text.DisplayWidthTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Random tables of Chinese and Latin text at random widths, each repetition with its own fixed
 * seed: lines fit when the narrowest layout does, columns line up, and every cell is all there,
 * its words and numbers whole.
 */
class TextTablePropertiesTest {
  private static final long SEED = 0x71d4_da11L;

  @RepeatedTest(300)
  void linesFitAndColumnsLineUp(RepetitionInfo repetition) {
    Random random = new Random(SEED + repetition.getCurrentRepetition());
    RandomTable t = new RandomTable(random);
    String context = t.toString();

    String plain = TextTableTest.render(t.table, t.maxWidth);
    String marked = TextTableTest.render(t.table, t.maxWidth, TextTableTest.MARK_COLUMNS);
    assertEquals(plain, marked.replaceAll("\u001b\\[\\d*m", ""), context);
    assertTrue(plain.endsWith("\n") && !plain.contains("\r"), context);

    List<String> lines = Arrays.asList(plain.substring(0, plain.length() - 1).split("\n", -1));
    List<String> markedLines =
        Arrays.asList(marked.substring(0, marked.length() - 1).split("\n", -1));
    assertTrue(lines.size() >= 2 + t.rows, context);

    // The separator is the first line drawn with ─, as no cell text uses it.
    String separator = lines.stream().filter(l -> l.startsWith("─")).findFirst().orElseThrow();
    String[] runs = separator.split("  ");
    assertEquals(t.columns, runs.length, context);
    int[] width = new int[t.columns];
    int[] start = new int[t.columns];
    for (int c = 0; c < t.columns; c++) {
      width[c] = runs[c].length();
      start[c] = c == 0 ? 0 : start[c - 1] + width[c - 1] + 2;
      assertTrue(width[c] >= t.narrowest[c], () -> "column narrower than a word: " + context);
      assertTrue(width[c] <= t.natural[c], () -> "column wider than its text: " + context);
    }

    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      assertFalse(line.endsWith(" "), () -> "trailing space in " + line + "\n" + context);
      if (t.maxWidth > 0 && t.maxWidth >= t.minimumWidth()) {
        assertTrue(DisplayWidth.of(line) <= t.maxWidth, () -> "too wide: " + line + "\n" + context);
      }
      for (Map.Entry<Integer, Integer> cell :
          TextTableTest.columnStarts(markedLines.get(i)).entrySet()) {
        int c = cell.getKey();
        assertEquals(start[c], cell.getValue(), () -> "column " + c + " moved in " + line);
      }
    }
    if (t.maxWidth <= 0 || t.maxWidth >= t.naturalWidth()) {
      assertEquals(Arrays.toString(t.natural), Arrays.toString(width), context);
    }

    // Each cell's lines, as the style saw them, give back its text and keep its words whole.
    Map<List<Integer>, List<String>> cellLines = new HashMap<>();
    TextTableTest.render(t.table, t.maxWidth, (text, column, row) -> {
      cellLines.computeIfAbsent(List.of(row, column), k -> new ArrayList<>()).add(text);
      return text;
    });
    for (int r = 0; r < t.cells.size(); r++) {
      for (int c = 0; c < t.columns; c++) {
        String cell = prepared(t.cells.get(r).get(c));
        List<String> shown = cellLines.getOrDefault(List.of(r - 1, c), List.of());
        String where = "row " + (r - 1) + " column " + c + " " + shown + ": " + context;
        assertEquals(cell.replaceAll("[ \n]", ""), String.join("", shown).replace(" ", ""), where);
        List<String> shownRuns = new ArrayList<>();
        shown.forEach(l -> shownRuns.addAll(DisplayWidthTest.narrowRuns(l)));
        List<String> cellRuns = new ArrayList<>();
        for (String paragraph : cell.split("\n", -1)) {
          cellRuns.addAll(DisplayWidthTest.narrowRuns(paragraph));
        }
        assertEquals(cellRuns, shownRuns, where);
      }
    }
  }

  private static String prepared(String cell) {
    return cell.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
  }

  /** A random table and the widths its columns should get, worked out independently. */
  private static final class RandomTable {
    final TextTable table;
    final int columns;
    final int rows;
    final int maxWidth;
    final int[] natural;
    final int[] floor;
    final int[] narrowest;
    final List<List<String>> cells = new ArrayList<>();

    RandomTable(Random random) {
      columns = 1 + random.nextInt(5);
      rows = random.nextInt(7);
      List<String> headers = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        // A visible header keeps every column at least 1 wide, so the separator shows them all.
        headers.add("H" + RandomText.string(random, 6));
      }
      cells.add(headers);
      table = new TextTable(headers);
      for (int r = 0; r < rows; r++) {
        List<String> row = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
          row.add(RandomText.string(random, random.nextInt(4) == 0 ? 60 : 12));
        }
        cells.add(row);
        table.addRow(row);
      }
      natural = new int[columns];
      floor = new int[columns];
      narrowest = new int[columns];
      for (int c = 0; c < columns; c++) {
        boolean shrinkable = random.nextInt(3) > 0;
        int minWidth = random.nextBoolean() ? 0 : random.nextInt(10);
        table
            .shrinkable(c, shrinkable)
            .minWidth(c, minWidth)
            .align(c, random.nextBoolean() ? Align.LEFT : Align.RIGHT);
        natural[c] = minWidth;
        narrowest[c] = minWidth;
        for (List<String> row : cells) {
          String cell = prepared(row.get(c));
          for (String line : cell.split("\n", -1)) {
            natural[c] = Math.max(natural[c], DisplayWidth.of(line));
          }
          narrowest[c] = Math.max(narrowest[c], DisplayWidth.narrowest(cell));
        }
        if (shrinkable) {
          floor[c] = Math.max(narrowest[c], Math.min(natural[c], Math.max(minWidth, 6)));
        } else {
          // its header may wrap, its cells never do
          int widest = Math.max(minWidth, DisplayWidth.narrowest(prepared(headers.get(c))));
          for (List<String> row : cells.subList(1, cells.size())) {
            for (String line : prepared(row.get(c)).split("\n", -1)) {
              widest = Math.max(widest, DisplayWidth.of(line));
            }
          }
          narrowest[c] = Math.min(natural[c], widest);
          floor[c] = narrowest[c];
        }
      }
      maxWidth = random.nextInt(8) == 0 ? 0 : random.nextInt(100);
    }

    int minimumWidth() {
      return Arrays.stream(floor).sum() + 2 * (columns - 1);
    }

    int naturalWidth() {
      return Arrays.stream(natural).sum() + 2 * (columns - 1);
    }

    @Override
    public String toString() {
      return "maxWidth="
          + maxWidth
          + " natural="
          + Arrays.toString(natural)
          + " floor="
          + Arrays.toString(floor)
          + " cells="
          + cells;
    }
  }
}
