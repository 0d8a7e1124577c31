package dev.qingdan.render;

import dev.qingdan.compute.DiffResult;
import dev.qingdan.compute.Impact;
import dev.qingdan.render.RevisionLog.Entry;
import dev.qingdan.text.Lang;
import dev.qingdan.text.Msg;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/** The revisions as a table, one a line, with the count of each kind of change. */
public final class LogText implements LogRenderer {
  /**
   * The impacts a revision is counted by, in the order of the columns, each with the rank at
   * which a narrow terminal leaves its column out (the highest first; loosening last).
   */
  private static final Map<Impact, Integer> IMPACTS = impacts();

  private static Map<Impact, Integer> impacts() {
    Map<Impact, Integer> m = new LinkedHashMap<>();
    m.put(Impact.TIGHTENING, 2);
    m.put(Impact.LOOSENING, 1);
    m.put(Impact.MIXED, 3);
    m.put(Impact.NEUTRAL, 6);
    m.put(Impact.DEFINITIONAL, 7);
    return m;
  }

  private final Palette palette;
  private final int width;
  private final Lang lang;

  /** {@code width} 0 means no limit (a pipe). */
  public LogText(Palette palette, int width, Lang lang) {
    this.palette = palette;
    this.width = width;
    this.lang = lang;
  }

  /**
   * A table, newest first: the rows and goals added, removed, modified and renumbered, the changes
   * of the unit register and of the document, then every change (renumberings left out) counted
   * by its impact, as {@code diff} counts them. A terminal too narrow for them all loses the
   * definitional, neutral, document and register counts first, loosening last.
   */
  @Override
  public void render(PrintWriter out, RevisionLog log) {
    List<Entry> entries = log.entries();
    String path = log.path();
    List<Column<Entry>> columns = new ArrayList<>(List.of(
        Column.<Entry>of(Msg.of("commit"), e -> e.commit().substring(0,
            Math.min(7, e.commit().length()))).style("commit"),
        Column.of(Msg.of("date"), Entry::date),
        Column.<Entry>of(Msg.of("added"), e -> count(e, d -> d.summary().added())).right(),
        Column.<Entry>of(Msg.of("removed"), e -> count(e, d -> d.summary().removed())).right(),
        Column.<Entry>of(Msg.of("modified"), e -> count(e, d -> d.summary().modified())).right(),
        Column.<Entry>of(Msg.of("renumbered"), e -> count(e, d -> d.summary().renumbered()))
            .right(),
        Column.<Entry>of(Msg.in("log", "units"), e -> count(e, d -> d.register().size()))
            .right().spare(4),
        Column.<Entry>of(Msg.in("log", "document"), e -> count(e, d -> d.document().size()))
            .right().spare(5)));
    IMPACTS.forEach((i, rank) -> columns.add(Column.<Entry>of(DiffWords.word(i),
        e -> count(e, d -> (int) d.count(i))).right().spare(rank)));
    columns.add(Column.of(Msg.of("subject"), this::subject).shrink());
    new Table<>(lang, columns)
        .text(out, width, palette, entries, Table.Styles.none(),
            (style, e, text) -> palette.yellow(text));
    int n = entries.size();
    out.print(lang.text(n == 1 ? Msg.of("%d revision of %s", n, path)
        : Msg.of("%d revisions of %s", n, path)) + "\n");
    out.flush();
  }

  /** A count of the entry's changes; {@code ?} where it could not be compared. */
  private static String count(Entry e, ToIntFunction<DiffResult> count) {
    return e.diff() == null ? "?" : Integer.toString(count.applyAsInt(e.diff()));
  }

  private String subject(Entry e) {
    return e.subject() + (e.created() ? lang.text(Msg.of(" (created)")) : "")
        + (e.deleted() ? lang.text(Msg.of(" (deleted)")) : "")
        + (e.error() != null ? lang.text(Msg.of(" (cannot compare: %s)", e.error())) : "");
  }
}
