package dev.qingdan.render;

import dev.qingdan.text.DisplayWidth;
import dev.qingdan.text.Html;
import dev.qingdan.text.Lang;
import dev.qingdan.text.Msg;
import dev.qingdan.text.Printable;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Rows under columns declared once ({@link Column}), written as a text table, a Markdown table or
 * an HTML table. What differs by format is said by the column's style name: each renderer passes
 * what its styles mean in that format.
 */
final class Table<T> {
  /** What a format makes of a cell whose column has a style; {@code text} is its plain text. */
  @FunctionalInterface
  interface Styles<T> {
    /** Leaves every cell as it is. */
    static <T> Styles<T> none() {
      return (style, row, text) -> text;
    }

    String apply(String style, T row, String text);
  }

  private final Lang lang;
  private final List<Column<T>> columns;

  Table(Lang lang, List<Column<T>> columns) {
    this.lang = lang;
    this.columns = List.copyOf(columns);
  }

  List<String> headers() {
    return columns.stream().map(c -> lang.text(c.header())).toList();
  }

  /**
   * The text table of {@code rows}, not yet printed: {@code marks} adds to a styled cell before it
   * is laid out (a "● " before a light).
   */
  TextTable text(List<T> rows, Styles<T> marks) {
    TextTable t = new TextTable(headers());
    for (int c = 0; c < columns.size(); c++) {
      Column<T> col = columns.get(c);
      t.shrinkable(c, col.shrinkable()).align(c, col.rightAligned() ? TextTable.Align.RIGHT
          : TextTable.Align.LEFT);
    }
    for (T row : rows) {
      List<String> cells = new ArrayList<>(columns.size());
      for (Column<T> col : columns) {
        // a cell quotes the file: no control character or line break reaches the terminal
        String text = Printable.escape(col.cell().apply(row));
        cells.add(col.style().isEmpty() ? text : marks.apply(col.style(), row, text));
      }
      t.addRow(cells);
    }
    return t;
  }

  /**
   * Prints the text table with bold headers, its free-text columns wrapped to fit {@code width}
   * (0: no limit); {@code paint} colours a styled cell after it is laid out. A table that cannot
   * fit leaves out its columns that are empty in every row, then its spare ones.
   */
  void text(PrintWriter out, int width, Palette palette, List<T> rows, Styles<T> marks,
      Styles<T> paint) {
    Narrowed<T> n = narrowed(width, rows, marks);
    List<Column<T>> printed = n.shown().columns;
    n.table().render(out, width, (text, column, row) -> {
      if (row < 0) {
        return palette.bold(text);
      }
      String style = printed.get(column).style();
      return style.isEmpty() ? text : paint.apply(style, rows.get(row), text);
    });
    if (!n.left().isEmpty()) {
      String note = lang.text(Msg.of("Not shown in %d columns: %s (a wider terminal shows them, "
          + "and so does output to a file or a pipe).", width, String.join(", ", n.left())));
      for (String line : DisplayWidth.wrap(note, width)) {
        out.print(line + "\n");
      }
    }
  }

  /**
   * The table as {@link #text} would print it in {@code width}, and the headers of the columns
   * it leaves out.
   */
  private record Narrowed<T>(Table<T> shown, TextTable table, List<String> left) {}

  private Narrowed<T> narrowed(int width, List<T> rows, Styles<T> marks) {
    Table<T> shown = this;
    List<String> left = new ArrayList<>();
    TextTable table = text(rows, marks);
    if (width > 0 && table.narrowestWidth() > width) {
      // a column empty in every row says nothing: it goes before any that has something to say
      shown = new Table<>(lang, columns.stream()
          .filter(c -> rows.stream().anyMatch(r -> !c.cell().apply(r).isBlank())).toList());
      table = shown.text(rows, marks);
    }
    while (width > 0 && table.narrowestWidth() > width) {
      Column<T> spare = shown.columns.stream().filter(c -> c.spare() > 0)
          .max(Comparator.comparingInt(Column::spare)).orElse(null);
      if (spare == null) {
        break; // printed at its narrowest, wider than the terminal; nothing is cut
      }
      left.add(lang.text(spare.header()));
      List<Column<T>> rest = new ArrayList<>(shown.columns);
      rest.remove(spare);
      shown = new Table<>(lang, rest);
      table = shown.text(rows, marks);
    }
    return new Narrowed<>(shown, table, left);
  }

