package dev.qingdan.load.office;

import dev.qingdan.load.Loc;
import dev.qingdan.load.Place;
import dev.qingdan.load.Problem;
import dev.qingdan.load.office.SourceDocument.Block;
import dev.qingdan.load.office.SourceDocument.Paragraph;
import dev.qingdan.load.office.SourceDocument.SourceRow;
import dev.qingdan.load.Warning;
import dev.qingdan.text.Cells;
import dev.qingdan.text.Msg;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a workbook's visible sheets in order, streaming each sheet's XML so that a limit stops the
 * reading where it is reached. A row with one filled cell, in the sheet's leftmost used column, is
 * prose (a title, 附件 2, a line of the register); any other row is a table row. Cells read as Excel
 * shows them (1, not 1.0; 100% for a percentage). In a merged region the first column's cells
 * below the top are blank and marked as continued; the other cells are blank.
 *
 * <p>What the author does not see is not imported: hidden sheets, hidden rows and the cells of
 * hidden columns are left out, each named in a warning where it holds text. A formula without a
 * saved value is refused at its cell: its value is unknown until a spreadsheet computes it.
 */
final class XlsxReader {
  /**
   * The most cells (rows times columns of each sheet's used area, a row counting at least one) of
   * the whole workbook, and the most cells its merged regions may cover within those areas; the
   * checklist table has a few hundred.
   */
  static final long MAX_CELLS = 100_000;
  /** The most characters of all cells together; the checklist has about 30,000. */
  static final long MAX_TEXT = 10_000_000;

  private static final int MAX_LISTED = 10;

  private XlsxReader() {}

  /** What the sheets read so far hold, against the workbook's limits. */
  private static final class Budget {
    long cells;
    long merged;
    long text;
  }

  /** A sheet as the workbook lists it. */
  private record SheetRef(String name, String relation, boolean hidden) {}

  static SourceDocument read(String name, OPCPackage pkg) throws IOException, SAXException,
      OpenXML4JException {
    XSSFReader reader = new XSSFReader(pkg);
    Book book = new Book();
    try (InputStream in = reader.getWorkbookData()) {
      OfficeReader.parse(in, book);
    }
    Styles styles = new Styles();
    try (InputStream in = reader.getStylesData()) {
      if (in != null) {
        OfficeReader.parse(in, styles);
      }
    } catch (IOException | OpenXML4JException | IllegalArgumentException e) {
      // no styles part: every cell has the General format, as a new workbook's do
    }
    SharedStrings strings = new SharedStrings();
    try (InputStream in = reader.getSharedStringsData()) {
      if (in != null) {
        OfficeReader.parse(in, strings);
      }
    } catch (IOException | OpenXML4JException | IllegalArgumentException e) {
      // no shared strings part: the cells hold their text inline, or none
    }
    DataFormatter format = new DataFormatter(Locale.ROOT);
    List<Block> blocks = new ArrayList<>();
    List<Warning> warnings = new ArrayList<>();
    Budget used = new Budget();
    int order = 0;
    for (SheetRef ref : book.sheets) {
      if (ref.hidden()) {
        warnings.add(new Warning("hidden", Msg.of("sheet '%s' is hidden and is not imported; "
            + "unhide it in the workbook to import it", ref.name()), name, 0));
        continue;
      }
      Sheet sheet = new Sheet(name, ref.name(), strings, styles, format, book.date1904, used);
      try (InputStream in = reader.getSheet(ref.relation())) {
        OfficeReader.parse(in, sheet);
      }
      used.cells += sheet.area();
      order = sheet.blocks(blocks, warnings, order);
    }
    return new SourceDocument(name, blocks, warnings);
  }

  private static OfficeReader.Refused tooLarge(String file, Msg text) {
    return new OfficeReader.Refused(Problem.error("too-large", text, file, Loc.FILE, ""));
  }

  private static boolean isTrue(String attribute) {
    return "1".equals(attribute) || "true".equals(attribute);
  }

  /** workbook.xml: the sheets in order, and the date system. */
  private static final class Book extends DefaultHandler {
    final List<SheetRef> sheets = new ArrayList<>();
    boolean date1904;

    @Override
    public void startElement(String uri, String local, String q, Attributes a) {
      if (local.equals("workbookPr")) {
        date1904 = isTrue(a.getValue("date1904"));
      } else if (local.equals("sheet")) {
        String state = a.getValue("state");
        sheets.add(new SheetRef(String.valueOf(a.getValue("name")), a.getValue(
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id"),
            "hidden".equals(state) || "veryHidden".equals(state)));
      }
    }
  }

  /** styles.xml: the number format of each cell style. */
  private static final class Styles extends DefaultHandler {
    final Map<Integer, String> formats = new HashMap<>();
    final List<Integer> styles = new ArrayList<>();
    private boolean inCellXfs;
    private boolean inNumFmts; // a differential format (dxf) has number formats too, not these

