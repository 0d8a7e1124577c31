package dev.qingdan.load;

import dev.qingdan.load.SourceDocument.Block;
import dev.qingdan.load.SourceDocument.Paragraph;
import dev.qingdan.load.SourceDocument.SourceRow;
import dev.qingdan.model.Checklist;
import dev.qingdan.model.Definition;
import dev.qingdan.model.Document;
import dev.qingdan.model.Goal;
import dev.qingdan.model.Row;
import dev.qingdan.model.RowId;
import dev.qingdan.model.Schedule;
import dev.qingdan.model.Target;
import dev.qingdan.model.Unit;
import dev.qingdan.model.UnitRegister;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a checklist table and the prose around it into a checklist: tab-separated text as pasted
 * from Word or Excel (header rows repeated at page breaks, merged cells left blank), a Word
 * document's tables or a workbook's sheets.
 *
 * <p>The merge rules are the contract's: in a continuation row (no 序号) a blank 政策要点, 牵头单位,
 * 协同单位, 定性目标, 进度安排 or 实现方式 repeats the cell above, except 协同单位 in a row with its
 * own 牵头单位; in a numbered row a blank 实现方式 repeats the cell above; every other blank cell is
 * empty. Where the source still knows its merged cells (Word, Excel), a merged cell repeats its text
 * in every row it spans, in any column.
 */
public final class TableImporter {
  /** Generic phrases the tables of such plans use instead of naming units. */
  public static final List<String> DEFAULT_GENERIC = List.of("区级有关单位", "各镇街(园区)");

  private static final String BLANK = "[\\s\\u3000\\u00A0]*";
  private static final Pattern NUMBER = Pattern.compile("[\\p{IsHan}]{1,10}〔\\d{4}〕\\d+号");
  private static final Pattern DATE = Pattern.compile(
      "(\\d{4})" + BLANK + "年" + BLANK + "(\\d{1,2})" + BLANK + "月" + BLANK + "(\\d{1,2})" + BLANK
          + "日");
  private static final Pattern GOAL = Pattern.compile("力争全年(?:实现)?([^，,；;。]+?)(?:达到|达)?"
      + "(\\d+(?:\\.\\d+)?万?[\\p{IsHan}]{1,2}(?:以上)?)(?=[，,；;。]|$)");
  private static final Pattern ANNEX =
      Pattern.compile("^附件" + BLANK + "([0-9０-９一二三四五六七八九]+)" + BLANK + "$");
  /** The columns whose blank cell repeats the cell above in a continuation row. */
  private static final Set<Column> REPEATED =
      EnumSet.of(Column.POINTS, Column.GOAL, Column.SCHEDULE, Column.METHOD);

  /**
   * Something the import repaired or could not read.
   *
   * @param code a stable short code such as {@code shifted-row}
   * @param text one sentence for a person, printed in the reader's language
   * @param where the place: {@code file:line}, {@code file:table 2, row 5}, {@code file:Sheet1!H12},
   *     or the file alone when the warning concerns the whole document
   * @param order the place's position in the document, for sorting
   */
  public record Warning(String code, Msg text, String where, int order) {
    public Warning {
      where = Printable.escape(where);
    }

    /** The sentence in English, safe to print on one line (see {@link Printable}). */
    public String message() {
      return Printable.escape(text.en());
    }
  }

  /**
   * The result of an import.
   *
   * @param checklist the checklist read
   * @param warnings what was repaired or could not be read, in document order
   * @param places where each row was read
   * @param notes how the table was read, at its place: the columns of each header layout and the
   *     field each becomes ({@code columns}), in document order
   */
  public record Result(Checklist checklist, List<Warning> warnings, Map<RowId, Place> places,
      List<Warning> notes) {}

  private static final Pattern BLANKS = Pattern.compile("[\\s\\u3000\\u00A0]");

  /** A title that names the year it plans: 某县2023年优化营商环境重点任务清单. */
  private static final Pattern TITLE_YEAR =
      Pattern.compile("[^\\t]*?((?:19|20)\\d{2})年[^0-9月\\t]*(?:清单|方案|计划|要点)");

