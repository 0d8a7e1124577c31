package dev.qingdan.load;

import java.util.List;
import java.util.Optional;

/** The columns of the checklist table, recognised by their header names. */
public enum Column {
  ITEM("序号", "item", "编号"),
  TITLE("政策事项", "title"),
  POINTS("政策要点", "points"),
  LEAD("牵头单位", "lead", "牵头部门", "责任单位"),
  PARTNERS("协同单位", "partners", "协同部门", "配合单位", "配合部门"),
  GOAL("定性目标", "goal"),
  INDICATOR("量化指标", "indicator"),
  TARGET("量化指标值", "target"),
  SCHEDULE("进度安排", "schedule"),
  DEFINITION("指标说明", "definition"),
  METHOD("实现方式", "method");

  private final String header;
  private final String field;
  private final List<String> otherNames;

  Column(String header, String field, String... otherNames) {
    this.header = header;
    this.field = field;
    this.otherNames = List.of(otherNames);
  }

  /** The header as the table writes it. */
  public String header() {
    return header;
  }

  /** The YAML field the column becomes. */
  public String field() {
    return field;
  }

  /**
   * The column a header cell names. Blanks inside the header (序 号, a line break in 量化\n指标值)
   * are ignored, and a few names other revisions use (牵头部门, 配合单位) are taken too.
   */
  public static Optional<Column> ofHeader(String cell) {
    String s = Cells.clean(cell).replaceAll("[\\s\\u3000\\u00A0]", "");
    for (Column c : values()) {
      if (c.header.equals(s) || c.otherNames.contains(s)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
