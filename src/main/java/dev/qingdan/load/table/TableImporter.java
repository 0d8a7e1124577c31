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
import dev.qingdan.model.Definition;
import dev.qingdan.model.Document;
import dev.qingdan.model.Row;
import dev.qingdan.model.RowId;
import dev.qingdan.model.Schedule;
import dev.qingdan.model.Target;
import dev.qingdan.model.Unit;
import dev.qingdan.phrase.DefinitionParser;
import dev.qingdan.phrase.ScheduleParser;
import dev.qingdan.phrase.TargetParser;
import dev.qingdan.text.Cells;
import dev.qingdan.text.Msg;
import dev.qingdan.text.Printable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a checklist table and the prose around it into a checklist: tab-separated text as pasted
 * from Word or Excel (header rows repeated at page breaks, merged cells left blank), a Word
 * document's tables or a workbook's sheets.
 *
 * <p>The merge rules are the contract's: in a continuation row (no 序号) a blank 政策要点, 牵头单位,
 * 协同单位, 定性目标, 进度安排 or 实现方式 repeats the cell above, except 协同单位 in a row with its
 * own 牵头单位; in a numbered row a blank 实现方式 repeats the cell above; every other blank cell is
 * empty. Where the source still knows its merged cells (Word, Excel), a merged cell repeats its text
 * in every row it spans, in any column. A table without 序号 numbers its items by the number its
 * task text starts with ({@link TaskNumbering}), a blank task cell continuing the item above.
 */
public final class TableImporter {
  /** Generic phrases the tables of such plans use instead of naming units. */
  public static final List<String> DEFAULT_GENERIC = List.of("区级有关单位", "各镇街(园区)");

  /** The roles a column may be given by hand ({@code --columns HEADER=ROLE}). */
  public static final List<String> ROLES = ColumnRoles.ROLES;

  /** The columns whose blank cell repeats the cell above in a continuation row. */
  private static final Set<Column> REPEATED =
      EnumSet.of(Column.POINTS, Column.GOAL, Column.SCHEDULE, Column.METHOD);

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

  private final ImportLog log;
  private final ColumnRoles roles;
  private final FilledCells filled;
  private int targetsRead;
  private int schedulesRead;

