package dev.qingdan.load.table;

import dev.qingdan.load.Encoding;
import dev.qingdan.load.InputException;
import dev.qingdan.load.Links;
import dev.qingdan.load.Loc;
import dev.qingdan.load.Place;
import dev.qingdan.load.Problem;
import dev.qingdan.load.SourceText;
import dev.qingdan.load.Warning;
import dev.qingdan.load.office.OfficeReader;
import dev.qingdan.load.office.SourceDocument;
import dev.qingdan.load.table.ColumnRoles.Layout;
import dev.qingdan.load.office.SourceDocument.Block;
import dev.qingdan.load.office.SourceDocument.Paragraph;
import dev.qingdan.load.office.SourceDocument.SourceRow;
import dev.qingdan.model.Checklist;
import dev.qingdan.model.Document;
import dev.qingdan.model.Row;
import dev.qingdan.model.RowId;
import dev.qingdan.model.Unit;
import dev.qingdan.text.Msg;
import dev.qingdan.text.Printable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * Turns a checklist table and the prose around it into a checklist: tab-separated text as pasted
 * from Word or Excel (header rows repeated at page breaks, merged cells left blank), a Word
 * document's tables or a workbook's sheets. The header rows are found by {@link ColumnRoles}, the
 * rows under them read by {@link TableRows}, the prose around them by {@link PlanProse}.
 */
public final class TableImporter {
  /** Generic phrases the tables of such plans use instead of naming units. */
  public static final List<String> DEFAULT_GENERIC = List.of("区级有关单位", "各镇街(园区)");

  /** The roles a column may be given by hand ({@code --columns HEADER=ROLE}). */
  public static final List<String> ROLES = ColumnRoles.ROLES;

  /**
   * The result of an import.
   *
   * @param checklist the checklist read
   * @param warnings what was repaired or could not be read, in document order
   * @param places where each row was read
   * @param notes how the table was read, at its place: the plan's year and where it comes from
   *     ({@code year}), the columns of each header layout and the field each becomes ({@code
   *     columns}), the fields without a column ({@code missing-column}), the cells filled from the
   *     row above ({@code merged}), in document order
   * @param summary how much was read
   */
  public record Result(Checklist checklist, List<Warning> warnings, Map<RowId, Place> places,
      List<Warning> notes, Summary summary) {}

  /**
   * How much an import read.
   *
   * @param rows the rows of the checklist
   * @param items the items they belong to
   * @param targets the rows whose target cell was read (a value, 暂无 or the city's document)
   * @param schedules the rows whose schedule cell was read entirely
   */
  public record Summary(int rows, int items, int targets, int schedules) {}

  /** How many rows below a header tell whether its column without a name holds numbers. */
  private static final int NUMBERS_SEEN = 20;

  private final ImportLog log;
  private final ColumnRoles roles;
  private final TableRows reader;

  private TableImporter(String file, Map<String, String> byHand) {
    this.log = new ImportLog(file);
    this.roles = new ColumnRoles(byHand);
    this.reader = new TableRows(log);
  }

  /**
   * Imports tab-separated text with the prose around it. {@code year} overrides the plan's year
   * read from the document.
   */
  public static Result fromText(String file, String text, Integer year) throws InputException {
    return fromDocument(SourceDocument.ofText(file, text), year, Map.of());
  }

  /** Imports a document read in any format. */
  public static Result fromDocument(SourceDocument doc, Integer year) throws InputException {
    return fromDocument(doc, year, Map.of());
  }

  /** Imports a document read in any format, with columns mapped by hand (header to role). */
  public static Result fromDocument(SourceDocument doc, Integer year, Map<String, String> columns)
      throws InputException {
    TableImporter importer = new TableImporter(doc.file(), columns);
    doc.warnings().forEach(w -> importer.log.warn(w.code(), w.text(), w.where(), w.order()));
    return importer.build(doc.blocks(), year);
  }

  /** Imports a file, telling its format by its content; see the other {@code read}. */
  public static Result read(Path path, String given, Integer year) throws InputException {
    return read(path, given, year, Map.of(), Links.STRICT);
  }

