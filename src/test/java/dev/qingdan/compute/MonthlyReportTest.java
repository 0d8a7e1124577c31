package dev.qingdan.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.qingdan.load.checklist.ChecklistReader;
import dev.qingdan.load.InputException;
import dev.qingdan.load.checklist.LoadedChecklist;
import dev.qingdan.load.progress.LoadedProgress;
import dev.qingdan.load.progress.ProgressReader;
import dev.qingdan.model.Checklist;
import dev.qingdan.model.ProgressEntry;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The monthly report on the example year, with every expected figure worked out by hand from
 * examples/progress-2022.yaml (the comments show the sums).
 */
class MonthlyReportTest {
  static Checklist checklist;
  static List<ProgressEntry> entries;

  @BeforeAll
  static void load() throws InputException {
    LoadedChecklist lc = ChecklistReader.read(Path.of("policies.yaml"), "policies.yaml");
    assertFalse(lc.hasErrors());
    checklist = lc.checklist();
    LoadedProgress lp = ProgressReader.read(List.of(Path.of("examples/progress-2022.yaml")),
        checklist);
    assertFalse(lp.hasErrors());
    entries = lp.entries();
  }

  static MonthlyReport report(String asOf) {
    LocalDate day = LocalDate.parse(asOf);
    return MonthlyReport.of(checklist, entries, day, YearMonth.from(day), Thresholds.DEFAULT);
  }

  /** met, missed, behind, overdue, green, yellow, red. */
  static List<Integer> headline(MonthlyReport r) {
    MonthlyReport.Headline h = r.headline();
    return List.of(h.met(), h.missed(), h.behind(), h.overdue(), h.green(), h.yellow(), h.red());
  }

  static List<String> ids(List<MonthlyReport.Line> lines) {
    return lines.stream().map(MonthlyReport.Line::id).toList();
  }

  static MonthlyReport.UnitSection unit(MonthlyReport r, String name) {
    return r.units().stream().filter(u -> name.equals(u.unit())).findFirst().orElseThrow();
  }

  @Test
  void headlineAsOfTheEndOfMarch() {
    // Ratios through 2022-03: the 19 ratio rows are all n = d except 24.1, whose January to March
    // are 47/56, 36/43 and 42/50, all above 70%: met, but 8.1 (reported from May on) and 21.1
    // (0/0 every month) have no data. So 17 met, 0 missed.
    // Deadlines as of 03-31: G1 planned 3000 x 3/12 = 750, actual 0+0+200 = 200: behind, gap
    // 18.3 points, yellow. 13.1 the same (150+50 = 200 of 750): behind, yellow. G2 planned 2500,
    // actual 1028+963+892 = 2883: on-track, green. 7.1, 19.1 and 20.1 have nothing due yet:
    // pending, green.
    MonthlyReport r = report("2022-03-31");
    assertEquals(List.of(17, 0, 2, 0, 4, 2, 0), headline(r));
    MonthlyReport.Headline h = r.headline();
    assertEquals(3, h.ratio().get(RatioStatus.IN_PROGRESS)); // G1, G2, 13.1
    assertEquals(3, h.ratio().get(RatioStatus.NO_DATA)); // 8.1, 20.1, 21.1
    assertEquals(11, h.ratio().get(RatioStatus.NO_TARGET));
    // pending: 7.1, 19.1, 20.1, and 8.1 (5-12月), 8.2 (6月-12月), 8.3 (5月起) not begun yet
    assertEquals(6, h.deadline().get(DeadlineStatus.PENDING));
    assertEquals(25, h.deadline().get(DeadlineStatus.ONGOING));
    assertEquals(32, h.rows());
    assertEquals(2, h.goals());
    assertEquals(List.of("G1", "13.1"), ids(r.attention()));
  }

  @Test
  void headlineAsOfTheEndOfAugust() {
    // Ratios through 2022-08: 5.1 is missed (August 231/232) and 24.1 too (April 35/54 < 70%):
    // 19 - 21.1 - 5.1 - 24.1 = 16 met.
    // G1: planned 3000 x 8/12 = 2000, actual 0+0+200+420+510+470+90+60 = 1750: behind by
    // 8.3 points, green. G2: 7495 of 6667 planned, green. 13.1: 1600 of 2000, 13.3 points:
    // yellow. 20.1: 2+1+1+0 = 4 of 5 due on 08-31: 12.5 points, yellow. 7.1: 1 deliverable due
    // on 06-30, none done: 50 points, red. 19.1: due 09-30, pending, green.
    MonthlyReport r = report("2022-08-31");
    assertEquals(List.of(16, 2, 4, 0, 3, 2, 1), headline(r));
    assertEquals(List.of("7.1", "13.1", "20.1", "5.1", "24.1"), ids(r.attention()));
  }