  private final String file;
  private final List<Warning> warnings = new ArrayList<>();
  private final List<Warning> notes = new ArrayList<>();

  private TableImporter(String file) {
    this.file = file;
  }

  /**
   * Imports tab-separated text with the prose around it. {@code year} overrides the plan's year
   * read from the document's date.
   */
  public static Result fromText(String file, String text, Integer year) throws InputException {
    return fromDocument(SourceDocument.ofText(file, text), year);
  }

  /** Imports a document read in any format. */
  public static Result fromDocument(SourceDocument doc, Integer year) throws InputException {
    TableImporter importer = new TableImporter(doc.file());
    importer.warnings.addAll(doc.warnings());
    return importer.build(doc.blocks(), year);
  }

  /**
   * Imports a file, telling its format by its content: a Word document (.docx), a workbook (.xlsx),
   * or UTF-8 text. {@code name} is the file as the user named it.
   */
  public static Result read(Path path, String given, Integer year) throws InputException {
    String name = SourceText.shown(path, given);
    byte[] bytes = SourceText.readBytes(path, name, SourceText.DEFAULT_MAX_BYTES);
    if (Encoding.startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
      return fromDocument(OfficeReader.read(name, bytes), year);
    }
    if (Encoding.startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      throw new InputException(Problem.error("format", Msg.of("this is an old binary Office file "
          + "(.doc or .xls) or a password-protected one; save it as .docx or .xlsx, without a "
          + "password, and import that"), name, Loc.FILE, ""), false);
    }
    if (isBinary(bytes)) {
      throw new InputException(Problem.error("format", Msg.of("this is a binary file (or UTF-16 "
          + "text), not UTF-8 text: import takes a .docx, an .xlsx, or tab-separated UTF-8 text"),
          name, Loc.FILE, ""), false);
    }
    return fromText(name, SourceText.decode(name, bytes), year);
  }

