package dev.qingdan.render;

import dev.qingdan.compute.FormRow;
import dev.qingdan.load.progress.ProgressReader;
import dev.qingdan.model.Measure;
import dev.qingdan.text.DisplayWidth;
import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A unit's monthly form as an Excel workbook: one sheet, a header row that names each column in
 * Chinese and by the progress field's key ({@code 分子} over {@code numerator}), then one row for
 * each row the unit reports. The unit fills in only the cells its row asks for (numerator and
 * denominator, count, or done, and a note); they are the only cells not locked, each with a data
 * validation; the rest is the row's description, and the figures of the months before.
 *
 * <p>The form reads back as a progress file ({@code --data form.xlsx}): period, id and unit are
 * filled in, and the other columns are not progress fields.
 */
public final class ProgressForm {
  /** The sheet's name. */
  public static final String SHEET = "Sheet1";

  /** The widest a column of text grows, in display columns (a Chinese character is two). */
  private static final int WRAP = 40;

  /** A column of the form. */
  private enum Col {
    PERIOD("period", null),
    ID("id", null),
    UNIT("unit", null),
    INDICATOR("量化指标", "indicator"),
    DEFINITION("指标说明", "definition"),
    TARGET("量化指标值", "target"),
    SCHEDULE("进度安排", "schedule"),
    BEFORE("上月累计", "cumulative"),
    NUMERATOR("numerator", null),
    DENOMINATOR("denominator", null),
    COUNT("count", null),
    DONE("done", null),
    NOTE("note", null);

    final String label;
    final String key;

    /** A progress field's column by its key, or another column by its label and name. */
    Col(String labelOrField, String key) {
      this.label = key == null ? ProgressReader.LABELS.get(labelOrField) : labelOrField;
      this.key = key == null ? labelOrField : key;
    }

    boolean wraps() {
      return this == INDICATOR || this == DEFINITION || this == SCHEDULE || this == NOTE;
    }
  }

  private final XSSFWorkbook book = new XSSFWorkbook();
  private final XSSFSheet sheet = book.createSheet(SHEET);
  private final CellStyle header;
  private final CellStyle fixed;
  private final CellStyle fixedWrapped;
  private final CellStyle input;
  private final CellStyle inputDate;
  private final CellStyle inputText;
  private final CellStyle closed;
  private final int[] widths = new int[Col.values().length];

  private ProgressForm() {
    Font bold = book.createFont();
    bold.setBold(true);
    header = style(true, IndexedColors.GREY_25_PERCENT);
    header.setFont(bold);
    fixed = style(false, null);
    fixedWrapped = style(true, null);
    input = style(false, IndexedColors.LIGHT_YELLOW);
    input.setLocked(false);
    inputDate = style(false, IndexedColors.LIGHT_YELLOW);
    inputDate.setLocked(false);
    inputDate.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
    inputText = style(true, IndexedColors.LIGHT_YELLOW);
    inputText.setLocked(false);
    inputText.setDataFormat(book.createDataFormat().getFormat("@"));
    closed = style(false, IndexedColors.GREY_25_PERCENT);
  }