    @Override
    public void startElement(String uri, String local, String q, Attributes a) {
      switch (local) {
        case "numFmt" -> {
          if (inNumFmts) {
            formats.put(number(a.getValue("numFmtId")), a.getValue("formatCode"));
          }
        }
        case "numFmts" -> inNumFmts = true;
        case "cellXfs" -> inCellXfs = true;
        case "xf" -> {
          if (inCellXfs) {
            styles.add(number(a.getValue("numFmtId")));
          }
        }
        default -> { }
      }
    }

    @Override
    public void endElement(String uri, String local, String q) {
      if (local.equals("cellXfs")) {
        inCellXfs = false;
      } else if (local.equals("numFmts")) {
        inNumFmts = false;
      }
    }

    int formatIndex(int style) {
      return style >= 0 && style < styles.size() ? styles.get(style) : 0;
    }

    String formatString(int index) {
      String f = formats.get(index);
      return f != null ? f : BuiltinFormats.getBuiltinFormat(index);
    }

    private static int number(String s) {
      try {
        return s == null ? 0 : Integer.parseInt(s);
      } catch (NumberFormatException e) {
        return 0;
      }
    }
  }

  /**
   * A handler that collects the text of rich text (its {@code t} elements outside phonetic runs,
   * the furigana Excel does not show in the cell) and of any element it asks for.
   */
  private abstract static class TextHandler extends DefaultHandler {
    final StringBuilder text = new StringBuilder();
    private boolean inText;
    private boolean inPhonetic;

    /** Follows the rich text's elements; {@code here} says whether a {@code t} here is text. */
    void startText(String local, boolean here) {
      switch (local) {
        case "rPh" -> inPhonetic = true;
        case "t" -> inText = here && !inPhonetic;
        default -> { }
      }
    }

    /** Collects the text of the element just started, up to its end. */
    void collect() {
      inText = true;
    }

    void endText(String local) {
      if (local.equals("rPh")) {
        inPhonetic = false;
      }
      inText = false;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inText) {
        text.append(ch, start, length);
      }
    }
  }

  /**
   * sharedStrings.xml: each string's text, its phonetic runs (furigana) left out, as Excel shows
   * it. POI's {@code ReadOnlySharedStringsTable} reads the same, but makes a rich text object for
   * every cell that uses a string; here the text is decoded only where it has an escape.
   */
  private static final class SharedStrings extends TextHandler {
    private final List<String> strings = new ArrayList<>();

    @Override
    public void startElement(String uri, String local, String q, Attributes a) {
      if (local.equals("si")) {
        text.setLength(0);
      }
      startText(local, true);
    }

    @Override
    public void endElement(String uri, String local, String q) {
      endText(local);
      if (local.equals("si")) {
        strings.add(text.toString());
      }
    }

    /** String {@code index}, its {@code _x000D_} escapes decoded. */
    String get(int index) {
      String s = strings.get(index);
      return s.contains("_x") ? new XSSFRichTextString(s).getString() : s;
    }
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

  /** One sheet's XML, streamed: its cells, hidden rows and columns, and merged regions. */
  private static final class Sheet extends TextHandler {
    private final String file;
    private final String name;
    private final SharedStrings strings;
    private final Styles styles;
    private final DataFormatter format;
    private final boolean date1904;
    private final Budget used;
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

    Sheet(String file, String name, SharedStrings strings, Styles styles,
        DataFormatter format, boolean date1904, Budget used) {
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
          row.hidden = isTrue(a.getValue("hidden"));
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
          style = s == null ? 0 : Styles.number(s);
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
          if (isTrue(a.getValue("hidden"))) {
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
          if (used.text > MAX_TEXT) {
            throw tooLarge(file, Msg.of("the cells of the workbook hold more than %s characters "
                + "(up to sheet '%s'), more than a checklist table may have",
                String.format("%,d", MAX_TEXT), name));
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
      if (used.cells + area() > MAX_CELLS) {
        throw tooLarge(file, Msg.of("the workbook has more than %s cells (rows times columns "
            + "of its sheets, up to sheet '%s'), more than a checklist table may have",
            String.format("%,d", MAX_CELLS), name));
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
        used.merged += (long) (mLastRow - m.getFirstRow() + 1) * (mLastColumn - m.getFirstColumn() + 1);
        if (used.merged > MAX_CELLS) {
          // Excel never overlaps merged regions; only a crafted file covers more cells than it has
          throw tooLarge(file, Msg.of("the merged regions of the workbook cover more than %s "
              + "cells (up to sheet '%s')", String.format("%,d", MAX_CELLS), name));
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
