package dev.qingdan.load.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qingdan.load.InputException;
import dev.qingdan.load.Problem;
import dev.qingdan.load.Severity;
import dev.qingdan.load.checklist.ChecklistReader;
import dev.qingdan.load.checklist.ChecklistValidator;
import dev.qingdan.load.Place;
import dev.qingdan.load.Warning;
import dev.qingdan.load.office.SourceDocument;
import dev.qingdan.model.Row;
import dev.qingdan.phrase.PhraseTableTest;
import dev.qingdan.phrase.ScheduleParser;
import dev.qingdan.render.ChecklistYamlWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tables of other shapes: other header names, fewer columns, the plan year of the document. */
class TableImporterShapesTest {
  /** A row's target as {@code >= 20 所}, or {@code null} where none was read. */
  private static String target(Row row) {
    return row.target().value() == null ? "null" : row.target().op().symbol() + " "
        + row.target().value() + " " + row.target().unit();
  }

  private static TableImporter.Result read(String name) throws IOException, InputException {
    Path p = Path.of("src/test/resources/import", name);
    return TableImporter.fromText(p.toString(), Files.readString(p, StandardCharsets.UTF_8), null);
  }

  @Test
  void otherHeaderNamesAreReadAndSaid() throws Exception {
    TableImporter.Result r = read("other-shape.txt");
    List<Row> rows = r.checklist().rows();
    assertEquals(5, rows.size());
    assertEquals(2023, r.checklist().document().year());
    assertEquals("深化商事制度改革", rows.get(0).title());
    assertEquals(List.of("县市场监管局"), rows.get(0).lead());
    List<String> said = r.notes().stream()
        .map(w -> w.where() + " " + w.code() + ": " + w.text().en()).toList();
    String f = "src/test/resources/import/other-shape.txt";
    assertEquals(List.of(f + " year: year 2023, from the title", f + " no-register: no 附件 2 (unit "
        + "register) found: the register lists the 5 units the table names", f + ":5 columns: "
        + "columns: 序号 → item, 工作任务 → title (as 政策事项), 具体措施 → points (as 政策要点), "
        + "责任单位 → lead (as 牵头单位), 配合单位 → partners (as 协同单位), 目标值 → target (as 量化指标值), "
        + "完成时限 → schedule (as 进度安排)", f + ":5 missing-column: no column for 定性目标, 量化指标, "
        + "指标说明, 实现方式: left empty"), said);
    assertTrue(r.warnings().stream().noneMatch(w -> w.code().equals("columns")));
  }

  @Test
  void schedulesOfOtherShapesAreReadOrRefusedWithAWarning() throws Exception {
    TableImporter.Result r = read("other-shape.txt");
    List<Row> rows = r.checklist().rows();
    assertEquals("deliverable 2023-02-10 2023-03-31 2023-05-31",
        PhraseTableTest.schedule(new ScheduleParser.Result(rows.get(0).schedule(), List.of())));
    assertEquals("<= 1 个工作日", PhraseTableTest.target(rows.get(1).target()));
    assertEquals("cumulative 2023-06-30=1500 2023-12-31=3000",
        PhraseTableTest.schedule(new ScheduleParser.Result(rows.get(2).schedule(), List.of())));
    assertEquals("cumulative 2023-03-31=2 2023-06-30=4 2023-09-30=6 2023-12-31=8",
        PhraseTableTest.schedule(new ScheduleParser.Result(rows.get(3).schedule(), List.of())));
    assertEquals("ongoing",
        PhraseTableTest.schedule(new ScheduleParser.Result(rows.get(4).schedule(), List.of())));
    List<String> said = r.warnings().stream().map(w -> w.text().en()).toList();
    assertTrue(said.contains("row 5.1: cannot read '3个月' in the schedule phrase '3个月内完成'"),
        said.toString());
  }

  @Test
  void dayRangesEveryYearAndSpansOfYearsAreReadInThePlanYear() throws Exception {
    TableImporter.Result r = read("phrases.txt");
    List<String> read = r.checklist().rows().stream().map(row -> row.id() + " "
        + PhraseTableTest.schedule(new ScheduleParser.Result(row.schedule(), List.of()))).toList();
    assertEquals(List.of("1.1 deliverable 2023-07-17", "2.1 window 2023-01..2023-12 2023-12-31=3000",
        "3.1 ongoing", "4.1 deliverable 2023-09-30", "5.1 window 2023-01..2025-12",
        "6.1 deliverable 2023-11-30"), read);
    assertEquals(List.of("row 3.1: cannot read '3个月' in the schedule phrase '3个月内完成'",
        "row 4.1: '9月前' is read as due by the end of month 9 (2023-09-30); it could also mean "
        + "before month 9 begins (2023-08-31): write 9月底前 or 8月底前 to say which"),
        r.warnings().stream().map(w -> w.text().en()).toList());
    // 2023—2025年 reads as written: only bare years (2024- 2025, 2025) are read as a span's phrase
    assertTrue(r.notes().stream().noneMatch(w -> w.code().equals("schedule-years")),
        r.notes().toString());
  }

  /** The figures of a task cell merged over several rows are read once, in its first row. */
  @Test
  void theFiguresOfAMergedTaskAreReadOnce() throws Exception {
    String table = "项目名称\t工作任务\t计划完成时间\t牵头单位\n"
        + "1.道路提升项目\t改造城区道路3条\t11月\t建设局\n"
        + "\t\t8月\t城投集团\n"
        + "\t新建停车场2处\t11月\t建设局\n";
    TableImporter.Result r = TableImporter.fromText("a.txt", table, 2021);
    List<String> targets = r.checklist().rows().stream()
        .map(row -> row.target().value() == null ? "-" : row.target().value() + row.target().unit())
        .toList();
    assertEquals(List.of("3条", "-", "2处"), targets);
  }

  /** A column that names a person (牵头领导) is kept, not read as the lead; 责任单位 leads. */
  @Test
  void aColumnOfPersonsIsNotTheLead() throws Exception {
    String table = "序号\t工作任务\t牵头领导\t责任单位\t完成时限\n"
        + "1\t新增公交线路10条\t王某\t市交通委\t2022年12月底前\n";
    TableImporter.Result r = TableImporter.fromText("a.txt", table, 2022);
    Row row = r.checklist().rows().get(0);
    assertEquals(List.of("市交通委"), row.lead());
    assertEquals(Map.of("牵头领导", "王某"), row.extra());
  }

