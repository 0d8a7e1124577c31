package dev.qingdan.load.table;

import dev.qingdan.model.RowId;
import dev.qingdan.text.Msg;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unit cell's note that the first unit it names leads ({@code 市发改委、市财政局(第一责任单位为牵头
 * 单位,下同)}): the note is taken off the cell, the first unit leads and the others are partners;
 * with {@code 下同} (the same below) the rule holds for every later row of the table too. Each is
 * said in an {@code info} line.
 */
final class FirstLeads {
  private static final Pattern NOTE = Pattern.compile("[(（][^)）]*第一[^)）]*牵头[^)）]*[)）]");

  private final ImportLog log;
  private boolean below;
  private boolean row;

  FirstLeads(ImportLog log) {
    this.log = log;
  }

  /** The lead cell without its note, the rule read from it for this row (and those below). */
  String read(String cell, RowId id, String where, int order) {
    Matcher m = NOTE.matcher(cell == null ? "" : cell);
    if (!m.find()) {
      row = below;
      return cell;
    }
    below = below || m.group().contains("下同");
    row = true;
    log.note("first-leads", below
        ? Msg.of("row %s: '%s': the first unit named leads and the others are partners, in this "
            + "row and the rows below", id.toString(), m.group())
        : Msg.of("row %s: '%s': the first unit named leads and the others are partners",
            id.toString(), m.group()), where, order);
    return (cell.substring(0, m.start()) + cell.substring(m.end())).strip();
  }

  /** Where the rule holds, the lead units after the first become partners, before the others. */
  void split(List<String> lead, List<String> partners) {
    if (row && lead.size() > 1) {
      partners.addAll(0, lead.subList(1, lead.size()));
      lead.subList(1, lead.size()).clear();
    }
  }
}
