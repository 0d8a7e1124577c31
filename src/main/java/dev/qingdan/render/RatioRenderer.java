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
import dev.qingdan.compute.RatioStatus;
import dev.qingdan.compute.UnitRollup;
import dev.qingdan.compute.Wilson;
import dev.qingdan.text.Lang;
import dev.qingdan.text.Msg;
import dev.qingdan.model.Measure;
import dev.qingdan.text.Printable;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.math3.fraction.BigFraction;

/** The result of {@code ratio} in each format. */
public final class RatioRenderer {
  private static final List<String> CSV_HEADER = List.of("id", "indicator", "numerator",
      "denominator", "count", "ratio", "percent", "target", "status", "breaches", "lower",
      "upper", "expected", "reported", "done");

  /** Decimals of a ratio in JSON and CSV, cut like the percentage. */
  private static final int RATIO_DIGITS = 6;

  private final PrintWriter out;
  private final Palette palette;
  private final int width;
  private final Lang lang;

  public RatioRenderer(PrintWriter out, Palette palette, int width, Lang lang) {
    this.out = out;
    this.palette = palette;
    this.width = width;
    this.lang = lang;
  }

  /** The columns of the text and Markdown tables; with a unit, the reporting is that unit's. */
  private Table<IndicatorRatio> columns(String unit) {
    return new Table<>(lang, List.of(
        Column.of(Msg.of("id"), IndicatorRatio::id),
        Column.of(Msg.of("indicator"), IndicatorRatio::indicator).shrink(),
        Column.of(Msg.of("actual"), this::actual).right(),
        Column.<IndicatorRatio>of(Msg.of("ratio"), i -> percent(i.percent())).right(),
        Column.<IndicatorRatio>of(Msg.of("target"), i -> i.target().text()),
        Column.<IndicatorRatio>of(Msg.of("status"), i -> Words.status(i.status(), lang))
            .style("status"),
        Column.<IndicatorRatio>of(Msg.of("95%% interval"), i -> interval(i.interval())).spare(3),
        Column.<IndicatorRatio>of(Msg.of("reported"), i -> reported(completeness(i, unit)))
            .right().spare(2),
        Column.of(Msg.of("months missed"), RatioRenderer::breaches).shrink().style("breaches")
            .spare(1)));
  }

  // ---- text ----

  /** Aligned tables; with {@code byUnit} one per lead unit. */
  public void text(RatioReport r, boolean byUnit) {
    out.print(palette.bold(title(r)) + "\n\n");
    if (byUnit) {
      for (UnitRollup u : r.units()) {
        out.print(palette.bold(Printable.escape(u.unit())) + ": " + rollup(u) + "\n");
        table(led(r, u), u.unit());
        out.print("\n");
      }
    } else {
      table(r.indicators(), null);
      out.print("\n");
    }
    out.print(summary(r) + "\n");
    completenessText(r.completeness());
    out.flush();
  }

  /** The indicators; with a unit, the reporting column is that unit's. */
  private void table(List<IndicatorRatio> rows, String unit) {
    columns(unit).text(out, width, palette, rows, Table.Styles.none(),
        (style, i, text) -> style.equals("status") ? palette.of(i.status(), text)
            : palette.red(text));
  }

  private void completenessText(Completeness c) {
    if (c.expected() == 0) {
      return;
    }
    out.print(reporting(c) + (c.missing().isEmpty() ? "" : lang.text(Msg.of("; not reported:")))
        + "\n");
    for (Map.Entry<String, String> e : gaps(c.missing()).entrySet()) {
      out.print("  " + e.getKey() + ": " + e.getValue() + "\n");
    }
  }

  // ---- JSON ----