  /** A goal named with its year (2022年预期目标) is the task where the table has no other. */
  @Test
  void aGoalNamedWithItsYearIsTheTask() throws Exception {
    String table = "序号\t2022年预期目标\t责任单位\n"
        + "1\t进出口总额增长5%以上\t区商务委\n"
        + "2\t空气质量完成年度目标任务\t区生态环境局\n";
    List<Row> rows = TableImporter.fromText("a.txt", table, 2022).checklist().rows();
    assertEquals(List.of("进出口总额增长5%以上", "空气质量完成年度目标任务"),
        rows.stream().map(Row::title).toList());
    assertEquals(List.of("区商务委"), rows.get(0).lead());
    assertEquals(">= 5 %", target(rows.get(0)));
    assertEquals("null", target(rows.get(1)));
  }

  /**
   * A column named 單位 whose cells are units of measure (戶, 人次, 元/月/人) gives the unit of the
   * figure beside it: it is no lead unit, and the indicators beside it are the tasks.
   */
  @Test
  void aColumnOfUnitsOfMeasureIsNoLead() throws Exception {
    String table = "序號\t考核指標\t單位\t工作目標\n"
        + "1\t困難殘疾人家庭無障礙改造\t戶\t70\n"
        + "2\t新生兒先天性心臟病免費篩查\t人次\t2800\n";
    TableImporter.Result r = TableImporter.fromText("a.txt", table, 2022);
    List<Row> rows = r.checklist().rows();
    assertEquals(List.of("困難殘疾人家庭無障礙改造", "新生兒先天性心臟病免費篩查"),
        rows.stream().map(Row::title).toList());
    assertEquals(List.of(List.of(), List.of()), rows.stream().map(Row::lead).toList());
    assertEquals(List.of(">= 70 户", ">= 2800 人次"),
        rows.stream().map(TableImporterShapesTest::target).toList());
    assertEquals(Map.of("單位", "戶"), rows.get(0).extra());
  }

  /**
   * A standard in the goal column (元/月/人 beside 600) is no target, and the import says so for
   * the row: the figure is not dropped without a word.
   */
  @Test
  void aStandardInTheGoalColumnIsNamedNotDropped() throws Exception {
    String table = "序號\t考核指標\t單位\t工作目標\n"
        + "1\t城市低保標準\t元/月/人\t600\n"
        + "2\t困難殘疾人家庭無障礙改造\t戶\t70\n";
    TableImporter.Result r = TableImporter.fromText("a.txt", table, 2022);
    assertEquals(List.of("null", ">= 70 户"),
        r.checklist().rows().stream().map(TableImporterShapesTest::target).toList());
    assertEquals(List.of("row 1.1: '600元/月/人': 600元 is a rate or a standard (per "
            + "person or month, or a rule's figure), not a target; not read"),
        r.warnings().stream().filter(w -> w.code().equals("target")).map(Warning::message)
            .toList());
  }

  /** A start column (开工时间) is kept as the start: the completion column beside it is the due. */
  @Test
  void theStartColumnIsNoScheduleTheCompletionColumnIs() throws Exception {
    String table = "序号\t项目名称\t责任单位\t开工 时间\t预计完工时间\n"
        + "1\t新建公园3个\t区园林局\t2023.4\t2023年10月底前\n";
    Row row = TableImporter.fromText("a.txt", table, 2023).checklist().rows().get(0);
    assertEquals("2023年10月底前", row.schedule().text());
    assertEquals(Map.of("开工时间", "2023.4"), row.extra());
  }

  /** A header of two names (目标任务/项目所在地) is read by its first: here the goal. */
  @Test
  void aHeaderOfTwoNamesIsReadByItsFirst() throws Exception {
    String table = "序号\t项目名称\t责任单位\t目标任务/项目所在地\n"
        + "1\t农村道路畅通工程\t市交通局\t完工农村道路畅通工程145.73公里\n"
        + "2\t乡林场路\t市交通局\t石坝镇\n";
    List<Row> rows = TableImporter.fromText("a.txt", table, 2018).checklist().rows();
    assertEquals("完工农村道路畅通工程145.73公里", rows.get(0).goal());
    assertEquals(List.of(">= 145.73 公里", "null"),
        rows.stream().map(TableImporterShapesTest::target).toList());
  }

  /** Pinyin that a copy of a page puts after each word of a header does not hide the header. */
  @Test
  void pinyinInsertedInAHeaderIsLeftOut() throws Exception {
    String table = "序號(hào)\t項目(xiàng mù)\t責任單位\t完成時限\n"
        + "1\t建設公園3個\t區住建局\t2023年6月底前\n";
    TableImporter.Result r = TableImporter.fromText("a.txt", table, 2023);
    assertEquals(1, r.checklist().rows().size());
    assertEquals(List.of("區住建局"), r.checklist().rows().get(0).lead());
  }

  /** A header in traditional characters (項目名稱) is known as its simplified form is. */
  @Test
  void aTraditionalHeaderIsKnown() throws Exception {
    String table = "序號\t項目名稱\t責任單位\t完成時限\n"
        + "1\t建設公園3個\t區住建局\t2023年6月底前\n";
    Row row = TableImporter.fromText("a.txt", table, 2023).checklist().rows().get(0);
    assertEquals("建設公園3個", row.title());
    assertEquals(Map.of(), row.extra());
  }

  /** 目标进度 (the progress planned) is the schedule; a year before it is the plan's. */
  @Test
  void plannedProgressIsTheSchedule() throws Exception {
    String table = "序号\t项目\t责任单位\t2023年 目标进度\n"
        + "1\t实施寺慈线路面提升工程\t区住建局\t6月开工，年内完工。\n";
    Row row = TableImporter.fromText("a.txt", table, 2023).checklist().rows().get(0);
    assertEquals("6月开工，年内完工。", row.schedule().text());
    assertEquals(Map.of(), row.extra());
  }

  /**
   * A 序号 in words with its brackets ((一), 二、) numbers the items as digits do: the first rows
   * of 蔡甸区's 2023 task list (www.caidian.gov.cn, 蔡政办〔2023〕1号), which were refused as a
   * header without rows.
   */
  @Test
  void aNumberInWordsWithItsBracketsNumbersTheItem() throws Exception {
    String table = "序号\t目标任务\t责任单位\n"
        + "（一）\t地区生产总值增长7%以上\t区发展和改革局\n"
        + "（二）\t规上工业增加值增长12%以上\t区科技和经信局\n"
        + "三、\t固定资产投资增长10%以上\t区发展和改革局\n";
    TableImporter.Result r = TableImporter.fromText("a.txt", table, 2023);
    assertEquals(List.of("1.1 地区生产总值增长7%以上 [区发展和改革局] AT_LEAST 7 %",
        "2.1 规上工业增加值增长12%以上 [区科技和经信局] AT_LEAST 12 %",
        "3.1 固定资产投资增长10%以上 [区发展和改革局] AT_LEAST 10 %"),
        r.checklist().rows().stream().map(row -> row.id() + " " + row.title() + " "
            + row.lead() + " " + row.target().op() + " " + row.target().value().toPlainString()
            + " " + row.target().unit()).toList());
  }

