package dev.qingdan.compute;

import dev.qingdan.model.Checklist;
import dev.qingdan.model.Definition;
import dev.qingdan.model.Milestone;
import dev.qingdan.model.Op;
import dev.qingdan.model.Row;
import dev.qingdan.model.RowId;
import dev.qingdan.model.Schedule;
import dev.qingdan.model.ScheduleKind;
import dev.qingdan.model.Target;
import dev.qingdan.model.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds revisions of a checklist for the property tests: random rows, and edits whose expected
 * changes are known because the test made them.
 */
final class Revisions {
  static final List<String> UNITS = List.of("区发改局", "区经信局", "区财政局", "区人社局", "区商务局",
      "区市场监管局", "区税务局", "区地方金融监管局");
  private static final String HAN =
      "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后"
          + "多定行学法所民得经政策个体工商户服务支持减免税费补贴培训贷款信用监管平台数据应用场景";

  private Revisions() {}

  static String han(Random rnd, int min, int max) {
    int n = min + rnd.nextInt(max - min + 1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(HAN.charAt(rnd.nextInt(HAN.length())));
    }
    return sb.toString();
  }

  /** A row of random text that shares nothing in particular with the checklist's rows. */
  static Row randomRow(Random rnd) {
    Target target = switch (rnd.nextInt(3)) {
      case 0 -> new Target(Target.NONE_TEXT, null, null, null);
      case 1 -> {
        int v = 50 + rnd.nextInt(51);
        yield new Target(v + "%", Op.AT_LEAST, BigDecimal.valueOf(v), "%");
      }
      default -> {
        int v = 1 + rnd.nextInt(5000);
        yield new Target(v + "个", Op.AT_LEAST, BigDecimal.valueOf(v), "个");
      }
    };
    Schedule schedule = rnd.nextBoolean()
        ? new Schedule("持续", ScheduleKind.ONGOING, null, null, List.of())
        : new Schedule(han(rnd, 4, 12), ScheduleKind.DELIVERABLE, null, null, List.of(
            new Milestone(LocalDate.of(2022, 3 + rnd.nextInt(9), 1).plusMonths(1).minusDays(1),
                null, han(rnd, 3, 8))));
    return new Row(new RowId(1, 1), han(rnd, 6, 16), han(rnd, 20, 80),
        List.of(UNITS.get(rnd.nextInt(UNITS.size()))),
        rnd.nextBoolean() ? List.of() : List.of(UNITS.get(rnd.nextInt(UNITS.size()))),
        han(rnd, 8, 30), han(rnd, 4, 12), target, schedule,
        new Definition(han(rnd, 6, 20), null, null), han(rnd, 10, 50));
  }

  static Row withId(Row r, RowId id) {
    return new Row(id, r.title(), r.points(), r.lead(), r.partners(), r.goal(), r.indicator(),
        r.target(), r.schedule(), r.definition(), r.method());
  }

  static Row withTarget(Row r, Target t) {
    return new Row(r.id(), r.title(), r.points(), r.lead(), r.partners(), r.goal(), r.indicator(),
        t, r.schedule(), r.definition(), r.method());
  }

  /** The row with every milestone moved by {@code months} (to the end of its month). */
  static Row withMilestonesMoved(Row r, int months) {
    Schedule s = r.schedule();
    List<Milestone> ms = new ArrayList<>();
    for (Milestone m : s.milestones()) {
      LocalDate d = m.due().plusMonths(months);
      ms.add(new Milestone(YearMonth.from(d).atEndOfMonth(), m.cumulative(), m.deliverable()));
    }
    Schedule moved = new Schedule(s.text(), s.kind(), s.from(), s.to(), ms);
    return new Row(r.id(), r.title(), r.points(), r.lead(), r.partners(), r.goal(), r.indicator(),
        r.target(), moved, r.definition(), r.method());
  }

  /** A checklist of these rows (ids as they are), with the base's register and goals. */
  static Checklist checklist(Checklist base, List<Row> rows) {
    return new Checklist(base.document(), base.units(), base.generic(), base.goals(), rows);
  }

  /** Numbers rows by groups: consecutive rows with the same group form one item. */
  static List<Row> number(List<Row> rows, List<Integer> groups) {
    List<Row> out = new ArrayList<>();
    int item = 0;
    int k = 0;
    for (int i = 0; i < rows.size(); i++) {
      if (i == 0 || !groups.get(i).equals(groups.get(i - 1))) {
        item++;
        k = 1;
      } else {
        k++;
      }
      out.add(withId(rows.get(i), new RowId(item, k)));
    }
    return out;
  }

  static List<Unit> units() {
    return UNITS.stream().map(u -> new Unit(u, List.of())).toList();
  }
}
