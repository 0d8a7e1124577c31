package dev.qingdan.load.table;

import dev.qingdan.model.Target;
import dev.qingdan.phrase.TargetParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A row pasted one column to the left of its header (23.2 in the plan), read where it belongs. */
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

  private static boolean looksLikeTarget(String s) {
    return !s.isEmpty() && TargetParser.parse(s).map(t -> t.value() != null
        || s.equals(Target.NONE_TEXT) || s.contains(Target.EXTERNAL_TEXT)).orElse(false);
  }
}
