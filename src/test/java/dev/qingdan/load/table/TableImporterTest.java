package dev.qingdan.load.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qingdan.load.InputException;
import dev.qingdan.load.Place;
import dev.qingdan.load.checklist.ChecklistReader;
import dev.qingdan.load.checklist.LoadedChecklist;
import dev.qingdan.load.office.OfficeReader;
import dev.qingdan.load.office.SourceDocument.Block;
import dev.qingdan.load.office.SourceDocument.SourceRow;
import dev.qingdan.load.office.SourceDocument;
import dev.qingdan.load.table.TableImporter.Result;
import dev.qingdan.load.Warning;
import dev.qingdan.model.Checklist;
import dev.qingdan.model.Row;
import dev.qingdan.model.Unit;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

class TableImporterTest {
  private static final Path DIR = Path.of("target/import-test/load");
  private static final List<String> HEADER = List.of("序号", "政策事项", "政策要点", "牵头单位",
      "协同单位", "定性目标", "量化指标", "量化指标值", "进度安排", "指标说明", "实现方式");
  private static Checklist policies;
  private static String seed;

  @BeforeAll
  static void load() throws Exception {
    LoadedChecklist lc = ChecklistReader.read(Path.of("policies.yaml"), "policies.yaml");
    assertFalse(lc.hasErrors(), () -> lc.problems().toString());
    policies = lc.checklist();
    seed = Files.readString(SeedDocuments.SEED);
    Files.createDirectories(DIR);
  }

  /** Compares the rows field by field, so that a failure names the row and the field. */
  static void assertSameRows(List<Row> expected, List<Row> actual) {
    assertEquals(expected.stream().map(r -> r.id().toString()).toList(),
        actual.stream().map(r -> r.id().toString()).toList(), "row ids");
    for (int i = 0; i < expected.size(); i++) {
      Row e = expected.get(i);
      Row a = actual.get(i);
      String id = "row " + e.id() + " ";
      assertEquals(e.title(), a.title(), id + "title");
      assertEquals(e.points(), a.points(), id + "points");
      assertEquals(e.lead(), a.lead(), id + "lead");
      assertEquals(e.partners(), a.partners(), id + "partners");
      assertEquals(e.goal(), a.goal(), id + "goal");
      assertEquals(e.indicator(), a.indicator(), id + "indicator");
      assertEquals(e.target(), a.target(), id + "target");
      assertEquals(e.schedule(), a.schedule(), id + "schedule");
      assertEquals(e.definition(), a.definition(), id + "definition");
      assertEquals(e.method(), a.method(), id + "method");
      assertEquals(e, a, id);
    }
  }

  /** The whole checklist equals policies.yaml: document, register, goals and every row. */
  static void assertIsPolicies(Checklist c) {
    assertSameRows(policies.rows(), c.rows());
    assertEquals(policies.document(), c.document());
    assertEquals(policies.units(), c.units());
    assertEquals(policies.generic(), c.generic());
    assertEquals(policies.goals(), c.goals());
  }

  private static List<String> where(Result r) {
    return r.warnings().stream().map(w -> w.where() + " " + w.code()).toList();
  }

  private static Result importText(String name, String text) throws Exception {
    return TableImporter.fromText(name, text, null);
  }

  // --- the seed, in every format ---------------------------------------------------------------

  @Test
  void theWholeSeedImportsToTheRowsOfPolicies() throws Exception {
    Result r = TableImporter.read(SeedDocuments.SEED, "seed.txt", null);
    assertIsPolicies(r.checklist());
    assertEquals(List.of("seed.txt:85 alias", "seed.txt:119 shifted-row"), where(r));
    assertEquals("seed.txt:119", r.places().get(policies.rows().get(29).id()).where());
  }

  @Test
  void aWordDocumentMadeFromTheSeedImportsTheSameRows() throws Exception {
    Path docx = DIR.resolve("seed.docx");
    Files.write(docx, SeedDocuments.docx());
    Result r = TableImporter.read(docx, "seed.docx", null);
    assertIsPolicies(r.checklist());
    // Seed tables 1 and 2 are one Word table, so seed table 4 is Word table 3, 11 is 10.
    assertEquals(List.of("seed.docx:table 3, row 2 alias", "seed.docx:table 10, row 4 shifted-row"),
        where(r));
  }

