package dev.qingdan.load.office;

import static dev.qingdan.load.office.OfficeFiles.digits;
import static dev.qingdan.load.office.OfficeFiles.row;
import static dev.qingdan.load.office.OfficeFiles.sheet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.qingdan.load.InputException;
import dev.qingdan.load.Place;
import dev.qingdan.load.office.SourceDocument.Paragraph;
import dev.qingdan.load.office.SourceDocument.SourceRow;
import dev.qingdan.load.table.SeedDocuments;
import dev.qingdan.load.Warning;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The Office reader within its limits: the streaming workbook reader reads every real workbook as
 * the whole-document reader did; what passes a limit is refused with one message naming the file
 * and the limit; hidden content is left out with a warning.
 */
class OfficeReaderTest {
  private static final List<String> HEADER = List.of("序号", "政策事项", "牵头单位", "量化指标值");

  // --- the same as the whole-document reader on real workbooks ------------------------------

  @Test
  void theStreamingReaderReadsTheRealPlanAsTheWholeDocumentReaderDid() throws Exception {
    assertSameAsUsermodel("plan-2022.xlsx",
        Files.readAllBytes(Path.of("examples/plan-2022.xlsx")));
    assertSameAsUsermodel("seed.xlsx", SeedDocuments.xlsx());
  }

  @Test
  void theStreamingReaderShowsEveryKindOfCellAsTheWholeDocumentReaderDid() throws Exception {
    assertSameAsUsermodel("kinds.xlsx", kinds());
  }

