package dev.qingdan.load.office;

import dev.qingdan.load.Loc;
import dev.qingdan.load.Place;
import dev.qingdan.load.Problem;
import dev.qingdan.load.Warning;
import dev.qingdan.load.office.SourceDocument.Block;
import dev.qingdan.load.office.SourceDocument.Paragraph;
import dev.qingdan.load.office.SourceDocument.SourceRow;
import dev.qingdan.text.Cells;
import dev.qingdan.text.Msg;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;

/** One sheet's XML, streamed: its cells, hidden rows and columns, and merged regions. */
final class XlsxSheet extends XlsxText {
  private static final int MAX_LISTED = 10;

  private final String file;
  private final String name;
  private final XlsxSharedStrings strings;
  private final XlsxStyles styles;
  private final DataFormatter format;
  private final boolean date1904;
  private final XlsxReader.Budget used;
  private final Map<Integer, RowCells> rows = new HashMap<>();
  private final BitSet hiddenColumns = new BitSet();
  private final List<CellRangeAddress> merged = new ArrayList<>();
  private int lastRow = -1;
  private int lastColumn;
  // the row and cell being read
  private RowCells row;
  private int rowIndex = -1;
  private int column;
  private String type;
  private int style;
  private boolean formula;
  private boolean value;

  XlsxSheet(String file, String name, XlsxSharedStrings strings, XlsxStyles styles,
      DataFormatter format, boolean date1904, XlsxReader.Budget used) {
    this.file = file;
    this.name = name;
    this.strings = strings;
    this.styles = styles;
    this.format = format;
    this.date1904 = date1904;
    this.used = used;
  }

  long area() {
    return (long) (lastRow + 1) * Math.max(1, lastColumn);
  }

  @Override
  public void startElement(String uri, String local, String q, Attributes a) {
    startText(local, "inlineStr".equals(type));
    switch (local) {
      case "row" -> {
        String r = a.getValue("r");
        rowIndex = r == null ? rowIndex + 1 : index(r, SpreadsheetVersion.EXCEL2007.getMaxRows());
        row = new RowCells();
        row.hidden = XlsxReader.isTrue(a.getValue("hidden"));
        rows.put(rowIndex, row);
        lastRow = Math.max(lastRow, rowIndex);
        column = -1;
        check();
      }
      case "c" -> {
        String r = a.getValue("r");
        column = r == null ? column + 1 : new CellReference(r).getCol();
        if (column < 0 || column >= SpreadsheetVersion.EXCEL2007.getMaxColumns()) {
          throw new OfficeReader.Refused(Problem.error("format", Msg.of("sheet '%s' has a "
              + "cell outside the sheet ('%s')", name, String.valueOf(r)), file, Loc.FILE, ""));
        }
        type = a.getValue("t");
        String s = a.getValue("s");
        style = s == null ? 0 : XlsxStyles.number(s);
        formula = false;
        value = false;
        text.setLength(0);
      }
      case "f" -> formula = true;
      case "v" -> {
        value = true;
        collect();
      }
      case "col" -> {
        if (XlsxReader.isTrue(a.getValue("hidden"))) {
          int min = index(a.getValue("min"), SpreadsheetVersion.EXCEL2007.getMaxColumns());
          int max = index(a.getValue("max"), SpreadsheetVersion.EXCEL2007.getMaxColumns());
          if (min <= max) {
            hiddenColumns.set(min, max + 1);
          }
        }
      }
      case "mergeCell" -> {
        String ref = a.getValue("ref");
        if (ref != null) {
          merged.add(CellRangeAddress.valueOf(ref));
        }
      }
      default -> { }
    }
  }

  @Override
  public void endElement(String uri, String local, String q) {
    endText(local);
    switch (local) {
      case "c" -> {
        if (row == null) {
          return; // a cell outside any row: the sheet data is malformed, and Excel ignores it
        }
        // a number's empty value is none too: openpyxl writes a formula with an empty <v/>
        boolean saved = value && !(text.isEmpty() && (type == null || type.equals("n")));
        if (formula && !saved && !row.hidden && !hiddenColumns.get(column)) {
          throw new OfficeReader.Refused(Problem.error("formula", Msg.of("a formula without a "
              + "saved value: open the file in Excel, let it calculate, save it and import it "
              + "again"), Place.sheetRow(file, 0, name, rowIndex + 1).where(column), Loc.FILE,
              ""));
        }
        String t = cellText();
        used.text += t.length();
        if (used.text > XlsxReader.MAX_TEXT) {
          throw XlsxReader.tooLarge(file, Msg.of("the cells of the workbook hold more than %s "
              + "characters (up to sheet '%s'), more than a checklist table may have",
              String.format("%,d", XlsxReader.MAX_TEXT), name));
        }
        row.add(column, t);
        lastColumn = Math.max(lastColumn, row.end);
        check();
      }
      case "row" -> row = null;
      default -> { }
    }
  }

