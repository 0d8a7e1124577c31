package dev.qingdan.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of the checklist: a measure with one indicator.
 *
 * @param id {@code N.k}
 * @param title the policy item (政策事项), shared by the rows of an item
 * @param points the key points (政策要点)
 * @param lead the lead units (牵头单位), as written in the cell, in order
 * @param partners the partner units (协同单位); empty for {@code -} or none
 * @param goal the qualitative goal (定性目标)
 * @param indicator the quantitative indicator's name (量化指标)
 * @param target the target (量化指标值)
 * @param schedule the schedule (进度安排)
 * @param definition how the indicator is computed (指标说明)
 * @param method how it is implemented (实现方式)
 * @param extra the cells of the table's other columns (进展情况, 备注, …) by their header, in the
 *     table's order; empty for most checklists
 */
public record Row(
    RowId id,
    String title,
    String points,
    List<String> lead,
    List<String> partners,
    String goal,
    String indicator,
    Target target,
    Schedule schedule,
    Definition definition,
    String method,
    Map<String, String> extra) {
  public Row {
    lead = List.copyOf(lead);
    partners = List.copyOf(partners);
    extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
  }

  /** A row without extra columns. */
  public Row(RowId id, String title, String points, List<String> lead, List<String> partners,
      String goal, String indicator, Target target, Schedule schedule, Definition definition,
      String method) {
    this(id, title, points, lead, partners, goal, indicator, target, schedule, definition, method,
        Map.of());
  }

  /** Every unit the row names: the lead units, then the partners, as written. */
  public List<String> units() {
    List<String> all = new ArrayList<>(lead);
    all.addAll(partners);
    return all;
  }
}
