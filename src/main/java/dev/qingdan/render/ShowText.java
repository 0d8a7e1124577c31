package dev.qingdan.render;

import dev.qingdan.model.Goal;
import dev.qingdan.model.Row;
import dev.qingdan.text.Lang;
import java.io.PrintWriter;
import java.util.List;

/** The row, item or goal in full, one labelled field a line (RowText writes the fields). */
public final class ShowText extends ShowEach {
  private final int width;
  private final Palette palette;
  private final Lang lang;

  /** {@code width} 0 means no wrapping (a pipe). */
  public ShowText(int width, Palette palette, Lang lang) {
    this.width = width;
    this.palette = palette;
    this.lang = lang;
  }

  @Override
  void row(PrintWriter out, Row r) {
    fields(out).row(r);
  }

  @Override
  void goal(PrintWriter out, Goal g) {
    fields(out).goal(g);
  }

  @Override
  void item(PrintWriter out, int item, List<Row> rows) {
    fields(out).item(item, rows);
  }

  private RowText fields(PrintWriter out) {
    return new RowText(out, width, palette, lang);
  }
}