  /** The contract's shape, with the interval, the completeness and (by unit) the rollup. */
  public void json(RatioReport r, boolean byUnit) {
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

  static void indicator(IndicatorRatio i, ObjectNode o) {
    o.put("id", i.id());
    o.put("indicator", i.indicator());
    o.set("numerator", number(i.numerator()));
    o.set("denominator", number(i.denominator()));
    o.set("count", number(i.count()));
    o.set("ratio", ratio(i.ratio()));
    o.set("percent", percentNode(i.percent()));
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
      w.set("lowerPercent", percentNode(i.interval().lower()));
      w.set("upperPercent", percentNode(i.interval().upper()));
    }
    o.put("done", i.done() == null ? null : i.done().toString());
    o.set("completeness", completeness(i.completeness(), false));
    if (i.measure() == Measure.LEVEL) {
      o.set("value", Json.number(i.value()));
    }
  }

  static ObjectNode completeness(Completeness c, boolean withIds) {
    ObjectNode o = Json.object();
    o.put("expected", c.expected());
    o.put("reported", c.reported());
    o.set("percent", percentNode(c.percent()));
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
  private static JsonNode percentNode(BigDecimal p) {
    return p == null ? JsonNodeFactory.instance.nullNode() : JsonNodeFactory.instance.numberNode(p);
  }

  // ---- CSV ----

  /** One line per indicator (by unit: per unit and indicator it leads), RFC 4180. */
  public void csv(RatioReport r, boolean byUnit) {
    List<String> header = new ArrayList<>(CSV_HEADER);
    if (byUnit) {
      header.add(0, "unit");
    }
    Csv.writeRow(out, header);
    if (byUnit) {
      for (UnitRollup u : r.units()) {
        for (IndicatorRatio i : led(r, u)) {
          List<Object> cells = csvCells(i, u.unit());
          cells.add(0, u.unit());
          Csv.writeRow(out, cells);
        }
      }
    } else {
      r.indicators().forEach(i -> Csv.writeRow(out, csvCells(i, null)));
    }
    out.flush();
  }

  /** The cells of an indicator: figures as numbers (null where there is none), words as text. */
  private static List<Object> csvCells(IndicatorRatio i, String unit) {
    Completeness c = completeness(i, unit);
    return new ArrayList<>(Arrays.asList(i.id(), i.indicator(), i.numerator(), i.denominator(),
        i.count(),
        i.ratio() == null ? null : Exact.floor(i.ratio(), RATIO_DIGITS).stripTrailingZeros(),
        i.percent(), i.target().text(), i.status().word(),
        breaches(i),
        i.interval() == null ? null : i.interval().lower(),
        i.interval() == null ? null : i.interval().upper(),
        c.expected() == 0 ? null : c.expected(),
        c.expected() == 0 ? null : c.reported(), i.done()));
  }

  // ---- Markdown ----

  /** GitHub-flavoured Markdown: a table (by unit: a section per unit), the summary, the gaps. */
  public void markdown(RatioReport r, boolean byUnit) {
    out.print("**" + title(r) + "**\n\n");
    if (byUnit) {
      for (UnitRollup u : r.units()) {
        out.print("### " + Markdown.inline(u.unit()) + "\n\n" + rollup(u) + "\n\n");
        markdownTable(led(r, u), u.unit());
        out.print("\n");
      }
    } else {
      markdownTable(r.indicators(), null);
      out.print("\n");
    }
    out.print(summary(r) + "\n");
    Completeness c = r.completeness();
    if (c.expected() > 0) {
      out.print("\n" + reporting(c) + (c.missing().isEmpty() ? "\n"
          : lang.text(Msg.of("; not reported:")) + "\n\n"));
      for (Map.Entry<String, String> e : gaps(c.missing()).entrySet()) {
        out.print("- " + Markdown.block(e.getKey()) + ": " + Markdown.inline(e.getValue()) + "\n");
      }
    }
    out.flush();
  }

  private void markdownTable(List<IndicatorRatio> rows, String unit) {
    columns(unit).markdown(out, rows, Table.Styles.none());
  }

  // ---- shared pieces ----

  /** An indicator's reporting, or one lead unit's share of it. */
  private static Completeness completeness(IndicatorRatio i, String unit) {
    return unit == null ? i.completeness() : i.completeness(unit);
  }

  private String title(RatioReport r) {
    return lang.text(r.scope().cumulative()
        ? Msg.of("Indicator ratios through %s (cumulative)", r.scope().month())
        : Msg.of("Indicator ratios for %s (that month only)", r.scope().month()));
  }

  private String reporting(Completeness c) {
    return lang.text(Msg.in("ratio", "Reporting: %d of %d expected reports (%s%%)", c.reported(),
        c.expected(), c.percent()));
  }

  private static List<IndicatorRatio> led(RatioReport r, UnitRollup u) {
    return r.indicators().stream().filter(i -> u.ids().contains(i.id())).toList();
  }

  private String rollup(UnitRollup u) {
    Completeness c = u.completeness();
    return indicators(u.ids().size()) + ", " + statuses(u.statuses()) + (c.expected() == 0 ? ""
        : lang.text(Msg.of("; reported %d of %d (%s%%)", c.reported(), c.expected(),
            c.percent())));
  }

  private String summary(RatioReport r) {
    return indicators(r.indicators().size()) + ": " + statuses(r.statuses());
  }

  private String indicators(long n) {
    return Words.count(lang, n, Msg.of("%d indicator", n), Msg.of("%d indicators", n));
  }

  /** {@code 3 met, 1 missed}: the statuses that occur, in the contract's order. */
  private String statuses(Map<RatioStatus, Integer> counts) {
    List<String> parts = new ArrayList<>();
    counts.forEach((s, k) -> {
      if (k > 0) {
        parts.add(k + " " + Words.status(s, lang));
      }
    });
    return parts.isEmpty() ? lang.text(Msg.of("none")) : String.join(", ", parts);
  }

  /** The figure a row is measured by, as reported. */
  private String actual(IndicatorRatio i) {
    if (i.measure() == Measure.LEVEL) {
      return i.value() == null ? "" : i.value().toPlainString();
    }
    if (i.measure() == Measure.DONE || i.done() != null) {
      return i.done() == null ? "" : lang.text(Msg.of("done %s", i.done()));
    }
    if (i.measure() == Measure.COUNT) {
      return i.count().toString();
    }
    if (i.denominator() != null) {
      return i.numerator() + "/" + i.denominator();
    }
    return i.count() == null ? "" : i.count().toString();
  }

  private static String percent(BigDecimal p) {
    return p == null ? "-" : p + "%";
  }

  private static String interval(Wilson.Interval w) {
    return w == null ? "" : w.lower() + "–" + w.upper() + "%";
  }

  /** The months under target of a row judged every month. */
  static String breaches(IndicatorRatio i) {
    return i.breaches().stream().map(YearMonth::toString).collect(Collectors.joining(" "));
  }

  private static String reported(Completeness c) {
    return c.expected() == 0 ? "" : c.reported() + "/" + c.expected();
  }

  /**
   * The missing reports by unit (its name escaped, as every format shows it), each as {@code 8.1 2022-07–2022-09; 13.1 2022-11}: consecutive
   * months joined into a range.
   */
  static Map<String, String> gaps(List<Completeness.Gap> missing) {
    Map<String, Map<String, List<YearMonth>>> byUnit = new LinkedHashMap<>();
    for (Completeness.Gap g : missing) {
      byUnit.computeIfAbsent(g.unit(), k -> new LinkedHashMap<>())
          .computeIfAbsent(g.id(), k -> new ArrayList<>()).add(g.period());
    }
    Map<String, String> out = new LinkedHashMap<>();
    byUnit.forEach((unit, rows) -> out.put(Printable.escape(unit), rows.entrySet().stream()
        .map(e -> e.getKey() + " " + ranges(e.getValue())).collect(Collectors.joining("; "))));
    return out;
  }

  static String ranges(List<YearMonth> months) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < months.size(); ) {
      int j = i;
      while (j + 1 < months.size() && months.get(j + 1).equals(months.get(j).plusMonths(1))) {
        j++;
      }
      parts.add(j == i ? months.get(i).toString() : months.get(i) + "–" + months.get(j));
      i = j + 1;
    }
    return String.join(", ", parts);
  }
}
