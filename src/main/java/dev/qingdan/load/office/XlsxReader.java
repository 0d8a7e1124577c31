package dev.qingdan.load.office;

import dev.qingdan.load.Loc;
import dev.qingdan.load.Problem;
import dev.qingdan.load.office.SourceDocument.Block;
import dev.qingdan.load.Warning;
import dev.qingdan.text.Cells;
import dev.qingdan.text.Msg;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.SAXException;

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

  private XlsxReader() {}

  /** What the sheets read so far hold, against the workbook's limits. */
  static final class Budget {
    long cells;
    long merged;
    long text;
  }

  static SourceDocument read(String name, OPCPackage pkg) throws IOException, SAXException,
      OpenXML4JException {
    XSSFReader reader = new XSSFReader(pkg);
    XlsxWorkbook book = new XlsxWorkbook();
    try (InputStream in = reader.getWorkbookData()) {
      OfficeReader.parse(in, book);
    }
    XlsxStyles styles = new XlsxStyles();
    try (InputStream in = reader.getStylesData()) {
      if (in != null) {
        OfficeReader.parse(in, styles);
      }
    } catch (IOException | OpenXML4JException | IllegalArgumentException e) {
      // no styles part: every cell has the General format, as a new workbook's do
    }
    XlsxSharedStrings strings = new XlsxSharedStrings();
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
    for (XlsxWorkbook.SheetRef ref : book.sheets) {
      if (ref.hidden()) {
        warnings.add(new Warning("hidden", Msg.of("sheet '%s' is hidden and is not imported; "
            + "unhide it in the workbook to import it", ref.name()), name, 0));
        continue;
      }
      XlsxSheet sheet = new XlsxSheet(name, ref.name(), strings, styles, format, book.date1904,
          used);
      try (InputStream in = reader.getSheet(ref.relation())) {
        OfficeReader.parse(in, sheet);
      }
      used.cells += sheet.area();
      order = sheet.blocks(blocks, warnings, order);
    }
    return new SourceDocument(name, blocks, warnings);
  }

  static OfficeReader.Refused tooLarge(String file, Msg text) {
    return new OfficeReader.Refused(Problem.error("too-large", text, file, Loc.FILE, ""));
  }

  /** Whether an XML attribute says true. */
  static boolean isTrue(String attribute) {
    return "1".equals(attribute) || "true".equals(attribute);
  }
}
