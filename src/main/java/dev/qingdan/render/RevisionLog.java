package dev.qingdan.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.qingdan.compute.DiffResult;
import java.io.PrintWriter;
import java.util.List;

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
    TextTable t = new TextTable(lang == Lang.zh
        ? List.of("提交", "日期", "新增", "删除", "修改", "重新编号", "说明")
        : List.of("commit", "date", "added", "removed", "modified", "renumbered", "subject"));
    for (int c = 2; c <= 5; c++) {
      t.align(c, TextTable.Align.RIGHT);
    }
    t.shrinkable(6, true);
    for (Entry e : entries) {
      DiffResult.Summary s = e.summary();
      String subject = e.subject() + (e.created() ? lang.pick("（新建）", " (created)") : "")
          + (e.deleted() ? lang.pick("（删除）", " (deleted)") : "")
          + (e.error() != null ? lang.pick("（无法比较：", " (cannot compare: ") + e.error()
              + lang.pick("）", ")") : "");
      t.addRow(List.of(e.commit().substring(0, Math.min(7, e.commit().length())), e.date(),
          count(s == null ? null : s.added()), count(s == null ? null : s.removed()),
          count(s == null ? null : s.modified()), count(s == null ? null : s.renumbered()),
          subject));
    }
    t.render(out, width, (text, column, row) -> row < 0 ? palette.bold(text)
        : column == 0 ? palette.yellow(text) : text);
    out.print(lang == Lang.zh ? path + " 共 " + entries.size() + " 个版本\n"
        : Words.count(entries.size(), "revision", lang, "") + " of " + path + "\n");
    out.flush();
  }

  private static String count(Integer n) {
    return n == null ? "?" : n.toString();
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