  /**
   * The cells merged with the cell above, counted by hand in the seed: 实现方式 of 2.1, 3.1 and 5.1
   * (3); 序号, 政策事项 and 实现方式 of 5.2 (3); 序号 and 政策事项 of 7.2, 8.2, 8.3 and 9.2 (8); 序号 to
   * 协同单位 of 24.2 (5). 22.2 starts a page, below a header row, and 23.2 is the shifted row.
   */
  private static final long MERGED = 19;

  @Test
  void theWordDocumentHasMergedCellsAndRepeatedHeaders() throws Exception {
    SourceDocument doc = OfficeReader.read("seed.docx", SeedDocuments.docx());
    List<SourceRow> rows = rows(doc);
    long headers = rows.stream().filter(r -> r.cells().equals(HEADER)).count();
    assertEquals(12, headers, "one header row per page of the seed");
    assertEquals(MERGED, rows.stream().mapToLong(r -> r.continued().size()).sum());
    assertEquals("seed.docx:table 1, row 6", rows.get(5).place().where());
    assertEquals(HEADER, rows.get(4).cells(), "the header repeated inside the first table");
  }

  @Test
  void aWorkbookMadeFromTheSeedImportsTheSameRows() throws Exception {
    Path xlsx = DIR.resolve("seed.xlsx");
    Files.write(xlsx, SeedDocuments.xlsx());
    Result r = TableImporter.read(xlsx, "seed.xlsx", null);
    assertIsPolicies(r.checklist());
    assertEquals(List.of("seed.xlsx:附件1!A19 alias", "seed.xlsx:附件1!A53 shifted-row"), where(r));
    assertEquals(MERGED, rows(OfficeReader.read("seed.xlsx", SeedDocuments.xlsx())).stream()
        .mapToLong(x -> x.continued().size()).sum());
  }

  /** The copies in examples/ (made by {@link SeedDocuments}) stay importable for the README. */
  @Test
  void theBundledWordAndExcelCopiesImportToPolicies() throws Exception {
    for (String name : List.of("examples/plan-2022.docx", "examples/plan-2022.xlsx")) {
      Result r = TableImporter.read(Path.of(name), name, null);
      assertIsPolicies(r.checklist());
      assertEquals(List.of("alias", "shifted-row"),
          r.warnings().stream().map(Warning::code).toList(), name);
    }
  }

  @Test
  void theFormatIsToldByContentNotByName() throws Exception {
    Path docx = DIR.resolve("seed-docx.txt");
    Files.write(docx, SeedDocuments.docx());
    assertIsPolicies(TableImporter.read(docx, "seed-docx.txt", null).checklist());
    Path text = DIR.resolve("seed-text.docx");
    Files.writeString(text, seed);
    assertIsPolicies(TableImporter.read(text, "seed-text.docx", null).checklist());
  }

  private static List<SourceRow> rows(SourceDocument doc) {
    List<SourceRow> out = new ArrayList<>();
    for (Block b : doc.blocks()) {
      if (b instanceof SourceRow r) {
        out.add(r);
      }
    }
    return out;
  }

  // --- what a paste adds changes nothing -------------------------------------------------------

  private static void assertChangesNothing(UnaryOperator<String> change) throws Exception {
    Result plain = importText("seed.txt", seed);
    String changed = change.apply(seed);
    assertTrue(!changed.equals(seed), "the change changes the text");
    Result r = importText("seed.txt", changed);
    assertIsPolicies(r.checklist());
    assertEquals(plain.warnings(), r.warnings());
  }

  @Test
  void crlfLineEndsChangeNothing() throws Exception {
    assertChangesNothing(s -> s.replace("\n", "\r\n"));
  }

  @Test
  void aByteOrderMarkChangesNothing() throws Exception {
    assertChangesNothing(s -> "\uFEFF" + s);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.write(seed.getBytes(StandardCharsets.UTF_8));
    Path bom = DIR.resolve("bom.txt");
    Files.write(bom, bytes.toByteArray());
    assertIsPolicies(TableImporter.read(bom, "bom.txt", null).checklist());
  }

  @Test
  void fullWidthSpacesAroundCellsAndLinesChangeNothing() throws Exception {
    assertChangesNothing(s -> s.lines().map(l -> {
      if (!l.contains("\t")) {
        return "\u3000\u3000" + l + "\u3000";
      }
      String cells = List.of(l.split("\t", -1)).stream().map(c -> "\u3000" + c + "\u3000")
          .collect(Collectors.joining("\t"));
      return cells.replace("序号", "序\u3000号");
    }).collect(Collectors.joining("\n", "", "\n")));
  }

