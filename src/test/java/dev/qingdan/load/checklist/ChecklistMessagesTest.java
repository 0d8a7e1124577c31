package dev.qingdan.load.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.qingdan.load.InputException;
import dev.qingdan.load.Problem;
import dev.qingdan.model.Checklist;
import dev.qingdan.text.Lang;
import dev.qingdan.text.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The problems of a broken checklist in Chinese: the broken example as it is, and two breakages
 * more of the same file (its ids and schedules, its fields and values).
 */
class ChecklistMessagesTest {
  private static final Path BROKEN = Path.of("examples/broken/unknown-unit.yaml");

  @Test
  void unknownUnit() throws InputException {
    List<Problem> problems = ChecklistValidator.validate(
        ChecklistReader.read(BROKEN, "unknown-unit.yaml"));
    assertEquals(List.of(
        "未知单位 '区国资管理中心'（是否指 '区国资中心'？）；如确属有效单位，请将其加入 'units'（或作为别名）",
        "行 21.1 的量化指标值是百分比，但指标说明没有写成比率；报送时按文字所述给出分子和分母"),
        problems.stream().map(p -> Messages.text(p.text(), Lang.zh)).toList());
  }

  @Test
  void idsAndSchedules() throws IOException {
    String text = broken()
        .replace("  - id: G2", "  - id: G1")
        .replace("id: \"2.1\"", "id: \"2.3\"")
        .replace("text: 5-12 月", "text: 12-5 月");
    assertEquals(List.of(
        "duplicate-id: 目标编号 G1 出现了两次",
        "id-order: 行 2.3 紧跟在行 1.1 之后；应为 1.2 或 2.1",
        "schedule-text: 进度安排文字：'12-5月' 结束于 5 月，早于开始的 12 月",
        "schedule-text: 进度安排文字：无法识别进度安排 '12-5 月'"),
        zh(validate(text)));
  }

  @Test
  void fieldsAndValues() throws IOException {
    String text = broken()
        .replace("  year: 2022", "  year: zwei")
        .replace("date: 2022-05-25", "date: 2022-02-30")
        .replace("  - name: 区统计局\n", "  - name: 区统计局\n    extra: 1\n")
        .replaceFirst("value: 3000\n", "value: 300\n")
        .replace("from: 2022-06", "from: 2023-06");
    assertEquals(List.of(
        "date: 'document.date'：2022-02-30 不是日历上存在的日期",
        "type: 'document.year' 应为数字，实为文本 'zwei'",
        "unknown-field: 未知字段 'extra'；此处允许的字段：name, aliases",
        "target-mismatch: '3000人次' 的 value 为 3000，而非 300",
        "plan-target-mismatch: 最后一个节点计划为 3000，而量化指标值为 300",
        "schedule-window: 时间窗口的结束月份（2022-12）早于开始月份（2023-06）"),
        zh(validate(text)));
  }

  @Test
  void idsTypedOnTheCommandLine() throws InputException {
    Checklist c = ChecklistReader.read(BROKEN, "unknown-unit.yaml").checklist();
    assertEquals("条目 8 有 3 行（8.1, 8.2, 8.3）；请指定其中一行", idProblem(c, "8"));
    assertEquals("没有行 8.4；条目 8 包含行 8.1, 8.2, 8.3", idProblem(c, "8.4"));
    assertEquals("没有条目 99；清单的条目为 1–24", idProblem(c, "99"));
    assertEquals("没有目标 G3；现有目标为 G1, G2", idProblem(c, "g3"));
  }

  private static String idProblem(Checklist c, String id) {
    try {
      Ids.row(c, id);
      throw new AssertionError(id + " is a row");
    } catch (Ids.IdException e) {
      assertEquals(e.msg().en(), e.getMessage());
      return Messages.text(e.msg(), Lang.zh);
    }
  }

  private static String broken() throws IOException {
    return Files.readString(BROKEN, StandardCharsets.UTF_8);
  }

  private static List<Problem> validate(String text) {
    return ChecklistValidator.validate(ChecklistReader.parse("broken.yaml", text));
  }

  /** Each problem as its code and its Chinese, leaving out those the example has already. */
  private static List<String> zh(List<Problem> problems) {
    return problems.stream()
        .filter(p -> !p.code().equals("unknown-unit") && !p.code().equals("ratio-prose"))
        .map(p -> p.code() + ": " + Messages.text(p.text(), Lang.zh))
        .toList();
  }
}
