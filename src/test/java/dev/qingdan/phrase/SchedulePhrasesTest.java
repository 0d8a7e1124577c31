package dev.qingdan.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qingdan.model.Milestone;
import dev.qingdan.model.ScheduleKind;
import dev.qingdan.model.Target;
import dev.qingdan.text.Msg;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The schedule forms beyond the 2022 plan's own, and the rule that nothing is read in part. */
class SchedulePhrasesTest {
  private static final Target PEOPLE = TargetParser.parse("3000人次").orElseThrow();
  private static final Target EIGHT = TargetParser.parse("8个").orElseThrow();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    // 累计: totals by their dates, not amounts added
    "6月底前累计完成1500人次，年底前累计完成3000人次 | 3000人次 | cumulative 2022-06-30=1500 2022-12-31=3000",
    "6月底前完成1500人次，年底前完成1500人次 | 3000人次 | cumulative 2022-06-30=1500 2022-12-31=3000",
    "6月底前累计完成2000人次，年底前累计完成1500人次 | 3000人次 | refused",
    // a deliverable beside a start keeps its date
    "5月底前出台方案，6月起组织实施 | 暂无 | deliverable 2022-05-31",
    "3月开始，6月30日前完工 | 暂无 | deliverable 2022-03 2022-06-30",
    "施工从9月26日开始，计划10月底以前完工 | 暂无 | deliverable 2022-09 2022-10-31",
    // repeating periods
    "每季度上线2个 | 8个 | cumulative 2022-03-31=2 2022-06-30=4 2022-09-30=6 2022-12-31=8",
    "每月上线1个，全年12个 | 暂无 | refused",
    "按季度推进 | 暂无 | recurring",
    "每季度末月20日前报送进展 | 暂无 | deliverable 2022-03-20 2022-06-20 2022-09-20 2022-12-20",
    "每季度20日前报送 | 暂无 | refused",
    // numbered steps
    "①2月上旬前完成调研；②3月底前出台方案；③5月底前全面实施 | 暂无 | deliverable 2022-02-10 2022-03-31 2022-05-31",
    "1.3月底前制定方案；2.6月底前完成试点；3.年底前全面推广 | 暂无 | deliverable 2022-03-31 2022-06-30 2022-12-31",
    "（1）4月中旬前完成摸底（2）9月下旬完成验收 | 暂无 | deliverable 2022-04-20 2022-09-30",
    "一是3月底前出台细则；二是6月底前上线系统 | 暂无 | deliverable 2022-03-31 2022-06-30",
    // quarters and halves
    "三季度末完成 | 暂无 | deliverable 2022-09-30",
    "第二季度起 | 暂无 | start 2022-04",
    "下半年起实施 | 暂无 | start 2022-07",
    "上半年末完成 | 暂无 | deliverable 2022-06-30",
    "第一季度 | 暂无 | window 2022-01..2022-03",
    // months and their ranges
    "3月至6月 | 暂无 | window 2022-03..2022-06",
    "5-12月 | 暂无 | window 2022-05..2022-12",
    "9月投入使用 | 暂无 | deliverable 2022-09-30",
    "2022.8完成 | 暂无 | deliverable 2022-08-31",
    // a date compared with is no step: a report as of 10月底 against 9月底
    "截至10月31日,已完成46个,较9月底增加7个 | 暂无 | deliverable 2022-10-31",
    "截至10月底,累计完成投资5亿元,比9月末增长12% | 暂无 | deliverable 2022-10-31",
    "2022.1—4 | 暂无 | window 2022-01..2022-04",
    "2022.6-12月 | 暂无 | window 2022-06..2022-12",
    "2022.10-2023.3 | 暂无 | window 2022-10..2023-03",
    // another year
    "2023年4月底前完成 | 暂无 | deliverable 2023-04-30",
    "明年3月底前完成 | 暂无 | deliverable 2023-03-31",
    "2022年10月至2023年3月 | 暂无 | window 2022-10..2023-03",
    "2021年6月底前完成 | 暂无 | refused",
    "去年底前完成 | 暂无 | refused",
    // N月前: read as the month's end, with a warning
    "9月前完成 | 暂无 | deliverable 2022-09-30 ?",
    "9月底前完成 | 暂无 | deliverable 2022-09-30",
    // time limits per case, and what is not understood
    "3个工作日内办结 | 暂无 | ongoing",
    "3个月内完成 | 暂无 | refused",
    "三年内完成 | 暂无 | refused",
    "5月：上线2个；6月：完成验收 | 8个 | refused",
    // a day range inside one month is due on its last day
    "7月9日至17日 | 暂无 | window 2022-07..2022-07",
    "7月9日至17日 | 3000人次 | window 2022-07..2022-07 2022-07-17=3000",
    "7月9日-17日完成申报 | 暂无 | deliverable 2022-07-17",
    "7月9-17日完成申报 | 暂无 | deliverable 2022-07-17",
    "7月至17日 | 暂无 | refused",
    "7月17日至9日 | 暂无 | refused",
    "7月9日至32日 | 暂无 | refused",
    // 每年 in the plan's year; a date after it says when
    "每年6月底前完成 | 暂无 | deliverable 2022-06-30",
    "每年年底前完成 | 暂无 | deliverable 2022-12-31",
    "每年底前完成 | 暂无 | deliverable 2022-12-31",
    "每年开展2次 | 暂无 | window 2022-01..2022-12",
    "每年新增2家 | 暂无 | cumulative 2022-12-31=2",
    "每年度开展培训 | 3000人次 | window 2022-01..2022-12 2022-12-31=3000",
    "每年11月底完成下一年度入库工作 | 暂无 | deliverable 2022-11-30",
    "6月底前启动，下一年度完成 | 暂无 | refused",
    // spans of years: from the plan year to the end of the last year
    "2022—2025年 | 暂无 | window 2022-01..2025-12",
    "2022-2024年完成 | 暂无 | deliverable 2024-12-31",
    "2023年至2025年 | 暂无 | window 2023-01..2025-12",
    "2020—2023年 | 暂无 | window 2022-01..2023-12 ?",
    "2013—2017年 | 暂无 | refused",
    "2025—2023年 | 暂无 | refused",
    "2022年至2023年3月 | 暂无 | refused",
    // a list of months reads none of them silently
    "每年二、三月份 | 暂无 | refused",
    "6和7月 | 暂无 | refused",
    "3、6、9、12月 | 暂无 | refused",
    "2、6月底前实施 | 暂无 | refused",
    "1、3月底前出台方案；2、6月底前实施 | 暂无 | deliverable 2022-03-31 2022-06-30",
    // a start and an end: the end is due, the start is the schedule's start
    "6月开工，年内完工 | 暂无 | deliverable 2022-06 2022-12-31",
    "2月开工，年内完成主体结构 | 暂无 | deliverable 2022-02 2022-12-31",
    "6月開工，年內完工 | 暂无 | deliverable 2022-06 2022-12-31",
    "年內完成 | 暂无 | deliverable 2022-12-31",
    "5月底前动工 | 暂无 | deliverable 2022-05-31",
    // a count is a plan figure when it counts the target's unit, or the cell plans by periods
    "于7月5日对2个项目进行方案汇报 | 暂无 | deliverable 2022-07-05",
    "1-11月，全市完成30件 | 暂无 | deliverable 2022-11-30",
    "1-11月，全市完成30件 | 30件 | cumulative 2022-11-30=30",
    "年底前，审批时间压缩至90个工作日以内 | 暂无 | deliverable 2022-12-31",
    // spans, and dates that are not the plan's
    "2022.01-2022.12 | 暂无 | window 2022-01..2022-12",
    "2022.3-2023.6完成 | 暂无 | deliverable 2023-06-30",
    "根据7月15日动员会的要求，9月底前完成整改 | 暂无 | deliverable 2022-09-30",
    "7月15日召开的推进会明确，10月底前完成 | 暂无 | deliverable 2022-10-31",
    "每季度末（分别在6月、9月和12月底） | 暂无 | deliverable 2022-06-30 2022-09-30 2022-12-31",
    "截至三季度末 | 暂无 | deliverable 2022-09-30",
    // money spent over months is the span's flow, not a thing delivered at its end
    "1—7月,全区完成投资3.2亿元 | 暂无 | window 2022-01..2022-07",
    "1-6月累计完成投资235.8亿元,占年计划投资的72% | 暂无 | window 2022-01..2022-06",
    "全年计划完成投资98.5亿元 | 暂无 | window 2022-01..2022-12",
    "一季度完成投資291.5億元 | 暂无 | window 2022-01..2022-03",
    "1-4月累计完成投资21.01亿元,完成1-4月投资计划的132.1% | 暂无 | window 2022-01..2022-04",
    // ... and a year's target beside it is not what the months spent
    "1-8月累計完成投資90.9億元 | 116.7亿元 | window 2022-01..2022-08 2022-08-31=11670000000 ?",
    // a span that delivers something is still due at its end
    "4月至5月完成附属工程护岸建设 | 暂无 | window 2022-04..2022-05",
    // a count of something else than the target counts is not passed over without a word
    "6月底前完成6条线路 | 10个 | deliverable 2022-06-30 ?",
    "6月底前完成6条线路 | 6条 | cumulative 2022-06-30=6",
    "6月底前完成6条线路 | 暂无 | deliverable 2022-06-30",
    "6月底前完成6条线路 | 100% | deliverable 2022-06-30",
    "截至9月底,已开工7项,开工率70% | 10个 | deliverable 2022-09-30",
    "9月底前完成改造,已完成2条 | 10个 | deliverable 2022-09-30",
    // a start after every end starts something else: a step of its own
    "3月開工,7月完工,東大河整治工程10月開工 | 暂无 | deliverable 2022-03 2022-07-31 2022-10-31",
    "3月开工,7月完工 | 暂无 | deliverable 2022-03 2022-07-31",
    // 2023年年底 as written; since a day (以来) is a start
    "2022年年底要达到主体结构基本完工,2023年底具备通车条件 | 暂无 | deliverable 2022-12-31 2023-12-31",
    "自2月10號復工復產以來 | 暂无 | start 2022-02",
    "自2月10日以来 | 暂无 | start 2022-02",
    // a span of bare years, where the plan year lies in it
    "2022-2023 | 暂无 | window 2022-01..2023-12",
    "2020-2023 | 暂无 | window 2022-01..2023-12 ?",
    "2019-2021 | 暂无 | refused",
    "2022-2023万元 | 暂无 | refused",
    // by a year (到2025年), or in it (2022年完成): at its end; not a year that names a thing
    "到2025年 | 暂无 | deliverable 2025-12-31",
    "到2025年,建成5G基站1万个 | 暂无 | deliverable 2025-12-31",
    "到2021年 | 暂无 | refused",
    "其中2022年完成幼儿园建设 | 暂无 | deliverable 2022-12-31",
    "2022年老旧小区改造项目 | 暂无 | refused",
    // a day in a month of each period other than its last; a start bounds the periods
    "每季度第1个月的20日前报送 | 暂无 | deliverable 2022-01-20 2022-04-20 2022-07-20 2022-10-20",
    "每季度首月10日前报送 | 暂无 | deliverable 2022-01-10 2022-04-10 2022-07-10 2022-10-10",
    "从第二季度起，每个季度第1个月的20日前 | 暂无 | deliverable 2022-04-20 2022-07-20 2022-10-20",
    "从3月起,每月25日前报送 | 暂无 | deliverable 2022-03-25 2022-04-25 2022-05-25 2022-06-25 2022-07-25 2022-08-25 2022-09-25 2022-10-25 2022-11-25 2022-12-25",
    "每季度第4个月的20日前报送 | 暂无 | refused",
    "每季度第1个月的20日前,将上季度的完成情况报送 | 暂无 | deliverable 2022-01-20 2022-04-20 2022-07-20 2022-10-20",
    // how early the work is done is no date of its own
    "11月底提前一个月完成全年目标 | 暂无 | deliverable 2022-11-30",
    "提前一个月完成 | 暂无 | refused",
    // 今年 is the plan year, like 全年; 今年以来 since its start
    "今年,3个城市之家将建成投用 | 暂无 | deliverable 2022-12-31",
    "今年,9月底前完成验收 | 暂无 | deliverable 2022-09-30",
    "今年以来,已完工20个 | 暂无 | start 2022-01",
    // seasons and feasts have no day the plan year fixes: refused, naming them
    "今年汛前完成主体工程 | 暂无 | refused",
    "春节前完成发放 | 暂无 | refused",
    // a document's name, a plan followed and a period reported on are no times
    "9月底前报送《2021年工作总结》 | 暂无 | deliverable 2022-09-30",
    "根据季度序时进度安排,截至三季度末 | 暂无 | deliverable 2022-09-30",
    "3月28日,县政府印发了《实施方案》 | 暂无 | refused",
    // a time limit per case beside a date is what is done by then
    "9月底前，实现开办企业1天办结 | 暂无 | deliverable 2022-09-30",
    "3天办结 | 暂无 | ongoing",
    // steps due on one day are one step
    "3月底前完成规划设计,3月底完成道路建设 | 暂无 | deliverable 2022-03-31",
  })
  void reads(String text, String target, String expected) {
    Target t = TargetParser.parse(target).orElseThrow();
    ScheduleParser.Result r = ScheduleParser.parse(text, 2022, t);
    assertEquals(expected, PhraseTableTest.schedule(r), r.notes().toString());
  }

  @Test
  void aPhraseNotReadEntirelyNamesThePartAndHasNoPlan() {
    ScheduleParser.Result r = ScheduleParser.parse("3个月内完成", 2022, PEOPLE);
    assertEquals(List.of("cannot read '3个月' in the schedule phrase '3个月内完成'"),
        r.notes().stream().map(Msg::en).toList());
    assertEquals(ScheduleKind.ONGOING, r.schedule().kind());
    assertTrue(r.schedule().milestones().isEmpty());
  }

  @Test
  void aSeasonIsNamedInTheNote() {
    ScheduleParser.Result r = ScheduleParser.parse("计划今年汛前完成全部主体工程", 2023, null);
    assertEquals(List.of("cannot read '汛前' in the schedule phrase '计划今年汛前完成全部主体工程'"),
        r.notes().stream().map(Msg::en).toList());
  }

  @Test
  void stepsDueOnOneDayAreOneStepThatDeliversBoth() {
    ScheduleParser.Result r =
        ScheduleParser.parse("3月底前完成规划设计,3月底完成道路建设", 2022, null);
    assertEquals(List.of(new Milestone(LocalDate.of(2022, 3, 31), null, "完成规划设计；完成道路建设")),
        r.schedule().milestones());
  }

  @Test
  void nMonthBeforeSaysWhichReadingItChose() {
    ScheduleParser.Result r = ScheduleParser.parse("9月前完成", 2022, null);
    assertEquals(List.of("'9月前' is read as due by the end of month 9 (2022-09-30); it could also "
        + "mean before month 9 begins (2022-08-31): write 9月底前 or 8月底前 to say which"),
        r.ambiguities().stream().map(Msg::en).toList());
    assertTrue(r.notes().isEmpty());
  }

  @Test
  void aSpanOfYearsBegunBeforeThePlanYearSaysWhatThePlanHas() {
    ScheduleParser.Result r = ScheduleParser.parse("2013—2017年", 2015, null);
    assertEquals(List.of("'2013—2017年' began before the plan year 2015: the plan is read from "
        + "2015-01 to 2017-12"), r.ambiguities().stream().map(Msg::en).toList());
    assertEquals(List.of("'2013—2017年' is before the plan year 2018",
        "cannot read schedule phrase '2013—2017年'"),
        ScheduleParser.parse("2013—2017年", 2018, null).notes().stream().map(Msg::en).toList());
  }

  @Test
  void aPlanThatDoesNotAddUpToItsTargetIsReadWithAWarning() {
    ScheduleParser.Result r = ScheduleParser.parse("5月：上线2个；6月：上线3个", 2022, EIGHT);
    assertEquals("cumulative 2022-05-31=2 2022-06-30=5 ?", PhraseTableTest.schedule(r));
    assertEquals(List.of("the plan adds up to 5 but the target is 8"),
        r.ambiguities().stream().map(Msg::en).toList());
  }

  // ---- seeded properties ----

  private static final String[] PARTS = {"", "底", "末", "上旬", "中旬", "下旬", "份"};
  private static final String[] BEFORE = {"", "前", "之前", "以前"};
  private static final String[] VERBS = {"完成", "出台方案", "上线运行", "投入使用", ""};

  @Test
  void aDueDateIsAlwaysInsideItsStatedMonth() {
    Random random = new Random(20221130L);
    for (int i = 0; i < 3000; i++) {
      int year = 2000 + random.nextInt(60);
      int month = 1 + random.nextInt(12);
      boolean later = random.nextInt(4) == 0;
      int stated = later ? year + 1 + random.nextInt(3) : year;
      String m = random.nextBoolean() ? String.valueOf(month) : chinese(month);
      String text = (later ? stated + "年" : "") + m + "月" + PARTS[random.nextInt(PARTS.length)]
          + BEFORE[random.nextInt(BEFORE.length)] + VERBS[random.nextInt(VERBS.length)];
      ScheduleParser.Result r = ScheduleParser.parse(text, year, null);
      assertTrue(r.notes().isEmpty(), text + " " + r.notes());
      List<Milestone> ms = r.schedule().milestones();
      assertEquals(1, ms.size(), text);
      assertEquals(YearMonth.of(stated, month), YearMonth.from(ms.get(0).due()), text);
    }
  }

  @Test
  void cumulativeMilestonesNeverDecrease() {
    Random random = new Random(20220630L);
    for (int i = 0; i < 2000; i++) {
      StringBuilder text = new StringBuilder();
      int steps = 1 + random.nextInt(5);
      int month = 0;
      long total = 0;
      boolean falls = false;
      for (int k = 0; k < steps && month < 12; k++) {
        month += 1 + random.nextInt(Math.max(1, (12 - month) / 2));
        month = Math.min(month, 12);
        long n = 1 + random.nextInt(500);
        boolean cumulative = random.nextBoolean();
        if (cumulative) {
          falls |= n < total;
          total = n;
        } else {
          total += n;
        }
        text.append(month).append("月底前").append(cumulative ? "累计" : "").append("完成")
            .append(n).append("人次；");
      }
      ScheduleParser.Result r = ScheduleParser.parse(text.toString(), 2022, PEOPLE);
      if (falls) {
        assertFalse(r.notes().isEmpty(), text.toString());
        assertTrue(r.schedule().milestones().isEmpty(), text.toString());
        continue;
      }
      assertTrue(r.notes().isEmpty(), text + " " + r.notes());
      long before = 0;
      for (Milestone m : r.schedule().milestones()) {
        assertTrue(m.cumulative() >= before, text.toString());
        before = m.cumulative();
      }
      assertEquals(total, before, text.toString());
    }
  }

  private static String chinese(int month) {
    String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};
    return digits[month];
  }

  @Test
  void laterYearsAreKeptAndDatesStayInTheirYear() {
    LocalDate due = ScheduleParser.dueDate("2023年4月底前", 2022).orElseThrow();
    assertEquals(LocalDate.of(2023, 4, 30), due);
  }
}
