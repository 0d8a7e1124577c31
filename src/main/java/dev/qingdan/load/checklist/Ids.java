package dev.qingdan.load.checklist;

import dev.qingdan.model.Checklist;
import dev.qingdan.model.Goal;
import dev.qingdan.model.Row;
import dev.qingdan.model.RowId;
import dev.qingdan.model.Selection;
import dev.qingdan.text.Msg;
import dev.qingdan.text.MsgException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads ids as users type them: {@code 13.1}, {@code 13} (item 13, which is 13.1 when the item
 * has one row), {@code G1}.
 */
public final class Ids {
  private static final Pattern ITEM = Pattern.compile("[1-9][0-9]{0,5}");

  private Ids() {}

  /** What {@code text} stands for, or a message saying why it stands for nothing. */
  public static Selection select(Checklist c, String text) throws IdException {
    String s = text.strip();
    if (s.matches("(?i)G[1-9][0-9]*")) {
      Optional<Goal> g = c.goal(s);
      if (g.isEmpty()) {
        throw new IdException(Msg.of("no goal %s; the goals are %s",
            s.toUpperCase(java.util.Locale.ROOT),
            String.join(", ", c.goals().stream().map(Goal::id).toList())));
      }
      return new Selection.OneGoal(g.get());
    }
    if (ITEM.matcher(s).matches()) {
      int n = Integer.parseInt(s);
      List<Row> rows = c.item(n);
      if (rows.isEmpty()) {
        throw new IdException(Msg.of("no item %d; %s", n, range(c)));
      }
      return rows.size() == 1 ? new Selection.OneRow(rows.get(0)) : new Selection.Item(n, rows);
    }
    Optional<RowId> id = RowId.parse(s);
    if (id.isEmpty()) {
      throw new IdException(Msg.of("'%s' is not an id: write a row as N.k (13.1), an item as N "
          + "(13) or a goal as G1", text));
    }
    return c.row(id.get()).<Selection>map(Selection.OneRow::new).orElseThrow(() -> {
      List<Row> item = c.item(id.get().item());
      Msg hint = item.isEmpty() ? range(c)
          : Msg.of("item %d has the rows %s", id.get().item(), String.join(", ",
              item.stream().map(r -> r.id().toString()).toList()));
      return new IdException(Msg.of("no row %s; %s", id.get(), hint));
    });
  }

  /**
   * The row an id stands for where a row is needed: {@code N} is an error for an item of several
   * rows.
   */
  public static Row row(Checklist c, String text) throws IdException {
    Selection s = select(c, text);
    if (s instanceof Selection.OneRow r) {
      return r.row();
    }
    if (s instanceof Selection.Item i) {
      throw new IdException(Msg.of("item %d has %d rows (%s); name one of them", i.item(),
          i.rows().size(),
          String.join(", ", i.rows().stream().map(r -> r.id().toString()).toList())));
    }
    throw new IdException(Msg.of("'%s' is a goal, not a row", text));
  }

  private static Msg range(Checklist c) {
    if (c.rows().isEmpty()) {
      return Msg.of("the checklist has no rows");
    }
    return Msg.of("the checklist has items %d–%d", c.rows().get(0).id().item(),
        c.rows().get(c.rows().size() - 1).id().item());
  }

  /**
   * An id that stands for nothing in the checklist. {@link #getMessage()} is the sentence in
   * English; {@link #msg()} is the sentence to print in the reader's language.
   */
  public static final class IdException extends MsgException {
    private static final long serialVersionUID = 1L;

    public IdException(Msg msg) {
      super(msg);
    }
  }
}