  private TableImporter(String file, Map<String, String> byHand) {
    this.log = new ImportLog(file);
    this.roles = new ColumnRoles(byHand);
    this.filled = new FilledCells(log);
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
    for (Block b : blocks) {
      if (b instanceof Paragraph p) {
        if (PlanProse.ANNEX.matcher(p.text()).matches()) {
          inTable = false; // another attachment starts: its tables are not the checklist
        }
        continue;
      }
      SourceRow sr = (SourceRow) b;
      if (sr.cells().stream().allMatch(String::isEmpty)) {
        continue;
      }
      if (firstRow == null) {
        firstRow = sr;
      }
      Layout header = roles.read(sr);
      if (header != null) {
        if (layout == null || !header.cells().equals(layout.cells())) {
          report(header, sr);
          header.columns().forEach((c, i) -> headers.put(c,
              ColumnRoles.name(header.cells().get(i))));
        }
        layout = header;
        inTable = true;
        continue;
      }
      if (!inTable) {
        continue;
      }
      if (sr.cells().stream().anyMatch(c -> Column.ofHeader(c).orElse(null) == Column.ITEM)) {
        inTable = false; // a table of another kind (序号, 单位名称): the checklist has ended
        continue;
      }
      if (doc == null) {
        doc = PlanProse.document(log, blocks, yearOverride);
      }
      extraCells(sr, layout.cells().size());
      RowCells cells = cells(sr, layout);
      Map<Column, String> effective = new EnumMap<>(Column.class);
      Row row = row(cells, prev, prevCells, effective, doc.year(), headers);
      if (row != null) {
        for (Row r : measures(row, cells, effective, doc.year())) {
          rows.add(r);
          places.put(r.id(), sr.place());
          prev = r;
        }
        prevCells = effective;
      }
    }
    filled.end();
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
        (int) rows.stream().map(r -> r.id().item()).distinct().count(), targetsRead,
        schedulesRead);
    return new Result(c, log.warnings(), places, log.notes(), summary);
  }

  /** The columns line of a new header layout, and the fields it has no column for. */
  private void report(Layout header, SourceRow sr) {
    log.note("columns", header.mapping(), sr.place().where(0), sr.place().order());
    if (!header.missing().isEmpty()) {
      log.note("missing-column", Msg.of("no column for %s: left empty",
          String.join(", ", header.missing())), sr.place().where(0), sr.place().order());
    }
  }

  /** The cells of a row by column, with the columns that continue a merged cell above. */
  private record RowCells(Map<Column, String> text, Set<Column> continued, Map<Column, Integer> at,
      Place place, Map<String, String> extra) {
    String get(Column c) {
      return text.get(c);
    }

    /** Where column {@code c}'s cell is. */
    String where(Column c) {
      Integer i = at.get(c);
      return place.where(i == null ? 0 : i);
    }
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

  private RowCells cells(SourceRow sr, Layout layout) {
    Map<Column, Integer> columns = layout.columns();
    List<String> raw = new ArrayList<>(sr.cells());
    Set<Integer> continued = sr.continued();
    int last = columns.values().stream().max(Integer::compare).orElse(0);
    while (raw.size() < layout.cells().size() || raw.size() <= last) {
      raw.add("");
    }
    List<String> repaired = ShiftedRow.repaired(raw, columns, last);
    if (repaired != null) {
      int t = columns.get(Column.TARGET);
      log.warn("shifted-row", Msg.of("the row is shifted one column to the left (量化指标值 is empty "
          + "and the cell before it reads '%s'); read as 量化指标 '%s' and 量化指标值 '%s'",
          raw.get(t - 1), repaired.get(columns.get(Column.INDICATOR)), repaired.get(t)),
          sr.place(), 0);
      raw = repaired;
      continued = Set.of();
    }
    Map<Column, String> out = new EnumMap<>(Column.class);
    Set<Column> cont = EnumSet.noneOf(Column.class);
    for (Column c : Column.values()) {
      Integer i = columns.get(c);
      out.put(c, i != null ? raw.get(i) : "");
      if (i != null && continued.contains(i)) {
        cont.add(c);
      }
    }
    Map<String, String> extra = new LinkedHashMap<>();
    for (var e : layout.extra().entrySet()) {
      String cell = raw.get(e.getKey());
      if (!cell.isEmpty()) {
        extra.put(e.getValue(), cell);
      }
    }
    return new RowCells(out, cont, columns, sr.place(), extra);
  }

  /**
   * Reads one row. {@code prevCells} holds the cells of the row before as they were finally read
   * (merged and repeated cells filled in); {@code effective} receives this row's.
   */
  private Row row(RowCells cells, Row prev, Map<Column, String> prevCells,
      Map<Column, String> effective, int year, Map<Column, String> headers) {
    Map<Column, String> text = new EnumMap<>(cells.text());
    String itemCell = itemCell(cells, prev, text);
    boolean numbered = !itemCell.isEmpty();
    int item;
    int k;
    if (numbered) {
      Integer n = TaskNumbering.item(itemCell);
      if (n == null) {
        log.warn("item-number", Msg.of("序号 '%s' is not a number; the row is skipped", itemCell),
            cells.where(Column.ITEM), cells.place().order());
        return null;
      }
      item = n;
      k = 1;
      int expected = prev == null ? 1 : prev.id().item() + 1;
      if (prev != null && item == prev.id().item()) {
        k = prev.id().k() + 1;
      } else if (item != expected) {
        log.warn("item-number", prev == null
            ? Msg.of("序号 %d follows nothing; expected %d", item, expected)
            : Msg.of("序号 %d follows %s; expected %d", item, prev.id().toString(), expected),
            cells.where(Column.ITEM), cells.place().order());
      }
    } else {
      if (prev == null) {
        log.warn("continuation", Msg.of("a row without 序号 before the first numbered row is "
            + "skipped"), cells.place(), 0);
        return null;
      }
      item = prev.id().item();
      k = prev.id().k() + 1;
    }
    effective.putAll(text);
    if (prevCells != null) {
      for (Column c : cells.continued()) {
        effective.put(c, prevCells.get(c));
      }
    }
    List<Column> taken = new ArrayList<>();
    if (!numbered) {
      repeatIfBlank(effective, cells, prevCells, Column.TITLE, taken);
      for (Column c : REPEATED) {
        repeatIfBlank(effective, cells, prevCells, c, taken);
      }
      if (cells.get(Column.LEAD).isEmpty() && !cells.continued().contains(Column.LEAD)) {
        repeatIfBlank(effective, cells, prevCells, Column.LEAD, taken);
        repeatIfBlank(effective, cells, prevCells, Column.PARTNERS, taken);
      }
    } else if (prevCells != null) {
      repeatIfBlank(effective, cells, prevCells, Column.METHOD, taken);
    }
    RowId id = new RowId(item, k);
    filled.row(id, headers, taken, cells.place(), cells.at());
    List<String> lead = new ArrayList<>(Cells.units(effective.get(Column.LEAD)));
    List<String> partners = new ArrayList<>(Cells.units(effective.get(Column.PARTNERS)));
    PlanUnits.splitRoles(lead, partners); // 办公室牵头，各科室配合
    if (lead.isEmpty() && cells.at().containsKey(Column.LEAD)) {
      log.warn("no-lead", Msg.of("row %s has no 牵头单位", id.toString()), cells.where(Column.LEAD),
          cells.place().order());
    }
    String targetText = effective.get(Column.TARGET);
    Target target = TargetParser.parse(targetText)
        .orElseGet(() -> new Target(targetText, null, null, null));
    if (!targetText.isEmpty() && TargetParser.parse(targetText).isPresent()) {
      targetsRead++;
    }
    ScheduleParser.Result sched = ScheduleParser.parse(effective.get(Column.SCHEDULE), year, target);
    if (!effective.get(Column.SCHEDULE).isEmpty() && sched.notes().isEmpty()) {
      schedulesRead++;
    }
    // a table without a schedule column has no schedule to read: the missing column says so once
    List<Msg> said = new ArrayList<>(cells.at().containsKey(Column.SCHEDULE) ? sched.notes()
        : List.of());
    said.addAll(sched.ambiguities());
    for (Msg note : said) {
      log.warn("schedule", Msg.of("row %s: %s", id.toString(), note), cells.where(Column.SCHEDULE),
          cells.place().order());
    }
    Schedule schedule = sched.schedule();
    Definition definition = DefinitionParser.parse(effective.get(Column.DEFINITION));
    return new Row(id, effective.get(Column.TITLE), effective.get(Column.POINTS), lead,
        partners, effective.get(Column.GOAL),
        effective.get(Column.INDICATOR), target, schedule, definition,
        effective.get(Column.METHOD), cells.extra());
  }

  /** The measures of a row ({@link Measures}); counts the targets read. */
  private List<Row> measures(Row row, RowCells cells, Map<Column, String> effective, int year) {
    boolean column = cells.at().containsKey(Column.TARGET);
    String points = effective.get(Column.POINTS);
    boolean inPoints = !column && points != null && points.chars().anyMatch(Character::isDigit);
    String where = cells.where(column ? Column.TARGET : inPoints ? Column.POINTS : Column.TITLE);
    Measures m = new Measures(log, where, cells.place().order(), year);
    List<Row> rows = m.of(row, column, column ? effective.get(Column.TARGET)
        : inPoints ? points : effective.get(Column.TITLE));
    targetsRead += m.targets();
    return rows;
  }


  /**
   * The row's item number as written: its 序号 cell, or in a table without 序号 the number its task
   * text starts with (taken off the title in {@code text}) or the next number; empty for a row
   * that continues the item above.
   */
  private static String itemCell(RowCells cells, Row prev, Map<Column, String> text) {
    if (cells.at().containsKey(Column.ITEM)) {
      return cells.continued().contains(Column.ITEM) ? "" : cells.get(Column.ITEM);
    }
    String points = cells.continued().contains(Column.POINTS) ? "" : cells.get(Column.POINTS);
    TaskNumbering.Prefix own = points.isEmpty() ? null : TaskNumbering.prefix(points);
    if (own != null) {
      // 一、做好财政信息公开 | 1.积极推进…: the numbered tasks under a heading are the items
      text.put(Column.POINTS, own.rest());
      String title = cells.get(Column.TITLE);
      TaskNumbering.Prefix heading = title.isEmpty() ? null : TaskNumbering.prefix(title);
      if (heading != null) {
        text.put(Column.TITLE, heading.rest());
      }
      return String.valueOf(own.number());
    }
    String title = cells.continued().contains(Column.TITLE) ? "" : cells.get(Column.TITLE);
    if (title.isEmpty()) {
      return "";
    }
    TaskNumbering.Prefix p = TaskNumbering.prefix(title);
    if (p != null) {
      text.put(Column.TITLE, p.rest());
      return String.valueOf(p.number());
    }
    return String.valueOf(prev == null ? 1 : prev.id().item() + 1);
  }

  /** Fills a blank cell from the row above; {@code taken} gets the column if that gave text. */
  private static void repeatIfBlank(Map<Column, String> effective, RowCells cells,
      Map<Column, String> prevCells, Column c, List<Column> taken) {
    if (prevCells != null && cells.get(c).isEmpty() && !cells.continued().contains(c)) {
      effective.put(c, prevCells.get(c));
      if (!prevCells.get(c).isEmpty()) {
        taken.add(c);
      }
    }
  }

  /** Why no row was read: an empty file, checklist YAML, a table without a header, no table. */
  private InputException noTable(List<Block> blocks, SourceRow firstRow, boolean sawHeader) {
    if (sawHeader) {
      return fail("no-rows", Msg.of("the checklist table has a header row but no rows"), null);
    }
    if (firstRow != null) {
      return fail("no-header", Msg.of("no header row of a checklist table was found (one with a task "
          + "column such as 工作任务, a lead-unit column such as 责任单位, and one more such as 序号 "
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