  /**
   * Imports a file, telling its format by its content: a Word document (.docx), a workbook (.xlsx),
   * or UTF-8 text. {@code given} is the file as the user named it; {@code columns} maps headers to
   * roles by hand ({@link ColumnRoles#ROLES}); symbolic links are followed as {@code links} says.
   */
  public static Result read(Path path, String given, Integer year, Map<String, String> columns,
      Links links)
      throws InputException {
    String name = SourceText.shown(path, given);
    byte[] bytes = SourceText.readBytes(path, name, SourceText.DEFAULT_MAX_BYTES, links);
    if (Encoding.startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
      return fromDocument(OfficeReader.read(name, bytes), year, columns);
    }
    if (Encoding.startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      throw new InputException(Problem.error("format", Msg.of("this is an old binary Office file "
          + "(.doc or .xls) or a password-protected one; save it as .docx or .xlsx, without a "
          + "password, and import that"), name, Loc.FILE, ""), false);
    }
    if (Encoding.isBinary(bytes)) {
      throw new InputException(Problem.error("format", Msg.of("this is a binary file (or UTF-16 "
          + "text), not UTF-8 text: import takes a .docx, an .xlsx, or tab-separated UTF-8 text"),
          name, Loc.FILE, ""), false);
    }
    return fromDocument(SourceDocument.ofText(name, SourceText.decode(name, bytes)), year,
        columns);
  }

  private Result build(List<Block> blocks, Integer yearOverride) throws InputException {
    Document doc = null;
    Layout layout = null;
    Map<Column, String> headers = new EnumMap<>(Column.class);
    boolean inTable = false;
    List<Row> rows = new ArrayList<>();
    Map<RowId, Place> places = new LinkedHashMap<>();
    Row prev = null;
    Map<Column, String> prevCells = null;
    SourceRow firstRow = null;
    boolean underHeader = false;
    Headings headings = new Headings(log);
    for (int at = 0; at < blocks.size(); at++) {
      Block b = blocks.get(at);
      SourceRow sr = b instanceof SourceRow r ? r : null;
      if (b instanceof Paragraph p) {
        if (PlanProse.ANNEX.matcher(p.text()).matches()) {
          inTable = false; // another attachment starts: its tables are not the checklist
        } else if (inTable) {
          sr = headings.paragraph(p, layout, blocks, at);
        }
        if (sr == null) {
          continue;
        }
      }
      if (sr.cells().stream().allMatch(String::isEmpty)) {
        continue;
      }
      if (firstRow == null) {
        firstRow = sr;
      }
      Layout header = header(sr, blocks, at);
      if (header != null) {
        if (layout == null || !header.cells().equals(layout.cells())) {
          report(header, sr);
          header.columns().forEach((c, i) -> headers.put(c,
              ColumnRoles.name(header.cells().get(i))));
          headings.clear();
        }
        layout = header;
        inTable = true;
        underHeader = true;
        continue;
      }
      if (!inTable) {
        continue;
      }
      if (underHeader && subHeader(sr, layout)) {
        underHeader = false;
        continue;
      }
      underHeader = false;
      if (sr.cells().stream().anyMatch(c -> Column.ofHeader(c).orElse(null) == Column.ITEM)) {
        inTable = false; // a table of another kind (序号, 单位名称): the checklist has ended
        continue;
      }
      if (headings.row(sr, layout, blocks, at)) {
        continue;
      }
      if (doc == null) {
        doc = PlanProse.document(log, blocks, yearOverride);
      }
      extraCells(sr, layout.cells().size());
      TableRows.RowCells cells = headings.under(reader.cells(sr, layout));
      Map<Column, String> effective = new EnumMap<>(Column.class);
      Row row = reader.row(cells, prev, prevCells, effective, doc.year(), headers);
      if (row != null) {
        for (Row r : reader.measures(row, cells, effective, doc.year())) {
          rows.add(r);
          places.put(r.id(), sr.place());
          prev = r;
        }
        prevCells = effective;
      }
    }
    reader.end();
    List<String> unused = roles.unused();
    if (!unused.isEmpty()) {
      throw fail("columns", Msg.of("--columns names '%s', but no header row of the table has "
          + "that column", unused.get(0)), null);
    }
    if (rows.isEmpty()) {
      throw noTable(blocks, firstRow, layout != null);
    }
    List<String> generic = new ArrayList<>(DEFAULT_GENERIC);
    List<Unit> units = PlanUnits.register(blocks);
    if (units == null) {
      units = PlanUnits.unitsOfTable(rows, generic);
      log.note("no-register", units.size() == 1
          ? Msg.of("no 附件 2 (unit register) found: the register lists the unit the table names")
          : Msg.of("no 附件 2 (unit register) found: the register lists the %d units the table "
              + "names", units.size()), log.file(), 0);
    } else {
      units = PlanUnits.inferAliases(log, units, generic, rows, places);
    }
    Checklist c = new Checklist(doc, units, generic, PlanProse.goals(blocks, doc.year()), rows);
    Summary summary = new Summary(rows.size(),
        (int) rows.stream().map(r -> r.id().item()).distinct().count(),
        reader.targetsRead(), reader.schedulesRead());
    return new Result(c, log.warnings(), places, log.notes(), summary);
  }

