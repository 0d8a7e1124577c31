package dev.qingdan.compute;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The indicators one unit leads, with how they stand and how completely the unit reported.
 *
 * @param unit the register name
 * @param ids the rows it leads, in checklist order
 * @param statuses how many of them stand in each status, every status present
 * @param completeness how completely this unit reported on them
 */
public record UnitRollup(
    String unit, List<String> ids, Map<RatioStatus, Integer> statuses, Completeness completeness) {
  public UnitRollup {
    ids = List.copyOf(ids);
    statuses = Collections.unmodifiableMap(new EnumMap<>(statuses));
  }
}
