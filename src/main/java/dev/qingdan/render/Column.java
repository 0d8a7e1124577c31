package dev.qingdan.render;

import dev.qingdan.text.Msg;
import java.util.function.Function;

/**
 * A column of a table, declared once and written in every format by {@link Table}: {@code
 * Column.of(Msg.of("ratio"), ReportWords::percent).right()}.
 *
 * @param header the header, translated like any sentence
 * @param cell the cell of a row, as plain text
 * @param rightAligned whether it lines up on the right: numbers
 * @param style the name by which each format decorates the cell ({@code "status"}, {@code
 *     "light"}), or empty
 * @param css the HTML class of its cells ({@code "id"}, {@code "nowrap"}); a right column's is
 *     {@code num}, any other's that is not free text {@code nowrap}
 * @param shrinkable whether it is free text (a title, a unit, an indicator, a note) that the text
 *     table may wrap inside a narrower column to fit the terminal; ids, numbers, percentages,
 *     dates and statuses are never wrapped
 * @param percent its width in an HTML table of fixed layout (0: the browser's choice)
 * @param spare 0 for a column a text table always shows; above 0, one it leaves out (and names
 *     under the table) when the table cannot fit the terminal even at its narrowest, the highest
 *     first: detail that the other columns or another format also give
 */
public record Column<T>(
    Msg header, Function<T, String> cell, boolean rightAligned, String style, String css,
    boolean shrinkable, double percent, int spare) {

  public static <T> Column<T> of(Msg header, Function<T, String> cell) {
    return new Column<>(header, cell, false, "", "", false, 0, 0);
  }

  public Column<T> right() {
    return new Column<>(header, cell, true, style, css, shrinkable, percent, spare);
  }

  public Column<T> style(String name) {
    return new Column<>(header, cell, rightAligned, name, css, shrinkable, percent, spare);
  }

  public Column<T> css(String name) {
    return new Column<>(header, cell, rightAligned, style, name, shrinkable, percent, spare);
  }

  public Column<T> shrink() {
    return new Column<>(header, cell, rightAligned, style, css, true, percent, spare);
  }

  public Column<T> percent(double width) {
    return new Column<>(header, cell, rightAligned, style, css, shrinkable, width, spare);
  }

  /** A column a text table too narrow for it leaves out, the higher {@code rank} the sooner. */
  public Column<T> spare(int rank) {
    return new Column<>(header, cell, rightAligned, style, css, shrinkable, percent, rank);
  }

  /**
   * The HTML class of its cells, empty for none: a column that is not free text is {@code nowrap}
   * unless it says otherwise, so that a status ({@code on-track}) or a date never breaks.
   */
  String htmlClass() {
    if (!css.isEmpty()) {
      return css;
    }
    return rightAligned ? "num" : shrinkable ? "" : "nowrap";
  }
}
