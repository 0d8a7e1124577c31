package dev.qingdan.load.office;

import dev.qingdan.load.Loc;
import dev.qingdan.load.Place;
import dev.qingdan.load.Problem;
import dev.qingdan.load.office.SourceDocument.Block;
import dev.qingdan.load.office.SourceDocument.SourceRow;
import dev.qingdan.load.Warning;
import dev.qingdan.text.Cells;
import dev.qingdan.text.Msg;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a Word document's body: paragraphs as prose, each table row as a row of cells laid out on
 * the table's grid. A cell spanning several grid columns fills the first and leaves the others
 * blank; a cell that continues a vertical merge is blank and marked as continued. Hidden text
 * (Word's "hidden" font effect, {@code w:vanish}) is what the author does not see: it is left out,
 * with a warning.
 */
final class DocxReader {
  /** More grid columns than any checklist has; guards against a corrupt span. */
  private static final int MAX_SPAN = 64;
  /** The most paragraphs of the document, in table cells or not; the real plan has 517. */
  static final int MAX_PARAGRAPHS = 20_000;
  /** The most table cells of the document; the real plan has 484. */
  static final int MAX_TABLE_CELLS = 20_000;
  /**
   * The most XML elements of the document's main part: POI builds an object for each, about ten
   * kilobytes of memory and work a hundred; the real plan has 2,300, a plan saved by Word with
   * its formatting ten times as many.
   */
  static final int MAX_ELEMENTS = 100_000;
  /** The deepest nesting of the document's XML; Word's own is a few dozen levels. */
  static final int MAX_DEPTH = 256;

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private DocxReader() {}

  /**
   * Counts the main part's elements, paragraphs and table cells and measures its depth, streaming,
   * before POI builds the document: refuses one past a limit.
   */
  static void check(String name, PackagePart main) throws IOException, SAXException {
    DefaultHandler counter = new DefaultHandler() {
      int paragraphs;
      int cells;
      int depth;
      int elements;

      @Override
      public void startElement(String uri, String local, String q, Attributes a) {
        if (++depth > MAX_DEPTH) {
          throw refused(name, Msg.of("the document's XML is nested more than %d levels deep",
              MAX_DEPTH));
        }
        if (++elements > MAX_ELEMENTS) {
          throw refused(name, Msg.of("the document has more than %s XML elements, more than a "
              + "checklist has", String.format("%,d", MAX_ELEMENTS)));
        }
        if (W.equals(uri) && local.equals("p") && ++paragraphs > MAX_PARAGRAPHS) {
          throw refused(name, Msg.of("the document has more than %s paragraphs, more than a "
              + "checklist has", String.format("%,d", MAX_PARAGRAPHS)));
        }
        if (W.equals(uri) && local.equals("tc") && ++cells > MAX_TABLE_CELLS) {
          throw refused(name, Msg.of("the document has more than %s table cells, more than a "
              + "checklist has", String.format("%,d", MAX_TABLE_CELLS)));
        }
      }

      @Override
      public void endElement(String uri, String local, String q) {
        depth--;
      }
    };
    try (InputStream in = main.getInputStream()) {
      OfficeReader.parse(in, counter);
    }
  }

  private static OfficeReader.Refused refused(String name, Msg text) {
    return new OfficeReader.Refused(Problem.error("too-large", text, name, Loc.FILE, ""));
  }

  static SourceDocument read(String name, XWPFDocument doc) {
    List<Block> blocks = new ArrayList<>();
    List<Warning> warnings = new ArrayList<>();
    int order = 0;
    int paragraphs = 0;
    int tables = 0;
    for (IBodyElement e : doc.getBodyElements()) {
      if (e instanceof XWPFParagraph p) {
        paragraphs++;
        order++;
        Place place = Place.block(name, order, "paragraph " + paragraphs);
        SourceDocument.prose(blocks, text(p, place, warnings), place);
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
          blocks.add(row(row, Place.block(name, order, "table " + tables + ", row " + r),
              warnings));
        }
      }
    }
    return new SourceDocument(name, blocks, warnings);
  }

  /**
   * The paragraph's text without its hidden runs; a hidden run with text is named in a warning.
   * A paragraph without hidden runs reads as POI reads it.
   */
  private static String text(XWPFParagraph p, Place place, List<Warning> warnings) {
    if (p.getRuns().stream().noneMatch(XWPFRun::isVanish)) {
      return p.getText();
    }
    StringBuilder shown = new StringBuilder();
    StringBuilder hidden = new StringBuilder();
    for (XWPFRun run : p.getRuns()) {
      (run.isVanish() ? hidden : shown).append(run.text());
    }
    if (!Cells.clean(hidden.toString()).isEmpty()) {
      warnings.add(new Warning("hidden", Msg.of("hidden text '%s' is not imported; show it in "
          + "Word (remove the Hidden font effect) to import it", Cells.clean(hidden.toString())),
          place.where(), place.order()));
    }
    return shown.toString();
  }

  private static SourceRow row(XWPFTableRow row, Place place, List<Warning> warnings) {
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
      cells.add(continues || hidden ? "" : text(cell, place, warnings));
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
  private static String text(XWPFTableCell cell, Place place, List<Warning> warnings) {
    List<String> lines = new ArrayList<>();
    for (XWPFParagraph p : cell.getParagraphs()) {
      text(p, place, warnings).lines().forEach(l -> lines.add(Cells.clean(l)));
    }
    return Cells.clean(String.join("\n", lines));
  }
}