  @Test
  void headlineInMidDecember() {
    // Ratios through 2022-12: 22.2's December 4/5 is a third miss; G2 reaches 7495 + 1045 + 842
    // + 887 + 911 = 11180 >= 10000 and is met: 15 ratio rows + G2 = 16 met, 3 missed.
    // As of 12-15: G1 planned 3000 x 11/12 = 2750, actual 1860: 29.7 points, behind, yellow.
    // 13.1: 1660 of 2750, 36.3 points: red. 20.1: 7 of 8 due 11-30: overdue, red. 7.1: 0 of 1:
    // red. G2 and 19.1 (done 09-20) are done and green.
    MonthlyReport r = report("2022-12-15");
    assertEquals(List.of(16, 3, 3, 1, 2, 1, 3), headline(r));
    // red in checklist order, then yellow (goals come first), then the missed
    assertEquals(List.of("7.1", "13.1", "20.1", "G1", "5.1", "22.2", "24.1"),
        ids(r.attention()));
  }

  @Test
  void headlineOnTheLastDayAndAfter() {
    // 12-31: every plan is due. G1 1860 and 13.1 1660 of 3000 and 7.1 0 of 2 are behind (the
    // due day is not overdue yet) and red; 20.1 overdue and red.
    assertEquals(List.of(16, 3, 3, 1, 2, 0, 4), headline(report("2022-12-31")));
    // The next day they are all overdue. Ratios through 2023-01 are those of the year.
    assertEquals(List.of(16, 3, 0, 4, 2, 0, 4), headline(report("2023-01-01")));
  }

  @Test
  void throughAnEarlierMonthThanTheAsOfDate() {
    // As of 09-01 through 2022-07: 5.1's August miss is not counted yet, and neither are
    // August's reports in the deadlines: G1 has 0+0+200+420+510+470+90 = 1690 of the 2000
    // planned by the eight months ended (10.3 points: yellow), 13.1 1560, 20.1 4.
    MonthlyReport r = MonthlyReport.of(checklist, entries, LocalDate.parse("2022-09-01"),
        YearMonth.parse("2022-07"), Thresholds.DEFAULT);
    assertEquals(1, r.headline().missed()); // 24.1
    assertEquals(YearMonth.parse("2022-07"), r.ratios().scope().month());
    MonthlyReport.Line g1 = r.goals().get(0);
    assertEquals(1690, g1.ratio().count().longValue());
    assertEquals(1690L, g1.deadline().actual());
    assertEquals(2000L, g1.deadline().planned());
    assertEquals(Light.YELLOW, g1.light());
    MonthlyReport.BurnUp b = r.burnUps().get(0);
    assertEquals(point("2022-08-31", 2000, 1690L), b.points().get(8));
  }

  @Test
  void unitsAreTheRegistersInItsOrderWithAliasesResolved() {
    MonthlyReport r = report("2022-08-31");
    assertEquals(List.of("区发改局", "区财政局", "区人社局", "区商务局", "区卫生健康局",
        "区市场监管局", "区地方金融监管局", "区国资中心", "区税务局"),
        r.units().stream().map(MonthlyReport.UnitSection::unit).toList());
    // 8.1-8.3 are led by 区人力社保局, an alias of 区人社局; 13.1 by 区人社局 and 区市场监管局
    assertEquals(List.of("13.1", "8.1", "8.2", "8.3"), ids(unit(r, "区人社局").lines()));
    // rows with two lead units are under both
    assertEquals(List.of("3.1", "7.2"), ids(unit(r, "区财政局").lines()));
    assertEquals(List.of("5.1", "1.1", "2.1", "3.1", "4.1", "5.2", "6.1", "7.2"),
        ids(unit(r, "区税务局").lines()));
    assertEquals(List.of("11.1"), ids(unit(r, "区卫生健康局").lines()));
    // every row is under at least one unit, and no unit without a register name
    assertEquals(32, r.units().stream().flatMap(u -> u.lines().stream())
        .map(MonthlyReport.Line::id).distinct().count());
    assertEquals(9, r.units().size());
  }

