package dev.qingdan.load.table;

import dev.qingdan.load.table.ColumnRoles.Layout;
import dev.qingdan.load.Place;
import dev.qingdan.load.office.SourceDocument.SourceRow;
import dev.qingdan.model.Definition;
import dev.qingdan.model.Row;
import dev.qingdan.model.RowId;
import dev.qingdan.model.Schedule;
import dev.qingdan.model.Target;
import dev.qingdan.phrase.DefinitionParser;
import dev.qingdan.phrase.ScheduleParser;
import dev.qingdan.phrase.SentenceTargets;
import dev.qingdan.phrase.TargetParser;
import dev.qingdan.text.Cells;
import dev.qingdan.text.Msg;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the rows of a checklist table, one after the other, as its header layout says: the item
 * each belongs to, the blank cells a merged cell left (filled from the row above, and said), the
 * units, the target and the schedule, and the measures a task text states.
 *
 * <p>The merge rules are the contract's: in a continuation row (no 序号) a blank 政策要点, 牵头单位,
 * 协同单位, 定性目标, 进度安排 or 实现方式 repeats the cell above, except 协同单位 in a row with its
 * own 牵头单位; in a numbered row a blank 实现方式 repeats the cell above; every other blank cell is
 * empty. Where the source still knows its merged cells (Word, Excel), a merged cell repeats its
 * text in every row it spans, in any column. A table without 序号 numbers its items by the number
 * its task text starts with ({@link TaskNumbering}), a blank task cell continuing the item above.
 */
final class TableRows {
  /** The columns whose blank cell repeats the cell above in a continuation row. */
  private static final Set<Column> REPEATED =
      EnumSet.of(Column.POINTS, Column.GOAL, Column.SCHEDULE, Column.METHOD);

  private final ImportLog log;
  private final FilledCells filled;
  private final FilledCells acrossItems;
  private final FirstLeads firstLeads;
  private int targetsRead;
  private int schedulesRead;
  private boolean pinyinSaid;
  /** Whether 序号 numbers groups of tasks (一、二) and each numbered task is an item. */
  private boolean groups;

  TableRows(ImportLog log) {
    this.log = log;
    this.filled = new FilledCells(log, false);
    this.acrossItems = new FilledCells(log, true);
    this.firstLeads = new FirstLeads(log);
  }

  /** The rows whose target was read. */
  int targetsRead() {
    return targetsRead;
  }

  /** The rows whose schedule was read entirely. */
  int schedulesRead() {
    return schedulesRead;
  }

  /** The rows end: the filled cells are said. */
  void end() {
    filled.end();
    acrossItems.end();
  }

  /** The cells of a row by column, with the columns that continue a merged cell above. */
  record RowCells(Map<Column, String> text, Set<Column> continued, Map<Column, Integer> at,
      Place place, Map<String, String> extra, String detail, List<String> grouping,
      String measure) {
    String get(Column c) {
      return text.get(c);
    }

    /** Where column {@code c}'s cell is. */
    String where(Column c) {
      Integer i = at.get(c);
      return place.where(i == null ? 0 : i);
    }
  }