  private static void assertSameAsUsermodel(String name, byte[] bytes) throws Exception {
    SourceDocument before;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      before = XlsxUsermodelReader.read(name, wb);
    }
    SourceDocument now = OfficeReader.read(name, bytes);
    assertEquals(before.blocks(), now.blocks());
    assertEquals(List.of(), now.warnings());
  }

  /**
   * Numbers, percentages, dates, booleans, formulas with their saved values (a number, a text, an
   * error), rich text, blank styled cells, empty rows, and merged regions across two sheets.
   */
  private static byte[] kinds() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      CellStyle percent = wb.createCellStyle();
      percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      CellStyle decimals = wb.createCellStyle();
      decimals.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
      XSSFSheet prose = wb.createSheet("正文");
      prose.createRow(0).createCell(0).setCellValue("  2022年5月25日 ");
      prose.createRow(3).createCell(2).setCellValue("附件1");
      XSSFSheet t = wb.createSheet("附件1");
      XSSFRow h = t.createRow(1);
      for (int c = 0; c < HEADER.size(); c++) {
        h.createCell(c).setCellValue(HEADER.get(c));
      }
      XSSFRow r = t.createRow(2);
      r.createCell(0).setCellValue(1.0);
      XSSFRichTextString rich = new XSSFRichTextString("免征增值税");
      XSSFFont bold = wb.createFont();
      bold.setBold(true);
      rich.applyFont(0, 2, bold);
      r.createCell(1).setCellValue(rich);
      r.createCell(2).setCellValue(true);
      XSSFCell p = r.createCell(3);
      p.setCellValue(0.7);
      p.setCellStyle(percent);
      r.createCell(4).setCellStyle(decimals); // blank, styled
      XSSFRow f = t.createRow(3);
      f.createCell(0).setCellFormula("A3+1");
      f.createCell(1).setCellFormula("\"区\"&\"财政局\"");
      f.createCell(2).setCellFormula("1/0");
      XSSFCell d = f.createCell(3);
      d.setCellValue(44713); // 2022-06-01
      d.setCellStyle(date);
      XSSFCell n = f.createCell(5);
      n.setCellValue(1234.5);
      n.setCellStyle(decimals);
      t.createRow(6).createCell(1).setCellValue("跨行");
      t.createRow(7).createCell(3).setCellValue("under the merge");
      t.addMergedRegion(new CellRangeAddress(6, 8, 1, 3));
      t.addMergedRegion(new CellRangeAddress(2, 3, 6, 6)); // past every filled column
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  // --- limits of a workbook ------------------------------------------------------------------

  @Test
  void theCellsOfAllSheetsTogetherHaveOneLimit() throws Exception {
    // each sheet's used area is 600 rows of 100 columns: far under the old limit of 5,000,000 a
    // sheet, and over the workbook's limit together
    String s = sheet("", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"600\">"
        + "<c r=\"CV600\"><v>1</v></c></row>", "");
    assertRefused("cells.xlsx: the workbook has more than 100,000 cells (rows times columns of "
        + "its sheets, up to sheet 'B'), more than a checklist table may have",
        OfficeFiles.xlsx(new TreeMap<>(Map.of("A", s, "B", s))));
  }

  @Test
  void theMergedRegionsOfTheWorkbookCoverAtMostTheCellLimit() throws Exception {
    // overlapping regions, as only a crafted file has: 20 times the 10,000 cells of the sheet
    String corner = "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
        + "<row r=\"100\"><c r=\"CV100\"><v>1</v></c></row>";
    String merges = "<mergeCells>" + "<mergeCell ref=\"A1:CV100\"/>".repeat(20) + "</mergeCells>";
    assertRefused("merged.xlsx: the merged regions of the workbook cover more than 100,000 cells "
        + "(up to sheet 'A')", OfficeFiles.xlsx(Map.of("A", sheet("", corner, merges))));
  }

  @Test
  void aPartOverSixteenMebibytesIsRefusedByItsName() throws Exception {
    String big = sheet("", row(1, HEADER), "<!--" + " ".repeat(17 << 20) + "-->");
    assertRefused("part.xlsx: its part xl/worksheets/sheet1.xml unpacks to more than 16 MiB, "
        + "the limit for one part of a .docx or .xlsx", OfficeFiles.xlsx(Map.of("A", big)));
  }

  @Test
  void allPartsTogetherUnpackToAtMostSixtyFourMebibytes() throws Exception {
    byte[] filler = ("<x>" + " ".repeat(13 << 20) + "</x>").getBytes(StandardCharsets.US_ASCII);
    Map<String, byte[]> fillers = new LinkedHashMap<>();
    for (int i = 1; i <= 5; i++) {
      fillers.put("xl/media/filler" + i + ".xml", filler);
    }
    assertRefused("parts.xlsx: its parts unpack to more than 64 MiB, the limit for a .docx or "
        + ".xlsx", OfficeFiles.withParts(OfficeFiles.xlsx(Map.of("A", sheet("", row(1, HEADER),
        ""))), fillers));
  }

  @Test
  void aFormulaWithoutASavedValueIsRefusedAtItsCell() throws Exception {
    String rows = row(1, HEADER) + "<row r=\"7\"><c r=\"A7\"><v>1</v></c>"
        + "<c r=\"C7\"><f>SUM(A1:A6)</f></c></row>";
    assertRefused("plan.xlsx:Sheet1!C7: a formula without a saved value: open the file in Excel, "
        + "let it calculate, save it and import it again",
        OfficeFiles.xlsx(Map.of("Sheet1", sheet("", rows, ""))));
  }

  // --- hidden content ------------------------------------------------------------------------

  @Test
  void hiddenSheetsRowsAndColumnsAreLeftOutAndNamed() throws Exception {
    String cols = "<cols><col min=\"2\" max=\"2\" hidden=\"1\"/><col min=\"6\" max=\"9\" "
        + "hidden=\"true\"/></cols>";
    String rows = row(1, HEADER)
        + row(2, List.of("1", "smuggled title", "区财政局", "100%")).replace("<row r=\"2\">",
            "<row r=\"2\" hidden=\"1\">")
        + row(3, List.of("2", "a title", "区商务局", "90%", "", "", "hidden G"))
        + "<row r=\"4\" hidden=\"1\"/>"; // hidden and empty: nothing to name
    Map<String, String> sheets = new LinkedHashMap<>();
    sheets.put("表", sheet(cols, rows, ""));
    sheets.put("hidden:秘密", sheet("", row(1, List.of("x")), ""));
    SourceDocument doc = OfficeReader.read("h.xlsx", OfficeFiles.xlsx(sheets));
    assertEquals(List.of(
        new SourceRow(List.of("序号", "", "牵头单位", "量化指标值"), Set.of(),
            Place.sheetRow("h.xlsx", 1, "表", 1)),
        new SourceRow(List.of("2", "", "区商务局", "90%", "", "", ""), Set.of(),
            Place.sheetRow("h.xlsx", 3, "表", 3))), doc.blocks());
    assertEquals(List.of(
        "h.xlsx:表!A2 hidden: hidden rows 2 of sheet '表' are not imported; unhide them in the "
            + "workbook to import them",
        "h.xlsx hidden: the cells of hidden columns B, G of sheet '表' are not imported; unhide "
            + "them in the workbook to import them",
        "h.xlsx hidden: sheet '秘密' is hidden and is not imported; unhide it in the workbook to "
            + "import it"), doc.warnings().stream().map(OfficeReaderTest::show).toList());
  }

  @Test
  void hiddenWordTextIsLeftOutAndNamed() throws Exception {
    String body = "<w:p><w:r><w:t xml:space=\"preserve\">2022年</w:t></w:r><w:r><w:rPr><w:vanish/>"
        + "</w:rPr><w:t>秘密</w:t></w:r><w:r><w:t>5月25日</w:t></w:r></w:p>"
        + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>序号</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr>"
        + "<w:t>藏</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>政策事项</w:t></w:r></w:p></w:tc>"
        + "</w:tr></w:tbl>";
    SourceDocument doc = OfficeReader.read("h.docx", OfficeFiles.docx(body));
    assertEquals(List.of(new Paragraph("2022年5月25日", Place.block("h.docx", 1, "paragraph 1")),
        new SourceRow(List.of("序号", "政策事项"), Set.of(),
            Place.block("h.docx", 2, "table 1, row 1"))), doc.blocks());
    assertEquals(List.of(
        "h.docx:paragraph 1 hidden: hidden text '秘密' is not imported; show it in Word (remove "
            + "the Hidden font effect) to import it",
        "h.docx:table 1, row 1 hidden: hidden text '藏' is not imported; show it in Word (remove "
            + "the Hidden font effect) to import it"),
        doc.warnings().stream().map(OfficeReaderTest::show).toList());
  }

  private static String show(Warning w) {
    return w.where() + " " + w.code() + ": " + w.message();
  }

  // --- limits of a Word document ---------------------------------------------------------------

  @Test
  void aWordDocumentHasAtMostTwentyThousandParagraphs() throws Exception {
    assertRefused("p.docx: the document has more than 20,000 paragraphs, more than a checklist "
        + "has", OfficeFiles.docx(packable(
            "<w:p><w:r><w:t>清单</w:t></w:r></w:p>".repeat(20_001))));
  }

  @Test
  void aWordDocumentHasAtMostTwentyThousandTableCells() throws Exception {
    assertRefused("c.docx: the document has more than 20,000 table cells, more than a checklist "
        + "has", OfficeFiles.docx(packable(
            "<w:tbl><w:tr>" + "<w:tc/>".repeat(20_001) + "</w:tr></w:tbl>")));
  }

  @Test
  void aWordDocumentHasAtMostAHundredThousandXmlElements() throws Exception {
    assertRefused("e.docx: the document has more than 100,000 XML elements, more than a "
        + "checklist has", OfficeFiles.docx(packable("<w:p>"
            + "<w:r><w:rPr><w:b/></w:rPr><w:t>清单</w:t></w:r>".repeat(25_000) + "</w:p>")));
  }

  @Test
  void aWordDocumentNestedDeeperThanWordWritesIsRefused() throws Exception {
    assertRefused("d.docx: the document's XML is nested more than 256 levels deep",
        OfficeFiles.docx(packable("<w:p>" + "<w:smartTag>".repeat(20_000)
            + "</w:smartTag>".repeat(20_000) + "</w:p>")));
  }

  /**
   * The body with a comment of digits that makes it pack as real text does: a body that repeats
   * one element packs so well that POI takes it for a ZIP bomb.
   */
  private static String packable(String body) {
    return "<!--" + digits(body.length() / 10) + "-->" + body; // POI checks as it unpacks
  }

  @Test
  void aDoctypeInAnyPartIsRefusedByThePartsName() throws Exception {
    byte[] docx = OfficeFiles.withPart(Files.readAllBytes(Path.of("examples/plan-2022.docx")),
        "docProps/core.xml", OfficeFiles.CORE_WITH_ENTITY.getBytes(StandardCharsets.UTF_8));
    assertRefused("e.docx: its part docProps/core.xml declares a DOCTYPE, which Word and Excel "
        + "never write; it is not read", docx);
  }

  private static void assertRefused(String message, byte[] bytes) {
    String name = message.substring(0, message.indexOf(message.contains(".xlsx") ? ".xlsx"
        : ".docx") + 5);
    InputException e = assertThrows(InputException.class, () -> OfficeReader.read(name, bytes));
    assertEquals(message, e.getMessage());
  }
}