  private CellStyle style(boolean wrap, IndexedColors fill) {
    CellStyle s = book.createCellStyle();
    s.setWrapText(wrap);
    s.setVerticalAlignment(VerticalAlignment.TOP);
    s.setBorderBottom(BorderStyle.THIN);
    s.setBorderTop(BorderStyle.THIN);
    s.setBorderLeft(BorderStyle.THIN);
    s.setBorderRight(BorderStyle.THIN);
    if (fill != null) {
      s.setFillForegroundColor(fill.getIndex());
      s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
    return s;
  }

  /**
   * Writes the form of {@code unit} for {@code period} to {@code out}: {@code rows} are the rows it
   * reports, with the figures of the months before.
   */
  public static void write(String unit, YearMonth period, List<FormRow> rows, OutputStream out)
      throws IOException {
    ProgressForm f = new ProgressForm();
    try (XSSFWorkbook b = f.book) {
      f.header(period);
      for (int i = 0; i < rows.size(); i++) {
        f.row(i + 1, unit, period, rows.get(i));
      }
      f.validate(period, rows);
      f.layout();
      b.write(out);
    }
  }

  private void header(YearMonth period) {
    XSSFRow r = sheet.createRow(0);
    for (Col c : Col.values()) {
      String key = c == Col.BEFORE ? c.key + " " + period.minusMonths(1) : c.key;
      put(r, c, c.label + "\n" + key, header);
    }
  }

  private void row(int index, String unit, YearMonth period, FormRow row) {
    XSSFRow r = sheet.createRow(index);
    put(r, Col.PERIOD, period.toString(), fixed);
    put(r, Col.ID, row.id(), fixed);
    put(r, Col.UNIT, unit, fixed);
    put(r, Col.INDICATOR, row.indicator(), fixedWrapped);
    put(r, Col.DEFINITION, row.definition(), fixedWrapped);
    put(r, Col.TARGET, row.target(), fixed);
    put(r, Col.SCHEDULE, row.schedule(), fixedWrapped);
    put(r, Col.BEFORE, before(row), fixed);
    boolean ratio = row.measure() == Measure.RATIO;
    blank(r, Col.NUMERATOR, ratio ? input : closed);
    blank(r, Col.DENOMINATOR, ratio ? input : closed);
    blank(r, Col.COUNT, row.measure() == Measure.COUNT ? input : closed);
    blank(r, Col.DONE, row.measure() == Measure.DONE ? inputDate : closed);
    blank(r, Col.NOTE, inputText);
  }

  /** The figures of the months before: {@code 1520/1600 (95.0%)}, a count, or the day done. */
  static String before(FormRow row) {
    return switch (row.measure()) {
      case RATIO -> row.denominator() == null ? ""
          : row.numerator() + "/" + row.denominator()
              + (row.percent() == null ? "" : " (" + row.percent() + "%)");
      case COUNT -> row.count() == null ? "" : row.count().toString();
      case DONE -> row.done() == null ? "" : row.done().toString();
      default -> "";
    };
  }

  private void put(XSSFRow r, Col c, String text, CellStyle style) {
    XSSFCell cell = r.createCell(c.ordinal());
    cell.setCellValue(text == null ? "" : text);
    cell.setCellStyle(style);
    for (String line : (text == null ? "" : text).split("\n", -1)) {
      widths[c.ordinal()] = Math.max(widths[c.ordinal()], DisplayWidth.of(line));
    }
  }

  private void blank(XSSFRow r, Col c, CellStyle style) {
    r.createCell(c.ordinal()).setCellStyle(style);
  }

  /**
   * Whole numbers not below 0, a numerator not above its denominator, a day not after the form's
   * month, on the cells each row asks for; a cell left empty is always allowed (not reported).
   */
  private void validate(YearMonth period, List<FormRow> rows) {
    DataValidationHelper h = sheet.getDataValidationHelper();
    CellRangeAddressList numerators = new CellRangeAddressList();
    CellRangeAddressList denominators = new CellRangeAddressList();
    CellRangeAddressList counts = new CellRangeAddressList();
    CellRangeAddressList days = new CellRangeAddressList();
    for (int i = 0; i < rows.size(); i++) {
      int at = i + 1;
      switch (rows.get(i).measure()) {
        case RATIO -> {
          numerators.addCellRangeAddress(at, Col.NUMERATOR.ordinal(), at, Col.NUMERATOR.ordinal());
          denominators.addCellRangeAddress(at, Col.DENOMINATOR.ordinal(), at,
              Col.DENOMINATOR.ordinal());
        }
        case COUNT -> counts.addCellRangeAddress(at, Col.COUNT.ordinal(), at, Col.COUNT.ordinal());
        case DONE -> days.addCellRangeAddress(at, Col.DONE.ordinal(), at, Col.DONE.ordinal());
        default -> { }
      }
    }
    // a custom formula is relative to the top left cell of its range: the numerator of row 2
    String n = ref(Col.NUMERATOR, 1);
    String d = ref(Col.DENOMINATOR, 1);
    String whole = "AND(ISNUMBER(%1$s),%1$s=INT(%1$s),%1$s>=0)";
    add(h, numerators, h.createCustomConstraint("AND(" + String.format(whole, n) + ",OR(ISBLANK("
        + d + ")," + n + "<=" + d + "))"), "分子 numerator",
        "整数，不小于0，不大于分母 / a whole number, not below 0, not above the denominator");
    add(h, denominators, h.createCustomConstraint("AND(" + String.format(whole, d)
        + ",OR(ISBLANK(" + n + ")," + n + "<=" + d + "))"), "分母 denominator",
        "整数，不小于0，不小于分子 / a whole number, not below 0, not below the numerator");
    add(h, counts, h.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null),
        "数量 count", "本月新增，整数，不小于0 / this month's increase, a whole number, not below 0");
    add(h, days, h.createDateConstraint(OperatorType.BETWEEN, "DATE(2000,1,1)",
        "DATE(" + period.getYear() + "," + period.getMonthValue() + "," + period.lengthOfMonth()
        + ")", "yyyy-mm-dd"), "完成日期 done",
        "完成的日期，不晚于本月 / the day it was done, not after " + period);
  }

  private static String ref(Col c, int row) {
    return new CellReference(row, c.ordinal(), false, false).formatAsString();
  }

  private void add(DataValidationHelper h, CellRangeAddressList cells,
      DataValidationConstraint constraint, String title, String text) {
    if (cells.countRanges() == 0) {
      return;
    }
    DataValidation v = h.createValidation(constraint, cells);
    v.setEmptyCellAllowed(true);
    v.setShowErrorBox(true);
    v.setErrorStyle(DataValidation.ErrorStyle.STOP);
    v.createErrorBox(title, text);
    v.setShowPromptBox(true);
    v.createPromptBox(title, text);
    sheet.addValidationData(v);
  }

  /** Widths that fit the Chinese text, the header frozen, every cell but the input ones locked. */
  private void layout() {
    List<Integer> wrapped = new ArrayList<>();
    for (Col c : Col.values()) {
      int w = Math.max(8, Math.min(WRAP, widths[c.ordinal()]) + 2);
      if (c == Col.NOTE) {
        w = 30;
      }
      sheet.setColumnWidth(c.ordinal(), w * 256);
      if (c.wraps()) {
        wrapped.add(c.ordinal());
      }
    }
    for (int i = 1; i <= sheet.getLastRowNum(); i++) {
      XSSFRow r = sheet.getRow(i);
      int lines = 1;
      for (int c : wrapped) {
        XSSFCell cell = r.getCell(c);
        String text = cell == null ? "" : cell.getStringCellValue();
        int width = sheet.getColumnWidth(c) / 256 - 1;
        lines = Math.max(lines, DisplayWidth.wrap(text, width).size());
      }
      r.setHeightInPoints(Math.min(409, lines * 15f + 3));
    }
    sheet.getRow(0).setHeightInPoints(33);
    sheet.createFreezePane(3, 1);
    sheet.lockFormatColumns(false);
    sheet.lockFormatRows(false);
    sheet.enableLocking();
  }
}
