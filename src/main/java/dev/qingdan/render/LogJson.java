package dev.qingdan.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.qingdan.render.RevisionLog.Entry;
import java.io.PrintWriter;

/** The revisions as one JSON document, for programs. */
public final class LogJson implements LogRenderer {
  /**
   * {@code {"path", "revisions": [{commit, date, author, subject, summary, impacts, …}]}}: the
   * summary and impacts as {@code diff --format json} has them.
   */
  @Override
  public void render(PrintWriter out, RevisionLog log) {
    ObjectNode doc = Json.document();
    doc.put("path", log.path());
    ArrayNode a = doc.putArray("revisions");
    for (Entry e : log.entries()) {
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
