package dev.qingdan.load.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.qingdan.load.InputException;
import dev.qingdan.load.checklist.ChecklistReader;
import dev.qingdan.load.checklist.LoadedChecklist;
import dev.qingdan.model.Checklist;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress reports in an Excel workbook: the same checks as CSV, each placed at its cell. */
class ProgressXlsxTest {
  private static Checklist checklist;

  @TempDir Path dir;

  @BeforeAll
  static void loadChecklist() throws InputException {
    LoadedChecklist lc = ChecklistReader.read(Path.of("policies.yaml"), "policies.yaml");
    assertFalse(lc.hasErrors(), () -> lc.problems().toString());
    checklist = lc.checklist();
  }

  /** A workbook of one sheet; a cell text starting with = is a formula, a number a number. */
  private Path workbook(String name, List<List<Object>> rows) throws IOException {
    Path p = dir.resolve(name);
    try (XSSFWorkbook b = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
      XSSFSheet s = b.createSheet("Sheet1");
      for (int r = 0; r < rows.size(); r++) {
        Row row = s.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          Object v = rows.get(r).get(c);
          if (v == null) {
            continue;
          }
          Cell cell = row.createCell(c);
          if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
          } else if (v.toString().startsWith("=")) {
            cell.setCellFormula(v.toString().substring(1)); // no value saved, as openpyxl writes
          } else {
            cell.setCellValue(v.toString());
          }
        }
      }
      b.write(out);
    }
    return p;
  }

  private static final List<Object> HEADER = List.of("月份\nperiod", "编号\nid", "填报单位\nunit",
      "量化指标\nindicator", "分子\nnumerator", "分母\ndenominator", "数量\ncount", "完成日期\ndone",
      "备注\nnote");

  private static LoadedProgress read(Path... files) throws InputException {
    return ProgressReader.read(List.of(files), checklist);
  }

  private static List<String> problems(LoadedProgress lp) {
    return lp.problems().stream().map(p -> p.where().replaceAll(".*/", "") + " " + p.code()
        + " " + p.message().replaceAll("/[^ ]*/", "")).toList();
  }

  private static List<String> figures(LoadedProgress lp) {
    return lp.entries().stream().map(e -> e.period() + " " + e.id() + " " + e.unit() + " "
        + e.numerator() + "/" + e.denominator() + " count=" + e.count() + " done=" + e.done()
        + " note=" + e.note() + " line=" + e.line()).toList();
  }

  @Test
  void aSheetReadsAsTheSameReportsInCsvWouldAndEmptyRowsAreNotReported() throws Exception {
    Path x = workbook("区税务局-2022-06.xlsx", List.of(
        List.of("区税务局 2022年6月"), // a title above the header
        HEADER,
        List.of("2022-06", "1.1", "区税务局", "…", 1520, 1600),
        java.util.Arrays.asList("2022-06", "13.1", "区人力社保局", "…", null, null, 410, null,
            "第一批"),
        List.of("2022-06", "5.1", "区税务局", "…"))); // nothing filled in: not reported
    Path csv = dir.resolve("same.csv");
    Files.writeString(csv, ProgressReader.CSV_HEADER + "\n2022-06,1.1,区税务局,1520,1600,,,\n"
        + "2022-06,13.1,区人力社保局,,,410,,第一批\n");
    LoadedProgress lp = read(x);
    assertEquals(List.of(), problems(lp));
    assertEquals(List.of(
        "2022-06 1.1 区税务局 1520/1600 count=null done=null note=null line=3",
        "2022-06 13.1 区人社局 null/null count=410 done=null note=第一批 line=4"), figures(lp));
    assertEquals(figures(read(csv)).stream().map(s -> s.replaceAll(" line=.*", "")).toList(),
        figures(lp).stream().map(s -> s.replaceAll(" line=.*", "")).toList());
  }

  @Test
  void eachProblemIsPlacedAtItsCell() throws Exception {
    Path x = workbook("f.xlsx", List.of(HEADER,
        List.of("2022-06", "1.1", "区税务局", "…", 1600, 1500),
        List.of("2022-06", "13.1", "区人社局", "…", "", "", -3),
        List.of("2022-13", "9.9", "区人社局", "…", "", "", 3),
        List.of("", "1.1", "区税务局", "…", 1, 2)));
    assertEquals(List.of(
        "f.xlsx:Sheet1!A4 period period 2022-13 has no month 13; months are 01 to 12",
        "f.xlsx:Sheet1!A5 missing-field period is empty; every report names its month (YYYY-MM)",
        "f.xlsx:Sheet1!B4 unknown-id unknown id '9.9': no row 9.9; item 9 has the rows 9.1, 9.2",
        "f.xlsx:Sheet1!E2 numerator-above-denominator numerator 1600 is above its denominator "
            + "1500",
        "f.xlsx:Sheet1!G3 negative count must not be negative, found -3"), problems(read(x)));
  }

  @Test
  void theSameReportInTwoFormsOfAFolderNamesBothPlaces() throws Exception {
    Path forms = Files.createDirectory(dir.resolve("forms"));
    dir = forms;
    workbook("a.xlsx", List.of(HEADER, List.of("2022-06", "1.1", "区税务局", "…", 1, 2)));
    workbook("b.xlsx", List.of(List.of("title"), HEADER,
        List.of("2022-06", "1.1", "区税务局", "…", 1, 2)));
    Files.writeString(forms.resolve("~$a.xlsx"), "an Excel lock file");
    Files.writeString(forms.resolve("notes.txt"), "not a progress file");
    LoadedProgress lp = read(forms);
    assertEquals(List.of("b.xlsx:Sheet1!A3 duplicate 2022-06 1.1 区税务局 is reported twice; the "
        + "first report is at a.xlsx:Sheet1!A2"), problems(lp));
    assertEquals(1, lp.count(forms.toString()));
    assertEquals(1, lp.problems(forms.toString()).size());
  }

  @Test
  void aFormulaWithoutASavedValueIsRefusedAtItsCell() throws Exception {
    Path x = workbook("f.xlsx", List.of(HEADER,
        List.of("2022-06", "1.1", "区税务局", "…", "=1+1", 2)));
    assertEquals(List.of("f.xlsx:Sheet1!E2 formula a formula without a saved value: open the "
        + "file in Excel, let it calculate, save it and import it again"), problems(read(x)));
  }

  @Test
  void anOldXlsIsRefusedByNameAndAWorkbookWithoutTheFieldsSaysWhatItLacks() throws Exception {
    Path xls = dir.resolve("old.xls");
    Files.writeString(xls, "anything");
    Path ole = dir.resolve("renamed.xlsx");
    Files.write(ole, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
        (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});
    Path none = workbook("none.xlsx", List.of(List.of("a", "b"), List.of("period", "x")));
    String old = " format an old binary Excel .xls workbook is not read; open it in Excel or "
        + "LibreOffice and save it as .xlsx";
    assertEquals(List.of("none.xlsx xlsx-header no sheet has a header row with the fields "
        + "period and id (月份, 编号); a progress sheet's header names period, id, unit, "
        + "numerator, denominator, count, done, note, by field or Chinese label",
        "old.xls" + old, "renamed.xlsx" + old), problems(read(xls, ole, none)));
  }
}
