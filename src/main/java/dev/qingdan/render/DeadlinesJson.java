package dev.qingdan.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.qingdan.compute.DeadlineRow;
import dev.qingdan.compute.Forecast;
import dev.qingdan.compute.Measured;
import dev.qingdan.compute.MilestoneResult;
import dev.qingdan.compute.PlanKind;
import dev.qingdan.compute.ToGreen;
import java.io.PrintWriter;
import java.time.YearMonth;

/** The contract's shape: {@code {"asOf", "rows": [{"id", "due", "target", …}]}}. */
public final class DeadlinesJson implements DeadlinesRenderer {
  @Override
  public void render(PrintWriter out, DeadlinesReport report) {
    ObjectNode doc = Json.document();
    doc.put("asOf", report.asOf().toString());
    ArrayNode rows = doc.putArray("rows");
    for (DeadlineRow r : report.rows()) {
      row(r, rows.addObject());
    }
    ObjectNode t = doc.putObject("thresholds");
    t.set("yellow", Json.number(report.thresholds().yellow()));
    t.set("red", Json.number(report.thresholds().red()));
    t.put("dueSoon", report.thresholds().dueSoonDays());
    Json.write(out, doc);
  }

  /**
   * One row, here and in the report: the contract's fields first, then the ones that explain
   * them.
   */
  public static ObjectNode row(DeadlineRow r, ObjectNode o) {
    o.put("id", r.subject().id());
    o.put("due", r.due() == null ? null : r.due().toString());
    Measured measured = r.measured();
    if (measured == null) {
      o.put("target", r.target());
      o.put("planned", r.planned());
      o.put("actual", r.actual());
    } else {
      o.set("target", Json.number(measured.target()));
      o.set("planned", Json.number(measured.planned()));
      o.set("actual", Json.number(measured.actual()));
    }
    o.put("status", r.status().word());
    o.put("light", r.light() == null ? null : r.light().word());
    Forecast f = r.forecast();
    if (f == null) {
      o.putNull("forecast");
    } else {
      ObjectNode fo = o.putObject("forecast");
      fo.set("projected", Json.number(DeadlineCells.decimal(f.projected(), 1)));
      fo.put("dueDate", f.dueDate().toString());
      fo.put("atRisk", f.atRisk());
      fo.put("reachMonth", f.reachMonth() == null ? null : f.reachMonth().toString());
      fo.set("rate", Json.number(DeadlineCells.decimal(f.rate(), 2)));
      fo.put("through", f.through().toString());
    }
    ArrayNode ms = o.putArray("milestones");
    for (MilestoneResult m : r.milestones()) {
      ObjectNode mo = ms.addObject();
      mo.put("due", m.due().toString());
      mo.put("planned", m.planned());
      mo.put("actual", m.actual());
      mo.put("status", m.status().word());
      if (m.deliverable() != null) {
        mo.put("deliverable", m.deliverable());
      }
      mo.put("reached", m.reached() == null ? null : m.reached().toString());
    }
    o.put("title", r.subject().title());
    o.put("indicator", r.subject().indicator());
    o.set("lead", Json.strings(r.subject().lead()));
    o.put("plan", r.plan().word());
    o.put("targetText", r.subject().target() == null ? null : r.subject().target().text());
    o.put("schedule", r.subject().schedule().text());
    o.set("gap", Json.number(r.gap()));
    toGreen(o, r.toGreen());
    if (r.plan() == PlanKind.LEVEL) {
      o.set("breaches", Json.strings(measured.breaches().stream().map(YearMonth::toString)
          .toList()));
    }
    return o;
  }

  /** {@code "toGreen": {"reach", "more", "by"}}, or null where nothing turns the light green. */
  static void toGreen(ObjectNode o, ToGreen t) {
    if (t == null) {
      o.putNull("toGreen");
    } else {
      ObjectNode g = o.putObject("toGreen");
      g.put("reach", t.reach());
      g.put("more", t.more());
      g.put("by", t.by().toString());
    }
  }
}
