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

/** An aligned table; long cells wrap inside their columns to fit a terminal. */
public final class RowsText implements RowsRenderer {
  private final Palette palette;
  private final int width;
  private final Lang lang;

  public RowsText(Palette palette, int width, Lang lang) {
    this.palette = palette;
    this.width = width;
    this.lang = lang;
  }

  @Override
  public void render(PrintWriter out, List<Row> rows) {
    new Table<>(lang, List.of(ID.style("id"), ITEM.shrink(), LEAD.shrink(), INDICATOR.shrink(),
        Column.<Row>of(Msg.in("short", "target"), r -> r.target().text()), SCHEDULE.shrink()))
        .text(out, width, palette, rows, Table.Styles.none(),
            (style, row, text) -> palette.bold(text));
    out.print(Words.count(lang, rows.size(), Msg.of("%d row", rows.size()),
        Msg.of("%d rows", rows.size())) + "\n");
    out.flush();
  }
}
