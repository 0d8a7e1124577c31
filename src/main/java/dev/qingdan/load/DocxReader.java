package dev.qingdan.load;

import dev.qingdan.load.SourceDocument.Block;
import dev.qingdan.load.SourceDocument.SourceRow;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a Word document's body: paragraphs as prose, each table row as a row of cells laid out on
 * the table's grid. A cell spanning several grid columns fills the first and leaves the others
 * blank; a cell that continues a vertical merge is blank and marked as continued.
 */
final class DocxReader {
  /** More grid columns than any checklist has; guards against a corrupt span. */
  private static final int MAX_SPAN = 64;

  private DocxReader() {}

  static SourceDocument read(String name, XWPFDocument doc) {
    List<Block> blocks = new ArrayList<>();
    int order = 0;
    int paragraphs = 0;
    int tables = 0;
    for (IBodyElement e : doc.getBodyElements()) {
      if (e instanceof XWPFParagraph p) {
        paragraphs++;
        order++;
        SourceDocument.prose(blocks, p.getText(), Place.block(name, order, "paragraph " + paragraphs));
      } else if (e instanceof XWPFSDT sdt) {
        paragraphs++;
        order++;
        SourceDocument.prose(blocks, sdt.getContent().getText(), Place.block(name, order,
            "paragraph " + paragraphs));
      } else if (e instanceof XWPFTable t) {
        tables++;
        int r = 0;
        for (XWPFTableRow row : t.getRows()) {
          r++;
          order++;
          blocks.add(row(row, Place.block(name, order, "table " + tables + ", row " + r)));
        }
      }
    }
    return new SourceDocument(name, blocks);
  }

  private static SourceRow row(XWPFTableRow row, Place place) {
    List<String> cells = new ArrayList<>();
    Set<Integer> continued = new HashSet<>();
    CTTrPr trPr = row.getCtRow().getTrPr();
    if (trPr != null && trPr.sizeOfGridBeforeArray() > 0) {
      for (int i = number(trPr.getGridBeforeArray(0)); i > 0; i--) {
        cells.add("");
      }
    }
    for (XWPFTableCell cell : row.getTableCells()) {
      CTTcPr pr = cell.getCTTc().getTcPr();
      int span = pr != null && pr.isSetGridSpan() ? Math.max(1, number(pr.getGridSpan())) : 1;
      boolean continues = pr != null && pr.isSetVMerge()
          && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
      boolean hidden = pr != null && pr.isSetHMerge()
          && (pr.getHMerge().getVal() == null || pr.getHMerge().getVal() == STMerge.CONTINUE);
      if (continues) {
        continued.add(cells.size());
      }
      cells.add(continues || hidden ? "" : text(cell));
      for (int i = 1; i < span; i++) {
        cells.add("");
      }
    }
    return new SourceRow(cells, continued, place);
  }

  private static int number(CTDecimalNumber n) {
    BigInteger v = n.getVal();
    return v == null ? 0 : Math.min(MAX_SPAN, Math.max(0, v.intValue()));
  }

  /** The cell's paragraphs, one a line, without blank lines at either end. */
  private static String text(XWPFTableCell cell) {
    List<String> lines = new ArrayList<>();
    for (XWPFParagraph p : cell.getParagraphs()) {
      p.getText().lines().forEach(l -> lines.add(Cells.clean(l)));
    }
    return Cells.clean(String.join("\n", lines));
  }
}