  @Test
  void aMissingTaskColumnIsAnErrorNamingIt() {
    InputException e = assertThrows(InputException.class, () -> TableImporter.fromText("t.txt",
        "序号\t牵头单位\t目标值\t完成时限\n1\t区财政局\t8个\t9月底前\n", 2023));
    assertTrue(e.problem().text().en().startsWith("the table's header row has no 政策事项 column"),
        e.problem().text().en());
  }

  /** A department's own list names no lead unit: it imports, and says once that none is named. */
  @Test
  void aTableWithoutALeadColumnImportsAndSaysSo() throws Exception {
    TableImporter.Result r = read("no-lead.txt");
    assertEquals(List.of("1.1 深化商事制度改革 | 推行歇业登记 | [] | 9月底前 | {}"), rows(r));
    // the YAML written names no unit, as a list; validate asks for the leads and nothing else
    StringWriter yaml = new StringWriter();
    PrintWriter w = new PrintWriter(yaml);
    ChecklistYamlWriter.write(w, r.checklist(), Map.of());
    w.flush();
    assertEquals(List.of("no-lead"), ChecklistValidator.validate(
        ChecklistReader.parse("imported.yaml", yaml.toString())).stream()
            .filter(p -> p.severity() == Severity.ERROR).map(Problem::code).toList());
    assertEquals(List.of("src/test/resources/import/no-lead.txt:5 no-lead: the table has no 牵头单位 "
        + "column: no row has a lead unit; write them in the YAML (or map a column with --columns HEADER=lead) before "
        + "validating it"), said(r));
  }

  private static List<String> rows(TableImporter.Result r) {
    return r.checklist().rows().stream().map(row -> row.id() + " " + row.title() + " | "
        + row.points() + " | " + row.lead() + " | " + row.schedule().text() + " | "
        + row.extra()).toList();
  }

  private static List<String> notes(TableImporter.Result r, String code) {
    return r.notes().stream().filter(n -> n.code().equals(code)).map(n -> n.message()).toList();
  }

  @Test
  void aMinshengTableIsReadByItsOwnHeaders() throws Exception {
    TableImporter.Result r = read("minsheng.txt");
    // no target column: each figure of the task text is a measure of its own, N.1, N.2
    assertEquals(List.of("1.1 老旧小区改造 | 改造老旧小区12个，惠及居民3000户 | [市住建局] | 2023年12月底前 | {}",
        "1.2 老旧小区改造 | 改造老旧小区12个，惠及居民3000户 | [市住建局] | 2023年12月底前 | {}",
        "2.1 新建公办幼儿园 | 新建公办幼儿园5所，新增学位1800个 | [市教育局] | 2023年9月底前 | {}",
        "2.2 新建公办幼儿园 | 新建公办幼儿园5所，新增学位1800个 | [市教育局] | 2023年9月底前 | {}",
        "3.1 城市书房 | 建成城市书房10家 | [市文广旅局] | 2023年11月底前 | {}"), rows(r));
    assertEquals(List.of("改造老旧小区 >= 12 个 2023-12-31=12", "惠及居民 >= 3000 户 2023-12-31=3000",
        "新建公办幼儿园 >= 5 所 2023-09-30=5", "新增学位 >= 1800 个 2023-09-30=1800",
        "建成城市书房 >= 10 家 2023-11-30=10"), r.checklist().rows().stream().map(row ->
        row.indicator() + " " + row.target().op().symbol() + " " + row.target().value() + " "
        + row.target().unit() + " " + row.schedule().milestones().get(0).due() + "="
        + row.schedule().milestones().get(0).cumulative()).toList());
    assertEquals(List.of("year 2023, from the title"), notes(r, "year"));
    assertEquals(new TableImporter.Summary(5, 3, 5, 3), r.summary());
    assertEquals("改造老旧小区12个", r.checklist().rows().get(0).target().text());
  }

  @Test
  void withoutANumberColumnItemsAreNumberedByTheTaskTextOrInOrder() throws Exception {
    TableImporter.Result r = read("numbered-tasks.txt");
    assertEquals(List.of("1.1 推进老旧小区改造 |  | [区住建局] | 2021年11月 | {}",
        "2.1 建设社区食堂 |  | [区民政局] | 2021.8 | {}",
        "2.2 建设社区食堂 |  | [区民政局] | 2021年12月 | {}",
        "3.1 新增停车位500个 |  | [区交通局] | 2021年10月 | {}",
        "5.1 新建充电桩 |  | [区交通局] | 2021年9月 | {}"), rows(r));
    assertEquals(List.of("year 2021, from the dates in the cells"), notes(r, "year"));
    assertEquals(List.of("row 2.2: 工作任务, 责任单位 taken from the row above (merged cell)"),
        notes(r, "merged"));
    assertEquals(List.of("序号 5 follows 3.1; expected 4", "row 5.1: 责任单位 blank, taken from the "
        + "item above: read as a cell merged over several items (pasted text does not tell it from "
        + "an empty cell)"), r.warnings().stream().map(Warning::message).toList());
  }

  @Test
  void progressAndNoteColumnsAreKeptAsExtraAndNeverReadAsSchedules() throws Exception {
    TableImporter.Result r = read("register.txt");
    assertEquals(List.of("1.1 完成道路改造 |  | [区交通局] | 2022年6月底前 | {进展情况=已完成80%}",
        "2.1 建设口袋公园 |  | [区园林局] | 2022年10月底前 | {进展情况=正在施工, 备注=资金已到位}",
        "3.1 新增公共停车位 |  | [区交通局] | 2022年12月底前 | {}"), rows(r));
    assertEquals(List.of("columns: 序号 → item, 重点任务 → title (as 政策事项), 责任单位 → lead (as 牵头单位), "
        + "时间节点 → schedule (as 进度安排), 进展情况 → progress, kept in extra, 备注 → note, kept "
        + "in extra"), notes(r, "columns"));
  }

  @Test
  void mergedLeadCellsAreFilledWithinTheirItemAndSaidOncePerRun() throws Exception {
    TableImporter.Result r = read("zhengwu.txt");
    assertEquals(List.of("1.1 推进重点领域信息公开 | 公开财政预决算信息 | [区财政局] | 2024年12月底前 | {}",
        "1.2 推进重点领域信息公开 | 公开重大建设项目批准和实施信息 | [区发改局] | 持续推进 | {}",
        "1.3 推进重点领域信息公开 | 公开公共资源配置信息 | [区发改局] | 持续推进 | {}",
        "2.1 优化政府信息公开申请办理 | 规范依申请公开办理流程 | [区司法局] | 2024年6月底前 | {}",
        "2.2 优化政府信息公开申请办理 | 提升答复质量 | [区司法局] | 2024年6月底前 | {}"), rows(r));
    assertEquals(List.of("rows 1.2-1.3: 工作任务 taken from the row above (merged cell)",
        "row 1.3: 责任单位 taken from the row above (merged cell)",
        "row 2.2: 工作任务, 责任单位, 完成时限 taken from the row above (merged cell)"),
        notes(r, "merged"));
  }

