package dev.qingdan.load.table;

import dev.qingdan.phrase.Fold;
import dev.qingdan.text.Cells;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The columns of the checklist table, recognised by their header names. */
public enum Column {
  ITEM("序号", "item", "编号"),
  TITLE("政策事项", "title", "工作任务", "重点任务", "主要任务", "任务名称", "工作事项", "事项名称", "改革事项",
      "项目名称", "具体任务"),
  POINTS("政策要点", "points", "工作内容", "具体措施", "主要内容", "具体内容", "任务内容", "工作措施",
      "主要措施", "工作举措", "项目内容", "具体要求"),
  LEAD("牵头单位", "lead", "牵头部门", "责任单位", "责任部门", "牵头责任单位", "主责单位", "责任科室",
      "主办单位", "单位", "部门", "实施单位", "实施部门", "负责单位", "负责部门", "承担单位", "落实单位"),
  PARTNERS("协同单位", "partners", "协同部门", "配合单位", "配合部门", "协办单位", "参与单位"),
  GOAL("定性目标", "goal", "目标任务", "工作目标", "预期成效"),
  INDICATOR("量化指标", "indicator", "指标名称", "考核指标"),
  TARGET("量化指标值", "target", "目标值", "指标值", "目标任务值", "预期目标"),
  SCHEDULE("进度安排", "schedule", "完成时限", "时间节点", "完成时间", "时间安排", "时限要求", "进度要求",
      "完成期限", "时间进度", "计划完成时间", "月度工作计划", "季度目标"),
  DEFINITION("指标说明", "definition", "指标解释", "计算方法", "指标口径"),
  METHOD("实现方式", "method", "实施方式", "推进方式");

  private final String header;
  private final String field;
  private final List<String> otherNames;

  Column(String header, String field, String... otherNames) {
    this.header = header;
    this.field = field;
    this.otherNames = List.of(otherNames);
  }

  /** Whether the column says what is to be done: the title or the points. */
  boolean isTask() {
    return this == TITLE || this == POINTS;
  }

