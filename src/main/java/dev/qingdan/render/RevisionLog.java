package dev.qingdan.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.qingdan.compute.DiffResult;
import dev.qingdan.text.Lang;
import dev.qingdan.text.Msg;
import java.io.PrintWriter;
import java.util.List;
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
   * @param summary what changed against the first parent, or null when it could not be compared
   * @param error why it could not be compared, or null
   */
  public record Entry(String commit, String date, String author, String subject, boolean created,
      boolean deleted, DiffResult.Summary summary, String error) {}

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

  /** A table, newest first. */
  public void text(String path, List<Entry> entries) {
    new Table<>(lang, List.of(
        Column.<Entry>of(Msg.of("commit"), e -> e.commit().substring(0,
            Math.min(7, e.commit().length()))).style("commit"),
        Column.of(Msg.of("date"), Entry::date),
        Column.<Entry>of(Msg.of("added"), e -> count(e, DiffResult.Summary::added)).right(),
        Column.<Entry>of(Msg.of("removed"), e -> count(e, DiffResult.Summary::removed)).right(),
        Column.<Entry>of(Msg.of("modified"), e -> count(e, DiffResult.Summary::modified)).right(),
        Column.<Entry>of(Msg.of("renumbered"), e -> count(e, DiffResult.Summary::renumbered))
            .right(),
        Column.of(Msg.of("subject"), this::subject).shrink()))
        .text(out, width, palette, entries, Table.Styles.none(),
            (style, e, text) -> palette.yellow(text));
    int n = entries.size();
    out.print(lang.text(n == 1 ? Msg.of("%d revision of %s", n, path)
        : Msg.of("%d revisions of %s", n, path)) + "\n");
    out.flush();
  }

  /** A count of the entry's summary; {@code ?} where it could not be compared. */
  private static String count(Entry e, ToIntFunction<DiffResult.Summary> count) {
    return e.summary() == null ? "?" : Integer.toString(count.applyAsInt(e.summary()));
  }

  private String subject(Entry e) {
    return e.subject() + (e.created() ? lang.text(Msg.of(" (created)")) : "")
        + (e.deleted() ? lang.text(Msg.of(" (deleted)")) : "")
        + (e.error() != null ? lang.text(Msg.of(" (cannot compare: %s)", e.error())) : "");
  }

  /** {@code {"path", "revisions": [{commit, date, author, subject, summary, …}]}}. */
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
      if (e.summary() == null) {
        o.putNull("summary");
      } else {
        ObjectNode s = o.putObject("summary");
        s.put("added", e.summary().added());
        s.put("removed", e.summary().removed());
        s.put("modified", e.summary().modified());
        s.put("renumbered", e.summary().renumbered());
      }
      o.put("error", e.error());
    }
    Json.write(out, doc);
  }
}
