package dev.qingdan.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qingdan.phrase.ScheduleParser.Result;
import dev.qingdan.model.Milestone;
import dev.qingdan.model.Op;
import dev.qingdan.model.Schedule;
import dev.qingdan.model.ScheduleKind;
import dev.qingdan.model.Target;
import dev.qingdan.text.Msg;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScheduleParserTest {
  private static final int YEAR = 2022;
  private static final Target NONE = new Target("暂无", null, null, null);
  private static final Target ALL = new Target("100%", Op.AT_LEAST, new BigDecimal("100"), "%");
  private static final Target SEVENTY =
      new Target("≥70%", Op.AT_LEAST, new BigDecimal("70"), "%");
  private static final Target EXTERNAL = new Target("按市级文件执行", null, null, null);
  private static final Target PEOPLE =
      new Target("3000人次", Op.AT_LEAST, new BigDecimal("3000"), "人次");
  private static final Target EIGHT = new Target("8个", Op.AT_LEAST, new BigDecimal("8"), "个");

  // ---- every schedule cell of the seed (附件1), read with the year 2022 ----

  @Test
  void rows1to4_declaredByTaxpayer() {
    expect("依纳税人申报享受", ALL, ScheduleKind.ONGOING, null, null);
  }

  @Test
  void rows5and6_appliedForByTaxpayer() {
    expect("依纳税人申请享受", ALL, ScheduleKind.ONGOING, null, null);
  }

  @Test
  void row7_1_twoHalvesAreTwoDeliverables() {
    expect(
        "上半年完成主体工作,下半年完成新增中高风险地区、新承租户的减免",
        ALL,
        ScheduleKind.DELIVERABLE,
        null,
        null,
        deliverable(6, 30, "完成主体工作"),
        deliverable(12, 31, "完成新增中高风险地区、新承租户的减免"));
  }

  @Test
  void row7_2_onRequestAllYear() {
    expect("全年依申请限时办理", ALL, ScheduleKind.ONGOING, ym(1), ym(12));
  }

  @Test
  void row8_1_monthRangeWithSpace() {
    expect("5-12 月", ALL, ScheduleKind.WINDOW, ym(5), ym(12));
  }

  @Test
  void row8_2_windowWithActivity() {
    expect("6 月-12 月：开展稳岗返还发放工作", NONE, ScheduleKind.WINDOW, ym(6), ym(12));
  }

  @Test
  void row8_3_startMonth() {
    expect("5 月起，根据国家部署开展缓缴工作", NONE, ScheduleKind.START, ym(5), null);
  }

  @Test
  void row9_1_everyMonthByTheGridCompany() {
    expect("每月由电网企业在计算个体工商户电费时直接扣除", ALL, ScheduleKind.RECURRING, null, null);
  }

  @Test
  void row9_2_everyMonthByPublicUtilities() {
    expect(
        "每月由公共企业在计算个体工商户费用时直接扣除，实施“欠费不停供”",
        ALL,
        ScheduleKind.RECURRING,
        null,
        null);
  }

  @Test
  void row10_afterInspection() {
    expect("在餐饮住宿业个体工商户送检后，即时兑现", ALL, ScheduleKind.ONGOING, null, null);
  }

  @Test
  void row11_asTestingRequires() {
    expect("根据防疫检测频次要求，即时享受免费检测", ALL, ScheduleKind.ONGOING, null, null);
  }

  @Test
  void row12_wholeYearNoTarget() {
    expect("全年", NONE, ScheduleKind.WINDOW, ym(1), ym(12));
  }

  @Test
  void row13_wholeYearCountTargetGetsFinalMilestone() {
    expect(
        "全年分批实施", PEOPLE, ScheduleKind.WINDOW, ym(1), ym(12), count(12, 31, 3000));
  }

  @Test
  void row14_wholeYearImplementation() {
    expect("全年实施", NONE, ScheduleKind.WINDOW, ym(1), ym(12));
  }

  @Test
  void row15_wholeYearExternalTarget() {
    expect("全年实施", EXTERNAL, ScheduleKind.WINDOW, ym(1), ym(12));
  }

  @Test
  void row16_asCentralBankPolicyChanges() {
    expect("根据央行政策调整即时落实", NONE, ScheduleKind.ONGOING, null, null);
  }

  @Test
  void row17_asBusinessesNeed() {
    expect("根据个体工商户需求创新金融产品", NONE, ScheduleKind.ONGOING, null, null);
  }

  @Test
  void row18_keepPushing() {
    expect("持续推进", NONE, ScheduleKind.ONGOING, null, null);
  }

  @Test
  void row19_deliverableByEndOfSeptember() {
    expect(
        "9月底前出台歇业登记细化配套政策。",
        NONE,
        ScheduleKind.DELIVERABLE,
        null,
        null,
        deliverable(9, 30, "出台歇业登记细化配套政策"));
  }

  @Test
  void row20_cumulativePlan() {
    expect(
        "5月：上线2个应用场景； 6月-11月：各上线1个应用场景",
        EIGHT,
        ScheduleKind.CUMULATIVE,
        null,
        null,
        count(5, 31, 2),
        count(6, 30, 3),
        count(7, 31, 4),
        count(8, 31, 5),
        count(9, 30, 6),
        count(10, 31, 7),
        count(11, 30, 8));
  }

  @Test
  void rows21and22_continuous() {
    expect("持续", ALL, ScheduleKind.ONGOING, null, null);
  }

  @Test
  void row23_orderlyEveryMonth() {
    expect("每月有序推进", NONE, ScheduleKind.RECURRING, null, null);
  }

  @Test
  void row24_1_targetHoldsEveryMonth() {
    expect(
        "1月-12月，保持每月双随机监管信用风险分类结果应用率≥70%。",
        SEVENTY,
        ScheduleKind.EACH_MONTH,
        ym(1),
        ym(12));
  }

  @Test
  void row24_2_targetHoldsEveryMonth() {
    expect(
        "1月-12月，保持每月个体工商户申请恢复正常记载全部即时办结。",
        ALL,
        ScheduleKind.EACH_MONTH,
        ym(1),
        ym(12));
  }

  @Test
  void goalG1_wholeYearTraining() {
    expect("全年", PEOPLE, ScheduleKind.WINDOW, ym(1), ym(12), count(12, 31, 3000));
  }

  // ---- other phrases ----

  @Test
  void endOfFebruaryFollowsLeapYears() {
    assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), ScheduleParser.dueDate("2月底前", 2024));
    assertEquals(Optional.of(LocalDate.of(2022, 2, 28)), ScheduleParser.dueDate("2月底前", 2022));
    Schedule s = ScheduleParser.parse("2月底前完成摸排", 2024, NONE).schedule();
    assertEquals(
        List.of(new Milestone(LocalDate.of(2024, 2, 29), null, "完成摸排")), s.milestones());
  }

  @Test
  void dueDatesOfSinglePhrases() {
    assertEquals(Optional.of(date(5, 31)), ScheduleParser.dueDate("5月", YEAR));
    assertEquals(Optional.of(date(9, 30)), ScheduleParser.dueDate("9月底", YEAR));
    assertEquals(Optional.of(date(9, 30)), ScheduleParser.dueDate("9月前", YEAR));
    assertEquals(Optional.of(date(9, 30)), ScheduleParser.dueDate("9月份", YEAR));
    assertEquals(Optional.of(date(9, 30)), ScheduleParser.dueDate("９月底前", YEAR));
    assertEquals(Optional.of(date(11, 30)), ScheduleParser.dueDate("十一月底前", YEAR));
    assertEquals(Optional.of(date(6, 15)), ScheduleParser.dueDate("6月15日前", YEAR));
    assertEquals(Optional.of(date(6, 30)), ScheduleParser.dueDate("上半年", YEAR));
    assertEquals(Optional.of(date(12, 31)), ScheduleParser.dueDate("下半年", YEAR));
    assertEquals(Optional.of(date(12, 31)), ScheduleParser.dueDate("全年", YEAR));
    assertEquals(Optional.of(date(12, 31)), ScheduleParser.dueDate("年底前", YEAR));
    assertEquals(Optional.of(date(12, 31)), ScheduleParser.dueDate("年内", YEAR));
    assertEquals(Optional.of(date(12, 31)), ScheduleParser.dueDate("5-12 月", YEAR));
    assertEquals(Optional.of(date(9, 30)), ScheduleParser.dueDate("第三季度", YEAR));
    assertEquals(Optional.empty(), ScheduleParser.dueDate("5月起", YEAR));
    assertEquals(Optional.empty(), ScheduleParser.dueDate("13月", YEAR));
    assertEquals(Optional.empty(), ScheduleParser.dueDate("持续", YEAR));
    assertEquals(Optional.empty(), ScheduleParser.dueDate("2月30日前", YEAR));
    assertEquals(Optional.empty(), ScheduleParser.dueDate(null, YEAR));
  }

  @Test
  void chineseMonthDeadline() {
    expect(
        "十一月底前完成验收",
        NONE,
        ScheduleKind.DELIVERABLE,
        null,
        null,
        deliverable(11, 30, "完成验收"));
  }

  @Test
  void bareDueDateIsADeliverableWithoutText() {
    expect("年底前", NONE, ScheduleKind.DELIVERABLE, null, null, deliverable(12, 31, null));
  }

  @Test
  void bareDueDateWithCountTargetIsAOneStepPlan() {
    expect("10月底前", EIGHT, ScheduleKind.CUMULATIVE, null, null, count(10, 31, 8));
  }

  @Test
  void rangeSpellings() {
    for (String text : List.of("5月-12月", "5-12月", "5至12月", "5月至12月", "5 － 12 月", "五月至十二月")) {
      expect(text, NONE, ScheduleKind.WINDOW, ym(5), ym(12));
    }
  }

  @Test
  void rangeToADayIsDueThatDay() {
    expect("5月1日至6月15日", PEOPLE, ScheduleKind.WINDOW, ym(5), ym(6), count(6, 15, 3000));
    expect(
        "5月1日-6月15日完成培训",
        NONE,
        ScheduleKind.DELIVERABLE,
        null,
        null,
        deliverable(6, 15, "完成培训"));
  }

  @Test
  void halves() {
    expect("上半年", NONE, ScheduleKind.WINDOW, ym(1), ym(6));
    expect("下半年", PEOPLE, ScheduleKind.WINDOW, ym(7), ym(12), count(12, 31, 3000));
  }

  @Test
  void startSpellings() {
    expect("自6月起", NONE, ScheduleKind.START, ym(6), null);
    expect("7月起", NONE, ScheduleKind.START, ym(7), null);
  }

  @Test
  void chineseNumeralsInAPlan() {
    expect(
        "五月：上线两个应用场景；六月至八月：各上线一个应用场景",
        EIGHT,
        ScheduleKind.CUMULATIVE,
        null,
        null,
        List.of(),
        count(5, 31, 2),
        count(6, 30, 3),
        count(7, 31, 4),
        count(8, 31, 5));
  }

  @Test
  void eachMonthSpellings() {
    expect("每月均达到100%", ALL, ScheduleKind.EACH_MONTH, ym(1), ym(12));
    expect("6-12月每月都办结", ALL, ScheduleKind.EACH_MONTH, ym(6), ym(12));
  }

  @Test
  void monthOutOfRangeIsANote() {
    Result r = parse("13月", NONE);
    assertEquals(ScheduleKind.ONGOING, r.schedule().kind());
    assertTrue(r.schedule().milestones().isEmpty());
    assertTrue(notes(r).stream().anyMatch(n -> n.contains("13")), notes(r).toString());
    assertTrue(notes(r).contains("cannot read schedule phrase '13月'"), notes(r).toString());
  }

  @Test
  void windowEndingBeforeItStartsIsANote() {
    Result r = parse("12-5月", NONE);
    assertEquals(ScheduleKind.ONGOING, r.schedule().kind());
    assertEquals(
        List.of(
            "'12-5月' ends in month 5 before it starts in month 12",
            "cannot read schedule phrase '12-5月'"),
        notes(r));
  }

  @Test
  void garbageIsANote() {
    Result r = parse("按照要求做好相关工作", NONE);
    assertEquals(
        new Schedule("按照要求做好相关工作", ScheduleKind.ONGOING, null, null, List.of()),
        r.schedule());
    assertEquals(List.of("cannot read schedule phrase '按照要求做好相关工作'"), notes(r));
    Result weird = parse("\u0000\uD800月\uFFFF起-\u200B~", NONE);
    assertEquals(ScheduleKind.ONGOING, weird.schedule().kind());
    assertFalse(notes(weird).isEmpty());
  }

  @Test
  void emptyTextIsNoSchedule() {
    for (String text : List.of("", "  ", "\u3000")) {
      Result r = parse(text, NONE);
      assertEquals(ScheduleKind.ONGOING, r.schedule().kind());
      assertEquals(List.of("no schedule"), notes(r));
    }
    assertEquals(List.of("no schedule"), notes(ScheduleParser.parse(null, YEAR, null)));
  }

  @Test
  void aLaterYearIsReadAndAnEarlierOneIsANote() {
    Schedule later = parse("2023年6月底前完成", NONE).schedule();
    assertEquals(
        List.of(new Milestone(LocalDate.of(2023, 6, 30), null, "完成")), later.milestones());
    Result r = parse("2021年6月底前完成", NONE);
    assertEquals(ScheduleKind.ONGOING, r.schedule().kind());
    assertEquals(
        List.of(
            "'2021年6月底前' is before the plan year 2022",
            "cannot read schedule phrase '2021年6月底前完成'"),
        notes(r));
  }

  @Test
  void uncountedPlanStepIsANote() {
    // Never a plan read in part: the row has no dated plan, and the note says why.
    Result r = parse("5月：上线2个应用场景；6月：完成验收", EIGHT);
    assertEquals(ScheduleKind.ONGOING, r.schedule().kind());
    assertEquals(List.of(), r.schedule().milestones());
    assertEquals(List.of("'6月：完成验收' has no count and is left out of the plan"), notes(r));
  }

  @Test
  void yearsOtherThanThePlanYearAreNotItsEnd() {
    Result r = parse("三年内完成", NONE);
    assertEquals(ScheduleKind.ONGOING, r.schedule().kind());
    assertEquals(List.of("cannot read '三年' in the schedule phrase '三年内完成'"), notes(r));
    expect("今年内完成", NONE, ScheduleKind.DELIVERABLE, null, null, deliverable(12, 31, "完成"));
  }

  @Test
  void wordsWithNumeralsAreNotMonths() {
    Result r = parse("统一月报", NONE);
    assertEquals(List.of("cannot read '一月' in the schedule phrase '统一月报'"), notes(r));
  }

  @Test
  void chineseNumbers() {
    assertEquals(11, ScheduleParser.chineseNumber("十一"));
    assertEquals(2, ScheduleParser.chineseNumber("两"));
    assertEquals(105, ScheduleParser.chineseNumber("一百零五"));
    assertEquals(30_000, ScheduleParser.chineseNumber("三万"));
    assertEquals(-1, ScheduleParser.chineseNumber("二〇二二"));
  }

  // ---- never throws; milestones ascend and stay in the year ----

  private static final String ALPHABET_TOKENS =
      "月,日,号,底,前,起,自,至,到,-,－,~,：,，,；,。, ,\u3000,各,个,上线,上半年,下半年,全年,年底,年内,"
          + "每月,保持,持续,即时,依申请,完成,出台,第,季度,十,十一,十二,两,一,五,0,1,2,5,9,12,13,31,"
          + "2022年,2023年,万,人次,份,中旬,上旬";

  @Test
  void neverThrowsOnRandomCjkAndDigits() {
    String marks = "月日底前起至-：，； \u3000个各0123456789";
    Random random = new Random(20220531L);
    for (int i = 0; i < 5000; i++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(40);
      for (int k = 0; k < n; k++) {
        b.append(random.nextBoolean()
            ? marks.charAt(random.nextInt(marks.length()))
            : (char) ('\u4e00' + random.nextInt(0x9fff - 0x4e00)));
      }
      checkInvariants(b.toString(), YEAR);
      checkInvariants(b.toString(), 2024);
    }
  }

  @Test
  void neverThrowsOnSeededRandomText() {
    // A fixed seed, so that a failure reproduces.
    String[] tokens = ALPHABET_TOKENS.split(",");
    Random random = new Random(20220525L);
    for (int i = 0; i < 5000; i++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(10);
      for (int k = 0; k < n; k++) {
        b.append(
            random.nextInt(4) == 0
                ? String.valueOf((char) random.nextInt(0x10000))
                : tokens[random.nextInt(tokens.length)]);
      }
      checkInvariants(b.toString(), YEAR);
    }
  }

  private static void checkInvariants(String text, int year) {
    for (Target target : List.of(NONE, PEOPLE)) {
      Result r = ScheduleParser.parseUnguarded(text, year, target);
      assertEquals(r, ScheduleParser.parse(text, year, target));
      assertNotNull(r.schedule());
      assertEquals(text, r.schedule().text());
      List<Milestone> ms = r.schedule().milestones();
      for (int i = 0; i < ms.size(); i++) {
        // A date is in the plan year, or in a later year the text names.
        assertTrue(ms.get(i).due().getYear() >= year, text);
        if (i > 0) {
          assertFalse(ms.get(i).due().isBefore(ms.get(i - 1).due()), text);
        }
      }
      if (r.schedule().from() != null) {
        assertTrue(r.schedule().from().getYear() >= year, text);
      }
      if (r.schedule().to() != null) {
        assertTrue(r.schedule().to().getYear() >= year, text);
        assertFalse(r.schedule().to().isBefore(r.schedule().from()), text);
      }
    }
    ScheduleParser.dueDate(text, year).ifPresent(d -> assertTrue(d.getYear() >= year, text));
    if (!r0(text, year).notes().isEmpty()) {
      // never a plan read in part
      assertEquals(ScheduleKind.ONGOING, r0(text, year).schedule().kind(), text);
      assertTrue(r0(text, year).schedule().milestones().isEmpty(), text);
    }
  }

  // ---- helpers ----

  private static Result r0(String text, int year) {
    return ScheduleParser.parse(text, year, PEOPLE);
  }

  private static Result parse(String text, Target target) {
    return ScheduleParser.parse(text, YEAR, target);
  }

  private static void expect(
      String text,
      Target target,
      ScheduleKind kind,
      YearMonth from,
      YearMonth to,
      Milestone... milestones) {
    expect(text, target, kind, from, to, List.of(), milestones);
  }

  private static void expect(
      String text,
      Target target,
      ScheduleKind kind,
      YearMonth from,
      YearMonth to,
      List<String> notes,
      Milestone... milestones) {
    Result r = parse(text, target);
    assertEquals(
        new Schedule(text, kind, from, to, new ArrayList<>(List.of(milestones))),
        r.schedule(),
        text);
    assertEquals(notes, notes(r), text);
  }

  /** The notes in English. */
  private static List<String> notes(Result r) {
    return r.notes().stream().map(Msg::en).toList();
  }

  private static YearMonth ym(int month) {
    return YearMonth.of(YEAR, month);
  }

  private static LocalDate date(int month, int day) {
    return LocalDate.of(YEAR, month, day);
  }

  private static Milestone count(int month, int day, long cumulative) {
    return new Milestone(date(month, day), cumulative, null);
  }

  private static Milestone deliverable(int month, int day, String text) {
    return new Milestone(date(month, day), null, text);
  }

}
