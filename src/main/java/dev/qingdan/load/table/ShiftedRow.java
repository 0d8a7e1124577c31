package dev.qingdan.load.table;

import dev.qingdan.model.Target;
import dev.qingdan.phrase.TargetParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A row pasted one column to the left of its header (23.2 in the plan), or several columns to the
 * left as a browser copies a row under merged cells (the merged cells left out, the row ending in
 * blanks), read where it belongs.
 */
final class ShiftedRow {
  private ShiftedRow() {}

  /**
   * The row read one column further right, if it is a row shifted one column to the left: its
   * 量化指标值 is empty, the cell before it reads like a target, nothing would fall off its end, and
   * its 序号 stays as it is. The cells from its first non-empty one on move right by one.
   */
  static List<String> repaired(List<String> raw, Map<Column, Integer> columns, int last) {
    Integer t = columns.get(Column.TARGET);
    Integer ind = columns.get(Column.INDICATOR);
    Integer item = columns.get(Column.ITEM);
    if (t == null || ind == null || t < 1 || !raw.get(t).isEmpty() || !raw.get(last).isEmpty()
        || !looksLikeTarget(raw.get(t - 1))) {
      return null;
    }
    int first = 0;
    while (raw.get(first).isEmpty()) {
      first++;
    }
    if (first > t - 1) {
      return null;
    }
    List<String> out = new ArrayList<>(raw);
    out.add(first, "");
    out.remove(last + 1);
    if (item != null && !out.get(item).equals(raw.get(item)) || out.get(ind).isEmpty()) {
      return null;
    }
    return out;
  }

  /**
   * The row read further right, if it is a row that a browser copied under cells merged from the
   * rows above: its lead cell and the cells after it are blank, and moving its cells right by as
   * many columns as it ends in blanks, or fewer, puts unit names under the lead header
   * ({@code 3.及时反馈… | 各科室 | } under {@code 工作任务 | 具体要求 | 责任部门}). The columns it
   * moves off stay blank, to be filled as merged cells are. Null for any other row.
   */
  static List<String> ragged(List<String> raw, Map<Column, Integer> columns) {
    Integer lead = columns.get(Column.LEAD);
    int end = raw.size();
    while (end > 0 && raw.get(end - 1).isEmpty()) {
      end--;
    }
    if (lead == null || end == 0 || end > lead) {
      return null;
    }
    for (int by = Math.min(raw.size() - end, lead); by >= 1; by--) {
      if (lead - by >= 0 && PlanUnits.looksLikeUnits(raw.get(lead - by))) {
        List<String> out = new ArrayList<>(raw);
        for (int i = 0; i < by; i++) {
          out.add(0, "");
          out.remove(out.size() - 1);
        }
        return out;
      }
    }
    return null;
  }

  private static boolean looksLikeTarget(String s) {
    return !s.isEmpty() && TargetParser.parse(s).map(t -> t.value() != null
        || s.equals(Target.NONE_TEXT) || s.contains(Target.EXTERNAL_TEXT)).orElse(false);
  }
}
