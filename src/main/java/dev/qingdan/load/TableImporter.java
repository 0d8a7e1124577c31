package dev.qingdan.load;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a checklist table as pasted from Word or Excel (tab-separated, header rows repeated at page
 * breaks, merged cells left blank) and the prose around it into a checklist.
 *
 * <p>The merge rules are the contract's: in a continuation row (no 序号) a blank 政策要点, 牵头单位,
 * 协同单位, 定性目标, 进度安排 or 实现方式 repeats the cell above, except 协同单位 in a row with its
 * own 牵头单位; in a numbered row a blank 实现方式 repeats the cell above; every other blank cell is
 * empty.
 */
public final class TableImporter {
  /** Generic phrases the tables of such plans use instead of naming units. */
  public static final List<String> DEFAULT_GENERIC = List.of("区级有关单位", "各镇街(园区)");

  private static final Pattern NUMBER = Pattern.compile("[\\p{IsHan}]{1,10}〔\\d{4}〕\\d+号");
  private static final Pattern DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
  private static final Pattern GOAL =
      Pattern.compile("力争全年(?:实现)?([^，,；;。]+?)(?:达到|达)?(\\d+(?:\\.\\d+)?万?[\\p{IsHan}]{1,2}(?:以上)?)(?=[，,；;。]|$)");
  private static final Pattern ANNEX = Pattern.compile("^附件\\s*([0-9一二三四五六七八九]+)\\s*$");

  /** One line of the source that is part of a table, split into cells. */
  public record SourceRow(List<String> cells, int line) {}

  /**
   * The result of an import.
   *
   * @param checklist the checklist read
   * @param warnings what was repaired or could not be read, each naming its source line
   * @param lines the source line of each row
   */
  public record Result(Checklist checklist, List<Problem> warnings, Map<RowId, Integer> lines) {}

  private final String file;
  private final List<Problem> warnings = new ArrayList<>();

  private TableImporter(String file) {
    this.file = file;
  }