  /**
   * The layout of a header row, or null for a row that is not one. Where the header has a column
   * without a name and no 序号, the rows below tell whether that column holds the item numbers.
   */
  private Layout header(SourceRow sr, List<Block> blocks, int at) throws InputException {
    List<List<String>> below = below(sr, blocks, at);
    // 單位 over 個, 人次, 元/月/人: the unit of the figures beside it, not a lead unit
    int measure = ColumnRoles.measureColumn(sr.cells(), below);
    Layout header = roles.read(sr, -1, measure);
    if (header == null || header.columns().containsKey(Column.ITEM)
        || header.cells().stream().noneMatch(c -> ColumnRoles.name(c).isEmpty())) {
      return header;
    }
    int numbers = ColumnRoles.numberColumn(header.cells(), below);
    return numbers < 0 ? header : roles.read(sr, numbers, measure);
  }

  /** The rows that follow the header row at {@code at}, up to its repetition, a few at most. */
  private static List<List<String>> below(SourceRow sr, List<Block> blocks, int at) {
    List<List<String>> below = new ArrayList<>();
    for (int i = at + 1; i < blocks.size() && below.size() < NUMBERS_SEEN; i++) {
      if (blocks.get(i) instanceof SourceRow r) {
        if (r.cells().equals(sr.cells())) {
          break; // the header again, after a page break
        }
        below.add(r.cells());
      }
    }
    return below;
  }

  /** The columns line of a new header layout, and the fields it has no column for. */
  private void report(Layout header, SourceRow sr) {
    log.note("columns", header.mapping(), sr.place().where(0), sr.place().order());
    String schedule = Column.SCHEDULE.header();
    String lead = Column.LEAD.header();
    if (header.missing().contains(lead)) {
      log.warn("no-lead", Msg.of("the table has no %s column: no row has a lead unit; write them in "
          + "the YAML (or map a column with --columns HEADER=lead) before validating it", lead),
          sr.place().where(0), sr.place().order());
    }
    List<String> empty = header.missing().stream()
        .filter(h -> !h.equals(schedule) && !h.equals(lead)).toList();
    if (!empty.isEmpty()) {
      log.note("missing-column", Msg.of("no column for %s: left empty",
          String.join(", ", empty)), sr.place().where(0), sr.place().order());
    }
    if (header.missing().contains(schedule)) {
      log.note("missing-column", Msg.of("no column for %s: a due date in the task text (9月底前) "
          + "is the schedule", schedule), sr.place().where(0), sr.place().order());
    }
  }

  /**
   * Whether a row right under the header is the header's second row (本月进展情况 over 前期手续 and
   * 在建形象进度): no number, task or lead of its own and no figure, where a first row of tasks
   * would have them; a figure only under the columns kept in extra, whose second row may name
   * months (截至6月底进展 | 7月工作计划). It is said, and not read as a row.
   */
  private boolean subHeader(SourceRow sr, Layout layout) {
    List<String> cells = sr.cells();
    for (Column c : List.of(Column.ITEM, Column.TITLE, Column.LEAD)) {
      Integer i = layout.columns().get(c);
      if (i != null && i < cells.size() && !cells.get(i).isEmpty()) {
        return false;
      }
    }
    List<String> names = cells.stream().filter(c -> !c.isEmpty()).toList();
    // under a progress column, a second row may name its months (截至6月底进展 | 7月工作计划)
    boolean kept = true;
    for (int i = 0; i < cells.size(); i++) {
      kept &= cells.get(i).isEmpty() || layout.extra().containsKey(i)
          || i >= layout.cells().size() || ColumnRoles.name(layout.cells().get(i)).isEmpty();
    }
    if (!kept && names.stream().anyMatch(c -> c.chars().anyMatch(Character::isDigit))) {
      return false;
    }
    log.note("header-rows", Msg.of("the header goes on over a second row (%s): its names are "
        + "kept as they are under the first row's", String.join(", ", names)),
        sr.place().where(0), sr.place().order());
    return true;
  }