  @Test
  void trailingBlanksChangeNothing() throws Exception {
    assertChangesNothing(s -> s.lines().map(l -> l + (l.contains("\t") ? " \t\t  " : "  \t"))
        .collect(Collectors.joining("\n", "", "\n\n \t \n\n")));
  }

  // --- columns by name -------------------------------------------------------------------------

  /** The seed with the table's columns in the order {@code order} (positions of the seed's). */
  private static String permuted(int[] order, boolean keepShift) {
    StringBuilder sb = new StringBuilder();
    for (String line : seed.split("\n", -1)) {
      if (!line.contains("\t")) {
        sb.append(line).append('\n');
        continue;
      }
      List<String> cells = new ArrayList<>(List.of(line.split("\t", -1)));
      boolean shifted = cells.contains("降低贷记支付手续费和运费险单数");
      if (shifted) {
        cells.add(5, ""); // undo the seed's shift: 量化指标 and 量化指标值 in their columns
        cells.remove(cells.size() - 1);
      }
      List<String> out = new ArrayList<>();
      for (int i : order) {
        out.add(cells.get(i));
      }
      if (shifted && keepShift) {
        // the same paste error in this layout: the row from its first cell on, one to the left
        int first = 0;
        while (out.get(first).isEmpty()) {
          first++;
        }
        out.remove(first - 1);
        out.add("");
      }
      sb.append(String.join("\t", out)).append('\n');
    }
    return sb.toString();
  }

  @Test
  void aTableWithItsColumnsShuffledImportsTheSameRows() throws Exception {
    // 实现方式, 政策事项, 量化指标值, 序号, 指标说明, 牵头单位, 量化指标, 政策要点, 进度安排, 定性目标,
    // 协同单位
    int[] order = {10, 1, 7, 0, 9, 3, 6, 2, 8, 5, 4};
    Result r = importText("shuffled.txt", permuted(order, true));
    assertIsPolicies(r.checklist());
    assertEquals(List.of("shuffled.txt:85 alias", "shuffled.txt:119 shifted-row"), where(r));
  }

  @Test
  void anyColumnOrderImportsTheSameRows() throws Exception {
    Random random = new Random(20220525);
    List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    for (int n = 0; n < 300; n++) {
      Collections.shuffle(order, random);
      int[] o = order.stream().mapToInt(Integer::intValue).toArray();
      Result r = importText("shuffled.txt", permuted(o, false));
      assertEquals(policies.rows(), r.checklist().rows(), "order " + order);
      assertEquals(List.of("shuffled.txt:85 alias"), where(r), "order " + order);
    }
  }

  @Test
  void headerNamesTolerateBlanksAndOtherRevisionsNames() {
    assertEquals(Column.ITEM, Column.ofHeader(" 序 号 ").orElseThrow());
    assertEquals(Column.TARGET, Column.ofHeader("量化\n指标值").orElseThrow());
    assertEquals(Column.LEAD, Column.ofHeader("牵头部门").orElseThrow());
    assertEquals(Column.PARTNERS, Column.ofHeader("配合单位").orElseThrow());
    assertTrue(Column.ofHeader("量化指标数值").isEmpty());
  }

  @Test
  void unknownColumnsAreKeptAndMissingOnesSaidInOneLineAtTheirHeader() throws Exception {
    Result r = TableImporter.read(Path.of("src/test/resources/import/columns.txt"), "c.txt", null);
    assertEquals(List.of(), where(r));
    assertEquals(List.of("c.txt year: year 2022, from the document's date",
        "c.txt:9 columns: columns: 序号 → item, 政策事项 → title, 牵头单位 → lead, 政策要点 → points, "
            + "协同单位 → partners, 定性目标 → goal, 量化指标 → indicator, 量化指标数值 → extra (did you "
            + "mean '量化指标值'?), 进度安排 → schedule, 备注 → note, kept in extra, 实现方式 → method",
        "c.txt:9 missing-column: no column for 量化指标值, 指标说明: left empty"),
        r.notes().stream().map(w -> w.where() + " " + w.code() + ": " + w.message()).toList());
    assertEquals("", r.checklist().rows().get(0).target().text());
    assertEquals("方式二", r.checklist().rows().get(1).method());
    assertEquals(Map.of("量化指标数值", "100%", "备注", "无"), r.checklist().rows().get(1).extra());
  }

  // --- merged cells ----------------------------------------------------------------------------

