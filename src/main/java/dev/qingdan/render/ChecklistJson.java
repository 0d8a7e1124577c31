package dev.qingdan.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.qingdan.model.Definition;
import dev.qingdan.model.Goal;
import dev.qingdan.model.Milestone;
import dev.qingdan.model.Row;
import dev.qingdan.model.Schedule;
import dev.qingdan.model.Selection;
import dev.qingdan.model.Target;

/** The contract's JSON shapes of rows, goals and their parts. */
public final class ChecklistJson {
  private ChecklistJson() {}

  /**
   * The JSON document of what {@code show} selected: a row, a goal, or an item with its rows. (It
   * lives here, and is typed as the JsonNode that Json.write takes, so that checking ShowCommand's
   * code loads no Jackson class: picocli's reflection on every command for --help does that.)
   */
  public static JsonNode selection(Selection s) {
    ObjectNode doc = Json.document();
    if (s instanceof Selection.OneRow r) {
      return row(r.row(), doc);
    }
    if (s instanceof Selection.OneGoal g) {
      return goal(g.goal(), doc);
    }
    Selection.Item i = (Selection.Item) s;
    doc.put("item", i.item());
    doc.put("title", i.rows().get(0).title());
    ArrayNode rows = doc.putArray("rows");
    for (Row r : i.rows()) {
      row(r, rows.addObject());
    }
    return doc;
  }

  /** A row: id, item, title, points, lead, partners, goal, indicator, target, schedule, … */
  public static ObjectNode row(Row r, ObjectNode o) {
    o.put("id", r.id().toString());
    o.put("item", r.id().item());
    o.put("title", r.title());
    o.put("points", r.points());
    o.set("lead", Json.strings(r.lead()));
    o.set("partners", Json.strings(r.partners()));
    o.put("goal", r.goal());
    o.put("indicator", r.indicator());
    o.set("target", target(r.target()));
    o.set("schedule", schedule(r.schedule()));
    o.set("definition", definition(r.definition()));
    o.put("method", r.method());
    if (!r.extra().isEmpty()) {
      ObjectNode extra = o.putObject("extra");
      r.extra().forEach(extra::put);
    }
    return o;
  }

  /** A goal: id, indicator, text, target, schedule. */
  public static ObjectNode goal(Goal g, ObjectNode o) {
    o.put("id", g.id());
    o.put("indicator", g.indicator());
    o.put("text", g.text());
    o.set("target", target(g.target()));
    o.set("schedule", schedule(g.schedule()));
    return o;
  }

  public static ObjectNode target(Target t) {
    ObjectNode o = Json.object();
    o.put("text", t.text());
    o.put("op", t.op() == null ? null : t.op().symbol());
    o.set("value", Json.number(t.value()));
    o.put("unit", t.unit());
    // Only where set, so that the plain targets keep their four fields.
    if (t.upper() != null) {
      o.set("upper", Json.number(t.upper()));
    }
    if (t.tolerance() != null) {
      o.set("tolerance", Json.number(t.tolerance()));
    }
    if (t.growth()) {
      o.put("growth", true);
      o.set("baseline", Json.number(t.baseline()));
    }
    return o;
  }

  public static ObjectNode schedule(Schedule s) {
    ObjectNode o = Json.object();
    o.put("text", s.text());
    o.put("kind", s.kind().yaml());
    o.put("from", s.from() == null ? null : s.from().toString());
    o.put("to", s.to() == null ? null : s.to().toString());
    ArrayNode ms = o.putArray("milestones");
    for (Milestone m : s.milestones()) {
      ObjectNode mo = ms.addObject();
      mo.put("due", m.due().toString());
      if (m.cumulative() == null) {
        mo.putNull("cumulative");
      } else {
        mo.put("cumulative", m.cumulative());
      }
      mo.put("deliverable", m.deliverable());
    }
    return o;
  }

  public static ObjectNode definition(Definition d) {
    ObjectNode o = Json.object();
    o.put("text", d.text());
    o.put("numerator", d.numerator());
    o.put("denominator", d.denominator());
    return o;
  }
}
