package dev.qingdan.load.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.qingdan.load.InputException;
import dev.qingdan.load.Problem;
import dev.qingdan.load.checklist.AckReader;
import dev.qingdan.load.checklist.ChecklistReader;
import dev.qingdan.model.Checklist;
import dev.qingdan.text.Lang;
import dev.qingdan.text.Messages;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The messages of broken progress reports and acknowledgements, printed in Chinese. */
class ProgressMessagesTest {
  private static Checklist checklist;

  @BeforeAll
  static void loadChecklist() throws InputException {
    checklist = ChecklistReader.read(Path.of("policies.yaml"), "policies.yaml").checklist();
  }

  private static List<String> zh(List<Problem> problems) {
    return problems.stream().map(p -> p.where() + ": " + Messages.text(p.text(), Lang.zh)).toList();
  }

  @Test
  void brokenReportsAreExplainedInChinese() {
    LoadedProgress lp = ProgressReader.parse("a.csv", """
        period,id,unit,numerator,denominator,count,done,note
        2022-06,1.1,区税物局,1,1,,,
        2022-06,1.1,区税务局,1521,1520,,,
        2022-13,1.1,区税务局,1,1,,,
        2022-06,4.1,,,,7,,
        2022-06,4.1,,,,,,
        2022-06,8,,,,,,
        """, checklist);
    assertEquals(List.of(
            "a.csv:2:13: 未知单位 '区税物局'（是否指 '区税务局'？）；单位须为清单单位名册中的单位",
            "a.csv:3:18: 分子 1521 大于分母 1520",
            "a.csv:4:1: period 2022-13 的月份 13 不存在；月份为 01 至 12",
            "a.csv:5:16: 4.1 按分子和分母计量；数量不予计入",
            "a.csv:6:1: 2022-06 4.1 （无单位） 重复报送；首次报送在 a.csv:5",
            "a.csv:7:9: 编号 '8' 是条目 8，该条目有 3 行（8.1, 8.2, 8.3）；请指明其中一行"),
        zh(lp.problems()));
  }

  @Test
  void aBrokenCsvFileIsExplainedInChinese() {
    LoadedProgress lp = ProgressReader.parse("b.csv", """
        period,id,unit,numerator,denominator,count
        2022-06,1.1,区税务局,1,1,
        """, checklist);
    assertEquals(List.of("b.csv:1:1: 表头应为 period,id,unit,numerator,denominator,count,done,"
            + "note，实为 period,id,unit,numerator,denominator,count"),
        zh(lp.problems()));
  }

  @Test
  void brokenAcknowledgementsAreExplainedInChinese() {
    AckReader.Result r = AckReader.parse("acks.yaml", """
        - {fingerprint: 0123456789abcdef, reason: 已核对, date: 2022-06-01}
        - {fingerprint: 0123456789abcdef, reason: 已核对, date: 2022-06-01}
        - {fingerprint: 0123456789ABCDEF, reason: " ", date: 2022-06-01}
        """);
    assertEquals(List.of(
            "acks.yaml:2:17: 指纹 0123456789abcdef 被确认了两次（首次在第 1 行）",
            "acks.yaml:3:17: '0123456789ABCDEF' 不是指纹：指纹为 16 位小写十六进制数字，与 qingdan "
                + "diff 打印的一致",
            "acks.yaml:3:43: reason 为空：请说明接受该变更的理由"),
        zh(r.problems()));
  }
}
