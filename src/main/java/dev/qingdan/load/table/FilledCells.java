package dev.qingdan.load.table;

import dev.qingdan.load.Place;
import dev.qingdan.model.RowId;
import dev.qingdan.text.Msg;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The blank cells an import filled from the row above, as a merged cell of the source would have
 * them, said once per run of rows in a column: {@code rows 3.2-3.4: 牵头单位 taken from the row
 * above (merged cell)}. Cells filled across items (a lead cell merged over several items, which
 * pasted text cannot tell from an empty one) are an assumption, and said as a warning.
 */
final class FilledCells {
  private final ImportLog log;
  private final boolean acrossItems;
  private final Map<Column, Run> open = new EnumMap<>(Column.class);
  private final List<Run> closed = new ArrayList<>();
  private int row;

  /** A run of rows with one column filled: its first and last row, and where it starts. */
  private record Run(RowId first, RowId last, int lastRow, String header, String where,
      int order) {}

  /** {@code acrossItems}: the cells are filled in numbered rows, from the item before. */
  FilledCells(ImportLog log, boolean acrossItems) {
    this.log = log;
    this.acrossItems = acrossItems;
  }

  /**
   * One row read: {@code filled} the columns it took from the row above, with the header each has
   * in the table and the place of its cell.
   */
  void row(RowId id, Map<Column, String> headers, List<Column> filled, Place place,
      Map<Column, Integer> at) {
    row++;
    for (Column c : new ArrayList<>(open.keySet())) {
      if (!filled.contains(c)) {
        closed.add(open.remove(c));
      }
    }
    for (Column c : filled) {
      Run r = open.get(c);
      open.put(c, r != null && r.lastRow() == row - 1
          ? new Run(r.first(), id, row, r.header(), r.where(), r.order())
          : new Run(id, id, row, headers.get(c), place.where(at.getOrDefault(c, 0)),
              place.order()));
    }
  }

  /** The rows end: every run is said, the columns of the same rows in one line. */
  void end() {
    closed.addAll(open.values());
    open.clear();
    Map<String, Msg> headers = new LinkedHashMap<>();
    Map<String, Run> first = new LinkedHashMap<>();
    for (Run r : closed) {
      String rows = r.first() + "-" + r.last();
      Msg h = Msg.verbatim(r.header());
      headers.merge(rows, h, (a, b) -> Msg.in("list", "%s, %s", a, b));
      first.putIfAbsent(rows, r);
    }
    first.forEach((rows, r) -> {
      Msg h = headers.get(rows);
      String a = r.first().toString();
      String b = r.last().toString();
      if (acrossItems) {
        log.warn("merged", a.equals(b)
            ? Msg.of("row %s: %s blank, taken from the item above: read as a cell merged over "
                + "several items (pasted text does not tell it from an empty cell)", a, h)
            : Msg.of("rows %s-%s: %s blank, taken from the item above: read as a cell merged over "
                + "several items (pasted text does not tell it from an empty cell)", a, b, h),
            r.where(), r.order());
      } else {
        log.note("merged", a.equals(b)
            ? Msg.of("row %s: %s taken from the row above (merged cell)", a, h)
            : Msg.of("rows %s-%s: %s taken from the row above (merged cell)", a, b, h), r.where(),
            r.order());
      }
    });
    closed.clear();
  }
}
