package dev.qingdan.render;

import static dev.qingdan.render.RowColumns.ID;
import static dev.qingdan.render.RowColumns.INDICATOR;
import static dev.qingdan.render.RowColumns.ITEM;
import static dev.qingdan.render.RowColumns.LEAD;
import static dev.qingdan.render.RowColumns.SCHEDULE;

import dev.qingdan.model.Row;
import dev.qingdan.text.Lang;
import dev.qingdan.text.Msg;
import java.io.PrintWriter;
import java.util.List;

/** A GitHub-flavoured Markdown table. */
public final class RowsMarkdown implements RowsRenderer {
  private final Lang lang;

  public RowsMarkdown(Lang lang) {
    this.lang = lang;
  }

  @Override
  public void render(PrintWriter out, List<Row> rows) {
    new Table<>(lang, List.of(ID, ITEM, LEAD, Column.<Row>of(Msg.of("partners"),
            r -> r.partners().isEmpty() ? "-" : String.join("、", r.partners())), INDICATOR,
        Column.<Row>of(Msg.in("checklist", "target"), r -> r.target().text()).right(), SCHEDULE))
        .markdown(out, rows, Table.Styles.none());
    out.flush();
  }
}