  /** Stops the reading once the workbook's cells so far pass the limit. */
  private void check() {
    if (used.cells + area() > XlsxReader.MAX_CELLS) {
      throw XlsxReader.tooLarge(file, Msg.of("the workbook has more than %s cells (rows times "
          + "columns of its sheets, up to sheet '%s'), more than a checklist table may have",
          String.format("%,d", XlsxReader.MAX_CELLS), name));
    }
  }

  /** The cell as Excel shows it: the cached value of a formula, a number in its format. */
  private String cellText() {
    String v = text.toString();
    if (type == null || type.equals("n")) {
      if (!value || v.isEmpty()) {
        return "";
      }
      double d = Double.parseDouble(v);
      int index = styles.formatIndex(style);
      String f = styles.formatString(index);
      return Cells.clean(f == null ? String.valueOf(d)
          : format.formatRawCellContents(d, index, f, date1904));
    }
    return switch (type) {
      case "s" -> v.isEmpty() ? "" : Cells.clean(strings.get(
          Integer.parseInt(v.strip())));
      case "inlineStr", "str" -> Cells.clean(new XSSFRichTextString(v).getString());
      case "b" -> value ? ("1".equals(v) || "true".equals(v) ? "TRUE" : "FALSE") : "";
      default -> Cells.clean(v); // e: the error as Excel shows it (#DIV/0!)
    };
  }

