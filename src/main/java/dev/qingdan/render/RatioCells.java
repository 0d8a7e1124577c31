package dev.qingdan.render;

import dev.qingdan.compute.Completeness;
import dev.qingdan.compute.IndicatorRatio;
import dev.qingdan.compute.RatioReport;
import dev.qingdan.compute.RatioStatus;
import dev.qingdan.compute.UnitRollup;
import dev.qingdan.compute.Wilson;
import dev.qingdan.model.Measure;
import dev.qingdan.text.Lang;
import dev.qingdan.text.Msg;
import dev.qingdan.text.Printable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The words and cells of {@code ratio} that several formats (and the report) show alike. */
final class RatioCells {
  private final Lang lang;

  RatioCells(Lang lang) {
    this.lang = lang;
  }

  /** The columns of the text and Markdown tables; with a unit, the reporting is that unit's. */
  Table<IndicatorRatio> columns(String unit) {
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
        Column.of(Msg.of("months missed"), RatioCells::breaches).shrink().style("breaches")
            .spare(1)));
  }

  /** An indicator's reporting, or one lead unit's share of it. */
  static Completeness completeness(IndicatorRatio i, String unit) {
    return unit == null ? i.completeness() : i.completeness(unit);
  }

  String title(RatioReport r) {
    return lang.text(r.scope().cumulative()
        ? Msg.of("Indicator ratios through %s (cumulative)", r.scope().month())
        : Msg.of("Indicator ratios for %s (that month only)", r.scope().month()));
  }

  String reporting(Completeness c) {
    return lang.text(Msg.in("ratio", "Reporting: %d of %d expected reports (%s%%)", c.reported(),
        c.expected(), c.percent()));
  }

  /** {@code ; not reported:}, the lead-in of the list of missing reports. */
  String notReported() {
    return lang.text(Msg.of("; not reported:"));
  }

  /** The indicators a unit leads. */
  static List<IndicatorRatio> led(RatioReport r, UnitRollup u) {
    return r.indicators().stream().filter(i -> u.ids().contains(i.id())).toList();
  }

  String rollup(UnitRollup u) {
    Completeness c = u.completeness();
    return indicators(u.ids().size()) + ", " + statuses(u.statuses()) + (c.expected() == 0 ? ""
        : lang.text(Msg.of("; reported %d of %d (%s%%)", c.reported(), c.expected(),
            c.percent())));
  }

  String summary(RatioReport r) {
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
   * The missing reports by unit (its name escaped, as every format shows it), each as {@code 8.1
   * 2022-07–2022-09; 13.1 2022-11}: consecutive months joined into a range.
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