  @Test
  void attentionFirstInAUnit() {
    // 区市场监管局 as of 08-31: 13.1 and 20.1 yellow, 24.1 missed, then the rest in order
    assertEquals(List.of("13.1", "20.1", "24.1", "10.1", "11.1", "19.1", "21.1", "22.1", "22.2",
        "23.1", "23.2", "24.2"), ids(unit(report("2022-08-31"), "区市场监管局").lines()));
    // As of 12-15 with red above 36.4 points: 13.1 (36.3 points) is yellow and 20.1 (overdue)
    // red, so 20.1 comes first although it comes later in the checklist.
    MonthlyReport r = MonthlyReport.of(checklist, entries, LocalDate.parse("2022-12-15"),
        YearMonth.parse("2022-12"), new Thresholds(BigDecimal.TEN, new BigDecimal("36.4"), 7));
    MonthlyReport.UnitSection u = unit(r, "区市场监管局");
    assertEquals(List.of("20.1", "13.1", "22.2", "24.1", "10.1", "11.1", "19.1", "21.1", "22.1",
        "23.1", "23.2", "24.2"), ids(u.lines()));
    assertEquals(Light.RED, u.lines().get(0).light());
    assertEquals(Light.YELLOW, u.lines().get(1).light());
    assertEquals(Map.of(Light.RED, 1, Light.YELLOW, 1, Light.GREEN, 1), u.lights()); // 19.1
  }

  @Test
  void unitCountsAndCompleteness() {
    MonthlyReport r = report("2022-08-31");
    MonthlyReport.UnitSection gz = unit(r, "区国资中心");
    // 7.1 is expected every month from January to August and March was not reported
    assertEquals(8, gz.completeness().expected());
    assertEquals(7, gz.completeness().reported());
    assertEquals(YearMonth.parse("2022-03"), gz.completeness().missing().get(0).period());
    assertEquals(1, gz.statuses().get(RatioStatus.MET));
    assertEquals(1, gz.lights().get(Light.RED));
    MonthlyReport.UnitSection sc = unit(r, "区市场监管局");
    assertEquals(5, sc.statuses().get(RatioStatus.MET));
    assertEquals(1, sc.statuses().get(RatioStatus.MISSED));
    assertEquals(2, sc.statuses().get(RatioStatus.IN_PROGRESS));
    assertEquals(1, sc.statuses().get(RatioStatus.NO_DATA));
    assertEquals(3, sc.statuses().get(RatioStatus.NO_TARGET));
  }

  @Test
  void goalsAreG1AndG2WithTheirRatioAndDeadline() {
    MonthlyReport r = report("2022-08-31");
    assertEquals(List.of("G1", "G2"), ids(r.goals()));
    MonthlyReport.Line g1 = r.goals().get(0);
    assertEquals(1750, g1.ratio().count().longValue());
    assertEquals(2000L, g1.deadline().planned());
    assertEquals(1750L, g1.deadline().actual());
    assertEquals(Light.GREEN, g1.light());
    // what turns 13.1 green: gap under 10 points, actual > 2000 - 300 = 1700, so 1701 now
    ToGreen g = r.rows().stream().filter(l -> l.id().equals("13.1")).findFirst().orElseThrow()
        .deadline().toGreen();
    assertEquals(new ToGreen(1701, 101, LocalDate.parse("2022-08-31")), g);
  }

  @Test
  void burnUpsOfTheCountPlans() {
    MonthlyReport r = report("2022-08-31");
    assertEquals(List.of("G1", "G2", "13.1", "20.1"),
        r.burnUps().stream().map(MonthlyReport.BurnUp::id).toList());
    MonthlyReport.BurnUp b = r.burnUps().get(3);
    assertEquals(8, b.target());
    assertEquals(LocalDate.parse("2022-11-30"), b.due());
    // 20.1: 2 due by May, one more each month to 8 in November; reported 2, 1, 1, 0
    assertEquals(List.of(
        point("2022-04-30", 0, null), point("2022-05-31", 2, 2L), point("2022-06-30", 3, 3L),
        point("2022-07-31", 4, 4L), point("2022-08-31", 5, 4L), point("2022-09-30", 6, null),
        point("2022-10-31", 7, null), point("2022-11-30", 8, null)), b.points());
    MonthlyReport.BurnUp g1 = r.burnUps().get(0);
    assertEquals(13, g1.points().size()); // 2021-12-31 to 2022-12-31
    assertEquals(point("2021-12-31", 0, null), g1.points().get(0));
    assertEquals(point("2022-04-30", 1000, 620L), g1.points().get(4)); // 200 + 420
    assertEquals(point("2022-12-31", 3000, null), g1.points().get(12));
  }

