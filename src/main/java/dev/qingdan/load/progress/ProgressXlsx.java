package dev.qingdan.load.progress;

import dev.qingdan.load.Encoding;
import dev.qingdan.load.InputException;
import dev.qingdan.load.Links;
import dev.qingdan.load.Loc;
import dev.qingdan.load.Place;
import dev.qingdan.load.Problem;
import dev.qingdan.load.office.SourceDocument.Block;
import dev.qingdan.load.office.SourceDocument.SourceRow;
import dev.qingdan.load.SourceText;
import dev.qingdan.load.office.OfficeReader;
import dev.qingdan.load.office.SourceDocument;
import dev.qingdan.text.Msg;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads an Excel workbook of progress reports: a filled form of {@code qingdan template}, or any
 * sheet whose header row names the fields, by their key ({@code numerator}) or Chinese label
 * ({@code 分子}) or both ({@code 分子 numerator}). The workbook is read by the bounded streaming
 * reader that import uses ({@link OfficeReader}, {@link XlsxReader}), so the limits on Office files
 * from strangers hold here too; cells read as the spreadsheet shows them.
 *
 * <p>The first visible sheet with such a header is read; rows above the header are a title. Other
 * columns (the form's indicator, target, schedule) are left alone. A row whose cells for figures,
 * done and note are all empty is a row not reported, and is skipped.
 */
final class ProgressXlsx {
  /** The Chinese label of each field of the CSV header, in its order. */
  static final Map<ProgressField, String> LABELS = Map.of(
      ProgressField.PERIOD, "月份",
      ProgressField.ID, "编号",
      ProgressField.UNIT, "填报单位",
      ProgressField.NUMERATOR, "分子",
      ProgressField.DENOMINATOR, "分母",
      ProgressField.COUNT, "数量",
      ProgressField.DONE, "完成日期",
      ProgressField.NOTE, "备注");

  /** The fields a unit fills in; a row with none of them is not a report. */
  private static final List<ProgressField> INPUT = List.of(ProgressField.NUMERATOR,
      ProgressField.DENOMINATOR, ProgressField.COUNT, ProgressField.DONE, ProgressField.NOTE);

  private ProgressXlsx() {}

  /** {@link #LABELS} by the fields' keys. */
  static Map<String, String> labels() {
    Map<String, String> byKey = new LinkedHashMap<>();
    ProgressField.CSV.forEach(f -> byKey.put(f.key, LABELS.get(f)));
    return Collections.unmodifiableMap(byKey);
  }

  /**
   * Reads a workbook, at most {@link SourceText#DEFAULT_MAX_BYTES}; its problems go to
   * {@code errors}, its reports as written to {@code reports}.
   *
   * @throws InputException only when the file cannot be read at all
   */
  static void read(Path path, String name, Links links, List<Problem> errors,
      Consumer<ProgressReport> reports) throws InputException {
    SourceDocument doc;
    try {
      byte[] bytes = SourceText.readBytes(path, name, SourceText.DEFAULT_MAX_BYTES, links);
      if (Encoding.startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
        errors.add(oldExcel(name));
        return;
      }
      if (!Encoding.startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
        errors.add(Problem.error("format", Msg.of("not an Excel .xlsx workbook (it is not a ZIP "
            + "package)"), name, Loc.FILE, ""));
        return;
      }
      doc = OfficeReader.readWorkbook(name, bytes);
    } catch (InputException e) {
      if (e.unreadable()) {
        throw e;
      }
      errors.add(e.problem());
      return;
    }
    new Sheets(name, errors, reports).read(doc.blocks());
  }

  /** An old binary workbook, refused by name. */
  static Problem oldExcel(String name) {
    return Problem.error("format", Msg.of("an old binary Excel .xls workbook is not read; open it "
        + "in Excel or LibreOffice and save it as .xlsx"), name, Loc.FILE, "");
  }

  /** The field a header cell names, by key or label, or null. */
  static ProgressField field(String header) {
    for (String word : header.strip().split("\\s+")) {
      for (ProgressField f : ProgressField.CSV) {
        if (word.toLowerCase(Locale.ROOT).equals(f.key) || word.equals(LABELS.get(f))) {
          return f;
        }
      }
    }
    return null;
  }

  /** The rows of the workbook's sheets, in order, read against the first header found. */
  private static final class Sheets {
    private final String name;
    private final List<Problem> errors;
    private final Consumer<ProgressReport> reports;
    private String sheet;
    private int[] columns; // the column of each field of the CSV header, -1 where absent
    private int index;

    Sheets(String name, List<Problem> errors, Consumer<ProgressReport> reports) {
      this.name = name;
      this.errors = errors;
      this.reports = reports;
    }

    void read(List<Block> blocks) {
      for (Block b : blocks) {
        if (!(b instanceof SourceRow row)) {
          continue; // a title, a blank row, or prose below the table
        }
        String at = row.place().label();
        if (columns == null) {
          header(row);
        } else if (at.equals(sheet)) {
          row(row);
        }
      }
      if (columns == null) {
        errors.add(Problem.error("xlsx-header", Msg.of("no sheet has a header row with the fields "
            + "period and id (月份, 编号); a progress sheet's header names %s, by field or Chinese "
            + "label", String.join(", ", ProgressField.CSV_KEYS)), name, Loc.FILE, ""));
      }
    }

    /** Takes {@code row} as the header if it names period and id. */
    private void header(SourceRow row) {
      int[] found = new int[ProgressField.CSV.size()];
      Arrays.fill(found, -1);
      List<String> cells = row.cells();
      for (int c = 0; c < cells.size(); c++) {
        ProgressField f = field(cells.get(c));
        if (f == null) {
          continue;
        }
        if (found[f.ordinal()] >= 0) {
          errors.add(Problem.error("xlsx-header", Msg.of("a second column for %s (the first is "
              + "column %s)", f.key, Place.columnName(found[f.ordinal()])),
              row.place().where(c), Loc.FILE, ""));
          continue;
        }
        found[f.ordinal()] = c;
      }
      if (found[ProgressField.PERIOD.ordinal()] >= 0 && found[ProgressField.ID.ordinal()] >= 0) {
        columns = found;
        sheet = row.place().label();
      }
    }

    private void row(SourceRow row) {
      List<String> cells = row.cells();
      int line = row.place().row();
      boolean input = false;
      for (ProgressField f : INPUT) {
        input |= !cell(cells, f).isBlank();
      }
      if (!input) {
        return; // not reported this month
      }
      ProgressReport r = new ProgressReport(name, index++, new Loc(line,
          columns[ProgressField.PERIOD.ordinal()] + 1));
      r.sheet = sheet;
      for (ProgressField f : ProgressField.CSV) {
        String cell = cell(cells, f);
        String v = f.kind == ProgressField.Kind.NOTE ? cell : cell.strip();
        r.set(f, v.isEmpty() ? null : v);
        if (columns[f.ordinal()] >= 0) {
          r.place(f, new Loc(line, columns[f.ordinal()] + 1));
        }
      }
      r.checkNamed(errors);
      reports.accept(r);
    }

    private String cell(List<String> cells, ProgressField f) {
      int c = columns[f.ordinal()];
      return c >= 0 && c < cells.size() ? cells.get(c) : "";
    }
  }
}