  RowCells cells(SourceRow sr, Layout layout) {
    Map<Column, Integer> columns = layout.columns();
    List<String> raw = new ArrayList<>(sr.cells().size());
    for (String cell : sr.cells()) {
      String plain = Column.cellWithoutPinyin(cell);
      if (!pinyinSaid && !plain.equals(cell)) {
        pinyinSaid = true;
        log.note("pinyin", Msg.of("the cells carry pinyin that a copy of the page inserts after "
            + "words ('%s'): it is left out of every cell", cell.length() > 30
            ? cell.substring(0, 30) + "…" : cell), sr.place().where(0), sr.place().order());
      }
      raw.add(plain);
    }
    Set<Integer> continued = sr.continued();
    int last = columns.values().stream().max(Integer::compare).orElse(0);
    while (raw.size() < layout.cells().size() || raw.size() <= last) {
      raw.add("");
    }
    List<String> ragged = pasted(sr.place()) ? ShiftedRow.ragged(raw, columns) : null;
    if (ragged != null) {
      String lead = layout.cells().get(columns.get(Column.LEAD));
      log.warn("ragged-row", Msg.of("the row's %s is blank and it ends in blanks, as a browser "
          + "copies a row under merged cells: its cells are read %d column(s) further right (%s "
          + "'%s')", lead, firstText(ragged) - firstText(raw), lead,
          ragged.get(columns.get(Column.LEAD))), sr.place(), 0);
      raw = ragged;
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
    if (layout.leadWithPersons()) {
      // 牵头单位及主要负责人: 市民政局 伍泽国 is the unit and the person who answers for it
      out.put(Column.LEAD, String.join("、", Cells.units(out.get(Column.LEAD)).stream()
          .filter(Cells::endsAsUnit).toList()));
    }
    Map<String, String> extra = new LinkedHashMap<>();
    for (var e : layout.extra().entrySet()) {
      String cell = raw.get(e.getKey());
      if (!cell.isEmpty()) {
        extra.put(e.getValue(), cell);
      }
    }
    String detail = layout.detail() == null ? "" : extra.getOrDefault(layout.detail(), "");
    // a kept column left of the task (县区 | 项目名称 | 年度目标任务) groups the rows, as a heading does
    Integer title = columns.get(Column.TITLE);
    List<String> grouping = layout.extra().entrySet().stream()
        .filter(e -> title != null && e.getKey() < title).map(Map.Entry::getValue).toList();
    String measure = layout.measure() == null ? "" : extra.getOrDefault(layout.measure(), "");
    return new RowCells(out, cont, columns, sr.place(), extra, detail, grouping, measure);
  }

  /**
   * Reads one row. {@code prevCells} holds the cells of the row before as they were finally read
   * (merged and repeated cells filled in); {@code effective} receives this row's.
   */
  Row row(RowCells cells, Row prev, Map<Column, String> prevCells,
      Map<Column, String> effective, int year, Map<Column, String> headers) {
    Map<Column, String> text = new EnumMap<>(cells.text());
    String itemCell = itemCell(cells, prev, text);
    if (prev == null && !itemCell.isEmpty() && TaskNumbering.item(itemCell) == null
        && TaskNumbering.chinese(itemCell) != null) {
      groups = true; // 序号 一、二 over tasks numbered (一) and 1.: the tasks are the items
      log.note("groups", Msg.of("序号 '%s' is written in words: it numbers a group of tasks, and "
          + "each task that its own text numbers ((一), 1.) is an item, numbered in order",
          itemCell), cells.where(Column.ITEM), cells.place().order());
    }
    boolean numbered = !itemCell.isEmpty() || groups && ownNumber(cells);
    int item;
    int k;
    if (numbered && groups) {
      item = prev == null ? 1 : prev.id().item() + 1;
      k = 1;
    } else if (numbered) {
      Integer n = TaskNumbering.item(itemCell);
      if (n == null) {
        n = TaskNumbering.wordsItem(itemCell); // （一）, 二、
      }
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
    }
    List<Column> across = new ArrayList<>();
    if (numbered && prevCells != null) {
      repeatIfBlank(effective, cells, prevCells, Column.METHOD, taken);
      // pasted text does not tell a cell merged over several items from an empty one: a heading
      // over tasks of their own (工作任务 | 具体要求), a lead unit
      if (pasted(cells.place()) && !cells.get(Column.POINTS).isEmpty()) {
        repeatIfBlank(effective, cells, prevCells, Column.TITLE, across);
      }
      if (pasted(cells.place()) && cells.get(Column.LEAD).isEmpty()) {
        repeatIfBlank(effective, cells, prevCells, Column.LEAD, across);
        repeatIfBlank(effective, cells, prevCells, Column.PARTNERS, across);
      }
    }
    RowId id = new RowId(item, k);
    filled.row(id, headers, taken, cells.place(), cells.at());
    acrossItems.row(id, headers, across, cells.place(), cells.at());
    String leadCell = firstLeads.read(effective.get(Column.LEAD), id, cells.where(Column.LEAD),
        cells.place().order());
    List<String> lead = new ArrayList<>(Cells.units(withoutStop(leadCell)));
    List<String> partners =
        new ArrayList<>(Cells.units(withoutStop(effective.get(Column.PARTNERS))));
    PlanUnits.splitRoles(lead, partners); // 办公室牵头，各科室配合
    firstLeads.split(lead, partners); // 市发改委、市财政局(第一责任单位为牵头单位)
    if (lead.isEmpty() && cells.at().containsKey(Column.LEAD)) {
      log.warn("no-lead", Msg.of("row %s has no 牵头单位", id.toString()), cells.where(Column.LEAD),
          cells.place().order());
    }
    // 8950 under 目标任务, beside 新增城镇就业: the figure counts what the task names
    Column stated = cells.at().containsKey(Column.TARGET) ? Column.TARGET : Column.GOAL;
    String bare = BareTarget.unit(effective.get(stated), effective.get(Column.TITLE),
        cells.measure());
    if (bare != null && BareTarget.isMeasure(cells.measure())) {
      // 單位 | 工作目標: 個 | 600, the table says what the figure counts
      String cell = effective.get(stated).strip();
      log.note("target-unit", Msg.of("row %s: the figure '%s' is read as '%s', with the unit "
          + "beside it", id.toString(), cell, cell + bare), cells.where(stated),
          cells.place().order());
      effective.put(stated, cell + bare);
    } else if (bare != null) {
      String cell = effective.get(stated).strip();
      log.warn("target", Msg.of("row %s: the target '%s' names no unit; read as '%s', the unit of "
          + "what the task '%s' counts", id.toString(), cell, cell + bare,
          effective.get(Column.TITLE)), cells.where(stated), cells.place().order());
      effective.put(stated, cell + bare);
    }
    String targetText = effective.get(Column.TARGET);
    Target target = TargetParser.parse(targetText)
        .orElseGet(() -> new Target(targetText, null, null, null));
    if (!targetText.isEmpty() && TargetParser.parse(targetText).isPresent()) {
      targetsRead++;
    }
    if (!cells.at().containsKey(Column.SCHEDULE)) {
      // no schedule column: a due date written in the task (9月底前) is the schedule
      String task = text.get(Column.POINTS).isEmpty() ? text.get(Column.TITLE)
          : text.get(Column.POINTS);
      String inText = TextSchedule.of(task, year);
      String last = inText.isEmpty() ? TextSchedule.lastStep(task, year) : "";
      if (!inText.isEmpty()) {
        effective.put(Column.SCHEDULE, inText);
        log.note("schedule-in-text", Msg.of("row %s: the schedule '%s' is read from the task text",
            id.toString(), inText), cells.place().where(0), cells.place().order());
      } else if (!last.isEmpty()) {
        effective.put(Column.SCHEDULE, last);
        log.warn("schedule", Msg.of("row %s: the dated steps of the task text do not read as one "
            + "plan (their counts serve more than one target, or none); the schedule is the last "
            + "step, '%s'", id.toString(), last), cells.place().where(0), cells.place().order());
      }
    }
    String years = TextSchedule.years(effective.get(Column.SCHEDULE));
    ScheduleParser.Result sched = TextSchedule.parse(effective.get(Column.SCHEDULE), year, target);
    if (years != null && sched.notes().isEmpty()) {
      log.note("schedule-years", Msg.of("row %s: the schedule '%s' gives years alone, read as '%s'",
          id.toString(), effective.get(Column.SCHEDULE), years), cells.where(Column.SCHEDULE),
          cells.place().order());
    }
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
    Map<String, String> extra = cells.extra();
    if (prev != null && item == prev.id().item() && !cells.grouping().isEmpty()) {
      extra = new LinkedHashMap<>();
      for (String h : cells.grouping()) {
        String cell = cells.extra().get(h);
        if (cell == null && prev.extra().containsKey(h)) {
          cell = prev.extra().get(h); // 县区 merged over the rows of its item
          log.note("merged", Msg.of("row %s: %s taken from the row above (merged cell)",
              id.toString(), Msg.verbatim(h)), cells.place().where(0), cells.place().order());
        }
        if (cell != null) {
          extra.put(h, cell);
        }
      }
      for (var e : cells.extra().entrySet()) {
        extra.putIfAbsent(e.getKey(), e.getValue());
      }
    }
    Definition definition = DefinitionParser.parse(effective.get(Column.DEFINITION));
    return new Row(id, effective.get(Column.TITLE), effective.get(Column.POINTS), lead,
        partners, effective.get(Column.GOAL),
        effective.get(Column.INDICATOR), target, schedule, definition,
        effective.get(Column.METHOD), extra);
  }

  /**
   * The measures of a row ({@link Measures}); counts the targets read. A task text that the row
   * took from a merged cell above is not read again: its figures are the first row's.
   */
  List<Row> measures(Row row, RowCells cells, Map<Column, String> effective, int year) {
    boolean column = cells.at().containsKey(Column.TARGET);
    String points = effective.get(Column.POINTS);
    // a title that states figures (实事项目: 新建学校7所) is the task's commitment, and the content
    // beside it (工作举措及实施计划: 3月底前新建成2家) the steps towards it
    // a goal column that states figures (项目名称 | 目标任务: 城镇新增就业2450人) is where the targets
    // are written: the title names the task (就业促进行动(6项指标))
    String goal = effective.get(Column.GOAL);
    SentenceTargets.Reading stated = !column && goal != null
        && goal.chars().anyMatch(Character::isDigit) ? SentenceTargets.read(goal) : null;
    boolean inGoal = stated != null && !stated.found().isEmpty();
    if (stated != null && !inGoal) {
      // 600元/月/人 under 工作目标: a figure the goal states is no target; the reader says why
      for (Msg note : stated.notes()) {
        log.warn("target", Msg.of("row %s: %s", row.id().toString(), note),
            cells.where(Column.GOAL), cells.place().order());
      }
    }
    // a content column beside the points (子项目 | 具体内容) states what the task delivers
    String detail = column || inGoal ? "" : cells.detail();
    boolean inPoints = !column && !inGoal && points != null && !points.isEmpty()
        && (points + detail).chars().anyMatch(Character::isDigit)
        && SentenceTargets.read(effective.get(Column.TITLE)).found().isEmpty();
    Column source = column ? Column.TARGET : inGoal ? Column.GOAL
        : inPoints ? Column.POINTS : Column.TITLE;
    if (!column && cells.get(source).isEmpty()) {
      return List.of(row);
    }
    Measures m = new Measures(log, cells.where(source), cells.place().order(), year);
    List<Row> rows = m.of(row, column, effective.get(source), source == Column.POINTS ? detail
        : "");
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

  /** A units cell without the full stop that ends it where a sentence names them (水务集团。). */
  private static String withoutStop(String cell) {
    return cell == null ? null : STOP.matcher(cell).replaceFirst("");
  }

  private static final Pattern STOP = Pattern.compile("[。．.]+[\\s\\u3000]*$");

  /** Whether the row's own task text, title or points, starts with a number: (二), 2. */
  private static boolean ownNumber(RowCells cells) {
    for (Column c : List.of(Column.TITLE, Column.POINTS)) {
      String t = cells.continued().contains(c) ? "" : cells.get(c);
      if (!t.isEmpty() && TaskNumbering.prefix(t) != null) {
        return true;
      }
    }
    return false;
  }

  private static int firstText(List<String> cells) {
    int i = 0;
    while (i < cells.size() && cells.get(i).isEmpty()) {
      i++;
    }
    return i;
  }

  /** Whether the row is pasted text, where merged cells leave blanks and no trace. */
  private static boolean pasted(Place place) {
    return place.label() == null && place.row() == 0;
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
}