  @Test
  void aBurnUpAsOfAMidMonthDayHasThatDayToo() {
    MonthlyReport.BurnUp g1 = report("2022-08-15").burnUps().get(0);
    // the plan by 08-15 counts the months ended (7), the actual the reports of August too
    assertEquals(point("2022-07-31", 1750, 1690L), g1.points().get(7));
    assertEquals(point("2022-08-15", 1750, 1750L), g1.points().get(8));
    assertEquals(point("2022-08-31", 2000, null), g1.points().get(9));
    assertEquals(14, g1.points().size());
  }

  static MonthlyReport.BurnUp.Point point(String date, long planned, Long actual) {
    return new MonthlyReport.BurnUp.Point(LocalDate.parse(date), planned, actual);
  }

  /**
   * On any day of 2022 and 2023: the lines are the rows and goals, each unit lists exactly the
   * rows it leads, the attention list is sorted and holds exactly the red, yellow and missed
   * lines, the headline adds up, and each burn-up ends with the row's own figures.
   */
  @Test
  void propertiesOnRandomDays() {
    Random random = new Random(20220831);
    for (int k = 0; k < 300; k++) {
      LocalDate day = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(600));
      MonthlyReport r = report(day.toString());
      MonthlyReport.Headline h = r.headline();
      int all = h.rows() + h.goals();
      assertEquals(all, h.ratio().values().stream().mapToInt(Integer::intValue).sum());
      assertEquals(all, h.deadline().values().stream().mapToInt(Integer::intValue).sum());
      List<MonthlyReport.Line> lines = new ArrayList<>(r.goals());
      lines.addAll(r.rows());
      long lit = lines.stream().filter(l -> l.light() != null).count();
      assertEquals(lit, h.green() + h.yellow() + h.red(), day.toString());
      List<MonthlyReport.Line> want = lines.stream().filter(l -> l.light() == Light.RED
          || l.light() == Light.YELLOW || l.missed()).toList();
      assertEquals(want.size(), r.attention().size(), day.toString());
      for (int i = 1; i < r.attention().size(); i++) {
        Attention before = r.attention().get(i - 1).attention();
        assertFalse(before.compareTo(r.attention().get(i).attention()) > 0);
      }
      for (MonthlyReport.UnitSection u : r.units()) {
        List<String> led = r.rows().stream().filter(l -> l.lead().contains(u.unit()))
            .map(MonthlyReport.Line::id).sorted().toList();
        assertEquals(led, ids(u.lines()).stream().sorted().toList(), u.unit());
        for (int i = 1; i < u.lines().size(); i++) {
          MonthlyReport.Line a = u.lines().get(i - 1);
          MonthlyReport.Line b = u.lines().get(i);
          assertFalse(a.attention().compareTo(b.attention()) > 0, u.unit() + " " + day);
        }
      }
      for (MonthlyReport.BurnUp b : r.burnUps()) {
        DeadlineRow d = lines.stream().filter(l -> l.id().equals(b.id())).findFirst()
            .orElseThrow().deadline();
        MonthlyReport.BurnUp.Point last = b.points().get(b.points().size() - 1);
        assertEquals(b.target(), last.planned());
        // the point on the as-of day, if the burn-up has one, is the row's own
        b.points().stream().filter(p -> p.date().equals(day)).findFirst().ifPresent(p -> {
          assertEquals(d.planned(), p.planned(), b.id() + " " + day);
          assertEquals(d.actual(), p.actual(), b.id() + " " + day);
        });
        b.points().stream().filter(p -> p.date().isAfter(day))
            .forEach(p -> assertNull(p.actual()));
      }
    }
  }
}
