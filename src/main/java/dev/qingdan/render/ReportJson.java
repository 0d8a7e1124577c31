package dev.qingdan.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.qingdan.compute.MonthlyReport;
import dev.qingdan.compute.MonthlyReport.Line;
import dev.qingdan.compute.MonthlyReport.UnitSection;
import java.io.PrintWriter;

/** The monthly evaluation as one JSON document, for programs. */
public final class ReportJson implements ReportRenderer {
  /**
   * {@code {"asOf", "through", "thresholds", "headline", "attention", "rows", "goals", "units",
   * "completeness", "burnUps"}}; each row carries the object of {@code ratio} and of
   * {@code deadlines}, and the units name their rows by id.
   */
  @Override
  public void render(PrintWriter out, MonthlyReport r) {
    ObjectNode doc = Json.document();
    doc.put("asOf", r.asOf().toString());
    doc.put("through", r.through().toString());
    ObjectNode t = doc.putObject("thresholds");
    t.set("yellow", Json.number(r.thresholds().yellow()));
    t.set("red", Json.number(r.thresholds().red()));
    t.put("dueSoon", r.thresholds().dueSoonDays());

    MonthlyReport.Headline h = r.headline();
    ObjectNode head = doc.putObject("headline");
    head.put("rows", h.rows());
    head.put("goals", h.goals());
    head.put("met", h.met());
    head.put("missed", h.missed());
    head.put("behind", h.behind());
    head.put("overdue", h.overdue());
    head.put("green", h.green());
    head.put("yellow", h.yellow());
    head.put("red", h.red());
    ObjectNode rs = head.putObject("statuses");
    h.ratio().forEach((s, n) -> rs.put(s.word(), n));
    ObjectNode ds = head.putObject("deadlines");
    h.deadline().forEach((s, n) -> ds.put(s.word(), n));

    ArrayNode attention = doc.putArray("attention");
    for (Line l : r.attention()) {
      ObjectNode o = attention.addObject();
      o.put("id", l.id());
      o.put("light", l.light() == null ? null : l.light().word());
      o.put("status", l.ratio().status().word());
      o.put("deadline", l.deadline().status().word());
      o.set("lead", Json.strings(l.lead()));
      DeadlinesJson.toGreen(o, l.deadline().toGreen());
    }
    ArrayNode rows = doc.putArray("rows");
    r.rows().forEach(l -> line(l, rows.addObject()));
    ArrayNode goals = doc.putArray("goals");
    r.goals().forEach(l -> line(l, goals.addObject()));

    ArrayNode units = doc.putArray("units");
    for (UnitSection u : r.units()) {
      ObjectNode o = units.addObject();
      o.put("unit", u.unit());
      o.set("ids", Json.strings(u.lines().stream().map(Line::id).toList()));
      ObjectNode s = o.putObject("statuses");
      u.statuses().forEach((k, n) -> s.put(k.word(), n));
      ObjectNode ls = o.putObject("lights");
      u.lights().forEach((k, n) -> ls.put(k.word(), n));
      o.set("completeness", RatioJson.completeness(u.completeness(), true));
    }
    doc.set("completeness", RatioJson.completeness(r.ratios().completeness(), true));

    ArrayNode burnUps = doc.putArray("burnUps");
    for (MonthlyReport.BurnUp b : r.burnUps()) {
      ObjectNode o = burnUps.addObject();
      o.put("id", b.id());
      o.put("target", b.target());
      o.put("due", b.due().toString());
      ArrayNode points = o.putArray("points");
      for (MonthlyReport.BurnUp.Point p : b.points()) {
        ObjectNode po = points.addObject();
        po.put("date", p.date().toString());
        po.put("planned", p.planned());
        po.put("actual", p.actual());
      }
    }
    Json.write(out, doc);
  }

  private static void line(Line l, ObjectNode o) {
    o.put("id", l.id());
    o.put("title", l.title());
    o.put("indicator", l.indicator());
    o.set("lead", Json.strings(l.lead()));
    o.put("light", l.light() == null ? null : l.light().word());
    RatioJson.indicator(l.ratio(), o.putObject("ratio"));
    DeadlinesJson.row(l.deadline(), o.putObject("deadline"));
  }
}
