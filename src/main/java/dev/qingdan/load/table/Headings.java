package dev.qingdan.load.table;

import dev.qingdan.load.table.ColumnRoles.Layout;
import dev.qingdan.load.Place;
import dev.qingdan.load.office.SourceDocument.Block;
import dev.qingdan.load.office.SourceDocument.Paragraph;
import dev.qingdan.load.office.SourceDocument.SourceRow;
import dev.qingdan.text.Msg;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The headings of a table whose tasks are numbered lines of one task column, as a plan's flowing
 * text is laid out in a table ({@code 一、优化营商环境} over {@code 1.…}, {@code 2.…}): a line with
 * a number and no other cell, whose number is of a higher level than the next line's ({@code 一、}
 * over {@code （一）} over {@code 1.} over {@code (1)}), is a heading, not a task. It becomes the
 * title of the tasks under it, each task's own text their points, as in a table that gives its
 * headings a column of their own.
 */
final class Headings {
  private final ImportLog log;
  private String heading;

  Headings(ImportLog log) {
    this.log = log;
  }

  /** A new header layout: no heading is open. */
  void clear() {
    heading = null;
  }

  /**
   * A line of prose between the rows of the table, where a paste left a row whose other cells are
   * blank: a heading (null), or a numbered task, returned as a row of its task cell alone. Null
   * for any other line, which is not the table's.
   */
  SourceRow paragraph(Paragraph p, Layout layout, List<Block> blocks, int at) {
    if (!takesHeadings(layout) || TaskNumbering.level(p.text()) < 0
        || consider(p.text(), p.place(), layout, blocks, at)) {
      return null;
    }
    List<String> cells = new ArrayList<>(Collections.nCopies(layout.cells().size(), ""));
    cells.set(layout.columns().get(Column.TITLE), p.text());
    return new SourceRow(cells, Set.of(), p.place());
  }

  /** Whether the row is a heading: a numbered task cell alone, above a lower level. */
  boolean row(SourceRow sr, Layout layout, List<Block> blocks, int at) {
    if (!takesHeadings(layout)) {
      return false;
    }
    int t = layout.columns().get(Column.TITLE);
    for (int i = 0; i < sr.cells().size(); i++) {
      if (i != t && !sr.cells().get(i).isEmpty()) {
        return false;
      }
    }
    return t < sr.cells().size() && consider(sr.cells().get(t), sr.place(), layout, blocks, at);
  }

  /** The row's cells under the open heading: the heading its title, its own task its points. */
  TableRows.RowCells under(TableRows.RowCells c) {
    String task = c.get(Column.TITLE);
    if (heading == null || task.isEmpty()) {
      return c; // a blank task cell continues the task above
    }
    Map<Column, String> text = new EnumMap<>(c.text());
    text.put(Column.POINTS, task);
    text.put(Column.TITLE, heading);
    Map<Column, Integer> at = new EnumMap<>(c.at());
    at.put(Column.POINTS, at.get(Column.TITLE));
    return new TableRows.RowCells(text, c.continued(), at, c.place(), c.extra(), c.detail(),
        c.grouping(), c.measure());
  }

  /** A table takes headings where its tasks are in one column: a title, no points, no 序号. */
  private static boolean takesHeadings(Layout layout) {
    Map<Column, Integer> c = layout == null ? Map.of() : layout.columns();
    return c.containsKey(Column.TITLE) && !c.containsKey(Column.POINTS)
        && !c.containsKey(Column.ITEM);
  }

  private boolean consider(String text, Place place, Layout layout, List<Block> blocks, int at) {
    int level = TaskNumbering.level(text);
    if (level < 0 || nextLevel(blocks, at, layout.columns().get(Column.TITLE)) <= level) {
      return false;
    }
    heading = TaskNumbering.prefix(text).rest();
    log.note("heading", Msg.of("'%s' is a heading (a numbered line with no other cell, over tasks "
        + "numbered one level down): the title of the tasks under it", text), place.where(),
        place.order());
    return true;
  }

  /** The level of the number of the next line that has text; -1 for none. */
  private static int nextLevel(List<Block> blocks, int at, int title) {
    for (int i = at + 1; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      String text = b instanceof Paragraph p ? p.text()
          : ((SourceRow) b).cells().stream().allMatch(String::isEmpty) ? ""
          : title < ((SourceRow) b).cells().size() ? ((SourceRow) b).cells().get(title) : "";
      if (!text.isEmpty()) {
        return TaskNumbering.level(text);
      }
    }
    return -1;
  }
}
