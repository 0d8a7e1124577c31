package dev.qingdan.compute;

import dev.qingdan.model.Goal;
import dev.qingdan.model.Row;
import dev.qingdan.model.Schedule;
import dev.qingdan.model.Target;
import java.util.List;

/**
 * What a deadline is judged for: a row of the checklist or an overall goal.
 *
 * @param id {@code N.k} or {@code G1}
 * @param title the policy item (政策事项) of a row, the indicator of a goal
 * @param indicator the quantitative indicator (量化指标)
 * @param lead the lead units as written; none for a goal
 * @param target the target
 * @param schedule the schedule
 */
public record Subject(
    String id, String title, String indicator, List<String> lead, Target target,
    Schedule schedule) {
  public Subject {
    lead = List.copyOf(lead);
  }

  public static Subject of(Row r) {
    return new Subject(r.id().toString(), r.title(), r.indicator(), r.lead(), r.target(),
        r.schedule());
  }

  public static Subject of(Goal g) {
    return new Subject(g.id(), g.indicator(), g.indicator(), List.of(), g.target(), g.schedule());
  }
}