  private int index(String oneBased, int max) {
    try {
      int i = Integer.parseInt(oneBased.strip());
      if (i >= 1 && i <= max) {
        return i - 1;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new OfficeReader.Refused(Problem.error("format", Msg.of("sheet '%s' has a row or "
        + "column number '%s' outside the sheet", name, String.valueOf(oneBased)), file,
        Loc.FILE, ""));
  }

  /**
   * The sheet's rows as blocks. The area that holds cells bounds everything: a merged region
   * reaching past it (a whole column merged, as a hostile file may do: A1:XFD1048576 is 17
   * billion cells) adds nothing there.
   */
  int blocks(List<Block> blocks, List<Warning> warnings, int order) {
    int width = 0; // a merged region's cells may not exist in its rows
    List<int[]> regions = new ArrayList<>();
    for (CellRangeAddress m : merged) {
      int mLastRow = Math.min(m.getLastRow(), lastRow);
      int mLastColumn = Math.min(m.getLastColumn(), lastColumn - 1);
      if (m.getFirstRow() < 0 || m.getFirstColumn() < 0 || m.getFirstRow() > mLastRow
          || m.getFirstColumn() > mLastColumn) {
        continue;
      }
      width = Math.max(width, mLastColumn + 1);
      used.merged += (long) (mLastRow - m.getFirstRow() + 1)
          * (mLastColumn - m.getFirstColumn() + 1);
      if (used.merged > XlsxReader.MAX_CELLS) {
        // Excel never overlaps merged regions; only a crafted file covers more cells than it has
        throw XlsxReader.tooLarge(file, Msg.of("the merged regions of the workbook cover more "
            + "than %s cells (up to sheet '%s')", String.format("%,d", XlsxReader.MAX_CELLS),
            name));
      }
      regions.add(new int[] {m.getFirstRow(), mLastRow, m.getFirstColumn(), mLastColumn});
    }
    String[][] grid = new String[lastRow + 1][];
    List<Integer> hiddenRows = new ArrayList<>();
    BitSet hiddenFilled = new BitSet();
    for (int r = 0; r <= lastRow; r++) {
      RowCells cells = rows.get(r);
      String[] g = new String[Math.max(width, cells == null ? 0 : cells.end)];
      Arrays.fill(g, "");
      for (int i = 0; cells != null && i < cells.size; i++) {
        g[cells.columns[i]] = cells.texts[i];
      }
      if (cells != null && cells.hidden) {
        if (Arrays.stream(g).anyMatch(t -> !t.isEmpty())) {
          hiddenRows.add(r);
        }
        continue; // left null: not imported
      }
      for (int c = hiddenColumns.nextSetBit(0); c >= 0 && c < g.length;
          c = hiddenColumns.nextSetBit(c + 1)) {
        if (!g[c].isEmpty()) {
          hiddenFilled.set(c);
          g[c] = "";
        }
      }
      grid[r] = g;
    }
    Map<Integer, Set<Integer>> continues = new HashMap<>();
    for (int[] m : regions) {
      for (int r = m[0]; r <= m[1]; r++) {
        if (grid[r] == null) {
          continue;
        }
        for (int c = m[2]; c <= m[3]; c++) {
          if (r == m[0] && c == m[2]) {
            continue;
          }
          grid[r][c] = "";
          if (c == m[2]) {
            continues.computeIfAbsent(r, k -> new HashSet<>()).add(c);
          }
        }
      }
    }
    int leftmost = Integer.MAX_VALUE;
    for (String[] g : grid) {
      for (int c = 0; g != null && c < g.length && c < leftmost; c++) {
        if (!g[c].isEmpty()) {
          leftmost = c;
        }
      }
    }
    if (!hiddenRows.isEmpty()) {
      warnings.add(new Warning("hidden", Msg.of("hidden rows %s of sheet '%s' are not "
          + "imported; unhide them in the workbook to import them", ranges(hiddenRows, false),
          name), Place.sheetRow(file, order + hiddenRows.get(0) + 1, name,
          hiddenRows.get(0) + 1).where(0), order + hiddenRows.get(0) + 1));
    }
    if (!hiddenFilled.isEmpty()) {
      warnings.add(new Warning("hidden", Msg.of("the cells of hidden columns %s of sheet '%s' "
          + "are not imported; unhide them in the workbook to import them",
          ranges(hiddenFilled.stream().boxed().toList(), true), name), file, order + 1));
    }
    for (int r = 0; r <= lastRow; r++) {
      order++;
      String[] g = grid[r];
      if (g == null) {
        continue;
      }
      List<String> cells = Arrays.asList(g);
      Place place = Place.sheetRow(file, order, name, r + 1);
      Set<Integer> continued = continues.getOrDefault(r, Set.of());
      List<Integer> filled = new ArrayList<>();
      for (int c = 0; c < g.length; c++) {
        if (!g[c].isEmpty()) {
          filled.add(c);
        }
      }
      if (filled.isEmpty()) {
        blocks.add(new Paragraph("", place));
      } else if (filled.size() == 1 && filled.get(0) == leftmost && continued.isEmpty()) {
        SourceDocument.prose(blocks, g[leftmost], place);
      } else {
        blocks.add(new SourceRow(cells, continued, place));
      }
    }
    return order;
  }

  /** The cells of one row, in the order the sheet lists them. */
  private static final class RowCells {
    boolean hidden;
    int[] columns = new int[4];
    String[] texts = new String[4];
    int size;
    int end; // one past the last column with a cell, blank ones included

    void add(int column, String text) {
      if (size == columns.length) {
        columns = Arrays.copyOf(columns, size * 2);
        texts = Arrays.copyOf(texts, size * 2);
      }
      columns[size] = column;
      texts[size] = text;
      size++;
      end = Math.max(end, column + 1);
    }
  }

  /** Rows 5, 9-12 (1-based) or columns B, D-F: the first few, and an ellipsis for the rest. */
  private static String ranges(List<Integer> indexes, boolean columns) {
    List<String> parts = new ArrayList<>();
    boolean more = false;
    for (int i = 0; i < indexes.size(); i++) {
      int first = indexes.get(i);
      int last = first;
      while (i + 1 < indexes.size() && indexes.get(i + 1) == last + 1) {
        last = indexes.get(++i);
      }
      if (parts.size() == MAX_LISTED) {
        more = true;
        break;
      }
      String a = columns ? Place.columnName(first) : String.valueOf(first + 1);
      String b = columns ? Place.columnName(last) : String.valueOf(last + 1);
      parts.add(first == last ? a : a + "-" + b);
    }
    return String.join(", ", parts) + (more ? ", …" : "");
  }
}
