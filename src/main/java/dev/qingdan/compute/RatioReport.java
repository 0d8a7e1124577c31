package dev.qingdan.compute;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code ratio} found.
 *
 * @param scope the months covered
 * @param indicators every row, then every goal, in checklist order
 * @param completeness how completely the lead units reported, over all rows
 * @param units the rollup by lead unit, in register order: units that lead a row
 */
public record RatioReport(
    Scope scope, List<IndicatorRatio> indicators, Completeness completeness,
    List<UnitRollup> units) {
  public RatioReport {
    indicators = List.copyOf(indicators);
    units = List.copyOf(units);
  }

  /** How many indicators stand in each status, every status present. */
  public Map<RatioStatus, Integer> statuses() {
    return count(indicators);
  }

  static Map<RatioStatus, Integer> count(List<IndicatorRatio> list) {
    Map<RatioStatus, Integer> m = new EnumMap<>(RatioStatus.class);
    for (RatioStatus s : RatioStatus.values()) {
      m.put(s, 0);
    }
    list.forEach(i -> m.merge(i.status(), 1, Integer::sum));
    return m;
  }

  /** Whether any indicator is missed: {@code --fail-on missed}. */
  public boolean anyMissed() {
    return indicators.stream().anyMatch(i -> i.status() == RatioStatus.MISSED);
  }
}
