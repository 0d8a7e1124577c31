package dev.qingdan.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.qingdan.text.Lang;
import dev.qingdan.text.Msg;
import dev.qingdan.model.Row;
import java.io.PrintWriter;
import java.util.List;

/** The rows of {@code list} in each format. */
public final class RowsRenderer {
  private static final List<String> CSV_HEADER = List.of("id", "item", "title", "lead",
      "partners", "indicator", "target", "schedule", "definition");

  private static final Column<Row> ID = Column.of(Msg.of("id"), r -> r.id().toString());
  private static final Column<Row> ITEM = Column.of(Msg.of("policy item"), Row::title);
  private static final Column<Row> LEAD =
      Column.of(Msg.of("lead"), r -> String.join("、", r.lead()));
  private static final Column<Row> INDICATOR = Column.of(Msg.of("indicator"), Row::indicator);
  private static final Column<Row> SCHEDULE =
      Column.of(Msg.in("checklist", "schedule"), r -> r.schedule().text());

  private final PrintWriter out;
  private final Palette palette;
  private final int width;
  private final Lang lang;

  public RowsRenderer(PrintWriter out, Palette palette, int width, Lang lang) {
    this.out = out;
    this.palette = palette;
    this.width = width;
    this.lang = lang;
  }

  /** An aligned table; long cells wrap inside their columns to fit a terminal. */
  public void text(List<Row> rows) {
    new Table<>(lang, List.of(ID.style("id"), ITEM.shrink(), LEAD.shrink(), INDICATOR.shrink(),
        Column.<Row>of(Msg.in("short", "target"), r -> r.target().text()), SCHEDULE.shrink()))
        .text(out, width, palette, rows, Table.Styles.none(),
            (style, row, text) -> palette.bold(text));
    out.print(Words.count(lang, rows.size(), Msg.of("%d row", rows.size()),
        Msg.of("%d rows", rows.size())) + "\n");
    out.flush();
  }

  /** {@code {"rows": [row, …]}} in the contract's row shape. */
  public void json(List<Row> rows) {
    ObjectNode doc = Json.document();
    ArrayNode a = doc.putArray("rows");
    rows.forEach(r -> ChecklistJson.row(r, a.addObject()));
    Json.write(out, doc);
  }

  /** RFC 4180 CSV with a header; unit lists joined with 、; the item number is a number. */
  public void csv(List<Row> rows) {
    Csv.writeRow(out, CSV_HEADER);
    for (Row r : rows) {
      Csv.writeRow(out, List.of(r.id().toString(), r.id().item(), r.title(),
          String.join("、", r.lead()), String.join("、", r.partners()), r.indicator(),
          r.target().text(), r.schedule().text(), r.definition().text()));
    }
    out.flush();
  }

  /** A GitHub-flavoured Markdown table. */
  public void markdown(List<Row> rows) {
    new Table<>(lang, List.of(ID, ITEM, LEAD, Column.<Row>of(Msg.of("partners"),
            r -> r.partners().isEmpty() ? "-" : String.join("、", r.partners())), INDICATOR,
        Column.<Row>of(Msg.in("checklist", "target"), r -> r.target().text()).right(), SCHEDULE))
        .markdown(out, rows, Table.Styles.none());
    out.flush();
  }
}
