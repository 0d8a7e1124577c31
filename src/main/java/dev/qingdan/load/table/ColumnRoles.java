package dev.qingdan.load.table;

import dev.qingdan.load.DidYouMean;
import dev.qingdan.load.InputException;
import dev.qingdan.load.Loc;
import dev.qingdan.load.Problem;
import dev.qingdan.load.office.SourceDocument.SourceRow;
import dev.qingdan.phrase.Fold;
import dev.qingdan.text.Cells;
import dev.qingdan.text.Msg;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a checklist table's header row by what its columns do, and the role of each column.
 *
 * <p>A header row has a task column (政策事项, 工作任务, 项目名称, 具体要求 …), a lead-unit column
 * (牵头单位, 责任单位 …) and at least one more column qingdan knows (序号, 完成时限, 目标值, 配合单位,
 * 进展情况 …). A task column named as a title (政策事项, 工作任务, 项目名称 …) is the title and one named as
 * content (政策要点, 项目内容, 具体要求 …) the points; a table without a title-named column takes its
 * leftmost task column as the title and the next as the points. 工作目标 and
 * 目标任务 name a goal where the header has another task column, and the task itself where it has
 * none. A column read by no field (进展情况, 备注, an unknown header, a second column of a role
 * already taken) is kept in each row's {@code extra} under its header. A mapping by hand ({@code
 * --columns 计划完成时间=schedule}) comes before all of this. A second content column beside the
 * points (子项目 | 具体内容) details the task: it is kept in extra and read for the targets it states.
 */
final class ColumnRoles {
  /** The roles {@code --columns} takes: the fields, then the kept and the dropped columns. */
  static final List<String> ROLES = List.of("item", "title", "points", "lead", "partners", "goal",
      "indicator", "target", "schedule", "definition", "method", "progress", "note", "ignore");

  private static final Pattern BLANKS = Pattern.compile("[\\s\\u3000\\u00A0]");
  /**
   * Names that are a goal beside a task column and the task where there is none (also 年度目标任务,
   * 2022年度任务目标).
   */
  private static final Set<String> TASK_OR_GOAL = Set.of("工作目标", "目标任务", "任务目标");
  /**
   * A goal named with its year (2022年预期目标, 2023年度工作目标, 2024年目标): what the year is to
   * achieve, a goal beside a task column and the task where there is none.
   */
  private static final Pattern YEAR_GOAL =
      Pattern.compile("(?:19|20)\\d{2}年度?(?:预期目标|工作目标|主要目标|目标)");
  private static final Set<String> NOTE = Set.of("备注", "说明");
  /**
   * A header that names two columns' worth in one (目标任务/项目所在地: the target, or the place
   * where there is none): read by its first name.
   */
  private static final Pattern SLASHED = Pattern.compile("([^/／]+)[/／].+");
  /** The roles of the columns kept in a row's extra under their header. */
  private static final Set<String> KEPT =
      Set.of("progress", "note", "investment", "detail", "measure", "start");

  /**
   * How a header row is read.
   *
   * @param columns the column of each field the table has
   * @param extra the columns kept in a row's extra, by position, with their header
   * @param cells the header row's cells, to tell a repeated header from a new layout
   * @param mapping the columns line: every named column and what it becomes
   * @param missing the usual headers of the fields the table has no column for
   * @param leadWithPersons whether the lead column names persons too (牵头单位及主要负责人)
   * @param detail the header of a second content column, which details the task (子项目 |
   *     具体内容: what the task delivers), kept in extra and read for targets; null for none
   * @param measure the header of a column of units of measure (單位: 個, 人次, 元/月/人), the unit
   *     of a bare figure in the target or goal cell beside it, kept in extra; null for none
   */
  record Layout(Map<Column, Integer> columns, Map<Integer, String> extra, List<String> cells,
      Msg mapping, List<String> missing, boolean leadWithPersons, String detail,
      String measure) {}

  private final Map<String, String> byHand;
  private final Set<String> used = new LinkedHashSet<>();

  /** {@code byHand}: header (blanks inside it ignored) to role, one of {@link #ROLES}. */
  ColumnRoles(Map<String, String> byHand) {
    this.byHand = new LinkedHashMap<>();
    byHand.forEach((h, r) -> this.byHand.put(name(h), r));
  }

  /** A header as compared: without the blanks a paste or a line break leaves inside it. */
  static String name(String cell) {
    return BLANKS.matcher(Cells.clean(cell)).replaceAll("");
  }

