package dev.qingdan.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.qingdan.compute.DiffResult;
import dev.qingdan.compute.Impact;
import dev.qingdan.text.Lang;
import dev.qingdan.text.Msg;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/** The revisions of the checklist in the git history, each with what it changed. */
public final class RevisionLog {
  /**
   * One revision.
   *
   * @param commit the commit's full hash
   * @param date the author date, YYYY-MM-DD
   * @param author the author's name
   * @param subject the first line of the commit message
   * @param created whether the checklist first appears in this commit
   * @param deleted whether this commit deletes it
   * @param diff what changed against the first parent, or null when it could not be compared
   * @param error why it could not be compared, or null
   */
  public record Entry(String commit, String date, String author, String subject, boolean created,
      boolean deleted, DiffResult diff, String error) {}

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

  private final PrintWriter out;
  private final Palette palette;
  private final int width;
  private final Lang lang;

  public RevisionLog(PrintWriter out, Palette palette, int width, Lang lang) {
    this.out = out;
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
  public void text(String path, List<Entry> entries) {
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

  /**
   * {@code {"path", "revisions": [{commit, date, author, subject, summary, impacts, …}]}}: the
   * summary and impacts as {@code diff --format json} has them.
   */
  public void json(String path, List<Entry> entries) {
    ObjectNode doc = Json.document();
    doc.put("path", path);
    ArrayNode a = doc.putArray("revisions");
    for (Entry e : entries) {
      ObjectNode o = a.addObject();
      o.put("commit", e.commit());
      o.put("date", e.date());
      o.put("author", e.author());
      o.put("subject", e.subject());
      o.put("created", e.created());
      o.put("deleted", e.deleted());
      if (e.diff() == null) {
        o.putNull("summary");
        o.putNull("impacts");
      } else {
        DiffJson.counts(o, e.diff());
      }
      o.put("error", e.error());
    }
    Json.write(out, doc);
  }
}