  @Test
  void aGoalNameIsTheTaskWhereTheTableHasNoOtherTaskColumn() throws Exception {
    String alone = "2023年重点工作清单\n序号\t目标任务\t责任单位\t完成时限\n1\t建成公园\t区园林局\t年底前\n";
    String beside = "2023年重点工作清单\n序号\t工作任务\t工作目标\t责任单位\t完成时限\n"
        + "1\t建公园\t建成公园3个\t区园林局\t年底前\n";
    assertEquals("建成公园", TableImporter.fromText("a.txt", alone, null).checklist().rows().get(0)
        .title());
    Row row = TableImporter.fromText("b.txt", beside, null).checklist().rows().get(0);
    assertEquals(List.of("建公园", "建成公园3个"), List.of(row.title(), row.goal()));
  }

  @Test
  void taskNumbersAreReadFromTheCommonPrefixes() {
    for (String s : List.of("1.建公园", "1、建公园", "1．建公园", "一、建公园", "（一）建公园", "(1) 建公园")) {
      assertEquals(new TaskNumbering.Prefix(1, "建公园"), TaskNumbering.prefix(s), s);
    }
    assertEquals(new TaskNumbering.Prefix(12, "建公园"), TaskNumbering.prefix("（十二）建公园"));
    assertEquals(null, TaskNumbering.prefix("1.5万户改造"));
    assertEquals(null, TaskNumbering.prefix("建公园"));
    assertEquals(null, TaskNumbering.prefix("十百、建公园"));
  }

  @Test
  void aNumberATaskAndALeadColumnAreEnoughForAHeader() throws Exception {
    String text = "序号\t工作任务\t责任单位\n1\t建成公园\t区园林局\n";
    TableImporter.Result r = TableImporter.fromText("t.txt", text, 2021);
    assertEquals(List.of("1.1 建成公园 |  | [区园林局] |  | {}"), rows(r));
    assertEquals(List.of("year 2021, from --year"), notes(r, "year"));
  }

  @Test
  void aColumnMappedToIgnoreIsLeftOutAndSaidSo() throws Exception {
    String text = "序号\t事项\t责任单位\t内部编码\t备注\n1\t建成公园\t区园林局\tA-17\t无\n";
    TableImporter.Result r = TableImporter.fromDocument(SourceDocument.ofText("t.txt", text),
        2021, Map.of("事项", "title", "内部编码", "ignore"));
    assertEquals(List.of("1.1 建成公园 |  | [区园林局] |  | {备注=无}"), rows(r));
    assertEquals(List.of("columns: 序号 → item, 事项 → title (--columns), 责任单位 → lead (as 牵头单位), "
        + "内部编码 ignored (--columns), 备注 → note, kept in extra"), notes(r, "columns"));
  }

