package dev.qingdan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qingdan.model.Row;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables of other shapes: other header names, fewer columns, the plan year of the document. */
class TableImporterShapesTest {
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
    assertEquals(List.of("src/test/resources/import/other-shape.txt:5 columns: columns: 序号 → item, "
        + "工作任务 → title (as 政策事项), 具体措施 → points (as 政策要点), 责任单位 → lead (as 牵头单位), "
        + "配合单位 → partners (as 协同单位), 目标值 → target (as 量化指标值), "
        + "完成时限 → schedule (as 进度安排)"), said);
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
  }

  @Test
  void aMissingRequiredColumnIsAnErrorNamingIt() {
    InputException e = assertThrows(InputException.class, () -> read("no-lead.txt"));
    assertTrue(e.problem().text().en().startsWith("the table's header row has no 牵头单位 column"),
        e.problem().text().en());
  }
}
