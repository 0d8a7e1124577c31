package dev.qingdan.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qingdan.model.Milestone;
import dev.qingdan.model.ScheduleKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Schedules of published task tables written as steps: by quarters, with a start and an end in one
 * phrase, and by a first day of a month.
 */
class ScheduleStepsTest {
  private static final int YEAR = 2023;

  private static ScheduleParser.Result parse(String text) {
    return ScheduleParser.parse(text, YEAR, null);
  }

  private static List<String> steps(ScheduleParser.Result r) {
    return r.schedule().milestones().stream().map(m -> m.due() + " " + m.deliverable()).toList();
  }

  /** Each quarter's step is due at the quarter's end, whatever its verb: none is dropped. */
  @Test
  void aPlanByQuartersHasAMilestoneAtEachQuartersEnd() {
    ScheduleParser.Result r = parse("第一季度：完成立项；第二季度：全面开工；第三季度：基本完成；第四季度：投入使用");
    assertEquals(List.of(), r.notes());
    assertEquals(ScheduleKind.DELIVERABLE, r.schedule().kind());
    assertEquals(List.of("2023-03-31 完成立项", "2023-06-30 全面开工", "2023-09-30 基本完成",
        "2023-12-31 投入使用"), steps(r));
    assertEquals(List.of("2023-03-31 完成立项", "2023-06-30 全面开工"),
        steps(parse("第一季度：完成立项；第二季度：全面开工")));
  }

  @Test
  void aStartAndAnEndGiveTheEndAsTheDueDateAndTheStartAsAStart() {
    ScheduleParser.Result r = parse("3月上旬开始，6月30日前完工");
    assertEquals(List.of(), r.notes());
    assertEquals(List.of(new Milestone(LocalDate.of(2023, 6, 30), null, "完工")),
        r.schedule().milestones());
    assertEquals(YearMonth.of(2023, 3), r.schedule().from());
  }

  @Test
  void numberedStepsKeepTheirOwnWords() {
    assertEquals(List.of("2023-03-31 完成方案", "2023-06-30 完成招标", "2023-10-31 完工"),
        steps(parse("1、3月底前完成方案；2、6月底前完成招标；3、10月底前完工")));
  }

  /** 10月1日前 is read as the 1st, with a word that it could mean by the end of September. */
  @Test
  void theFirstOfAMonthBeforeWarns() {
    ScheduleParser.Result r = parse("10月1日前");
    assertEquals(List.of("2023-10-01 null"), steps(r));
    assertEquals(1, r.ambiguities().size());
    assertEquals("'10月1日前' is read as due on 2023-10-01; it could also mean done before that day "
        + "begins (2023-09-30): write 10月1日 or 9月底前 to say which", r.ambiguities().get(0).en());
    assertTrue(parse("10月1日").ambiguities().isEmpty());
    assertTrue(parse("10月15日前").ambiguities().isEmpty());
  }

  /** 全年 beside a due date is the plan year, not a second step due the same day. */
  @Test
  void theWholeYearIsNoStep() {
    ScheduleParser.Result r = parse("年底前向市政府报告全年落实情况");
    assertEquals(List.of(), r.notes());
    assertEquals(1, r.schedule().milestones().size());
  }

  /** 第四季度(11月份): a month in brackets says when in the quarter its step is due. */
  @Test
  void aMonthInBracketsAfterAQuarterIsItsDueDate() {
    assertEquals(List.of("2023-09-30 开展同步课堂", "2023-11-30 组织开展教研活动"),
        steps(parse("第三季度：开展同步课堂；第四季度(11月份)：组织开展教研活动")));
    assertEquals(List.of("2023-08-31 完成验收", "2023-12-31 投入使用"),
        steps(parse("第三季度（8月）：完成验收；第四季度：投入使用")));
  }
}
