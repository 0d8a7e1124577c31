package dev.qingdan.render;

import dev.qingdan.text.DisplayWidth;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A plain-text table for the terminal whose columns line up by display width, so Chinese and Latin
 * text can share a column.
 *
 * <p>Columns are separated by two spaces; a line of {@code ─} separates the header from the rows.
 * When the table is wider than the space given, the columns marked shrinkable (free text: titles,
 * units, indicators, notes) are narrowed, widest first, and their cells continue on further lines
 * inside the column, broken as {@link DisplayWidth#wrap} breaks them: between Chinese characters
 * or at spaces, never inside a word or a number. A column is never narrower than its widest word,
 * so nothing is cut; where even the narrowest layout is too wide, it is kept, and its lines are
 * longer than the space given. Without a limit nothing is narrowed. A line break in a cell starts
 * a new line in the column.
 */
public final class TextTable {
  /** How text sits in a column that is wider than the text. */
  public enum Align {
    LEFT,
    RIGHT
  }

  /** Decorates a cell, for example with ANSI colors, after it has been laid out. */
  @FunctionalInterface
  public interface Style {
    /** A style that leaves every cell as it is. */
    Style NONE = (cellText, column, rowIndex) -> cellText;

    /**
     * Returns the text to print for one line of a cell.
     *
     * @param cellText the cell's text, already cut and padded to the column's width; the last
     *     column of a line is not padded on the right
     * @param column the column, from 0
     * @param rowIndex the row as added, from 0; -1 for the header
     */
    String apply(String cellText, int column, int rowIndex);
  }

  private static final String GAP = "  ";
  private static final int GAP_WIDTH = 2;

  /** Narrower than this, a column of text no longer says much. */
  private static final int SHRINK_FLOOR = 6;

  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();
  private final Align[] align;
  private final int[] minWidth;
  private final boolean[] shrinkable;

  /** Creates a table with these column headers, all left-aligned and not shrinkable. */
  public TextTable(List<String> headers) {
    if (headers.isEmpty()) {
      throw new IllegalArgumentException("a table needs at least one column");
    }
    this.headers = cleanCopy(headers);
    int n = headers.size();
    align = new Align[n];
    Arrays.fill(align, Align.LEFT);
    minWidth = new int[n];
    shrinkable = new boolean[n];
  }

  /** Adds a row; missing trailing cells are empty, and a null cell is empty. */
  public TextTable addRow(List<String> cells) {
    if (cells.size() > headers.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.size() + " cells but the table has " + headers.size() + " columns");
    }
    List<String> row = new ArrayList<>(cleanCopy(cells));
    while (row.size() < headers.size()) {
      row.add("");
    }
    rows.add(Collections.unmodifiableList(row));
    return this;
  }

  /** Sets how a column's text is aligned. */
  public TextTable align(int column, Align align) {
    this.align[checkColumn(column)] = Objects.requireNonNull(align);
    return this;
  }

  /** Makes a column at least {@code width} columns wide, even when it has to shrink. */
  public TextTable minWidth(int column, int width) {
    if (width < 0) {
      throw new IllegalArgumentException("negative width: " + width);
    }
    minWidth[checkColumn(column)] = width;
    return this;
  }

  /**
   * Sets whether a column may be narrowed to fit the table: down to 6 or its minimum width, and
   * never below its widest word.
   */
  public TextTable shrinkable(int column, boolean shrinkable) {
    this.shrinkable[checkColumn(column)] = shrinkable;
    return this;
  }

  /**
   * Prints the table, each line ended by "\n", and flushes {@code out}.
   *
   * @param maxWidth the widest a line should be; 0 or less for no limit. Lines are wider only when
   *     the columns cannot shrink enough.
   */
  public void render(PrintWriter out, int maxWidth, Style style) {
    Objects.requireNonNull(out);
    Objects.requireNonNull(style);
    int n = headers.size();
    List<List<String>> table = headerAndRows();
    int[] natural = natural(table);
    int[] width = natural;
    int budget = maxWidth - GAP_WIDTH * (n - 1);
    if (maxWidth > 0 && Arrays.stream(natural).sum() > budget) {
      // free text first; then the headers of the other columns, over their cells
      width = fit(natural, floors(table, natural, false), budget);
      width = fit(width, floors(table, natural, true), budget);
      for (int c = 0; c < n; c++) {
        if (width[c] < natural[c]) {
          width[c] = Math.max(minWidth[c], widestWrapped(table, c, width[c]));
        }
      }
    }

    for (int r = 0; r < table.size(); r++) {
      printRow(out, table.get(r), width, r - 1, style);
      if (r == 0) {
        printSeparator(out, width);
      }
    }
    out.flush();
  }

  private void printRow(PrintWriter out, List<String> row, int[] width, int rowIndex, Style style) {
    int n = width.length;
    List<List<String>> cellLines = new ArrayList<>(n);
    int height = 0;
    for (int c = 0; c < n; c++) {
      List<String> lines = layOut(prepare(row.get(c)), width[c]);
      cellLines.add(lines);
      height = Math.max(height, lines.size());
    }
    for (int k = 0; k < height; k++) {
      String[] padded = new String[n];
      int last = -1;
      for (int c = 0; c < n; c++) {
        List<String> lines = cellLines.get(c);
        String text = k < lines.size() ? lines.get(k) : "";
        int room = width[c] - DisplayWidth.of(text);
        padded[c] = align[c] == Align.RIGHT ? " ".repeat(room) + text : text + " ".repeat(room);
        if (!stripTrailingSpaces(padded[c]).isEmpty()) {
          last = c;
        }
      }
      StringBuilder line = new StringBuilder();
      for (int c = 0; c <= last; c++) {
        if (c > 0) {
          line.append(GAP);
        }
        // Padding at the end of a line would only be trailing spaces.
        String cell = c == last ? stripTrailingSpaces(padded[c]) : padded[c];
        if (!cell.isEmpty()) {
          line.append(style.apply(cell, c, rowIndex));
        }
      }
      out.print(line + "\n");
    }
  }

  private static void printSeparator(PrintWriter out, int[] width) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < width.length; c++) {
      if (c > 0) {
        line.append(GAP);
      }
      line.append("─".repeat(width[c]));
    }
    out.print(stripTrailingSpaces(line.toString()) + "\n");
  }

  /**
   * The narrowest the table can be laid out: every column at its floor, headers wrapped. A table
   * this wide or wider than its space is printed at this width, wider than the space.
   */
  public int narrowestWidth() {
    List<List<String>> table = headerAndRows();
    return Arrays.stream(floors(table, natural(table), true)).sum()
        + GAP_WIDTH * (headers.size() - 1);
  }

  /** The header line, then the rows. */
  private List<List<String>> headerAndRows() {
    List<List<String>> table = new ArrayList<>(rows.size() + 1);
    table.add(headers);
    table.addAll(rows);
    return table;
  }

  /** Each column's width with nothing wrapped: its widest line, or its minimum width. */
  private int[] natural(List<List<String>> table) {
    int[] natural = new int[headers.size()];
    for (int c = 0; c < natural.length; c++) {
      natural[c] = minWidth[c];
      for (List<String> row : table) {
        natural[c] = Math.max(natural[c], widestLine(prepare(row.get(c))));
      }
    }
    return natural;
  }

  /**
   * The narrowest each column may get: a shrinkable one its widest word, or 6 (or its minimum
   * width) where its words are narrower; any other its natural width, or with {@code headers} the
   * widest of its cells and of its header's words (its header wraps, its cells never do).
   */
  private int[] floors(List<List<String>> table, int[] natural, boolean headers) {
    int[] floor = natural.clone();
    for (int c = 0; c < floor.length; c++) {
      if (!shrinkable[c] && headers) {
        int widest = Math.max(minWidth[c], DisplayWidth.narrowest(prepare(table.get(0).get(c))));
        for (List<String> row : table.subList(1, table.size())) {
          widest = Math.max(widest, widestLine(prepare(row.get(c))));
        }
        floor[c] = Math.min(natural[c], widest);
      } else if (shrinkable[c]) {
        int narrowest = 0;
        for (List<String> row : table) {
          narrowest = Math.max(narrowest, DisplayWidth.narrowest(prepare(row.get(c))));
        }
        floor[c] = Math.max(narrowest, Math.min(natural[c], Math.max(minWidth[c], SHRINK_FLOOR)));
      }
    }
    return floor;
  }

  /**
   * Splits a prepared cell into the lines it takes in a column this wide, balanced: as narrow as
   * they can be in as few lines, so that "房屋租金减免" in 10 columns is "房屋租" and "金减免" rather
   * than "房屋租金减" and "免".
   */
  private static List<String> layOut(String text, int width) {
    if (widestLine(text) <= width) {
      return Arrays.asList(text.split("\n", -1));
    }
    List<String> lines = DisplayWidth.wrap(text, Math.max(1, width));
    // Fewer columns never give fewer lines: find the narrowest width with as many.
    int lo = Math.max(1, DisplayWidth.narrowest(text));
    int hi = width;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (DisplayWidth.wrap(text, mid).size() <= lines.size()) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return hi < width ? DisplayWidth.wrap(text, hi) : lines;
  }

  /** The widest line of column {@code c}'s cells wrapped to {@code width}: what it needs. */
  private static int widestWrapped(List<List<String>> table, int c, int width) {
    int widest = 0;
    for (List<String> row : table) {
      for (String line : layOut(prepare(row.get(c)), width)) {
        widest = Math.max(widest, DisplayWidth.of(line));
      }
    }
    return widest;
  }

  private static int widestLine(String text) {
    int max = 0;
    for (String line : text.split("\n", -1)) {
      max = Math.max(max, DisplayWidth.of(line));
    }
    return max;
  }

  /**
   * Normalizes a cell's line breaks to "\n" and tabs to spaces: the terminal would move the cursor
   * for a tab although it counts 0 columns.
   */
  private static String prepare(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
  }

  /** Narrows columns down to their floors, always the widest one first, until they fit. */
  private static int[] fit(int[] start, int[] floor, int budget) {
    int[] width = start.clone();
    int excess = Arrays.stream(width).sum() - budget;
    while (excess > 0) {
      int widest = -1;
      for (int c = 0; c < width.length; c++) {
        if (width[c] > floor[c] && (widest < 0 || width[c] > width[widest])) {
          widest = c;
        }
      }
      if (widest < 0) {
        break;
      }
      width[widest]--;
      excess--;
    }
    return width;
  }

  private int checkColumn(int column) {
    return Objects.checkIndex(column, headers.size());
  }

  private static List<String> cleanCopy(List<String> cells) {
    List<String> copy = new ArrayList<>(cells.size());
    for (String cell : cells) {
      copy.add(cell == null ? "" : cell);
    }
    return Collections.unmodifiableList(copy);
  }

  private static String stripTrailingSpaces(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    return s.substring(0, end);
  }
}