  /** A NUL byte near the start, where no byte order mark tells UTF-16 or UTF-32 by name. */
  private static boolean isBinary(byte[] bytes) {
    if (Encoding.otherUnicode(bytes) != null) {
      return false;
    }
    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private Result build(List<Block> blocks, Integer yearOverride) throws InputException {
    Document doc = null;
    Map<Column, Integer> columns = null;
    List<String> layout = null;
    List<Row> rows = new ArrayList<>();
    Map<RowId, Place> places = new LinkedHashMap<>();
    Row prev = null;
    Map<Column, String> prevCells = null;
    SourceRow firstRow = null;
    for (Block b : blocks) {
      if (b instanceof Paragraph p) {
        if (ANNEX.matcher(p.text()).matches()) {
          columns = null; // another attachment starts: its tables are not the checklist
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
      Header header = header(sr);
      if (header != null) {
        if (!header.cells().equals(layout)) {
          header.report().run();
          layout = header.cells();
        }
        columns = header.columns();
        continue;
      }
      if (columns == null) {
        continue;
      }
      if (sr.cells().stream().anyMatch(c -> Column.ofHeader(c).orElse(null) == Column.ITEM)) {
        columns = null; // a table of another kind (序号, 单位名称): the checklist has ended
        continue;
      }
      if (doc == null) {
        doc = document(blocks, yearOverride);
      }
      extraCells(sr, layout.size());
      RowCells cells = cells(sr, columns);
      Map<Column, String> effective = new EnumMap<>(Column.class);
      Row row = row(cells, prev, prevCells, effective, doc.year());
      if (row != null) {
        rows.add(row);
        places.put(row.id(), sr.place());
        prev = row;
        prevCells = effective;
      }
    }
    if (rows.isEmpty()) {
      throw noTable(blocks, firstRow, layout != null);
    }
    List<String> generic = new ArrayList<>(DEFAULT_GENERIC);
    List<Unit> units = register(blocks);
    if (units == null) {
      units = unitsOfTable(rows, generic);
      warn("no-register", units.size() == 1
          ? Msg.of("no 附件 2 (unit register) found: the register lists the unit the table names")
          : Msg.of("no 附件 2 (unit register) found: the register lists the %d units the table "
              + "names", units.size()), (Place) null, 0);
    } else {
      units = inferAliases(units, generic, rows, places);
    }
    Checklist c = new Checklist(doc, units, generic, goals(blocks, doc.year()), rows);
    List<Warning> sorted = new ArrayList<>(warnings);
    sorted.sort(Comparator.comparingInt(Warning::order));
    return new Result(c, List.copyOf(sorted), places, List.copyOf(notes));
  }

  /** A header row: the column of each header, and what to report about it. */
  private record Header(Map<Column, Integer> columns, List<String> cells, Runnable report) {}

  private Header header(SourceRow sr) throws InputException {
    Map<Column, Integer> found = new EnumMap<>(Column.class);
    List<Integer> unknown = new ArrayList<>();
    List<String> cells = sr.cells();
    for (int i = 0; i < cells.size(); i++) {
      Optional<Column> c = Column.ofHeader(cells.get(i));
      if (c.isPresent() && !found.containsKey(c.get())) {
        found.put(c.get(), i);
      } else if (!cells.get(i).isEmpty()) {
        unknown.add(i);
      }
    }
    if (found.size() < 4) {
      return null;
    }
    if (!found.containsKey(Column.ITEM)) {
      throw new InputException(Problem.error("no-item-column", Msg.of("the table's header row has "
          + "no 序号 column; qingdan numbers the rows by it (the row reads: %s)", preview(cells)),
          sr.place().where(), Loc.FILE, ""), false);
    }
    for (Column c : List.of(Column.TITLE, Column.LEAD)) {
      if (!found.containsKey(c)) {
        throw new InputException(Problem.error("missing-column", Msg.of("the table's header row "
            + "has no %s column (or one of its other names), which every row needs (the row "
            + "reads: %s)", c.header(), preview(cells)), sr.place().where(), Loc.FILE, ""), false);
      }
    }
    List<String> missing = new ArrayList<>();
    for (Column c : Column.values()) {
      if (!found.containsKey(c)) {
        missing.add(c.header());
      }
    }
    Msg mapping = mapping(cells, found);
    Runnable report = () -> {
      notes.add(new Warning("columns", mapping, sr.place().where(0), sr.place().order()));
      for (int i : unknown) {
        String u = cells.get(i);
        Msg hint = DidYouMean.hint(u, missing);
        warn("unknown-column", Msg.of("unknown column '%s' is ignored%s", u, hint), sr.place(), i);
      }
      for (String m : missing) {
        warn("missing-column", Msg.of("the table has no column %s; its cells are empty", m),
            sr.place(), 0);
      }
    };
    return new Header(found, List.copyOf(cells), report);
  }

  /**
   * How a header row is read, column by column from the left: each recognised column and the field
   * it becomes (with the usual header where the table names it otherwise), each other named column
   * as ignored.
   */
  private static Msg mapping(List<String> cells, Map<Column, Integer> found) {
    Msg all = null;
    for (int i = 0; i < cells.size(); i++) {
      String written = BLANKS.matcher(Cells.clean(cells.get(i))).replaceAll("");
      Column c = null;
      for (var e : found.entrySet()) {
        if (e.getValue() == i) {
          c = e.getKey();
        }
      }
      Msg one = c == null ? written.isEmpty() ? null : Msg.of("%s ignored", written)
          : written.equals(c.header()) ? Msg.of("%s → %s", written, c.field())
          : Msg.of("%s → %s (as %s)", written, c.field(), c.header());
      if (one != null) {
        all = all == null ? one : Msg.in("list", "%s, %s", all, one);
      }
    }
    return Msg.of("columns: %s", all);
  }

  /** The cells of a row by column, with the columns that continue a merged cell above. */
  private record RowCells(Map<Column, String> text, Set<Column> continued, Map<Column, Integer> at,
      Place place) {
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
      warn("extra-cells", Msg.of("the row has %d cells and the header %d; the text past the "
          + "header's last column is left out: '%s'", sr.cells().size(), width,
          shown.length() > 60 ? shown.substring(0, 60) + "…" : shown), sr.place(), width);
    }
  }

  private RowCells cells(SourceRow sr, Map<Column, Integer> columns) {
    List<String> raw = new ArrayList<>(sr.cells());
    Set<Integer> continued = sr.continued();
    int last = columns.values().stream().max(Integer::compare).orElse(0);
    while (raw.size() <= last) {
      raw.add("");
    }
    List<String> repaired = shifted(raw, columns, last);
    if (repaired != null) {
      int t = columns.get(Column.TARGET);
      warn("shifted-row", Msg.of("the row is shifted one column to the left (量化指标值 is empty "
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
    return new RowCells(out, cont, columns, sr.place());
  }

  /**
   * The row read one column further right, if it is a row shifted one column to the left: its
   * 量化指标值 is empty, the cell before it reads like a target, nothing would fall off its end, and
   * its 序号 stays as it is. The cells from its first non-empty one on move right by one.
   */
  private static List<String> shifted(List<String> raw, Map<Column, Integer> columns, int last) {
    Integer t = columns.get(Column.TARGET);
    Integer ind = columns.get(Column.INDICATOR);
    Integer item = columns.get(Column.ITEM);
    if (t == null || ind == null || t < 1 || !raw.get(t).isEmpty() || !raw.get(last).isEmpty()
        || !looksLikeTarget(raw.get(t - 1))) {
      return null;
    }
    int first = 0;
    while (raw.get(first).isEmpty()) {
      first++;
    }
    if (first > t - 1) {
      return null;
    }
    List<String> out = new ArrayList<>(raw);
    out.add(first, "");
    out.remove(last + 1);
    if (!out.get(item).equals(raw.get(item)) || out.get(ind).isEmpty()) {
      return null;
    }
    return out;
  }

  private static boolean looksLikeTarget(String s) {
    return !s.isEmpty() && TargetParser.parse(s).map(t -> t.value() != null
        || s.equals(Target.NONE_TEXT) || s.contains(Target.EXTERNAL_TEXT)).orElse(false);
  }

  /**
   * Reads one row. {@code prevCells} holds the cells of the row before as they were finally read
   * (merged and repeated cells filled in); {@code effective} receives this row's.
   */
  private Row row(RowCells cells, Row prev, Map<Column, String> prevCells,
      Map<Column, String> effective, int year) {
    String itemCell = cells.continued().contains(Column.ITEM) ? "" : cells.get(Column.ITEM);
    boolean numbered = !itemCell.isEmpty();
    int item;
    int k;
    if (numbered) {
      Integer n = parseItem(itemCell);
      if (n == null) {
        warn("item-number", Msg.of("序号 '%s' is not a number; the row is skipped", itemCell),
            cells.where(Column.ITEM), cells.place().order());
        return null;
      }
      item = n;
      k = 1;
      int expected = prev == null ? 1 : prev.id().item() + 1;
      if (prev != null && item == prev.id().item()) {
        k = prev.id().k() + 1;
      } else if (item != expected) {
        warn("item-number", prev == null
            ? Msg.of("序号 %d follows nothing; expected %d", item, expected)
            : Msg.of("序号 %d follows %s; expected %d", item, prev.id().toString(), expected),
            cells.where(Column.ITEM), cells.place().order());
      }
    } else {
      if (prev == null) {
        warn("continuation", Msg.of("a row without 序号 before the first numbered row is skipped"),
            cells.place(), 0);
        return null;
      }
      item = prev.id().item();
      k = prev.id().k() + 1;
    }
    effective.putAll(cells.text());
    if (prevCells != null) {
      for (Column c : cells.continued()) {
        effective.put(c, prevCells.get(c));
      }
    }
    if (!numbered) {
      repeatIfBlank(effective, cells, prevCells, Column.TITLE);
      for (Column c : REPEATED) {
        repeatIfBlank(effective, cells, prevCells, c);
      }
      if (cells.get(Column.LEAD).isEmpty() && !cells.continued().contains(Column.LEAD)) {
        effective.put(Column.LEAD, prevCells.get(Column.LEAD));
        repeatIfBlank(effective, cells, prevCells, Column.PARTNERS);
      }
    } else if (prevCells != null) {
      repeatIfBlank(effective, cells, prevCells, Column.METHOD);
    }
    RowId id = new RowId(item, k);
    List<String> lead = Cells.units(effective.get(Column.LEAD));
    if (lead.isEmpty() && cells.at().containsKey(Column.LEAD)) {
      warn("no-lead", Msg.of("row %s has no 牵头单位", id.toString()), cells.where(Column.LEAD),
          cells.place().order());
    }
    String targetText = effective.get(Column.TARGET);
    Target target = TargetParser.parse(targetText).orElseGet(() -> {
      warn("target", Msg.of("row %s: cannot read the target '%s'", id.toString(), targetText),
          cells.where(Column.TARGET), cells.place().order());
      return new Target(targetText, null, null, null);
    });
    ScheduleParser.Result sched = ScheduleParser.parse(effective.get(Column.SCHEDULE), year, target);
    List<Msg> said = new ArrayList<>(sched.notes());
    said.addAll(sched.ambiguities());
    for (Msg note : said) {
      warn("schedule", Msg.of("row %s: %s", id.toString(), note), cells.where(Column.SCHEDULE),
          cells.place().order());
    }
    Schedule schedule = sched.schedule();
    Definition definition = DefinitionParser.parse(effective.get(Column.DEFINITION));
    return new Row(id, effective.get(Column.TITLE), effective.get(Column.POINTS), lead,
        Cells.units(effective.get(Column.PARTNERS)), effective.get(Column.GOAL),
        effective.get(Column.INDICATOR), target, schedule, definition,
        effective.get(Column.METHOD));
  }

  private static void repeatIfBlank(Map<Column, String> effective, RowCells cells,
      Map<Column, String> prevCells, Column c) {
    if (prevCells != null && cells.get(c).isEmpty() && !cells.continued().contains(c)) {
      effective.put(c, prevCells.get(c));
    }
  }

  private static Integer parseItem(String s) {
    String t = s.replaceAll("[.、．]$", "");
    try {
      int n = Integer.parseInt(t);
      return n >= 1 && n < 1_000_000 ? n : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String prose(Block b) {
    return b instanceof Paragraph p ? p.text() : null;
  }

  private Document document(List<Block> blocks, Integer yearOverride) throws InputException {
    String number = null;
    LocalDate date = null;
    String issuer = null;
    String title = null;
    String checklist = null;
    Integer titleYear = null;
    for (int i = 0; i < blocks.size(); i++) {
      String l = prose(blocks.get(i));
      if (l == null) {
        continue;
      }
      Matcher ty = TITLE_YEAR.matcher(l);
      if (titleYear == null && l.length() <= 200 && ty.matches()) {
        titleYear = Integer.parseInt(ty.group(1));
      }
      if (number == null && NUMBER.matcher(l).matches()) {
        number = l;
      }
      Matcher d = DATE.matcher(l);
      if (date == null && d.matches()) {
        try {
          date = LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)),
              Integer.parseInt(d.group(3)));
          issuer = previousStatement(blocks, i);
        } catch (DateTimeException e) {
          warn("date", Msg.of("'%s' is not a date", l), blocks.get(i).place(), 0);
        }
      }
      if (title == null && l.endsWith("实施方案") && !l.startsWith("关于")) {
        title = l;
      }
      Matcher a = ANNEX.matcher(l);
      if (checklist == null && a.matches() && annex(a, 1)) {
        checklist = nextStatement(blocks, i);
      }
    }
    int year;
    if (yearOverride != null) {
      year = yearOverride;
    } else if (titleYear != null) {
      // 2023年…任务清单 names the year it plans, which a document dated in December may not
      year = titleYear;
    } else if (date != null) {
      year = date.getYear();
    } else {
      throw new InputException(Problem.error("no-year", Msg.of("cannot tell the plan's year from "
          + "the document (no title like 2023年…清单 and no date like 2022年5月25日 outside the "
          + "table); pass --year"), file,
          Loc.FILE, ""), false);
    }
    return new Document(orEmpty(title), orEmpty(number), orEmpty(issuer),
        date == null ? LocalDate.of(year, 1, 1) : date, year, orEmpty(checklist));
  }

  private static boolean annex(Matcher a, int n) {
    String s = a.group(1);
    return s.equals("一二三四五六七八九".substring(n - 1, n))
        || s.chars().map(c -> Character.digit(c, 10)).reduce(0, (x, y) -> x * 10 + y) == n;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /** The issuer is the last line before the date that is not a parenthesised remark. */
  private static String previousStatement(List<Block> blocks, int i) {
    for (int j = i - 1; j >= 0; j--) {
      String l = prose(blocks.get(j));
      if (l != null && !l.isEmpty() && !l.startsWith("（") && !l.startsWith("(")) {
        return l;
      }
    }
    return null;
  }

  private static String nextStatement(List<Block> blocks, int i) {
    for (int j = i + 1; j < blocks.size(); j++) {
      String l = prose(blocks.get(j));
      if (l == null) {
        return null;
      }
      if (!l.isEmpty()) {
        return l;
      }
    }
    return null;
  }

  /**
   * 附件2: the names after its heading, split at 、. Lines are joined first, since the source breaks
   * names across lines (区文广|旅游体育局), unless no line has a 、, as in a list of one name a
   * line. Null when the document has no 附件2.
   */
  private List<Unit> register(List<Block> blocks) {
    int start = -1;
    for (int i = 0; i < blocks.size(); i++) {
      String l = prose(blocks.get(i));
      Matcher a = l == null ? null : ANNEX.matcher(l);
      if (a != null && a.matches() && annex(a, 2)) {
        start = i + 1;
      }
    }
    if (start < 0) {
      return null;
    }
    List<String> lines = new ArrayList<>();
    boolean heading = false;
    for (int i = start; i < blocks.size(); i++) {
      String l = prose(blocks.get(i));
      if (l == null || l.isEmpty()) {
        continue;
      }
      if (!heading && l.endsWith("名单")) {
        heading = true;
        continue;
      }
      if (ANNEX.matcher(l).matches()) {
        break;
      }
      lines.add(l);
    }
    boolean separated = lines.stream().anyMatch(l -> l.matches(".*[、,，;；].*"));
    String joined = String.join(separated ? "" : "、", lines);
    List<Unit> units = new ArrayList<>();
    for (String name : joined.split("[、,，;；]")) {
      String n = Cells.clean(name);
      if (!n.isEmpty() && units.stream().noneMatch(u -> u.name().equals(n))) {
        units.add(new Unit(n, List.of()));
      }
    }
    return units;
  }

  /** Without a register, the units the table names, in order, less generic phrases and 等. */
  private static List<Unit> unitsOfTable(List<Row> rows, List<String> generic) {
    List<Unit> units = new ArrayList<>();
    UnitRegister none = new UnitRegister(List.of(), generic);
    for (Row r : rows) {
      List<String> names = new ArrayList<>(r.lead());
      names.addAll(r.partners());
      for (String n : names) {
        UnitRegister.Resolution res = none.resolve(n);
        if (res.kind() == UnitRegister.Kind.GENERIC) {
          continue;
        }
        String bare = res.etCetera() ? n.substring(0, n.length() - 1) : n;
        if (units.stream().noneMatch(u -> u.name().equals(bare))) {
          units.add(new Unit(bare, List.of()));
        }
      }
    }
    return units;
  }

  /**
   * A name the table uses that is not in the register is taken as an alias of the one register
   * unit whose name it contains in order (区人力社保局 contains 区…人…社…局), with a warning at the
   * first row that uses it.
   */
  private List<Unit> inferAliases(List<Unit> units, List<String> generic, List<Row> rows,
      Map<RowId, Place> places) {
    Map<String, List<String>> aliases = new LinkedHashMap<>();
    units.forEach(u -> aliases.put(u.name(), new ArrayList<>(u.aliases())));
    for (Row r : rows) {
      List<String> names = new ArrayList<>(r.lead());
      names.addAll(r.partners());
      for (String n : names) {
        UnitRegister reg = new UnitRegister(rebuild(aliases), generic);
        if (reg.resolve(n).kind() != UnitRegister.Kind.UNKNOWN) {
          continue;
        }
        String bare = n.endsWith(UnitRegister.ET_CETERA) ? n.substring(0, n.length() - 1) : n;
        List<String> matches = aliases.keySet().stream()
            .filter(u -> isAbbreviation(u, bare)).toList();
        Place at = places.get(r.id());
        if (matches.size() == 1) {
          aliases.get(matches.get(0)).add(bare);
          warn("alias", Msg.of("row %s: '%s' is not in the register; read as an alias of '%s'",
              r.id().toString(), bare, matches.get(0)), at, 0);
        } else {
          warn("unknown-unit", Msg.of("row %s: '%s' is not in the register%s", r.id().toString(),
              n, DidYouMean.hint(bare, aliases.keySet())), at, 0);
        }
      }
    }
    return rebuild(aliases);
  }

  private static List<Unit> rebuild(Map<String, List<String>> aliases) {
    List<Unit> out = new ArrayList<>();
    aliases.forEach((n, a) -> out.add(new Unit(n, a)));
    return out;
  }

  /** Whether {@code shortName}'s characters appear in {@code longName} in order, ends matching. */
  static boolean isAbbreviation(String shortName, String longName) {
    if (shortName.length() >= longName.length() || shortName.length() < 2
        || shortName.charAt(0) != longName.charAt(0)
        || shortName.charAt(shortName.length() - 1) != longName.charAt(longName.length() - 1)) {
      return false;
    }
    int j = 0;
    for (int i = 0; i < longName.length() && j < shortName.length(); i++) {
      if (longName.charAt(i) == shortName.charAt(j)) {
        j++;
      }
    }
    return j == shortName.length();
  }

  private List<Goal> goals(List<Block> blocks, int year) {
    List<Goal> goals = new ArrayList<>();
    for (Block b : blocks) {
      String l = prose(b);
      if (l == null) {
        continue;
      }
      Matcher m = GOAL.matcher(l);
      while (m.find()) {
        Optional<Target> t = TargetParser.parse(m.group(2));
        if (t.isEmpty() || t.get().value() == null) {
          continue;
        }
        ScheduleParser.Result s = ScheduleParser.parse("全年", year, t.get());
        goals.add(new Goal("G" + (goals.size() + 1), Cells.clean(m.group(1)),
            Cells.clean(m.group(0)), t.get(), s.schedule()));
      }
    }
    return goals;
  }

  /** Why no row was read: an empty file, checklist YAML, a table without a header, no table. */
  private InputException noTable(List<Block> blocks, SourceRow firstRow, boolean sawHeader) {
    if (sawHeader) {
      return fail("no-rows", Msg.of("the checklist table has a header row but no rows"), null);
    }
    if (firstRow != null) {
      return fail("no-header", Msg.of("no header row of a checklist table (序号, 政策事项, 牵头单位, "
          + "量化指标值 …) was found; the first table row reads: %s", preview(firstRow.cells())),
          firstRow.place());
    }
    List<String> text = blocks.stream().map(TableImporter::prose)
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
    return new InputException(Problem.error(code, text, place == null ? file : place.where(),
        Loc.FILE, ""), false);
  }

  /** The first cells of a row, for a message. */
  private static String preview(List<String> cells) {
    String s = String.join(" | ", cells.stream().limit(6).map(c -> c.length() > 12
        ? c.substring(0, 12) + "…" : c).toList());
    return "'" + s + (cells.size() > 6 ? " | …" : "") + "'";
  }

  private void warn(String code, Msg text, Place place, int column) {
    warn(code, text, place == null ? file : place.where(column),
        place == null ? 0 : place.order());
  }

  private void warn(String code, Msg text, String where, int order) {
    warnings.add(new Warning(code, text, where, order));
  }
}
