package dev.qingdan.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.qingdan.compute.Completeness;
import dev.qingdan.compute.Exact;
import dev.qingdan.compute.IndicatorRatio;
import dev.qingdan.compute.MonthFigure;
import dev.qingdan.compute.RatioReport;
import dev.qingdan.compute.UnitRollup;
import dev.qingdan.compute.Wilson;
import dev.qingdan.model.Measure;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.YearMonth;
import java.util.Locale;
import org.apache.commons.math3.fraction.BigFraction;

/** The contract's shape, with the interval, the completeness and (by unit) the rollup. */
public final class RatioJson implements RatioRenderer {
  /** Decimals of a ratio in JSON and CSV, cut like the percentage. */
  static final int RATIO_DIGITS = 6;

  private final boolean byUnit;

  public RatioJson(boolean byUnit) {
    this.byUnit = byUnit;
  }

  @Override
  public void render(PrintWriter out, RatioReport r) {
    ObjectNode doc = Json.document();
    doc.put(r.scope().key(), r.scope().month().toString());
    ArrayNode list = doc.putArray("indicators");
    for (IndicatorRatio i : r.indicators()) {
      indicator(i, list.addObject());
    }
    ObjectNode statuses = doc.putObject("statuses");
    r.statuses().forEach((s, n) -> statuses.put(s.word(), n));
    doc.set("completeness", completeness(r.completeness(), true));
    if (byUnit) {
      ArrayNode units = doc.putArray("units");
      for (UnitRollup u : r.units()) {
        ObjectNode o = units.addObject();
        o.put("unit", u.unit());
        o.set("ids", Json.strings(u.ids()));
        ObjectNode s = o.putObject("statuses");
        u.statuses().forEach((k, n) -> s.put(k.word(), n));
        o.set("completeness", completeness(u.completeness(), true));
      }
    }
    Json.write(out, doc);
  }

  /** One indicator, here and in the report. */
  static void indicator(IndicatorRatio i, ObjectNode o) {
    o.put("id", i.id());
    o.put("indicator", i.indicator());
    o.set("numerator", number(i.numerator()));
    o.set("denominator", number(i.denominator()));
    o.set("count", number(i.count()));
    o.set("ratio", ratio(i.ratio()));
    o.set("percent", percent(i.percent()));
    o.set("target", ChecklistJson.target(i.target()));
    o.put("status", i.status().word());
    ArrayNode months = o.putArray("months");
    for (MonthFigure m : i.months()) {
      ObjectNode mo = months.addObject();
      mo.put("period", m.period().toString());
      mo.set("numerator", number(m.numerator()));
      mo.set("denominator", number(m.denominator()));
      mo.set("count", number(m.count()));
      mo.set("ratio", ratio(m.ratio()));
      mo.put("status", m.status().word());
      mo.put("reported", m.reported());
      if (m.cumulative() != null) {
        mo.set("cumulative", number(m.cumulative()));
      }
      if (i.measure() == Measure.LEVEL) {
        mo.set("value", Json.number(m.value()));
      }
    }
    o.set("breaches", Json.strings(i.breaches().stream().map(YearMonth::toString).toList()));
    o.put("measure", i.measure().name().toLowerCase(Locale.ROOT));
    o.put("judged", i.eachMonth() ? "each-month" : "cumulative");
    o.set("lead", Json.strings(i.lead()));
    if (i.interval() == null) {
      o.putNull("interval");
    } else {
      ObjectNode w = o.putObject("interval");
      w.put("method", "wilson");
      w.put("level", Wilson.LEVEL);
      w.set("lowerPercent", percent(i.interval().lower()));
      w.set("upperPercent", percent(i.interval().upper()));
    }
    o.put("done", i.done() == null ? null : i.done().toString());
    o.set("completeness", completeness(i.completeness(), false));
    if (i.measure() == Measure.LEVEL) {
      o.set("value", Json.number(i.value()));
    }
  }

  /** The reporting: expected, reported, percent and the missing reports (with their ids). */
  static ObjectNode completeness(Completeness c, boolean withIds) {
    ObjectNode o = Json.object();
    o.put("expected", c.expected());
    o.put("reported", c.reported());
    o.set("percent", percent(c.percent()));
    ArrayNode missing = o.putArray("missing");
    for (Completeness.Gap g : c.missing()) {
      ObjectNode m = missing.addObject();
      m.put("unit", g.unit());
      if (withIds) {
        m.put("id", g.id());
      }
      m.put("period", g.period().toString());
    }
    return o;
  }

  private static JsonNode number(BigInteger v) {
    return v == null ? JsonNodeFactory.instance.nullNode() : JsonNodeFactory.instance.numberNode(v);
  }

  /** A ratio with six decimals at most, cut; 1 and 0 as integers. */
  private static JsonNode ratio(BigFraction f) {
    return f == null ? JsonNodeFactory.instance.nullNode()
        : Json.number(Exact.floor(f, RATIO_DIGITS));
  }

  /** A percentage keeps its one decimal: 100.0, 99.9. */
  private static JsonNode percent(BigDecimal p) {
    return p == null ? JsonNodeFactory.instance.nullNode() : JsonNodeFactory.instance.numberNode(p);
  }
}