  private static List<String> row(String... cells) {
    return List.of(cells);
  }

  private static final List<String> ITEM1 =
      row("1", "事项", "要点", "区财政局", "-", "目标", "拨付率", "100%", "全年", "甲/乙", "方式");
  private static final List<String> CONT =
      row("", "", "", "", "", "", "办结率", "", "", "丙/丁", "");

  @Test
  void aMergedWordCellRepeatsInEveryRowItSpansWhateverItsColumn() throws Exception {
    XWPFDocument doc = new XWPFDocument();
    doc.createParagraph().createRun().setText("2022年5月25日");
    XWPFTable t = doc.createTable(3, 11);
    List<List<String>> rows = List.of(HEADER, ITEM1, CONT);
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 11; c++) {
        t.getRow(r).getCell(c).setText(rows.get(r).get(c));
      }
    }
    // 量化指标值 merged over rows 1.1 and 1.2: a blank cell there would be empty, a merged one repeats
    merge(t.getRow(1).getCell(7), STMerge.RESTART);
    merge(t.getRow(2).getCell(7), STMerge.CONTINUE);
    Path docx = DIR.resolve("merged-target.docx");
    try (var out = Files.newOutputStream(docx)) {
      doc.write(out);
    }
    List<Row> got = TableImporter.read(docx, "m.docx", null).checklist().rows();
    assertEquals("100%", got.get(1).target().text());
    assertEquals("办结率", got.get(1).indicator());
    assertEquals(List.of("区财政局"), got.get(1).lead());
    assertEquals("", importText("m.txt", "2022年5月25日\n" + tsv(HEADER, ITEM1, CONT))
        .checklist().rows().get(1).target().text(), "pasted, the blank target is empty");
  }

  private static void merge(XWPFTableCell cell, STMerge.Enum how) {
    var pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    pr.addNewVMerge().setVal(how);
  }

  private static String tsv(List<List<String>> rows) {
    return rows.stream().map(r -> String.join("\t", r)).collect(Collectors.joining("\n", "", "\n"));
  }

  @SafeVarargs
  private static String tsv(List<String>... rows) {
    return tsv(List.of(rows));
  }

  @Test
  void aWordCellSpanningColumnsFillsTheFirstAndLeavesTheOthersBlank() throws Exception {
    XWPFDocument doc = new XWPFDocument();
    doc.createParagraph().createRun().setText("2022年5月25日");
    XWPFTable t = doc.createTable(2, 11);
    for (int c = 0; c < 11; c++) {
      t.getRow(0).getCell(c).setText(HEADER.get(c));
    }
    // 定性目标 spans its own column and 量化指标's: the row has 10 cells on an 11-column grid
    var row = t.getRow(1);
    row.removeCell(6);
    int[] grid = {0, 1, 2, 3, 4, 5, 7, 8, 9, 10};
    for (int c = 0; c < grid.length; c++) {
      row.getCell(c).setText(ITEM1.get(grid[c]));
    }
    var pr = row.getCell(5).getCTTc().addNewTcPr();
    pr.addNewGridSpan().setVal(java.math.BigInteger.TWO);
    Path docx = DIR.resolve("span.docx");
    try (var out = Files.newOutputStream(docx)) {
      doc.write(out);
    }
    Row got = TableImporter.read(docx, "s.docx", null).checklist().rows().get(0);
    assertEquals("目标", got.goal());
    assertEquals("", got.indicator());
    assertEquals("100%", got.target().text());
    assertEquals("方式", got.method());
  }

  @Test
  void aMergedRegionOfAWorkbookRepeatsInEveryRowItSpans() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet sheet = wb.createSheet("清单 2022");
    sheet.createRow(0).createCell(0).setCellValue("2022年5月25日");
    List<List<String>> rows = List.of(HEADER, ITEM1, CONT);
    for (int r = 0; r < 3; r++) {
      XSSFRow row = sheet.createRow(r + 2);
      for (int c = 0; c < 11; c++) {
        row.createCell(c).setCellValue(rows.get(r).get(c));
      }
    }
    sheet.getRow(4).getCell(7).setCellValue("stale text Excel no longer shows");
    sheet.addMergedRegion(new CellRangeAddress(3, 4, 7, 7));
    Path xlsx = DIR.resolve("merged.xlsx");
    try (var out = Files.newOutputStream(xlsx)) {
      wb.write(out);
    }
    Result r = TableImporter.read(xlsx, "m.xlsx", null);
    assertEquals("100%", r.checklist().rows().get(1).target().text());
    assertEquals("m.xlsx:'清单 2022'!A5", r.places().get(r.checklist().rows().get(1).id()).where());
  }

  // --- the register ----------------------------------------------------------------------------

  @Test
  void aRegisterOfOneNameALineIsReadNameByName() throws Exception {
    String text = "2022年5月25日\n" + tsv(HEADER, ITEM1) + "\n附件 2\n区级有关单位名单\n区财政局\n区商务局\n";
    assertEquals(List.of(new Unit("区财政局", List.of()), new Unit("区商务局", List.of())),
        importText("r.txt", text).checklist().units());
  }

  @Test
  void withoutARegisterTheUnitsAreThoseTheTableNames() throws Exception {
    List<String> second = new ArrayList<>(ITEM1);
    second.set(0, "2");
    second.set(3, "区商务局、区级有关单位");
    second.set(4, "区供电公司等、区财政局");
    Result r = importText("r.txt", "2022年5月25日\n" + tsv(HEADER, ITEM1, second));
    assertEquals(List.of("区财政局", "区商务局", "区供电公司"),
        r.checklist().units().stream().map(Unit::name).toList());
    assertEquals(List.of(), r.warnings());
    assertEquals(List.of("no-register r.txt no 附件 2 (unit register) found: the register lists "
        + "the 3 units the table names"), r.notes().stream().filter(w -> w.code().equals(
            "no-register")).map(w -> w.code() + " " + w.where() + " " + w.message()).toList());
  }

  @Test
  void aTableAfterTheChecklistIsNotReadAsItsRows() throws Exception {
    String text = "2022年5月25日\n" + tsv(HEADER, ITEM1)
        + "\n附件 2\n区级有关单位名单\n序号\t单位名称\n1\t区财政局\n";
    assertEquals(1, importText("r.txt", text).checklist().rows().size());
    String noAnnexHeading = "2022年5月25日\n" + tsv(HEADER, ITEM1) + "序号\t单位名称\n2\t区财政局\n";
    assertEquals(1, importText("r.txt", noAnnexHeading).checklist().rows().size());
  }

  @Test
  void theYearComesFromTheDateOrFromTheOption() throws Exception {
    String table = tsv(HEADER, ITEM1).replace("全年", "9月底前");
    InputException e = assertThrows(InputException.class, () -> importText("t.txt", table));
    assertEquals("no-year", e.problem().code());
    Row r = TableImporter.fromText("t.txt", table, 2023).checklist().rows().get(0);
    assertEquals("2023-09-30", r.schedule().milestones().get(0).due().toString());
    String dated = "2022 年 5 月 25 日\n" + table;
    assertEquals(2022, importText("t.txt", dated).checklist().document().year());
  }

  // --- places ----------------------------------------------------------------------------------

  @Test
  void placesNameTheLineTheRowOrTheCell() {
    assertEquals("a.txt:12", Place.line("a.txt", 12).where(7));
    assertEquals("a.docx:table 2, row 5", Place.block("a.docx", 40, "table 2, row 5").where(7));
    assertEquals("a.xlsx:Sheet1!H12", Place.sheetRow("a.xlsx", 9, "Sheet1", 12).where(7));
    assertEquals("a.xlsx:附件1!A3", Place.sheetRow("a.xlsx", 9, "附件1", 3).where(0));
    assertEquals("a.xlsx:'My sheet'!A3", Place.sheetRow("a.xlsx", 9, "My sheet", 3).where(0));
    assertEquals("a.xlsx:'2022'!A3", Place.sheetRow("a.xlsx", 9, "2022", 3).where(0));
    assertEquals("a.txt", Place.line("a.txt", 0).where());
  }

  @Test
  void columnNamesCountLikeASpreadsheet() {
    String[] expected = {"A", "B", "Z", "AA", "AZ", "BA", "ZZ", "AAA"};
    int[] columns = {0, 1, 25, 26, 51, 52, 701, 702};
    for (int i = 0; i < columns.length; i++) {
      assertEquals(expected[i], Place.columnName(columns[i]));
    }
    // property: the letters read back as the column, for every column a sheet can have
    for (int c = 0; c < 16384; c++) {
      int back = 0;
      for (char ch : Place.columnName(c).toCharArray()) {
        back = back * 26 + (ch - 'A' + 1);
      }
      assertEquals(c, back - 1, "column " + c);
    }
  }
}
