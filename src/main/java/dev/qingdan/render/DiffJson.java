package dev.qingdan.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.qingdan.compute.Change;
import dev.qingdan.compute.ChangeDetail;
import dev.qingdan.compute.ChangeKind;
import dev.qingdan.compute.DiffResult;
import dev.qingdan.compute.Impact;
import dev.qingdan.model.Ack;
import dev.qingdan.model.Checklist;
import dev.qingdan.compute.Exact;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * The contract's {@code diff --format json}: {@code from}, {@code to}, {@code changes} (each with
 * {@code change}, {@code id} and/or {@code oldId}, {@code field}, {@code old}, {@code new},
 * {@code impact}, plus {@code fingerprint}, {@code title}, and {@code detail} where there is more
 * to say), {@code units} and {@code document} (the register's and the document's changes, in the
 * same shape) and {@code summary}.
 */
public final class DiffJson implements DiffRenderer {
  @Override
  public void render(PrintWriter out, DiffReport r) {
    ObjectNode doc = Json.document();
    doc.put("from", r.from());
    doc.put("to", r.to());
    ArrayNode changes = doc.putArray("changes");
    for (Change c : r.diff().changes()) {
      change(changes.addObject(), c, r);
    }
    ArrayNode units = doc.putArray("units");
    for (Change c : r.diff().register()) {
      unit(units.addObject(), c, r);
    }
    ArrayNode document = doc.putArray("document");
    for (Change c : r.diff().document()) {
      ObjectNode o = document.addObject();
      o.put("change", c.change().word());
      o.put("field", c.field());
      o.put("old", c.old());
      o.put("new", c.neu());
      verdict(o, c, r);
    }
    counts(doc, r.diff());
    if (r.reviewing()) {
      ObjectNode review = doc.putObject("review");
      ArrayNode gate = review.putArray("failOn");
      for (Impact i : Impact.values()) {
        if (r.gate().contains(i)) {
          gate.add(i.word());
        }
      }
      review.put("acknowledged", r.review().acknowledged().size());
      review.put("failing", r.review().failing().size());
      ArrayNode unused = review.putArray("unusedAcks");
      r.review().unused().forEach(a -> unused.add(a.fingerprint()));
    }
    Json.write(out, doc);
  }

  /**
   * {@code summary} (rows and goals added, removed, modified, renumbered; register and document
   * entries) and {@code impacts} (every change but renumberings by its impact), as {@code diff}
   * and {@code log} write them.
   */
  static void counts(ObjectNode o, DiffResult d) {
    DiffResult.Summary s = d.summary();
    ObjectNode summary = o.putObject("summary");
    summary.put("added", s.added());
    summary.put("removed", s.removed());
    summary.put("modified", s.modified());
    summary.put("renumbered", s.renumbered());
    summary.put("units", d.register().size());
    summary.put("document", d.document().size());
    ObjectNode impacts = o.putObject("impacts");
    for (Impact i : Impact.values()) {
      impacts.put(i.word(), d.count(i));
    }
  }

  private static void change(ObjectNode o, Change c, DiffReport r) {
    o.put("change", c.change().word());
    if (c.id() != null) {
      o.put("id", c.id());
    }
    if (c.oldId() != null) {
      o.put("oldId", c.oldId());
    }
    o.put("title", c.title());
    o.put("field", c.field());
    o.put("old", c.old());
    o.put("new", c.neu());
    impact(o, c);
    o.put("fingerprint", c.fingerprint());
    ObjectNode detail = detail(c.detail());
    if (detail != null) {
      o.set("detail", detail);
    }
    if (c.change() == ChangeKind.ADDED || c.change() == ChangeKind.REMOVED) {
      Checklist side = c.change() == ChangeKind.ADDED ? r.newChecklist() : r.old();
      int index = c.change() == ChangeKind.ADDED ? c.newIndex() : c.oldIndex();
      if (c.goal()) {
        o.set("goal", ChecklistJson.goal(side.goals().get(index), Json.object()));
      } else {
        o.set("row", ChecklistJson.row(side.rows().get(index), Json.object()));
      }
    }
    acknowledged(o, c, r);
  }

