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

  /**
   * A unit of measure as a table's unit column writes it: a counting word, money, a length or an
   * area, or a percentage, with the persons or periods it is per (元/月/人, 元/年/人).
   */
  private static final Pattern MEASURE = Pattern.compile("(?:个|人次|人|户|家|所|座|条|处|套|间|台|辆|项|"
      + "件|次|场|名|例|张|块|元|万元|亿元|公里|千米|米|平方米|万平方米|亩|万亩|吨|万吨|%)(?:/(?:年|月|日|天|人|户|"
      + "次|个))*");

  private BareTarget() {}

  /** Whether {@code cell} (simplified or traditional) is a unit of measure: 個, 人次, 元/月/人. */
  static boolean isMeasure(String cell) {
    return MEASURE.matcher(Fold.simplified(cell.strip())).matches();
  }

  /**
   * The unit of {@code cell}: the unit of measure the row's unit column gives ({@code measure},
   * null or empty for none), else the one {@code task} names; null where the cell is no bare
   * figure or neither names a unit.
   */
  static String unit(String cell, String task, String measure) {
    if (cell == null || task == null || !BARE.matcher(cell).matches()) {
      return null;
    }
    if (measure != null && isMeasure(measure)) {
      return measure.strip();
    }
    String t = Fold.simplified(task);
    Matcher b = BRACKET_UNIT.matcher(t);
    if (b.find()) {
      return b.group(1);
    }
    return PERSONS.matcher(t).find() ? "人" : null;
  }
}