  /** The column whose YAML field is {@code field}, if any. */
  static Optional<Column> ofField(String field) {
    for (Column c : values()) {
      if (c.field.equals(field)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The header as the table writes it. */
  public String header() {
    return header;
  }

  /** The YAML field the column becomes. */
  public String field() {
    return field;
  }

  /**
   * The column a header cell names. Blanks inside the header (序 号, a line break in 量化\n指标值)
   * are ignored, and the names other places' tables use (责任单位, 完成时限, 时间节点, 工作任务,
   * 目标任务, 目标值, …) are taken too; docs/import.md lists them.
   */
  public static Optional<Column> ofHeader(String cell) {
    String s = Fold.simplified(Cells.clean(cell).replaceAll("[\\s\\u3000\\u00A0]", ""));
    for (Column c : values()) {
      if (c.header.equals(s) || c.otherNames.contains(s)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * The column a header that no table's name matches names by its words, as tables vary a name:
   * 主要责任单位 and 责任主体 lead, 协同配合单位 partners, 重点工作任务 is a task, 主要内容及要求 its
   * points, 完成期限, 起止年限 and 时间进度要求 the schedule. Progress and note columns are told apart first
   * ({@link #isProgressWords}). 民生实事, 重点项目 and 民生工程 name the task too; 子项目 and 子任务
   * the tasks under the group a title names, as points.
   */
  static Optional<Column> byWords(String header) {
    if (PERSON_WORDS.matcher(header).find()) {
      // 牵头领导, 责任人: a person, not a unit; 牵头单位及主要负责人: the unit, then its person
      return LEAD_WITH_PERSON.matcher(header).find() ? Optional.of(LEAD) : Optional.empty();
    }
    for (var w : WORDS) {
      if (w.getValue().matcher(header).find()) {
        return Optional.of(w.getKey());
      }
    }
    return Optional.empty();
  }

  /** Whether a header names progress, not a plan: 1-10月推进情况, 是否达序, 目标完成情况. */
  static boolean isProgressWords(String header) {
    return PROGRESS_WORDS.matcher(header).find();
  }

  /**
   * Whether a header names when the work starts (开工时间, 开始时间, 计划开工, 启动时间), not when it is
   * due: a start and completion in one header (起止时间) is the schedule.
   */
  static boolean isStartWords(String header) {
    return START_WORDS.matcher(header).find() && !END_WORDS.matcher(header).find();
  }

  private static final Pattern START_WORDS = Pattern.compile("开工|开始|启动");
  private static final Pattern END_WORDS = Pattern.compile("完工|完成|竣工|结束|截止|止");

  /**
   * Whether a header names an amount of money spent on the item (总投资(万元), 投资额, 年度计划投资):
   * a figure of the item, not its target.
   */
  static boolean isInvestmentWords(String header) {
    return header.contains("投资");
  }

  /**
   * A cell without the pinyin that some copies of a page insert after words ({@code 管網(wǎng)},
   * {@code 城鄉(xiāng)}): syllables in brackets right after a Chinese character, one of them with a
   * tone mark, so that letters in brackets that are no pinyin ({@code (PPP)}, {@code (app)}) stay.
   */
  static String cellWithoutPinyin(String cell) {
    return cell.indexOf('(') < 0 && cell.indexOf('（') < 0 ? cell
        : CELL_PINYIN.matcher(cell).replaceAll("");
  }

  /**
   * A header without the pinyin that some copies of a page insert after each word
   * ({@code 序號(hào)}, {@code 責任單位(dān wèi)}): letters with or without tone marks in brackets.
   */
  static String withoutPinyin(String header) {
    return PINYIN.matcher(header).replaceAll("");
  }

  private static final String PINYIN_LETTERS = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ";
  private static final Pattern PINYIN = Pattern.compile(
      "[(（][" + PINYIN_LETTERS + "]+(?:\\s+[" + PINYIN_LETTERS + "]+)*[)）]");
  private static final Pattern CELL_PINYIN = Pattern.compile(
      "(?<=\\p{IsHan})[(（](?=[^)）]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ])[" + PINYIN_LETTERS
          + "]+(?:\\s+[" + PINYIN_LETTERS + "]+)*[)）]");
  /** Words of a header that names a person (牵头领导, 责任人, 联系人), whose cells are no units. */
  private static final Pattern PERSON_WORDS = Pattern.compile("领导|负责人|责任人|联系人");
  /** A lead-unit header that also names the person who answers for the unit. */
  private static final Pattern LEAD_WITH_PERSON =
      Pattern.compile("^(?:牵头|责任|主办|主责)(?:单位|部门)(?:及|和|、|/)");

  /**
   * Whether a lead header, blanks taken out, also names persons (牵头单位及主要负责人): its cells
   * hold both.
   */
  static boolean namesPersons(String header) {
    return PERSON_WORDS.matcher(header).find() && LEAD_WITH_PERSON.matcher(header).find();
  }
  private static final Pattern PROGRESS_WORDS = Pattern.compile(
      "进展|推进情况|完成情况|落实情况|进度情况|当前进度|是否达序|存在问题|形象进度|(?<!计划)完成进度|累计进度"
          + "|累计完成");
  private static final List<Map.Entry<Column, Pattern>> WORDS = List.of(
      Map.entry(LEAD, Pattern.compile("牵头|责任|主办|主责|承办")),
      Map.entry(PARTNERS, Pattern.compile("配合|协同|协办|参与")),
      Map.entry(SCHEDULE,
          Pattern.compile("时限|期限|年限|时间|节点|季度目标|月度计划|进度安排|进度要求|目标进度|计划进度|阶段性")),
      Map.entry(TARGET, Pattern.compile("目标值|指标值")),
      // 子项目, 子任务, 分项任务: the tasks of the group the title names, their content beside them
      Map.entry(POINTS, Pattern.compile("^(?:子|分项)(?:项目|任务|工程)")),
      Map.entry(TITLE, Pattern.compile("任务$|事项$|实事$|项目$|工程$|重点工作$|(?:项目|任务|事项|工程|实事)名称")),
      Map.entry(POINTS, Pattern.compile("内容|要求|措施|举措")));
}
