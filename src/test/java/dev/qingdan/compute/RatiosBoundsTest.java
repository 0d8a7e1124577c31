package dev.qingdan.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.qingdan.load.TargetParser;
import dev.qingdan.model.Checklist;
import dev.qingdan.model.Row;
import dev.qingdan.model.Target;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ratio judges ceilings, strict floors, ranges and 左右 on real rows with other targets. */
class RatiosBoundsTest {
  /** The bundled checklist with one row's target replaced. */
  private static Checklist withTarget(String id, String text) {
    Checklist c = RatiosTest.checklist;
    Target t = TargetParser.parse(text).orElseThrow();
    List<Row> rows = new ArrayList<>();
    for (Row r : c.rows()) {
      rows.add(!r.id().toString().equals(id) ? r : new Row(r.id(), r.title(), r.points(),
          r.lead(), r.partners(), r.goal(), r.indicator(), t, r.schedule(), r.definition(),
          r.method()));
    }
    return new Checklist(c.document(), c.units(), c.generic(), c.goals(), rows);
  }

  private static RatioStatus status(Checklist c, String id, String period,
      dev.qingdan.model.ProgressEntry... entries) {
    RatioReport r = Ratios.compute(c, List.of(entries), Scope.through(YearMonth.parse(period)));
    return RatiosTest.find(r, id).status();
  }

  @Test
  void aCeilingIsMetAtOrUnderItsBound() {
    RatiosTest.loadChecklistQuietly();
    Checklist c = withTarget("22.1", "≤5%");
    assertEquals(RatioStatus.MET, status(c, "22.1", "2022-01",
        RatiosTest.ratio("2022-01", "22.1", null, 5, 100)));
    assertEquals(RatioStatus.MISSED, status(c, "22.1", "2022-01",
        RatiosTest.ratio("2022-01", "22.1", null, 51, 1000)));
  }

  @Test
  void aStrictFloorIsNotMetAtItsBound() {
    RatiosTest.loadChecklistQuietly();
    Checklist c = withTarget("22.1", "＞80%");
    assertEquals(RatioStatus.MISSED, status(c, "22.1", "2022-01",
        RatiosTest.ratio("2022-01", "22.1", null, 80, 100)));
    assertEquals(RatioStatus.MET, status(c, "22.1", "2022-01",
        RatiosTest.ratio("2022-01", "22.1", null, 81, 100)));
  }

  @Test
  void aCountCeilingIsMetUntilTheCountPassesIt() {
    RatiosTest.loadChecklistQuietly();
    Checklist c = withTarget("13.1", "不超过2千人次");
    assertEquals(RatioStatus.MET, status(c, "13.1", "2022-02",
        RatiosTest.count("2022-01", "13.1", null, 1500),
        RatiosTest.count("2022-02", "13.1", null, 500)));
    assertEquals(RatioStatus.MISSED, status(c, "13.1", "2022-02",
        RatiosTest.count("2022-01", "13.1", null, 1500),
        RatiosTest.count("2022-02", "13.1", null, 501)));
  }

  @Test
  void approximatelyAllowsFivePercentShort() {
    RatiosTest.loadChecklistQuietly();
    Checklist c = withTarget("13.1", "3000人次左右");
    assertEquals(RatioStatus.MET, status(c, "13.1", "2022-01",
        RatiosTest.count("2022-01", "13.1", null, 2850)));
    assertEquals(RatioStatus.IN_PROGRESS, status(c, "13.1", "2022-01",
        RatiosTest.count("2022-01", "13.1", null, 2849)));
  }
}
