package dev.qingdan.load;

import java.util.Optional;

/** The columns of the checklist table, recognised by their header names. */
public enum Column {
  ITEM("序号", "item"),
  TITLE("政策事项", "title"),
  POINTS("政策要点", "points"),
  LEAD("牵头单位", "lead"),
  PARTNERS("协同单位", "partners"),
  GOAL("定性目标", "goal"),
  INDICATOR("量化指标", "indicator"),
  TARGET("量化指标值", "target"),
  SCHEDULE("进度安排", "schedule"),
  DEFINITION("指标说明", "definition"),
  METHOD("实现方式", "method");

  private final String header;
  private final String field;

  Column(String header, String field) {
    this.header = header;
    this.field = field;
  }

  /** The header as the table writes it. */
  public String header() {
    return header;
  }

  /** The YAML field the column becomes. */
  public String field() {
    return field;
  }

  /** The column a header cell names; spaces inside the header (序 号) are ignored. */
  public static Optional<Column> ofHeader(String cell) {
    String s = Cells.clean(cell).replaceAll("[\\s\\u3000]", "");
    for (Column c : values()) {
      if (c.header.equals(s)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