  /**
   * A change of the unit register: {@code name} (the unit or generic phrase in the new revision)
   * and {@code oldName}, the field ({@code unit}, {@code generic}, {@code name}, {@code aliases}),
   * the old and new values, and the rows whose written name now stands for this unit.
   */
  private static void unit(ObjectNode o, Change c, DiffReport r) {
    o.put("change", c.change().word());
    if (c.id() != null) {
      o.put("name", c.id());
    }
    if (c.oldId() != null) {
      o.put("oldName", c.oldId());
    }
    o.put("field", c.field());
    o.put("old", c.old());
    o.put("new", c.neu());
    verdict(o, c, r);
  }

  /** What every change carries last: impact, fingerprint, detail, acknowledgement. */
  private static void verdict(ObjectNode o, Change c, DiffReport r) {
    impact(o, c);
    o.put("fingerprint", c.fingerprint());
    ObjectNode detail = detail(c.detail());
    if (detail != null) {
      o.set("detail", detail);
    }
    acknowledged(o, c, r);
  }

  /**
   * The impact in the contract's words; a mixed change, for which the contract has none, is
   * loosening (lower somewhere) with {@code "mixed": true}.
   */
  private static void impact(ObjectNode o, Change c) {
    o.put("impact", c.impact().contractual().word());
    if (c.impact() == Impact.MIXED) {
      o.put("mixed", true);
    }
  }

  private static void acknowledged(ObjectNode o, Change c, DiffReport r) {
    Ack a = r.review().ack(c);
    if (a != null) {
      ObjectNode ack = o.putObject("acknowledged");
      ack.put("reason", a.reason());
      ack.put("date", a.date().toString());
    }
  }

  private static ObjectNode detail(ChangeDetail d) {
    if (d instanceof ChangeDetail.Names n) {
      ObjectNode o = Json.object();
      o.set("added", Json.strings(n.added()));
      o.set("removed", Json.strings(n.removed()));
      ArrayNode a = o.putArray("remapped");
      for (ChangeDetail.Remap m : n.remapped()) {
        ObjectNode x = a.addObject();
        x.put("id", m.id());
        x.put("field", m.field());
        x.put("written", m.written());
        x.put("was", m.was());
      }
      return o;
    }
    if (d instanceof ChangeDetail.Units u) {
      ObjectNode o = Json.object();
      o.set("added", Json.strings(u.added()));
      o.set("removed", Json.strings(u.removed()));
      return o;
    }
    if (d instanceof ChangeDetail.GoalEdit g) {
      ObjectNode o = g.milestones() == null ? Json.object() : detail(g.milestones());
      ObjectNode text = o.putObject("text");
      text.put("old", g.oldText());
      text.put("new", g.newText());
      return o;
    }
    if (d instanceof ChangeDetail.Milestones m) {
      ObjectNode o = Json.object();
      ArrayNode a = o.putArray("milestones");
      for (ChangeDetail.Shift s : m.shifts()) {
        ObjectNode x = a.addObject();
        x.put("oldDue", s.oldDue() == null ? null : s.oldDue().toString());
        x.put("oldCumulative", s.oldAmount());
        x.put("newDue", s.newDue() == null ? null : s.newDue().toString());
        x.put("newCumulative", s.newAmount());
      }
      points(o, "raised", m.raised());
      points(o, "lowered", m.lowered());
      return o;
    }
    if (d instanceof ChangeDetail.Ratio q) {
      ObjectNode o = Json.object();
      ObjectNode old = o.putObject("old");
      old.put("numerator", q.oldNumerator());
      old.put("denominator", q.oldDenominator());
      ObjectNode neu = o.putObject("new");
      neu.put("numerator", q.newNumerator());
      neu.put("denominator", q.newDenominator());
      return o;
    }
    return null;
  }

  /**
   * Where a mixed plan rose or fell: {@code [{"date", "old", "new"}]}, only where there are any.
   */
  private static void points(ObjectNode o, String name, List<ChangeDetail.Point> points) {
    if (points.isEmpty()) {
      return;
    }
    ArrayNode a = o.putArray(name);
    for (ChangeDetail.Point p : points) {
      ObjectNode x = a.addObject();
      x.put("date", p.date().toString());
      x.put("old", figure(p.old()));
      x.put("new", figure(p.neu()));
    }
  }

  /** A planned figure as a JSON number: whole, or with up to four decimals. */
  private static BigDecimal figure(BigFraction f) {
    return f.getDenominatorAsLong() == 1 ? new BigDecimal(f.getNumerator())
        : Exact.halfUp(f, 4).stripTrailingZeros();
  }
}