  /** The headers mapped by hand that no header row of the table has. */
  List<String> unused() {
    return byHand.keySet().stream().filter(h -> !used.contains(h)).toList();
  }

  /** The layout of a header row, or null for a row that is not one; see the other {@code read}. */
  Layout read(SourceRow sr) throws InputException {
    return read(sr, -1, -1);
  }

  /**
   * The layout of a header row, or null for a row that is not one. A row that names four or more
   * columns but no task or no lead column is an error naming the one missing. {@code numbers} is a
   * column without a header whose cells below are item numbers ({@link #numberColumn}), or -1;
   * {@code measure} a column whose cells below are units of measure ({@link #measureColumn}), or
   * -1: never the lead, whatever its header (單位).
   */
  Layout read(SourceRow sr, int numbers, int measure) throws InputException {
    List<String> cells = sr.cells();
    int n = cells.size();
    String[] role = new String[n];
    if (numbers >= 0 && numbers < n && name(cells.get(numbers)).isEmpty()) {
      role[numbers] = Column.ITEM.field();
    }
    if (measure >= 0 && measure < n && role[measure] == null) {
      role[measure] = "measure";
    }
    Map<Column, Integer> found = new EnumMap<>(Column.class);
    Set<Integer> manual = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      String r = byHand.get(name(cells.get(i)));
      if (r != null) {
        role[i] = r;
        manual.add(i);
        Column.ofField(r).ifPresent(c -> found.putIfAbsent(c, -1));
      }
    }
    List<Integer> tasks = new ArrayList<>();
    List<Integer> taskOrGoal = new ArrayList<>();
    Column[] named = new Column[n];
    for (int i = 0; i < n; i++) {
      String h = name(cells.get(i));
      if (role[i] != null || h.isEmpty()) {
        continue;
      }
      h = Column.withoutPinyin(h); // 序號(hào)
      Matcher slashed = SLASHED.matcher(h);
      if (Column.ofHeader(h).isEmpty() && slashed.matches()) {
        h = slashed.group(1); // 目标任务/项目所在地
      }
      Optional<Column> c = Column.ofHeader(h);
      h = Fold.simplified(h); // 責任單位, 完成時限
      if (c.isEmpty() && Column.isInvestmentWords(h)) {
        role[i] = "investment"; // 总投资(万元): a figure of the item, not its target
        continue;
      }
      if (c.isEmpty() && Column.isStartWords(h)) {
        role[i] = "start"; // 开工时间 | 预计完工时间: the start, kept; the completion is the due date
        continue;
      }
      if (c.isEmpty() && Column.isProgressWords(h)) {
        role[i] = "progress"; // 进展情况, 当前进度, 1-10月推进情况: never a schedule
        continue;
      }
      if (c.isEmpty() && !NOTE.contains(h)) {
        c = Column.byWords(h); // 主要责任单位, 重点工作任务, 完成期限
      }
      named[i] = c.orElse(null);
      if (TASK_OR_GOAL.contains(h) || h.matches(".+(?:目标任务|任务目标)")
          || YEAR_GOAL.matcher(h).matches()) {
        taskOrGoal.add(i);
      } else if (c.isPresent() && c.get().isTask()) {
        tasks.add(i);
      } else if (NOTE.contains(h)) {
        role[i] = "note";
      } else if (c.isPresent() && !found.containsKey(c.get())) {
        role[i] = c.get().field();
        found.put(c.get(), i);
      } else if (c.isPresent() && c.get() == Column.LEAD && found.get(Column.LEAD) >= 0
          && !found.containsKey(Column.PARTNERS)) {
        // 牵头单位 | 责任单位: the units responsible beside the one that leads are its partners
        int other = found.get(Column.LEAD);
        int partners = h.contains("牵头") && !name(cells.get(other)).contains("牵头") ? other : i;
        if (partners == other) {
          role[i] = Column.LEAD.field();
          found.put(Column.LEAD, i);
        }
        role[partners] = Column.PARTNERS.field();
        found.put(Column.PARTNERS, partners);
      }
    }
    Integer indicator = found.get(Column.INDICATOR);
    if (tasks.isEmpty() && !taskOrGoal.isEmpty() && indicator != null && indicator >= 0) {
      // 考核指标 | 单位 | 工作目标: the indicators are the tasks, the figures beside them their goals
      found.remove(Column.INDICATOR);
      role[indicator] = null;
      named[indicator] = Column.TITLE;
      tasks.add(indicator);
    }
    if (tasks.isEmpty() && !taskOrGoal.isEmpty()) {
      tasks.add(taskOrGoal.remove(0));
    }
    boolean titled = tasks.stream().anyMatch(i -> named[i] == Column.TITLE);
    for (int i : titled ? tasks : List.<Integer>of()) {
      Column c = named[i];
      if (!found.containsKey(c)) {
        role[i] = c.field();
        found.put(c, i);
      }
    }
    for (int i : tasks) {
      for (Column c : List.of(Column.TITLE, Column.POINTS)) {
        if (role[i] == null && !found.containsKey(c)) {
          role[i] = c.field();
          found.put(c, i);
        }
      }
    }
    int detail = -1;
    for (int i : tasks) {
      if (role[i] == null && named[i] == Column.POINTS && detail < 0) {
        role[i] = "detail"; // 子项目 | 具体内容: what the task is, then what it delivers
        detail = i;
      }
    }
    for (int i : taskOrGoal) {
      if (!found.containsKey(Column.GOAL)) {
        role[i] = Column.GOAL.field();
        found.put(Column.GOAL, i);
      }
    }
    Map<Column, Integer> columns = new EnumMap<>(Column.class);
    for (int i = 0; i < n; i++) {
      Optional<Column> c = role[i] == null ? Optional.empty() : Column.ofField(role[i]);
      if (c.isPresent() && !columns.containsKey(c.get())) {
        columns.put(c.get(), i);
      } else if (c.isPresent()) {
        role[i] = null; // a second column of a field, kept as extra
      }
    }
    // an investment column (总投资) is kept, but tells no checklist from a register of figures
    long known = Arrays.stream(role).filter(r -> r != null && !r.equals("ignore")
        && !r.equals("investment")).count();
    boolean task = columns.containsKey(Column.TITLE) || columns.containsKey(Column.POINTS);
    long headed = cells.stream().filter(h -> !name(h).isEmpty()).count();
    // a department's own list names no lead unit (序号 | 工作事项 | 进度安排 | 进展情况): a task, a
    // schedule, target or goal, and a third column known make it a header all the same
    // a register of progress names no unit either (任务目标 | 进展情况): its tasks and what was done
    boolean progress = Arrays.asList(role).contains("progress");
    boolean lead = columns.containsKey(Column.LEAD) || task && progress
        || task && known >= 3 && (columns.containsKey(Column.SCHEDULE)
            || columns.containsKey(Column.TARGET) || columns.containsKey(Column.GOAL));
    // two columns are a header only when they are all it has: 任务 | 牵头单位
    if (!task || !lead || known < 3 && (known < 2 || known < headed)) {
      if (known >= 4) {
        Column c = task ? Column.LEAD : Column.TITLE;
        throw new InputException(Problem.error("missing-column", Msg.of("the table's header row "
            + "has no %s column (or one of its other names), which every row needs (the row "
            + "reads: %s)", c.header(), preview(cells)), sr.place().where(), Loc.FILE, ""), false);
      }
      return null;
    }
    if (!columns.containsKey(Column.TITLE)) {
      columns.put(Column.TITLE, columns.remove(Column.POINTS));
      role[columns.get(Column.TITLE)] = Column.TITLE.field();
    }
    int beside = columns.get(Column.TITLE) + 1;
    if (!columns.containsKey(Column.POINTS) && beside < n && role[beside] == null
        && name(cells.get(beside)).isEmpty()) {
      // 项目名称 over two columns (the project | its sub-projects): the second holds the points
      role[beside] = Column.POINTS.field();
      columns.put(Column.POINTS, beside);
    }
    for (int i : manual) {
      used.add(name(cells.get(i)));
    }
    List<String> missing = new ArrayList<>();
    for (Column c : Column.values()) {
      if (!columns.containsKey(c)) {
        missing.add(c.header());
      }
    }
    Map<Integer, String> extra = new LinkedHashMap<>();
    Msg all = null;
    for (int i = 0; i < n; i++) {
      String h = name(cells.get(i));
      if (h.isEmpty()) {
        if (role[i] != null) {
          Msg one = unheaded(i, role[i]);
          all = all == null ? one : Msg.in("list", "%s, %s", all, one);
        }
        continue;
      }
      boolean kept = role[i] == null || KEPT.contains(role[i]);
      if (kept) {
        extra.put(i, h);
      }
      Msg one = describe(h, role[i], manual.contains(i), missing);
      all = all == null ? one : Msg.in("list", "%s, %s", all, one);
    }
    Integer leadAt = columns.get(Column.LEAD);
    return new Layout(columns, extra, List.copyOf(cells), Msg.of("columns: %s", all),
        List.copyOf(missing), leadAt != null && Column.namesPersons(name(cells.get(leadAt))),
        detail < 0 ? null : name(cells.get(detail)),
        measure >= 0 && measure < n ? name(cells.get(measure)) : null);
  }

  /**
   * The column of {@code header} named as a unit (單位, 计量单位) whose cells in {@code below} are
   * all units of measure (個, 人次, 戶, 元/月/人, %), two at least: the unit of the figure beside
   * it, not the unit responsible. -1 when there is none.
   */
  static int measureColumn(List<String> header, List<List<String>> below) {
    for (int i = 0; i < header.size(); i++) {
      if (!Fold.simplified(Column.withoutPinyin(name(header.get(i)))).endsWith("单位")) {
        continue;
      }
      int seen = 0;
      for (List<String> row : below) {
        String cell = i < row.size() ? name(Column.cellWithoutPinyin(row.get(i))) : "";
        if (!cell.isEmpty() && !BareTarget.isMeasure(cell)) {
          seen = -1;
          break;
        }
        seen += cell.isEmpty() ? 0 : 1;
      }
      if (seen >= 2) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The columns line's entry for a column without a header: the item numbers, or the points
   * beside the title whose header spans both.
   */
  private static Msg unheaded(int i, String role) {
    return role.equals(Column.POINTS.field())
        ? Msg.of("column %d (no header, beside the title) → points", i + 1)
        : Msg.of("column %d (no header, numbers only) → item", i + 1);
  }

  /**
   * The column without a header in {@code header} whose cells in {@code below} (the rows that
   * follow it) are all item numbers, rising, two at least ({@code 1}, {@code 2}, blanks under a
   * merged cell): a table that puts its 序号 under no header. -1 when there is none.
   */
  static int numberColumn(List<String> header, List<List<String>> below) {
    for (int i = 0; i < header.size(); i++) {
      if (!name(header.get(i)).isEmpty()) {
        continue;
      }
      int last = 0;
      int seen = 0;
      for (List<String> row : below) {
        String cell = i < row.size() ? row.get(i) : "";
        Integer k = cell.isEmpty() ? null : TaskNumbering.item(cell);
        if (!cell.isEmpty() && (k == null || k < last)) {
          seen = -1;
          break;
        }
        if (k != null) {
          last = k;
          seen++;
        }
      }
      if (seen >= 2) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether the rows hold figures and nothing else but a number and a name each ({@code 1 | 长沙市 |
   * 150 | 143 | 95.33%}), two rows and three figures a row at least: a register of statistics.
   */
  static boolean figuresOnly(List<List<String>> rows) {
    for (List<String> row : rows) {
      List<String> cells = row.stream().filter(c -> !c.isEmpty()).toList();
      long figures = cells.stream().filter(c -> FIGURE.matcher(c).matches()).count();
      if (figures < 3 || cells.size() - figures > 2) {
        return false;
      }
    }
    return rows.size() >= 2;
  }

  private static final Pattern FIGURE = Pattern.compile("[-+]?[0-9][0-9,]*(?:\\.[0-9]+)?%?");

  /** One column of the columns line. */
  private static Msg describe(String h, String role, boolean manual, List<String> missing) {
    if (role == null) {
      return Msg.of("%s → extra%s", h, DidYouMean.hint(h, missing));
    }
    if (role.equals("ignore")) {
      return Msg.of("%s ignored (--columns)", h);
    }
    if (KEPT.contains(role)) {
      return manual ? Msg.of("%s → %s, kept in extra (--columns)", h, role)
          : Msg.of("%s → %s, kept in extra", h, role);
    }
    Column c = Column.ofField(role).orElseThrow();
    if (manual) {
      return Msg.of("%s → %s (--columns)", h, role);
    }
    return h.equals(c.header()) ? Msg.of("%s → %s", h, role)
        : Msg.of("%s → %s (as %s)", h, role, c.header());
  }

  /** The first cells of a row, for a message. */
  static String preview(List<String> cells) {
    String s = String.join(" | ", cells.stream().limit(6).map(c -> c.length() > 12
        ? c.substring(0, 12) + "…" : c).toList());
    return "'" + s + (cells.size() > 6 ? " | …" : "") + "'";
  }
}
