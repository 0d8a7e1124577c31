package dev.qingdan.load.table;

import dev.qingdan.phrase.Fold;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit of a target cell that gives a bare figure ({@code 8950} under 目标任务), where the task
 * names what it counts: a counting word in brackets at the end of its name (建设农村公办幼儿园(所)),
 * or persons (新增城镇就业, 技能培训人员: 人). Where the task names neither, the cell stays unread.
 */
final class BareTarget {
  /** A figure alone: digits, a decimal part, blanks around. */
  private static final Pattern BARE = Pattern.compile("\\s*[0-9]+(?:\\.[0-9]+)?\\s*");
  /** A counting word in brackets that ends a task's name: (所), (户), (个). */
  private static final Pattern BRACKET_UNIT =
      Pattern.compile("[(（](个|所|户|人|人次|家|座|条|处|套|间|台|辆|项|公里|亩)[)）]\\s*$");
  /** What a count of persons is of: employment, training, pupils, the elderly. */
  private static final Pattern PERSONS =
      Pattern.compile("就业|再就业|人员|人口|学生|儿童|老人|老年人|职工|劳动者|妇女|群众|农民工|残疾人|患者");

  private BareTarget() {}

  /** The unit of {@code cell} that {@code task} names, or null where the cell is no bare figure. */
  static String unit(String cell, String task) {
    if (cell == null || task == null || !BARE.matcher(cell).matches()) {
      return null;
    }
    String t = Fold.simplified(task);
    Matcher b = BRACKET_UNIT.matcher(t);
    if (b.find()) {
      return b.group(1);
    }
    return PERSONS.matcher(t).find() ? "人" : null;
  }
}