  /**
   * Imports tab-separated text with the prose around it. {@code year} overrides the plan's year
   * read from the document's date.
   */
  public static Result fromText(String file, String text, Integer year) throws InputException {
    List<String> lines = text.lines().toList();
    List<SourceRow> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.indexOf('\t') >= 0) {
        List<String> cells = new ArrayList<>();
        for (String c : l.split("\t", -1)) {
          cells.add(Cells.clean(c));
        }
        rows.add(new SourceRow(cells, i + 1));
      }
    }
    return new TableImporter(file).build(rows, lines, year);
  }

  private Result build(List<SourceRow> source, List<String> prose, Integer yearOverride)
      throws InputException {
    Document doc = document(prose, yearOverride);
    int year = doc.year();
    Map<Column, Integer> columns = null;
    List<Row> rows = new ArrayList<>();
    Map<RowId, Integer> lines = new LinkedHashMap<>();
    Row prev = null;
    for (SourceRow sr : source) {
      Map<Column, Integer> header = header(sr);
      if (header != null) {
        columns = header;
        continue;
      }
      if (columns == null || sr.cells().stream().allMatch(String::isEmpty)) {
        continue;
      }
      Map<Column, String> cells = cells(sr, columns);
      Row row = row(cells, prev, sr.line(), year);
      if (row != null) {
        rows.add(row);
        lines.put(row.id(), sr.line());
        prev = row;
      }
    }
    if (rows.isEmpty()) {
      throw new InputException(Problem.error("no-table",
          "no checklist table found: expected a tab-separated header row with 序号, 政策事项, "
              + "牵头单位, 量化指标值 …", file, Loc.FILE, ""), false);
    }
    List<Unit> units = register(prose);
    List<String> generic = new ArrayList<>(DEFAULT_GENERIC);
    units = inferAliases(units, generic, rows);
    Checklist c = new Checklist(doc, units, generic, goals(prose, year), rows);
    warnings.sort(null);
    return new Result(c, List.copyOf(warnings), lines);
  }

  private Map<Column, Integer> header(SourceRow sr) {
    Map<Column, Integer> found = new EnumMap<>(Column.class);
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < sr.cells().size(); i++) {
      String cell = sr.cells().get(i);
      Optional<Column> c = Column.ofHeader(cell);
      if (c.isPresent()) {
        found.putIfAbsent(c.get(), i);
      } else if (!cell.isEmpty()) {
        unknown.add(cell);
      }
    }
    if (!found.containsKey(Column.ITEM) || found.size() < 4) {
      return null;
    }
    for (String u : unknown) {
      warn("unknown-column", "unknown column '" + u + "' is ignored", sr.line());
    }
    for (Column c : Column.values()) {
      if (!found.containsKey(c)) {
        warn("missing-column", "the table has no column " + c.header() + "; its cells are empty",
            sr.line());
      }
    }
    return found;
  }

  private Map<Column, String> cells(SourceRow sr, Map<Column, Integer> columns) {
    List<String> raw = new ArrayList<>(sr.cells());
    Integer goal = columns.get(Column.GOAL);
    Integer ind = columns.get(Column.INDICATOR);
    Integer tgt = columns.get(Column.TARGET);
    if (goal != null && ind != null && tgt != null && goal + 1 == ind && ind + 1 == tgt
        && tgt < raw.size() && raw.get(tgt).isEmpty() && !raw.get(goal).isEmpty()
        && looksLikeTarget(raw.get(ind)) && raw.get(raw.size() - 1).isEmpty()) {
      warn("shifted-row", "the row is shifted one column to the left (量化指标值 is empty and "
          + "量化指标 reads '" + raw.get(ind) + "'); read as 量化指标 '" + raw.get(goal)
          + "' and 量化指标值 '" + raw.get(ind) + "'", sr.line());
      raw.add(goal, "");
      raw.remove(raw.size() - 1);
    }
    Map<Column, String> out = new EnumMap<>(Column.class);
    for (Column c : Column.values()) {
      Integer i = columns.get(c);
      out.put(c, i != null && i < raw.size() ? raw.get(i) : "");
    }
    return out;
  }

  private static boolean looksLikeTarget(String s) {
    return TargetParser.parse(s).map(t -> t.value() != null || s.equals(Target.NONE_TEXT)
        || s.contains(Target.EXTERNAL_TEXT)).orElse(false);
  }

  private Row row(Map<Column, String> cells, Row prev, int line, int year) {
    String itemCell = cells.get(Column.ITEM);
    boolean numbered = !itemCell.isEmpty();
    int item;
    int k;
    String title;
    if (numbered) {
      Integer n = parseItem(itemCell);
      if (n == null) {
        warn("item-number", "序号 '" + itemCell + "' is not a number; the row is skipped", line);
        return null;
      }
      item = n;
      k = 1;
      int expected = prev == null ? 1 : prev.id().item() + 1;
      if (item != expected) {
        warn("item-number", "序号 " + item + " follows " + (prev == null ? "nothing" : prev.id())
            + "; expected " + expected, line);
      }
      title = cells.get(Column.TITLE);
      if (prev != null && item == prev.id().item()) {
        k = prev.id().k() + 1;
      }
    } else {
      if (prev == null) {
        warn("continuation", "a row without 序号 before the first numbered row is skipped", line);
        return null;
      }
      item = prev.id().item();
      k = prev.id().k() + 1;
      title = cells.get(Column.TITLE).isEmpty() ? prev.title() : cells.get(Column.TITLE);
    }
    String leadCell = cells.get(Column.LEAD);
    boolean ownLead = !leadCell.isEmpty();
    List<String> lead = Cells.units(leadCell);
    List<String> partners = Cells.units(cells.get(Column.PARTNERS));
    String points = cells.get(Column.POINTS);
    String goal = cells.get(Column.GOAL);
    String scheduleText = cells.get(Column.SCHEDULE);
    String method = cells.get(Column.METHOD);
    if (!numbered) {
      points = points.isEmpty() ? prev.points() : points;
      if (!ownLead) {
        lead = prev.lead();
        if (cells.get(Column.PARTNERS).isEmpty()) {
          partners = prev.partners();
        }
      }
      goal = goal.isEmpty() ? prev.goal() : goal;
      scheduleText = scheduleText.isEmpty() ? prev.schedule().text() : scheduleText;
    }
    if (method.isEmpty() && prev != null) {
      method = prev.method();
    }
    if (lead.isEmpty()) {
      warn("no-lead", "row " + item + "." + k + " has no 牵头单位", line);
    }
    String targetText = cells.get(Column.TARGET);
    Target target = TargetParser.parse(targetText).orElseGet(() -> {
      warn("target", "cannot read the target '" + targetText + "'", line);
      return new Target(targetText, null, null, null);
    });
    ScheduleParser.Result sched = ScheduleParser.parse(scheduleText, year, target);
    for (String note : sched.notes()) {
      warn("schedule", "row " + item + "." + k + ": " + note, line);
    }
    Schedule schedule = sched.schedule();
    Definition definition = DefinitionParser.parse(cells.get(Column.DEFINITION));
    return new Row(new RowId(item, k), title, points, lead, partners, goal,
        cells.get(Column.INDICATOR), target, schedule, definition, method);
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

  private Document document(List<String> prose, Integer yearOverride) throws InputException {
    String number = null;
    LocalDate date = null;
    String issuer = null;
    String title = null;
    String checklist = null;
    for (int i = 0; i < prose.size(); i++) {
      String l = Cells.clean(prose.get(i));
      if (l.indexOf('\t') >= 0) {
        continue;
      }
      Matcher n = NUMBER.matcher(l);
      if (number == null && n.matches()) {
        number = l;
      }
      Matcher d = DATE.matcher(l);
      if (date == null && d.matches()) {
        date = LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)),
            Integer.parseInt(d.group(3)));
        issuer = previousStatement(prose, i);
      }
      if (title == null && l.endsWith("实施方案") && !l.startsWith("关于")) {
        title = l;
      }
      Matcher a = ANNEX.matcher(l);
      if (checklist == null && a.matches() && (a.group(1).equals("1") || a.group(1).equals("一"))) {
        checklist = nextStatement(prose, i);
      }
    }
    int year;
    if (yearOverride != null) {
      year = yearOverride;
    } else if (date != null) {
      year = date.getYear();
    } else {
      throw new InputException(Problem.error("no-year", "cannot tell the plan's year from the "
          + "document (no date like 2022年5月25日); pass --year", file, Loc.FILE, ""), false);
    }
    return new Document(orEmpty(title), orEmpty(number), orEmpty(issuer),
        date == null ? LocalDate.of(year, 1, 1) : date, year, orEmpty(checklist));
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /** The issuer is the last line before the date that is not a parenthesised remark. */
  private static String previousStatement(List<String> prose, int i) {
    for (int j = i - 1; j >= 0; j--) {
      String l = Cells.clean(prose.get(j));
      if (!l.isEmpty() && !l.startsWith("（") && !l.startsWith("(")) {
        return l;
      }
    }
    return null;
  }

  private static String nextStatement(List<String> prose, int i) {
    for (int j = i + 1; j < prose.size(); j++) {
      String l = Cells.clean(prose.get(j));
      if (!l.isEmpty()) {
        return l.indexOf('\t') >= 0 ? null : l;
      }
    }
    return null;
  }

  /** 附件2: the names after the heading, joined across line breaks, split at 、. */
  private List<Unit> register(List<String> prose) {
    int start = -1;
    for (int i = 0; i < prose.size(); i++) {
      Matcher a = ANNEX.matcher(Cells.clean(prose.get(i)));
      if (a.matches() && (a.group(1).equals("2") || a.group(1).equals("二"))) {
        start = i + 1;
      }
    }
    List<Unit> units = new ArrayList<>();
    if (start < 0) {
      warn("no-register", "no 附件 2 (unit register) found: the register is empty", 0);
      return units;
    }
    StringBuilder joined = new StringBuilder();
    boolean heading = false;
    for (int i = start; i < prose.size(); i++) {
      String l = Cells.clean(prose.get(i));
      if (l.isEmpty() || l.indexOf('\t') >= 0) {
        continue;
      }
      if (!heading && l.endsWith("名单")) {
        heading = true;
        continue;
      }
      if (ANNEX.matcher(l).matches()) {
        break;
      }
      joined.append(l);
    }
    for (String name : joined.toString().split("[、,，;；]")) {
      String n = Cells.clean(name);
      if (!n.isEmpty() && units.stream().noneMatch(u -> u.name().equals(n))) {
        units.add(new Unit(n, List.of()));
      }
    }
    return units;
  }

  /**
   * A name the table uses that is not in the register is taken as an alias of the one register
   * unit whose name it contains in order (区人力社保局 contains 区…人…社…局), with a warning.
   */
  private List<Unit> inferAliases(List<Unit> units, List<String> generic, List<Row> rows) {
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
        if (matches.size() == 1) {
          aliases.get(matches.get(0)).add(bare);
          warn("alias", "'" + bare + "' is not in the register; read as an alias of '"
              + matches.get(0) + "'", 0);
        } else {
          warn("unknown-unit", "row " + r.id() + ": '" + n + "' is not in the register", 0);
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

  private List<Goal> goals(List<String> prose, int year) {
    List<Goal> goals = new ArrayList<>();
    for (String l : prose) {
      if (l.indexOf('\t') >= 0) {
        continue;
      }
      Matcher m = GOAL.matcher(l);
      while (m.find()) {
        String targetText = m.group(2);
        Optional<Target> t = TargetParser.parse(targetText);
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

  private void warn(String code, String message, int line) {
    warnings.add(new Problem(Severity.WARNING, code, message, file, line, 0, ""));
  }
}