  /** A row with text past the header's last column: that text is left out, and said so. */
  private void extraCells(SourceRow sr, int width) {
    List<String> extra = sr.cells().subList(Math.min(width, sr.cells().size()), sr.cells().size())
        .stream().filter(c -> !c.isEmpty()).toList();
    if (!extra.isEmpty()) {
      String shown = String.join(" | ", extra);
      log.warn("extra-cells", Msg.of("the row has %d cells and the header %d; the text past the "
          + "header's last column is left out: '%s'", sr.cells().size(), width,
          shown.length() > 60 ? shown.substring(0, 60) + "…" : shown), sr.place(), width);
    }
  }

  /** Why no row was read: an empty file, checklist YAML, a table without a header, no table. */
  private InputException noTable(List<Block> blocks, SourceRow firstRow, boolean sawHeader) {
    if (sawHeader) {
      return fail("no-rows", Msg.of("the checklist table has a header row but no rows"), null);
    }
    List<List<String>> table = blocks.stream().filter(b -> b instanceof SourceRow)
        .map(b -> ((SourceRow) b).cells()).limit(NUMBERS_SEEN).toList();
    if (firstRow != null && ColumnRoles.figuresOnly(table.subList(1, table.size()))) {
      return fail("no-tasks", Msg.of("this is a table of figures, not of tasks: its rows give a "
          + "name and figures only (%s), with no task and no lead unit, as a register of "
          + "statistics does; import reads a task table, with a task column (工作任务, 项目名称 …) "
          + "and a lead-unit column (责任单位 …); --columns maps columns by hand",
          ColumnRoles.preview(table.get(1))), firstRow.place());
    }
    Optional<Matrix> matrix = firstRow == null ? Optional.empty() : Matrix.of(table);
    if (matrix.isPresent()) {
      Matrix m = matrix.get();
      return fail("matrix", Msg.of("this is a matrix of places and indicators, not a task list: "
          + "one place a row (first column '%s') and %d indicators across (%s), each over the "
          + "columns %s, under a header of %d rows; the units and comparators of its figures "
          + "stand only in the header. import reads one task a row: write the matrix as one row "
          + "a place and indicator (地区 | 指标 | 目标值) to import it", m.places(),
          m.indicators().size(), ColumnRoles.preview(m.indicators()),
          ColumnRoles.preview(m.group()), m.headerRows()), firstRow.place());
    }
    if (firstRow != null) {
      return fail("no-header", Msg.of("no header row of a checklist table was found (one with a "
          + "task column such as 工作任务, a lead-unit column such as 责任单位, and one more such as 序号 "
          + "or 完成时限; --columns maps columns by hand); the first table row reads: %s",
          ColumnRoles.preview(firstRow.cells())),
          firstRow.place());
    }
    List<String> text = blocks.stream().map(PlanProse::prose)
        .filter(l -> l != null && !l.isEmpty()).toList();
    if (text.isEmpty()) {
      return fail("empty", Msg.of("the document is empty: there is no table to import"), null);
    }
    if (text.get(0).startsWith("# yaml-language-server:")
        || text.stream().anyMatch(l -> l.matches("schemaVersion:\\s*\\d+\\s*"))) {
      return fail("no-table", Msg.of("this is a checklist YAML file, not a table to import; check "
          + "it with 'qingdan validate'"), null);
    }
    return fail("no-table", Msg.of("no table found: expected a Word table, a sheet, or "
        + "tab-separated lines with a header row (序号, 政策事项, 牵头单位, 量化指标值 …)"), null);
  }

  private InputException fail(String code, Msg text, Place place) {
    return new InputException(Problem.error(code, text, place == null ? log.file() : place.where(),
        Loc.FILE, ""), false);
  }

}
