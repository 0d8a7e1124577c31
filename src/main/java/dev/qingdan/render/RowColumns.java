package dev.qingdan.render;

import dev.qingdan.model.Row;
import dev.qingdan.text.Msg;

/** The columns of a row that the text and Markdown lists share. */
final class RowColumns {
  static final Column<Row> ID = Column.of(Msg.of("id"), r -> r.id().toString());
  static final Column<Row> ITEM = Column.of(Msg.of("policy item"), Row::title);
  static final Column<Row> LEAD = Column.of(Msg.of("lead"), r -> String.join("、", r.lead()));
  static final Column<Row> INDICATOR = Column.of(Msg.of("indicator"), Row::indicator);
  static final Column<Row> SCHEDULE =
      Column.of(Msg.in("checklist", "schedule"), r -> r.schedule().text());

  private RowColumns() {}
}
