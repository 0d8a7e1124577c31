package dev.qingdan.load.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Builds a Word document and a workbook from the seed, the way an analyst's copies of it look: the
 * prose as paragraphs, the checklist as tables split at page breaks with the header row repeated,
 * and the cells the contract repeats merged with the cell above where the cell above is in the same
 * table. The merges are derived here from the seed's blank cells and the contract's wording, not by
 * the importer.
 */
public final class SeedDocuments {
  static final Path SEED = Path.of("examples/plan-2022.txt");

  /** 序号, 政策事项, 政策要点, 牵头单位, 定性目标, 进度安排, 实现方式: repeated in a continuation row. */
  private static final Set<Integer> CONTINUED = Set.of(0, 1, 2, 3, 5, 8, 10);
  private static final int PARTNERS = 4;
  private static final int LEAD = 3;
  private static final int METHOD = 10;
  /** The seed's one row shifted a column to the left (23.2): a paste error, never merged. */
  private static final String SHIFTED = "降低贷记支付手续费和运费险单数";

  private SeedDocuments() {}

  /** A piece of the seed: a line of prose, or a table (its lines cut into cells). */
  record Piece(String prose, List<List<String>> table) {}

  /** The seed's prose lines (blank ones left out) and tables (runs of tab-separated lines). */
  static List<Piece> pieces() throws IOException {
    List<Piece> out = new ArrayList<>();
    List<List<String>> table = null;
    for (String line : Files.readAllLines(SEED)) {
      if (line.contains("\t")) {
        if (table == null) {
          table = new ArrayList<>();
          out.add(new Piece(null, table));
        }
        table.add(List.of(line.split("\t", -1)));
      } else {
        table = null;
        if (!line.isBlank()) {
          out.add(new Piece(line.strip(), null));
        }
      }
    }
    return out;
  }

  static boolean isHeader(List<String> cells) {
    return cells.get(0).equals("序号");
  }

  /**
   * Whether cell {@code c} of {@code row} merges with the cell above, {@code above} being the row
   * before it in the same table (null at the top of a table or below a header row).
   */
  static boolean mergesUp(List<String> row, List<String> above, int c) {
    if (above == null || isHeader(above) || isHeader(row) || row.contains(SHIFTED)
        || !row.get(c).isEmpty()) {
      return false;
    }
    if (!row.get(0).isEmpty()) {
      return c == METHOD;
    }
    return CONTINUED.contains(c) || (c == PARTNERS && row.get(LEAD).isEmpty());
  }

  /**
   * The seed as a Word document. The first two tables of the seed become one Word table with the
   * header row repeated inside it (as when pages are pasted one after another); the others stay
   * separate tables with a page break between them. Each table's first row is marked as a header
   * row that Word repeats on every page.
   */
  public static byte[] docx() throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      List<Piece> pieces = pieces();
      List<List<String>> pending = null;
      int tables = 0;
      for (int i = 0; i < pieces.size(); i++) {
        Piece p = pieces.get(i);
        if (p.prose() != null) {
          doc.createParagraph().createRun().setText(p.prose());
          continue;
        }
        if (tables++ == 0) {
          pending = p.table(); // the first table: joined with the second
          continue;
        }
        List<List<String>> rows = new ArrayList<>();
        if (pending != null) {
          rows.addAll(pending);
          pending = null;
        }
        rows.addAll(p.table());
        table(doc, rows);
        if (i + 1 < pieces.size() && pieces.get(i + 1).table() != null) {
          doc.createParagraph().createRun().addBreak(BreakType.PAGE);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static void table(XWPFDocument doc, List<List<String>> rows) {
    XWPFTable t = doc.createTable(rows.size(), rows.get(0).size());
    for (int r = 0; r < rows.size(); r++) {
      List<String> cells = rows.get(r);
      XWPFTableRow row = t.getRow(r);
      if (r == 0) {
        row.setRepeatHeader(true);
      }
      for (int c = 0; c < cells.size(); c++) {
        XWPFTableCell cell = row.getCell(c);
        List<String> above = r == 0 ? null : rows.get(r - 1);
        if (mergesUp(cells, above, c)) {
          CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr()
              : cell.getCTTc().addNewTcPr();
          pr.addNewVMerge(); // no value: continue
          CTTcPr top = t.getRow(r - 1).getCell(c).getCTTc().getTcPr();
          if (top == null || !top.isSetVMerge()) {
            top = top != null ? top : t.getRow(r - 1).getCell(c).getCTTc().addNewTcPr();
            top.addNewVMerge().setVal(STMerge.RESTART);
          }
        } else {
          cell.setText(cells.get(c));
        }
      }
    }
  }

  /**
   * The seed as a workbook: the prose before 附件 1 on sheet 正文, the rest on sheet 附件1 with the
   * checklist's rows as the seed has them (header rows repeated, a blank row between pages), 序号 as
   * numbers, 100% as a number formatted as a percentage, and the cells the contract repeats merged
   * with the cell above.
   */
  public static byte[] xlsx() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      CellStyle percent = wb.createCellStyle();
      percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
      XSSFSheet sheet = wb.createSheet("正文");
      int r = 0;
      for (Piece p : pieces()) {
        if (p.prose() != null && p.prose().matches("附件\\s*1")) {
          sheet = wb.createSheet("附件1");
          r = 0;
        }
        if (p.prose() != null) {
          sheet.createRow(r++).createCell(0).setCellValue(p.prose());
          continue;
        }
        List<List<String>> rows = p.table();
        int[] start = new int[rows.get(0).size()];
        Arrays.fill(start, r);
        for (int i = 0; i < rows.size(); i++) {
          List<String> cells = rows.get(i);
          XSSFRow row = sheet.createRow(r);
          for (int c = 0; c < cells.size(); c++) {
            boolean merged = mergesUp(cells, i == 0 ? null : rows.get(i - 1), c);
            if (!merged) {
              if (start[c] < r - 1) {
                sheet.addMergedRegion(new CellRangeAddress(start[c], r - 1, c, c));
              }
              start[c] = r;
              cell(row.createCell(c), cells.get(c), percent, isHeader(cells));
            }
          }
          r++;
        }
        for (int c = 0; c < start.length; c++) {
          if (start[c] < r - 1) {
            sheet.addMergedRegion(new CellRangeAddress(start[c], r - 1, c, c));
          }
        }
        r++; // the page break
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static void cell(XSSFCell cell, String text, CellStyle percent, boolean header) {
    if (!header && text.matches("[0-9]+")) {
      cell.setCellValue(Integer.parseInt(text));
    } else if (text.equals("100%")) {
      cell.setCellValue(1.0);
      cell.setCellStyle(percent);
    } else {
      cell.setCellValue(text);
    }
  }

  /** Writes both to {@code dir} as seed.docx and seed.xlsx. */
  static void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.write(dir.resolve("seed.docx"), docx());
    Files.write(dir.resolve("seed.xlsx"), xlsx());
  }
}