  /** Whether {@link #text} lays the table out within {@code width}, its spare columns left out. */
  boolean fits(int width, List<T> rows, Styles<T> marks) {
    return width <= 0 || narrowed(width, rows, marks).table().narrowestWidth() <= width;
  }

  /**
   * Each row as a block of its own, for a terminal too narrow for the table: a line per cell that
   * has something to say, its header and then its text, wrapped between words within
   * {@code width}; a blank line between the rows. {@code marks} and {@code paint} as in
   * {@link #text}.
   */
  void stacked(PrintWriter out, int width, Palette palette, List<T> rows, Styles<T> marks,
      Styles<T> paint) {
    for (int r = 0; r < rows.size(); r++) {
      T row = rows.get(r);
      TextTable block = new TextTable(List.of("", "")).shrinkable(0, true).shrinkable(1, true);
      List<String> styles = new ArrayList<>();
      for (Column<T> col : columns) {
        String text = Printable.escape(col.cell().apply(row));
        if (!text.isBlank()) {
          block.addRow(List.of(lang.text(col.header()),
              col.style().isEmpty() ? text : marks.apply(col.style(), row, text)));
          styles.add(col.style());
        }
      }
      if (r > 0) {
        out.print("\n");
      }
      StringWriter s = new StringWriter();
      block.render(new PrintWriter(s), width, (text, column, line) -> line < 0 ? text
          : column == 0 ? palette.bold(text) : styles.get(line).isEmpty() ? text
          : paint.apply(styles.get(line), row, text));
      // the block has no header: its first two lines are the empty header and its rule
      s.toString().lines().skip(2).forEach(l -> out.print(l + "\n"));
    }
    out.flush();
  }

  /**
   * GitHub-flavoured Markdown: the header, the alignment line and a line per row; {@code marks}
   * adds plain text to a styled cell (an emoji before a light), escaped with the cell.
   */
  void markdown(PrintWriter out, List<T> rows, Styles<T> marks) {
    Markdown.row(out, headers());
    Markdown.alignment(out, columns.stream().map(Column::rightAligned).toList());
    for (T row : rows) {
      List<String> cells = new ArrayList<>(columns.size());
      for (Column<T> col : columns) {
        String text = col.cell().apply(row);
        cells.add(col.style().isEmpty() ? text : marks.apply(col.style(), row, text));
      }
      Markdown.row(out, cells); // each cell escaped there: the file's text is never markup
    }
  }

  /**
   * An HTML table, a line for its head and one per row: {@code markup} gives a styled cell's
   * content as HTML (plain cells are escaped), {@code rowClass} a row's class (empty for none).
   * Columns with a width give their columns those widths where the cells fit them (the same
   * columns in each unit's table line up); a cell never gets narrower than its longest word or
   * number, and a table wider than the screen scrolls inside a box of its own.
   */
  void html(PrintWriter out, List<T> rows, Styles<T> markup,
      Function<T, String> rowClass) {
    boolean fixed = columns.stream().anyMatch(c -> c.percent() > 0);
    // a table wider than the screen scrolls in its own box: the page never gets wider
    StringBuilder sb = new StringBuilder("<div class=\"scroll\">")
        .append(fixed ? "<table class=\"fixed\">\n" : "<table>\n");
    if (fixed) {
      sb.append("<colgroup>");
      for (Column<T> col : columns) {
        sb.append("<col style=\"width: ").append(ReportCharts.n(col.percent())).append("%\">");
      }
      sb.append("</colgroup>\n");
    }
    sb.append("<thead><tr>");
    headers().forEach(h -> sb.append("<th>").append(Html.esc(h)).append("</th>"));
    out.print(sb.append("</tr></thead>\n<tbody>\n"));
    for (T row : rows) {
      String cls = rowClass.apply(row);
      StringBuilder tr = new StringBuilder(cls.isEmpty() ? "<tr>" : "<tr class=\"" + cls + "\">");
      for (Column<T> col : columns) {
        String text = col.cell().apply(row);
        String html = col.style().isEmpty() ? Html.esc(text) : markup.apply(col.style(), row, text);
        tr.append(col.htmlClass().isEmpty() ? "<td>" : "<td class=\"" + col.htmlClass() + "\">")
            .append(html).append("</td>");
      }
      out.print(tr.append("</tr>\n"));
    }
    out.print("</tbody></table></div>\n");
  }
}
