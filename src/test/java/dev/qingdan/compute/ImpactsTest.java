package dev.qingdan.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.qingdan.phrase.TargetParser;
import dev.qingdan.model.Definition;
import dev.qingdan.model.Milestone;
import dev.qingdan.model.Schedule;
import dev.qingdan.model.ScheduleKind;
import dev.qingdan.model.Target;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class ImpactsTest {
  private static Target t(String text) {
    return TargetParser.parse(text).orElseThrow();
  }

  private static Impact target(String o, String n) {
    return Impacts.target(t(o), t(n));
  }

  @Test
  void targets() {
    assertEquals(Impact.TIGHTENING, target("8个", "10个"));
    assertEquals(Impact.LOOSENING, target("100%", "95%"));
    assertEquals(Impact.TIGHTENING, target("≥70%", "≥75%"));
    assertEquals(Impact.NEUTRAL, target("100%", "≥100%"));
    assertEquals(Impact.TIGHTENING, target("1万户以上", "12000户"));
    assertEquals(Impact.NEUTRAL, target("8个", "8项"));
    assertEquals(Impact.NEUTRAL, target("8个", "80%"));
    assertEquals(Impact.TIGHTENING, target("暂无", "8个"));
    assertEquals(Impact.LOOSENING, target("100%", "暂无"));
    assertEquals(Impact.TIGHTENING, target("暂无", "按市级文件执行"));
    assertEquals(Impact.LOOSENING, target("按市级文件执行", "暂无"));
    // a measured target replaced by the city's reference leaves nothing measured here
    assertEquals(Impact.LOOSENING, target("100%", "按市级文件执行"));
    assertEquals(Impact.LOOSENING, target("3000人次", "按市级文件执行"));
    assertEquals(Impact.TIGHTENING, target("按市级文件执行", "90%"));
    assertEquals(Impact.NEUTRAL, target("暂无", "-"));
  }

  private static Schedule deliverable(String... dues) {
    return new Schedule("text", ScheduleKind.DELIVERABLE, null, null,
        java.util.Arrays.stream(dues).map(d -> new Milestone(LocalDate.parse(d), null, "x"))
            .toList());
  }

  private static Schedule cumulative(Object... dueAmount) {
    List<Milestone> ms = new java.util.ArrayList<>();
    for (int i = 0; i < dueAmount.length; i += 2) {
      ms.add(new Milestone(LocalDate.parse((String) dueAmount[i]),
          ((Integer) dueAmount[i + 1]).longValue(), null));
    }
    return new Schedule("text", ScheduleKind.CUMULATIVE, null, null, ms);
  }

  private static Schedule window(String from, String to, ScheduleKind kind, Milestone... ms) {
    return new Schedule("text", kind, from == null ? null : YearMonth.parse(from),
        to == null ? null : YearMonth.parse(to), List.of(ms));
  }

  private static final Schedule ONGOING = new Schedule("持续", ScheduleKind.ONGOING, null, null,
      List.of());

  @Test
  void schedules() {
    Target none = t("暂无");
    assertEquals(Impact.LOOSENING, Impacts.schedule(deliverable("2022-09-30"), none,
        deliverable("2022-10-31"), none));
    assertEquals(Impact.TIGHTENING, Impacts.schedule(deliverable("2022-09-30"), none,
        deliverable("2022-08-31"), none));
    assertEquals(Impact.NEUTRAL, Impacts.schedule(deliverable("2022-09-30"), none,
        new Schedule("其他文字", ScheduleKind.DELIVERABLE, null, null,
            List.of(new Milestone(LocalDate.of(2022, 9, 30), null, "y"))), none));
    // one earlier, one later: mixed (a gate on loosening sees it, Review says)
    assertEquals(Impact.MIXED, Impacts.schedule(deliverable("2022-06-30", "2022-12-31"), none,
        deliverable("2022-05-31", "2023-01-31"), none));
    // a second deliverable by the same final date: more due by then
    assertEquals(Impact.TIGHTENING, Impacts.schedule(deliverable("2022-12-31"), none,
        deliverable("2022-06-30", "2022-12-31"), none));
    assertEquals(Impact.LOOSENING, Impacts.schedule(deliverable("2022-06-30", "2022-12-31"), none,
        deliverable("2022-12-31"), none));
    assertEquals(Impact.TIGHTENING, Impacts.schedule(ONGOING, none, deliverable("2022-12-31"),
        none));
    assertEquals(Impact.LOOSENING, Impacts.schedule(deliverable("2022-12-31"), none, ONGOING,
        none));
  }

  @Test
  void countPlans() {
    Target eight = t("8个");
    Target ten = t("10个");
    assertEquals(Impact.TIGHTENING, Impacts.schedule(cumulative("2022-05-31", 2, "2022-11-30", 8),
        eight, cumulative("2022-05-31", 4, "2022-11-30", 10), ten));
    // more in the end but less at first: mixed
    assertEquals(Impact.MIXED, Impacts.schedule(cumulative("2022-05-31", 2, "2022-11-30", 8),
        eight, cumulative("2022-05-31", 1, "2022-11-30", 10), ten));
    assertEquals(Impact.LOOSENING, Impacts.schedule(cumulative("2022-05-31", 2, "2022-11-30", 8),
        eight, cumulative("2022-06-30", 2, "2022-11-30", 8), eight));
    Target t3000 = t("3000人次");
    Milestone dec = new Milestone(LocalDate.of(2022, 12, 31), 3000L, null);
    Schedule year = window("2022-01", "2022-12", ScheduleKind.WINDOW, dec);
    // pro rata over Jan-Dec, then over May-Dec: less planned by every month end before December
    assertEquals(Impact.LOOSENING, Impacts.schedule(year, t3000,
        window("2022-05", "2022-12", ScheduleKind.WINDOW, dec), t3000));
    assertEquals(Impact.TIGHTENING, Impacts.schedule(
        window("2022-05", "2022-12", ScheduleKind.WINDOW, dec), t3000, year, t3000));
    // the same plan with a higher total
    assertEquals(Impact.TIGHTENING, Impacts.schedule(year, t3000, window("2022-01", "2022-12",
        ScheduleKind.WINDOW, new Milestone(LocalDate.of(2022, 12, 31), 3600L, null)),
        t("3600人次")));
    assertEquals(new org.apache.commons.math3.fraction.BigFraction(750),
        Impacts.planned(Plan.of(year, t3000), LocalDate.of(2022, 3, 31)));
    // a count target over a window without milestones is planned to the window's end
    assertEquals(Impact.LOOSENING, Impacts.schedule(
        window("2022-01", "2022-06", ScheduleKind.WINDOW), t3000,
        window("2022-01", "2022-12", ScheduleKind.WINDOW), t3000));
    // an interim milestone above the pro-rata plan (May-December): more by June, the same after
    Schedule interim = new Schedule("text", ScheduleKind.CUMULATIVE, YearMonth.of(2022, 5),
        YearMonth.of(2022, 12), List.of(new Milestone(LocalDate.of(2022, 6, 30), 1500L, null),
        dec));
    Schedule mayToDec = window("2022-05", "2022-12", ScheduleKind.WINDOW, dec);
    assertEquals(Impact.TIGHTENING, Impacts.schedule(mayToDec, t3000, interim, t3000));
    assertEquals(Impact.LOOSENING, Impacts.schedule(interim, t3000, mayToDec, t3000));
    // the milestone on the pro-rata line (January-December) changes nothing
    assertEquals(Impact.NEUTRAL, Impacts.schedule(year, t3000, new Schedule("text",
        ScheduleKind.CUMULATIVE, YearMonth.of(2022, 1), YearMonth.of(2022, 12),
        List.of(new Milestone(LocalDate.of(2022, 6, 30), 1500L, null), dec)), t3000));
    // counts against deliverables: by the last due date
    assertEquals(Impact.LOOSENING, Impacts.schedule(cumulative("2022-11-30", 8), eight,
        deliverable("2022-12-31"), eight));
  }

  @Test
  void aPlanRaisedAtSomeDatesAndLoweredAtOthersIsMixed() {
    Target eight = t("8个");
    // 2, 3, … 8 by November against 3, 4, 5, 6 by August and 8 by December, rising by month
    // between August and December: more from May to September, less at the end of November
    Impacts.Judgement j = Impacts.plan(cumulative("2022-05-31", 2, "2022-06-30", 3,
        "2022-07-31", 4, "2022-08-31", 5, "2022-09-30", 6, "2022-10-31", 7, "2022-11-30", 8),
        eight, cumulative("2022-05-31", 3, "2022-06-30", 4, "2022-07-31", 5, "2022-08-31", 6,
            "2022-12-31", 8), eight);
    assertEquals(Impact.MIXED, j.impact());
    assertEquals(List.of("2022-05-31", "2022-06-30", "2022-07-31", "2022-08-31", "2022-09-30"),
        j.raised().stream().map(p -> p.date().toString()).toList());
    assertEquals(new BigFraction(13, 2), j.raised().get(4).neu());
    assertEquals(List.of(new ChangeDetail.Point(LocalDate.of(2022, 11, 30), new BigFraction(8),
        new BigFraction(15, 2))), j.lowered());
    // the interim milestone raised and the final one lowered, as one edit
    Impacts.Judgement k = Impacts.plan(window("2022-01", "2022-12", ScheduleKind.CUMULATIVE,
        new Milestone(LocalDate.of(2022, 6, 30), 1500L, null),
        new Milestone(LocalDate.of(2022, 12, 31), 3000L, null)), t("3000人次"),
        window("2022-01", "2022-12", ScheduleKind.CUMULATIVE,
            new Milestone(LocalDate.of(2022, 6, 30), 2000L, null),
            new Milestone(LocalDate.of(2022, 12, 31), 2800L, null)), t("2800人次"));
    assertEquals(Impact.MIXED, k.impact());
    assertEquals(new ChangeDetail.Point(LocalDate.of(2022, 6, 30), new BigFraction(1500),
        new BigFraction(2000)), k.raised().get(5));
    assertEquals(new ChangeDetail.Point(LocalDate.of(2022, 12, 31), new BigFraction(3000),
        new BigFraction(2800)), k.lowered().get(k.lowered().size() - 1));
    // only one way: no dates named
    assertEquals(List.of(), Impacts.plan(cumulative("2022-05-31", 2), eight,
        cumulative("2022-05-31", 3), t("3个")).raised());
    // a window held longer at the start and shorter at the end
    assertEquals(Impact.MIXED, Impacts.schedule(window("2022-05", "2022-12",
        ScheduleKind.EACH_MONTH), t("≥70%"), window("2022-04", "2022-11", ScheduleKind.EACH_MONTH),
        t("≥70%")));
  }

  @Test
  void windowsWithoutDueDates() {
    Target none = t("暂无");
    assertEquals(Impact.TIGHTENING, Impacts.schedule(
        window("2022-02", "2022-12", ScheduleKind.EACH_MONTH), t("≥70%"),
        window("2022-01", "2022-12", ScheduleKind.EACH_MONTH), t("≥70%")));
    assertEquals(Impact.LOOSENING, Impacts.schedule(
        window("2022-01", "2022-12", ScheduleKind.EACH_MONTH), t("≥70%"),
        window("2022-01", "2022-11", ScheduleKind.EACH_MONTH), t("≥70%")));
    assertEquals(Impact.LOOSENING, Impacts.schedule(window("2022-05", null, ScheduleKind.START),
        none, window("2022-06", null, ScheduleKind.START), none));
    assertEquals(Impact.TIGHTENING, Impacts.schedule(window("2022-05", "2022-12",
        ScheduleKind.WINDOW), none, window("2022-05", "2022-10", ScheduleKind.WINDOW), none));
    // a rate is held over its window: fewer months held loosens, more tightens
    assertEquals(Impact.LOOSENING, Impacts.schedule(window("2022-05", "2022-12",
        ScheduleKind.WINDOW), t("100%"), window("2022-05", "2022-10", ScheduleKind.WINDOW),
        t("100%")));
    assertEquals(Impact.TIGHTENING, Impacts.schedule(window("2022-05", "2022-10",
        ScheduleKind.WINDOW), t("≥70%"), window("2022-04", "2022-12", ScheduleKind.WINDOW),
        t("≥70%")));
    assertEquals(Impact.NEUTRAL, Impacts.schedule(ONGOING, none,
        window("2022-01", "2022-12", ScheduleKind.WINDOW), none));
  }

  @Test
  void definitions() {
    Definition ratio = new Definition("A/B", "A", "B");
    assertEquals(Impact.DEFINITIONAL, Impacts.definition(ratio, new Definition("A/C", "A", "C")));
    assertEquals(Impact.DEFINITIONAL, Impacts.definition(ratio, new Definition("C/B", "C", "B")));
    assertEquals(Impact.NEUTRAL, Impacts.definition(ratio, new Definition("率=A/B。", "A", "B")));
    assertEquals(Impact.DEFINITIONAL, Impacts.definition(ratio, new Definition("A", null, null)));
    assertEquals(Impact.DEFINITIONAL, Impacts.definition(new Definition("全年培训从业人员数", null,
        null), new Definition("全年培训人次", null, null)));
    assertEquals(Impact.NEUTRAL, Impacts.definition(new Definition("-", null, null),
        new Definition("", null, null)));
    assertEquals(Impact.NEUTRAL, Impacts.definition(new Definition("全年培训从业人员数", null, null),
        new Definition("全年培训从业人员数。", null, null)));
  }

  @Test
  void theStricterVerdictStands() {
    Impact[] order = {Impact.NEUTRAL, Impact.TIGHTENING, Impact.DEFINITIONAL, Impact.MIXED,
        Impact.LOOSENING};
    for (int x = 0; x < order.length; x++) {
      for (int y = 0; y < order.length; y++) {
        assertEquals(order[Math.max(x, y)], Impacts.stricter(order[x], order[y]),
            order[x] + " and " + order[y]);
      }
    }
  }

  @Test
  void aGoalsSentenceIsJudgedByItsFigure() {
    assertEquals(Impact.LOOSENING, Impacts.sentence("力争全年全区新登记个体工商户达1万户以上",
        "力争全年全区新登记个体工商户达8000户以上"));
    assertEquals(Impact.TIGHTENING, Impacts.sentence("力争全年实现小微主体职业劳动者培训3000人次",
        "力争全年实现小微主体职业劳动者培训3500人次"));
    assertEquals(Impact.NEUTRAL, Impacts.sentence("力争全年实现小微主体职业劳动者培训3000人次",
        "全年实现小微主体职业劳动者培训3000人次"));
    assertEquals(Impact.NEUTRAL, Impacts.sentence("做好培训", "做好职业培训"));
    assertEquals("3000人次", Impacts.figure("力争全年实现小微主体职业劳动者培训3000人次").text());
    assertEquals(0, Impacts.figure("2022年全区达1.5万户以上").value().compareTo(
        java.math.BigDecimal.valueOf(15000)));
  }
}