  /**
   * A Word table of a header and two rows, the last row's first cell continuing a merged cell where
   * it has the text of the cell above.
   */
  @SafeVarargs
  private static TableImporter.Result word(Integer year, List<String>... rows) throws Exception {
    List<SourceDocument.Block> blocks = new java.util.ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      boolean merged = i == 2 && rows[i].get(0).equals(rows[i - 1].get(0));
      blocks.add(new SourceDocument.SourceRow(rows[i], merged ? Set.of(0) : Set.of(),
          Place.block("w.docx", i + 1, "table 1, row " + (i + 1))));
    }
    return TableImporter.fromDocument(new SourceDocument("w.docx", blocks), year);
  }

  /** A Word table without 序号 whose task cell is merged down: its rows are one item. */
  @Test
  void aMergedTaskCellOfWordContinuesItsItem() throws Exception {
    TableImporter.Result r = word(null, List.of("工作任务", "责任单位", "完成时限"),
        List.of("一、建设公园", "区园林局", "2021年6月"), List.of("一、建设公园", "区住建局", "2021年9月"));
    assertEquals(List.of("1.1 建设公园 |  | [区园林局] | 2021年6月 | {}",
        "1.2 建设公园 |  | [区住建局] | 2021年9月 | {}"), rows(r));
    assertEquals(List.of(), notes(r, "merged"));
  }

  /**
   * A schedule read against a target that the task text states says what it finds there: a plan
   * of 8 for a target of 12 is a warning, not dropped without a word.
   */
  @Test
  void aScheduleReadAgainstATargetOfTheTaskTextSaysWhatItFinds() throws Exception {
    TableImporter.Result r = TableImporter.fromText("t.txt", "序号\t项目名称\t项目内容\t牵头单位\t完成时限\n"
        + "1\t智慧场景\t上线应用场景12个\t市数据局\t5月：上线2个；6月-11月：各上线1个\n", 2023);
    assertEquals(List.of("row 1.1: the plan adds up to 8 but the target is 12"),
        r.warnings().stream().filter(w -> w.code().equals("schedule")).map(w -> w.message())
            .toList());
    assertEquals("12", r.checklist().rows().get(0).target().value().toPlainString());
  }

  private static List<String> said(TableImporter.Result r) {
    return r.warnings().stream().map(w -> w.where() + " " + w.code() + ": " + w.message()).toList();
  }

  @Test
  void aColumnWithoutAHeaderThatHoldsRisingNumbersIsTheItemNumber() throws Exception {
    String text = "工作任务\t\t具体要求\t责任科室\n强化公开\t1\t清理文件\t办公室\n\t2\t公开目录\t各科室\n"
        + "深化解读\t3\t丰富形式\t办公室\n";
    TableImporter.Result r = TableImporter.fromText("t.txt", text, 2023);
    assertEquals(List.of("1.1 强化公开 | 清理文件 | [办公室] |  | {}",
        "2.1 强化公开 | 公开目录 | [各科室] |  | {}", "3.1 深化解读 | 丰富形式 | [办公室] |  | {}"), rows(r));
    // the heading merged over items 1 and 2 is filled, and said, as pasted text hides the merge
    assertEquals(List.of("t.txt:3 merged: row 2.1: 工作任务 blank, taken from the item above: read as "
        + "a cell merged over several items (pasted text does not tell it from an empty cell)"),
        said(r));
    assertEquals(List.of("columns: 工作任务 → title (as 政策事项), column 2 (no header, numbers only) → "
        + "item, 具体要求 → points (as 政策要点), 责任科室 → lead (as 牵头单位)"), notes(r, "columns"));
    // a column without a header that holds anything else is left as it is
    assertEquals(-1, ColumnRoles.numberColumn(List.of("工作任务", ""),
        List.of(List.of("a", "1"), List.of("b", "甲"))));
    assertEquals(-1, ColumnRoles.numberColumn(List.of("工作任务", ""),
        List.of(List.of("a", "2"), List.of("b", "1"))));
  }

  @Test
  void aSecondLeadColumnBesideTheOneThatLeadsIsThePartners() throws Exception {
    for (String header : List.of("任务\t牵头单位\t责任单位", "任务\t责任单位\t牵头单位")) {
      boolean leadFirst = header.indexOf("牵头") < header.indexOf("责任");
      String row = leadFirst ? "建成公园\t区园林局\t各街道" : "建成公园\t各街道\t区园林局";
      TableImporter.Result r = TableImporter.fromText("t.txt", header + "\n" + row + "\n", 2023);
      Row got = r.checklist().rows().get(0);
      assertEquals(List.of(List.of("区园林局"), List.of("各街道")), List.of(got.lead(), got.partners()),
          header);
    }
  }

  @Test
  void aTaskAndALeadColumnAloneAreAHeaderWhenTheRowHasNothingElse() throws Exception {
    TableImporter.Result r = TableImporter.fromText("t.txt", "任务\t牵头单位\n建成公园\t区园林局\n",
        2023);
    assertEquals(List.of("1.1 建成公园 |  | [区园林局] |  | {}"), rows(r));
    // beside a column it does not know, two known columns are no header
    assertThrows(InputException.class,
        () -> TableImporter.fromText("t.txt", "任务\t牵头单位\t甲乙\n建成公园\t区园林局\t丙\n", 2023));
  }

  @Test
  void headingLinesOverTasksNumberedOneLevelDownAreTheirTitle() throws Exception {
    String text = "任务\t牵头单位\t责任单位\n一、推进简政放权\t\t\n（一）规范审批\n"
        + "1.承接下放事项\t区政府办公室\t各街道\n2.编制备案清单\t区司法局\t\n"
        + "3.新建公园3个\t\t\n";
    TableImporter.Result r = TableImporter.fromText("t.txt", text, 2023);
    assertEquals(List.of("1.1 规范审批 | 承接下放事项 | [区政府办公室] |  | {}",
        "2.1 规范审批 | 编制备案清单 | [区司法局] |  | {}",
        "3.1 规范审批 | 新建公园3个 | [区司法局] |  | {}"), rows(r));
    assertEquals(List.of("'一、推进简政放权' is a heading (a numbered line with no other cell, over "
        + "tasks numbered one level down): the title of the tasks under it", "'（一）规范审批' is a "
        + "heading (a numbered line with no other cell, over tasks numbered one level down): the "
        + "title of the tasks under it"), notes(r, "heading"));
    assertEquals(">= 3 个", r.checklist().rows().get(2).target().op().symbol() + " "
        + r.checklist().rows().get(2).target().value() + " " + r.checklist().rows().get(2).target()
        .unit());
  }

  @Test
  void aRowThatABrowserCopiedUnderMergedCellsIsReadFurtherRight() throws Exception {
    String text = "工作任务\t具体要求\t责任部门\n一、做好公开\t1.公开预算\t财务科\n"
        + "2.更新网站\t办公室牵头,各科室配合\t\n";
    TableImporter.Result r = TableImporter.fromText("t.txt", text, 2023);
    assertEquals(List.of("1.1 做好公开 | 公开预算 | [财务科] |  | {}",
        "2.1 做好公开 | 更新网站 | [办公室] |  | {}"), rows(r));
    assertEquals(List.of("t.txt:3 ragged-row: the row's 责任部门 is blank and it ends in blanks, as a "
        + "browser copies a row under merged cells: its cells are read 1 column(s) further right "
        + "(责任部门 '办公室牵头,各科室配合')", "t.txt:3 merged: row 2.1: 工作任务 blank, taken from the "
        + "item above: read as a cell merged over several items (pasted text does not tell it from "
        + "an empty cell)"), said(r));
    // a blank lead after a task that names no unit is no ragged row: it is a lead merged above
    TableImporter.Result plain = TableImporter.fromText("t.txt", "工作任务\t具体要求\t责任部门\n"
        + "一、做好公开\t1.公开预算\t财务科\n二、更新网站\t2.更新内容\t\n", 2023);
    assertEquals(List.of("1.1 做好公开 | 公开预算 | [财务科] |  | {}",
        "2.1 更新网站 | 更新内容 | [财务科] |  | {}"), rows(plain));
  }

  @Test
  void unitNamesAreToldFromTaskText() {
    for (String s : List.of("各科室", "办公室牵头,各科室配合", "区政府办公室、区司法局", "市发改委等", "立山经济开发区")) {
      assertTrue(PlanUnits.looksLikeUnits(s), s);
    }
    for (String s : List.of("3.及时反馈网民意见。", "", "持续推进", "2023年12月底前")) {
      assertEquals(false, PlanUnits.looksLikeUnits(s), s);
    }
  }

  @Test
  void aLeadCellOfWordLeftBlankInANumberedRowIsNotFilledAcrossItems() throws Exception {
    TableImporter.Result r = word(2023, List.of("序号", "工作任务", "责任单位"),
        List.of("1", "建设公园", "区园林局"), List.of("2", "建设绿道", ""));
    assertEquals(List.of("w.docx:table 1, row 3 no-lead: row 2.1 has no 牵头单位"), said(r));
  }

  @Test
  void aNoteThatTheFirstUnitLeadsSplitsTheCellHereAndBelow() throws Exception {
    String text = "任务\t责任单位\t时限要求\n(一)推进PPP\t市发改委、市财政局(第一责任单位为牵头单位,下同)\t持续推进\n"
        + "(二)落实招投标\t市建设局、市财政局\t持续推进\n";
    TableImporter.Result r = TableImporter.fromText("t.txt", text, 2019);
    assertEquals(List.of("[市发改委] [市财政局]", "[市建设局] [市财政局]"), r.checklist().rows().stream()
        .map(row -> row.lead() + " " + row.partners()).toList());
    assertEquals(List.of("row 1.1: '(第一责任单位为牵头单位,下同)': the first unit named leads and the "
        + "others are partners, in this row and the rows below"), notes(r, "first-leads"));
    TableImporter.Result once = TableImporter.fromText("t.txt", text.replace(",下同", ""), 2019);
    assertEquals(List.of("[市发改委] [市财政局]", "[市建设局, 市财政局] []"), once.checklist().rows()
        .stream().map(row -> row.lead() + " " + row.partners()).toList());
  }

  @Test
  void aTableOfFiguresIsRefusedAsNoTaskTable() {
    String text = "序号\t市州\t计划完成数\t累计开工数\t开工率\n1\t长沙市\t150\t143\t95.33%\n"
        + "2\t株洲市\t71\t44\t61.97%\n";
    InputException e = assertThrows(InputException.class,
        () -> TableImporter.fromText("t.txt", text, 2021));
    assertEquals("no-tasks", e.problem().code());
    assertTrue(e.problem().message().startsWith("this is a table of figures, not of tasks: its rows "
        + "give a name and figures only ('1 | 长沙市 | 150 | 143 | 95.33%')"), e.problem().message());
  }

  @Test
  void aDueDateInsideTheTaskTextIsTheScheduleWhereNoColumnGivesOne() throws Exception {
    String text = "任务\t牵头单位\n1. 优化系统,9月底前,实现全程网办。\t县市场监管局\n"
        + "2. 推行简易开户。\t县人民银行\n3. 6月底前,明确注销情形;年底前,全面推行。\t县税务局\n"
        + "4. 2023年实现全覆盖。\t县医保局\n";
    TableImporter.Result r = TableImporter.fromText("t.txt", text, 2022);
    // 2023年实现全覆盖: a year before 实现 is due at its end
    assertEquals(List.of("9月底前 deliverable 2022-09-30", " ongoing", "6月底前，年底前 deliverable "
        + "2022-06-30 2022-12-31", "2023年实现全覆盖 deliverable 2023-12-31"),
        r.checklist().rows().stream().map(row ->
        row.schedule().text() + " " + PhraseTableTest.schedule(
            new ScheduleParser.Result(row.schedule(), List.of()))).toList());
    assertEquals(List.of("row 1.1: the schedule '9月底前' is read from the task text",
        "row 3.1: the schedule '6月底前，年底前' is read from the task text",
        "row 4.1: the schedule '2023年实现全覆盖' is read from the task text"),
        notes(r, "schedule-in-text"));
    assertEquals(List.of("no column for 序号, 政策要点, 协同单位, 定性目标, 量化指标, 量化指标值, 指标说明, 实现方式: "
        + "left empty", "no column for 进度安排: a due date in the task text (9月底前) is the schedule"),
        notes(r, "missing-column"));
    // a schedule column is read as it is, never the task text
    TableImporter.Result column = TableImporter.fromText("t.txt",
        "任务\t牵头单位\t完成时限\n1. 9月底前,实现全程网办。\t县市场监管局\t持续推进\n", 2022);
    assertEquals("持续推进", column.checklist().rows().get(0).schedule().text());
  }

  /**
   * Dated steps towards several targets at once (驿站 2, 2 家; 托位 100, 500 个; 筛查 by 11月底) read
   * as no one plan: each row of the task is due with its last step, and a warning says so.
   */
  @Test
  void stepsTowardsSeveralTargetsGiveTheTaskItsLastStepWithAWarning() throws Exception {
    String text = "序号\t实事项目\t工作举措及实施计划\t责任单位\n1\t新建驿站7家,新增托位500个。\t"
        + "1.驿站:3月底前新建成2家;9月底前完成7家。 2.托位:3月底前新增100个;9月底前完成500个。 "
        + "3.筛查:11月底前完成筛查工作。\t卫生健康局\n";
    TableImporter.Result r = TableImporter.fromText("t.txt", text, 2022);
    assertEquals(List.of("1.1 3.筛查:11月底前完成筛查工作 deliverable 2022-11-30",
        "1.2 3.筛查:11月底前完成筛查工作 deliverable 2022-11-30"),
        r.checklist().rows().stream().map(row -> row.id() + " " + row.schedule().text() + " "
            + PhraseTableTest.schedule(new ScheduleParser.Result(row.schedule(), List.of())))
            .toList());
    assertEquals(List.of("row 1.1: the dated steps of the task text do not read as one plan "
        + "(their counts serve more than one target, or none); the schedule is the last step, "
        + "'3.筛查:11月底前完成筛查工作'"), r.warnings().stream()
        .filter(w -> w.code().equals("schedule")).map(w -> w.text().en()).toList());
    // a step that does not read by itself gives no schedule: no date is guessed
    TableImporter.Result unread = TableImporter.fromText("t.txt", "序号\t实事项目\t工作举措及实施计划\t"
        + "责任单位\n1\t新建驿站7家,新增托位500个。\t1.驿站:3月底前新建成2家;9月底前完成7家。 "
        + "2.托位:9月底前完成500个并在3个月内验收。\t卫生健康局\n", 2022);
    assertEquals("", unread.checklist().rows().get(0).schedule().text());
  }

  /** Any matrix of places and indicators under a repeated group of sub-headers is refused. */
  @Test
  void aMatrixOfPlacesAndIndicatorsIsRefusedNamingItsIndicators() {
    String text = "县区\t新建公园(个)\t\t改造路灯(盏)\t\n\t目标\t完成\t目标\t完成\n"
        + "甲县\t3\t2\t100\t80\n乙县\t2\t2\t50\t60\n";
    InputException e = assertThrows(InputException.class,
        () -> TableImporter.fromText("m.txt", text, 2023));
    assertEquals("matrix", e.problem().code());
    assertTrue(e.problem().text().en().startsWith("this is a matrix of places and indicators, "
        + "not a task list: one place a row (first column '县区') and 2 indicators across "
        + "('新建公园(个) | 改造路灯(盏)'), each over the columns '目标 | 完成', under a header of 2 "
        + "rows"), e.problem().text().en());
    // a header row that repeats nothing is no matrix
    InputException plain = assertThrows(InputException.class, () -> TableImporter.fromText(
        "m.txt", "县区\t新建公园\t改造路灯\n甲县\t3\t100\n", 2023));
    assertTrue(!plain.problem().code().equals("matrix"), plain.problem().code());
  }

  @Test
  void aListMarkerBeforeAMonthIsNoPartOfTheDueDateInTheTaskText() throws Exception {
    String text = "序号\t实事项目\t工作举措及实施计划\t责任单位\n1\t新建成幼儿园7所\t1.4月底前主体完工;"
        + "开始装修。 2.8月底前竣工交付。 3.11月底前天目山镇幼儿园竣工交付。\t教育局\n";
    TableImporter.Result r = TableImporter.fromText("t.txt", text, 2022);
    assertEquals(List.of("row 1.1: the schedule '4月底前主体完工，8月底前竣工交付，11月底前天目山镇幼儿园竣工"
        + "交付' is read from the task text"), notes(r, "schedule-in-text"));
  }

  @Test
  void aTitleThatStatesFiguresGivesTheTargetsAndTheContentBesideItItsSteps() throws Exception {
    String text = "序号\t实事项目\t工作举措\t责任单位\n1\t新建成幼儿园7所,新增学位6800个。\t3月底前新建成"
        + "2所;9月底前完成7所。\t教育局\n2\t推进托育服务\t新增托位500个\t卫生健康局\n";
    TableImporter.Result r = TableImporter.fromText("t.txt", text, 2022);
    assertEquals(List.of("1.1 >= 7 所", "1.2 >= 6800 个", "2.1 >= 500 个"), r.checklist().rows()
        .stream().map(row -> row.id() + " " + row.target().op().symbol() + " "
            + row.target().value() + " " + row.target().unit()).toList());
  }

  @Test
  void aGoalColumnThatStatesFiguresGivesTheTargets() throws Exception {
    // a progress register: 项目名称 is the task, 目标任务 (a goal beside it) holds one target a row
    String text = "序号\t项目名称\t目标任务\t牵头单位\t累计完成\n"
        + "1\t稳定就业(2项指标)\t城镇新增就业3000人\t人社局\t2712\n"
        + "\t\t新建零工市场2个\t\t1\n"
        + "2\t新建公园3个\t提升群众休闲品质\t住建局\t3\n";
    TableImporter.Result r = TableImporter.fromText("t.txt", text, 2022);
    assertEquals(List.of("1.1 城镇新增就业 >= 3000 人", "1.2 新建零工市场 >= 2 个", "2.1 新建公园 >= 3 个"),
        r.checklist().rows().stream().map(row -> row.id() + " " + row.indicator() + " "
            + row.target().op().symbol() + " " + row.target().value() + " " + row.target().unit())
            .toList());
  }

  /**
   * A county's part of a province's register: a place column, no lead, targets in 年度目标任务;
   * the place, merged over the rows of its item, is each row's.
   */
  @Test
  void aRegisterOfYearlyTargetsWithoutALeadColumnImports() throws Exception {
    String text = "县区\t项目名称\t年度目标任务\t完成进度\n"
        + "某县\t一、就业促进行动(2项指标)\t1.开发公益性岗位540个\t完成538个,完成率99.6%\n"
        + "\t\t2.募集就业见习岗位325个\t完成330个\n";
    TableImporter.Result r = TableImporter.fromText("t.txt", text, 2023);
    assertEquals(List.of("1.1 >= 540 个 {县区=某县, 完成进度=完成538个,完成率99.6%}",
        "1.2 >= 325 个 {县区=某县, 完成进度=完成330个}"), r.checklist().rows().stream()
            .map(row -> row.id() + " " + row.target().op().symbol() + " " + row.target().value()
                + " " + row.target().unit() + " " + row.extra()).toList());
    assertTrue(r.notes().stream().anyMatch(w -> w.text().en()
        .equals("row 1.2: 县区 taken from the row above (merged cell)")), r.notes().toString());
  }

  /** Headers of published registers and lists: a task named 民生事项名称 or 重点工作, staged goals. */
  @Test
  void headersOfRegistersAndStagedGoalsAreRead() throws Exception {
    String a = "类别\t民生事项名称\t2023年度任务目标\t责任单位\t1-9月份工作完成情况\n"
        + "一、教育\t1.新建学校\t新建小学2所\t教育局\t已完成\n";
    assertEquals(List.of("1.1 新建学校 [教育局] >= 2 所"), TableImporter.fromText("a.txt", a, 2023)
        .checklist().rows().stream().map(row -> row.id() + " " + row.title() + " " + row.lead()
            + " " + row.target().op().symbol() + " " + row.target().value() + " "
            + row.target().unit()).toList());
    String b = "重点工作\t牵头单位\t年度阶段性工作目标\t进展情况\n"
        + "推进大学建设。\t管委会\t第一季度:完成设计。 第二季度:开工。\t已开工\n";
    assertEquals(List.of("1.1 推进大学建设。 [管委会] 2023-06-30"),
        TableImporter.fromText("b.txt", b, 2023).checklist().rows().stream()
            .map(row -> row.id() + " " + row.title() + " " + row.lead() + " "
                + row.schedule().milestones().get(row.schedule().milestones().size() - 1).due())
            .toList());
  }

  /**
   * A register of tasks and their progress names no unit (任务目标 | 进展情况): it imports, its
   * targets read from the task, with the one warning that no row has a lead unit.
   */
  @Test
  void aRegisterOfTasksAndProgressWithoutALeadColumnImportsWithAWarning() throws Exception {
    String text = "任务目标\t进展情况\n"
        + "对全市100个老旧小区的管网进行改造。\t实际改造101个老旧小区。\n";
    TableImporter.Result r = TableImporter.fromText("t.txt", text, 2014);
    assertEquals(List.of("1.1 [] >= 100 个 {进展情况=实际改造101个老旧小区。}"),
        r.checklist().rows().stream().map(row -> row.id() + " " + row.lead() + " "
            + row.target().op().symbol() + " " + row.target().value() + " " + row.target().unit()
            + " " + row.extra()).toList());
    assertEquals(List.of("no-lead"), r.warnings().stream().map(Warning::code).toList());
  }

  /**
   * A column of spans of years (起止 年限: {@code 2024- 2025}, a bare {@code 2025}) is the schedule:
   * a span runs to the end of its last year, a year is its twelve months, each said; a group name
   * over sub-projects (项目名称 | 子项目 | 具体内容) gives the title, the sub-project the points, and
   * the content beside it the targets it states, a figure it repeats read once.
   */
  @Test
  void spansOfYearsAreTheScheduleAndSubProjectsTheTasks() throws Exception {
    String text = "序号\t项目名称\t起止 年限\t子项目\t具体内容\t具体完成情况\n"
        + "1\t一、教育工程\t2024- 2025\t实施20所学校清凉工程\t对20所学校的线路进行改造,为教室安装空调300台"
        + "\t当年完成\n"
        + "2\t\t2025\t建成西坞中学教学楼\t共五层,三至五层共9个教学班\t当年完成\n";
    TableImporter.Result r = TableImporter.fromText("t.txt", text, 2025);
    assertEquals(List.of("1.1 实施20所学校清凉工程 >= 20 所 2025-12 2024- 2025",
        "1.2 实施20所学校清凉工程 >= 300 台 2025-12 2024- 2025",
        "2.1 建成西坞中学教学楼 null 2025-12 2025"), r.checklist().rows().stream()
            .map(row -> row.id() + " " + row.points() + " " + target(row) + " "
                + row.schedule().to() + " " + row.schedule().text()).toList());
    List<String> notes = r.notes().stream().map(w -> w.code() + ": " + w.text().en()).toList();
    assertTrue(notes.contains("columns: columns: 序号 → item, 项目名称 → title (as 政策事项), 起止年限 → "
        + "schedule (as 进度安排), 子项目 → points (as 政策要点), 具体内容 → detail, kept in extra, "
        + "具体完成情况 → progress, kept in extra"), notes.toString());
    assertTrue(notes.contains("schedule-years: row 2.1: the schedule '2025' gives years alone, "
        + "read as '2025年1月-12月'"), notes.toString());
  }

  /**
   * A bare figure in the target column (8950) takes the unit of what the task counts: a counting
   * word in brackets ending its name, or persons; with a warning. A task that names neither
   * leaves the figure unread, as before.
   */
  @Test
  void aBareFigureTakesTheUnitOfWhatTheTaskCountsWithAWarning() throws Exception {
    String text = "序号\t项目名称\t责任单位\t目标任务\n"
        + "1\t新增城镇就业\t人社局\t8950\n"
        + "2\t建设农村公办幼儿园(所)\t教育局\t2\n"
        + "3\t城市道路改造\t住建局\t12\n";
    TableImporter.Result r = TableImporter.fromText("t.txt", text, 2017);
    assertEquals(List.of("1.1 >= 8950 人", "2.1 >= 2 所", "3.1 null"), r.checklist().rows()
        .stream().map(row -> row.id() + " " + target(row)).toList());
    assertTrue(r.warnings().stream().anyMatch(w -> w.text().en().equals("row 1.1: the target "
        + "'8950' names no unit; read as '8950人', the unit of what the task '新增城镇就业' counts")),
        r.warnings().toString());
  }

  /** A column of the lead unit and the person who answers for it keeps the units alone. */
  @Test
  void aLeadColumnWithItsPersonsGivesTheUnits() throws Exception {
    String text = "大类\t序号\t工作任务\t分管 市领导\t牵头单位及 主要负责人\t落实进展情况\n"
        + "一、民生保障\t1\t提高低保水平\t陈某\t市民政局 张某某\t已完成\n"
        + "\t2\t新建养老床位300张\t陈某\t市民政局、市卫健委 李某\t推进中\n";
    assertEquals(List.of("1.1 [市民政局]", "2.1 [市民政局, 市卫健委]"),
        TableImporter.fromText("t.txt", text, 2023).checklist().rows().stream()
            .map(row -> row.id() + " " + row.lead()).toList());
  }

  @Test
  void pinyinThatACopyInsertsInEveryCellIsLeftOutAndSaidOnce() throws Exception {
    String text = "序號(xù hào)\t項目(xiàng mù)\t責任單位(dān wèi)\t完成時限(shí xiàn)\n"
        + "1\t新建公園(yuán)2個(gè)\t市住(zhù)建局\t12月(yuè)底前\n"
        + "2\t推行PPP(app)模式(mó shì)\t市發(fā)改委\t持續推進\n";
    TableImporter.Result r = TableImporter.fromText("t.txt", text, 2022);
    assertEquals(List.of("1.1 新建公園2個 |  | [市住建局] | 12月底前 | {}",
        "2.1 推行PPP(app)模式 |  | [市發改委] | 持續推進 | {}"), rows(r));
    Row first = r.checklist().rows().get(0);
    assertEquals("2 个 2022-12-31", first.target().value() + " " + first.target().unit() + " "
        + first.schedule().milestones().get(0).due());
    // a units cell written as a sentence ends in a full stop that is no part of the last unit
    assertEquals(List.of("[市住建局, 水务集团] [市财政局]"), TableImporter.fromText("t.txt",
        "项目\t责任单位\t配合单位\n新建公园2个\t市住建局、水务集团。\t市财政局.\n", 2022).checklist()
        .rows().stream().map(row -> row.lead() + " " + row.partners()).toList());
    assertEquals(List.of("the cells carry pinyin that a copy of the page inserts after words "
        + "('新建公園(yuán)2個(gè)'): it is left out of every cell"), notes(r, "pinyin"));
  }

  @Test
  void anInvestmentColumnIsKeptAndNamedAndItsFiguresAreNoTargets() throws Exception {
    String text = "序号\t项目名称\t总投资(万元)\t年度计划投资\t责任单位\t完成时限\n"
        + "1\t新建公园2个\t5000\t3000万元\t市住建局\t12月底前\n";
    TableImporter.Result r = TableImporter.fromText("t.txt", text, 2022);
    assertEquals(List.of("1.1 新建公园2个 |  | [市住建局] | 12月底前 | {总投资(万元)=5000, "
        + "年度计划投资=3000万元}"), rows(r));
    assertEquals("2 个", r.checklist().rows().get(0).target().value() + " "
        + r.checklist().rows().get(0).target().unit());
    assertEquals(List.of("columns: 序号 → item, 项目名称 → title (as 政策事项), 总投资(万元) → "
        + "investment, kept in extra, 年度计划投资 → investment, kept in extra, 责任单位 → lead "
        + "(as 牵头单位), 完成时限 → schedule (as 进度安排)"), notes(r, "columns"));
    // beside figures only, an investment column makes no task table
    assertThrows(InputException.class, () -> TableImporter.fromText("t.txt", "序号\t市州\t"
        + "计划完成数\t累计开工数\t开工率\t计划投资额(万元)\n1\t长沙市\t150\t143\t95.33%\t86157.25\n",
        2021));
  }

  @Test
  void aNumberInWordsOverTasksNumberedInTheirOwnTextNumbersAGroupOfItems() throws Exception {
    String text = "序号\t牵头单位\t项目名称\t\t进展情况\t\n\t\t\t\t前期手续\t形象进度\n"
        + "一\t区住建局\t(一)打通断头路(6条路)\t1.文化路\t已完工\t\n\t\t\t2.乐业路\t已完工\t\n"
        + "二\t区城管局\t(一)燃气改造\t\t已完工\t\n\t\t(二)井盖整治\t\t已完工\t\n";
    TableImporter.Result r = TableImporter.fromText("t.txt", text, 2024);
    assertEquals(List.of("1.1 (一)打通断头路(6条路) | 1.文化路 | [区住建局] |  | {进展情况=已完工}",
        "2.1 (一)打通断头路(6条路) | 2.乐业路 | [区住建局] |  | {进展情况=已完工}",
        "3.1 (一)燃气改造 |  | [区城管局] |  | {进展情况=已完工}",
        "4.1 (二)井盖整治 |  | [区城管局] |  | {进展情况=已完工}"), rows(r));
    assertEquals(List.of("the header goes on over a second row (前期手续, 形象进度): its names are kept "
        + "as they are under the first row's"), notes(r, "header-rows"));
    assertEquals(List.of("序号 '一' is written in words: it numbers a group of tasks, and each task "
        + "that its own text numbers ((一), 1.) is an item, numbered in order"), notes(r, "groups"));
    assertTrue(notes(r, "columns").get(0).contains("项目名称 → title (as 政策事项), column 4 (no "
        + "header, beside the title) → points"), notes(r, "columns").get(0));
    // 序号 in digits keeps its numbers, and a number in words after them is still refused
    TableImporter.Result digits = TableImporter.fromText("t.txt", "序号\t任务\t牵头单位\n1\t建公园\t"
        + "区住建局\n五\t建绿道\t区住建局\n", 2024);
    assertEquals(1, digits.checklist().rows().size());
  }
}
