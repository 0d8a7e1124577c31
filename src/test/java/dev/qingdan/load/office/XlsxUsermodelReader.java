package dev.qingdan.load.office;

import dev.qingdan.load.Place;
import dev.qingdan.load.office.SourceDocument.Block;
import dev.qingdan.load.office.SourceDocument.Paragraph;
import dev.qingdan.load.office.SourceDocument.SourceRow;
import dev.qingdan.text.Cells;
import dev.qingdan.text.Msg;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook reader as it was before {@link XlsxReader} streamed the sheets, kept to check that
 * the streaming one reads every real workbook the same: it builds the whole workbook with POI's
 * user model. Reads a workbook's visible sheets in order. A row with one filled cell, in the sheet's leftmost
 * used column, is prose (a title, 附件 2, a line of the register); any other row is a table row.
 * Cells read as Excel shows them (1, not 1.0; 100% for a percentage). In a merged region the first
 * column's cells below the top are blank and marked as continued; the other cells are blank.
 */
final class XlsxUsermodelReader {
  /** The most cells (rows times columns) of one sheet; a checklist table has a few hundred. */
  static final long MAX_CELLS = 5_000_000;

  private XlsxUsermodelReader() {}

  /** A sheet larger than any checklist table, refused before its cells are read. */
  static final class TooLarge extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient Msg msg;

    TooLarge(Msg msg) {
      super(msg.en());
      this.msg = msg;
    }

    Msg msg() {
      return msg;
    }
  }

  static SourceDocument read(String name, XSSFWorkbook wb) {
    DataFormatter format = new DataFormatter(Locale.ROOT);
    format.setUseCachedValuesForFormulaCells(true);
    List<Block> blocks = new ArrayList<>();
    int order = 0;
    for (int s = 0; s < wb.getNumberOfSheets(); s++) {
      if (wb.isSheetHidden(s) || wb.isSheetVeryHidden(s)) {
        continue;
      }
      Sheet sheet = wb.getSheetAt(s);
      // The area that holds cells: a merged region reaching past it (a whole column merged, as a
      // hostile file may do: A1:XFD1048576 is 17 billion cells) adds nothing there.
      int lastRow = sheet.getLastRowNum();
      int lastColumn = 0;
      for (Row row : sheet) {
        lastColumn = Math.max(lastColumn, row.getLastCellNum());
      }
      if ((long) (lastRow + 1) * lastColumn > MAX_CELLS) {
        throw new TooLarge(Msg.of("sheet '%s' has %d rows of %d columns, more than the %s cells a "
            + "checklist table may have", sheet.getSheetName(), lastRow + 1, lastColumn,
            String.format("%,d", MAX_CELLS)));
      }
      Set<Long> continues = new HashSet<>();
      Set<Long> covered = new HashSet<>();
      int width = 0; // a merged region's cells may not exist in its rows
      long merged = 0;
      for (CellRangeAddress m : sheet.getMergedRegions()) {
        int mLastRow = Math.min(m.getLastRow(), lastRow);
        int mLastColumn = Math.min(m.getLastColumn(), lastColumn - 1);
        if (m.getFirstRow() > mLastRow || m.getFirstColumn() > mLastColumn) {
          continue;
        }
        width = Math.max(width, mLastColumn + 1);
        merged += (long) (mLastRow - m.getFirstRow() + 1) * (mLastColumn - m.getFirstColumn() + 1);
        if (merged > MAX_CELLS) {
          // Excel never overlaps merged regions; only a crafted file covers more cells than it has
          throw new TooLarge(Msg.of("sheet '%s' has merged regions covering more than %s cells",
              sheet.getSheetName(), String.format("%,d", MAX_CELLS)));
        }
        for (int r = m.getFirstRow(); r <= mLastRow; r++) {
          for (int c = m.getFirstColumn(); c <= mLastColumn; c++) {
            if (r == m.getFirstRow() && c == m.getFirstColumn()) {
              continue;
            }
            covered.add(key(r, c));
            if (c == m.getFirstColumn()) {
              continues.add(key(r, c));
            }
          }
        }
      }
      List<List<String>> rows = new ArrayList<>();
      int leftmost = Integer.MAX_VALUE;
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        int end = Math.max(width, row == null ? 0 : row.getLastCellNum());
        for (int c = 0; c < end; c++) {
          Cell cell = row == null ? null : row.getCell(c);
          String text = cell == null || covered.contains(key(r, c)) ? ""
              : Cells.clean(format.formatCellValue(cell));
          cells.add(text);
          if (!text.isEmpty()) {
            leftmost = Math.min(leftmost, c);
          }
        }
        rows.add(cells);
      }
      for (int r = 0; r < rows.size(); r++) {
        List<String> cells = rows.get(r);
        order++;
        Place place = Place.sheetRow(name, order, sheet.getSheetName(), r + 1);
        Set<Integer> continued = new HashSet<>();
        for (int c = 0; c < cells.size(); c++) {
          if (continues.contains(key(r, c))) {
            continued.add(c);
          }
        }
        List<Integer> filled = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
          if (!cells.get(c).isEmpty()) {
            filled.add(c);
          }
        }
        if (filled.isEmpty()) {
          blocks.add(new Paragraph("", place));
        } else if (filled.size() == 1 && filled.get(0) == leftmost && continued.isEmpty()) {
          SourceDocument.prose(blocks, cells.get(leftmost), place);
        } else {
          blocks.add(new SourceRow(cells, continued, place));
        }
      }
    }
    return new SourceDocument(name, blocks);
  }

  private static long key(int row, int column) {
    return ((long) row << 20) | column;
  }
}
