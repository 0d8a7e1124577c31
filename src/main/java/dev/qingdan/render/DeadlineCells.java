package dev.qingdan.render;

import dev.qingdan.compute.DeadlineRow;
import dev.qingdan.compute.DeadlineStatus;
import dev.qingdan.compute.Forecast;
import dev.qingdan.compute.Light;
import dev.qingdan.compute.Measured;
import dev.qingdan.compute.PlanKind;
import dev.qingdan.compute.ToGreen;
import dev.qingdan.model.Op;
import dev.qingdan.text.Lang;
import dev.qingdan.text.Msg;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** The cells of a deadline row that several formats (and the report) show alike. */
final class DeadlineCells {
  private final Lang lang;

  DeadlineCells(Lang lang) {
    this.lang = lang;
  }

  Column<DeadlineRow> id() {
    return Column.of(Msg.of("id"), r -> r.subject().id());
  }

  Column<DeadlineRow> title() {
    return Column.of(Msg.of("item"), r -> r.subject().title());
  }

  Column<DeadlineRow> due() {
    return Column.of(Msg.of("due"), r -> r.due().toString());
  }

  Column<DeadlineRow> target() {
    return Column.of(Msg.of("target"), r -> target(r, lang));
  }

  Column<DeadlineRow> status() {
    return Column.of(Msg.of("status"), r -> Words.status(r.status(), lang));
  }

  Column<DeadlineRow> light() {
    return Column.<DeadlineRow>of(Msg.of("light"), r -> Words.light(r.light(), lang))
        .style("light");
  }

  /** The rows without a dated plan, a line per status: the sentence of its word and its ids. */
  List<String> unplanned(DeadlinesReport report, BiFunction<Msg, List<String>, Msg> sentence) {
    Map<DeadlineStatus, List<String>> by = new EnumMap<>(DeadlineStatus.class);
    for (DeadlineRow r : report.unplanned()) {
      by.computeIfAbsent(r.status(), k -> new ArrayList<>()).add(r.subject().id());
    }
    List<String> lines = new ArrayList<>();
    for (var e : by.entrySet()) {
      lines.add(lang.text(sentence.apply(Words.word(e.getKey()), e.getValue())));
    }
    return lines;
  }

  /**
   * The row's figures: actual/planned ({@code 4/5}, {@code 700/733.34}); for a ceiling or a level
   * the figure against its bound, {@code ≤} while it holds, and a level's months over it ({@code
   * 3.5 > 3 (2022-02, 2022-09)}).
   */
  static String figures(DeadlineRow r) {
    Measured m = r.measured();
    if (m == null) {
      return (r.actual() == null ? "–" : r.actual().toString()) + "/" + r.planned();
    }
    if (r.plan() == PlanKind.GROWTH) {
      return figure(m.actual(), m) + "/" + figure(m.planned(), m);
    }
    String cell = figure(m.actual(), m) + " "
        + symbol(r.subject().target().op(), !Boolean.FALSE.equals(m.holds())) + " "
        + figure(m.target(), m);
    return m.breaches().isEmpty() ? cell : cell + " " + months(m);
  }

  /** A level's months over its bound: {@code (2022-02, 2022-09)}. */
  static String months(Measured m) {
    return "(" + String.join(", ", m.breaches().stream().map(YearMonth::toString).toList())
        + ")";
  }

  /** A decimal figure as shown: {@code 2.5}, {@code 5.1%}; {@code –} without one. */
  static String figure(BigDecimal d, Measured m) {
    return d == null ? "–" : d.toPlainString() + (m.percent() ? "%" : "");
  }

  /** How a figure stands to its bound: the target's own sign where it holds, else its opposite. */
  static String symbol(Op op, boolean holds) {
    return switch (op) {
      case AT_MOST -> holds ? "≤" : ">";
      case LESS_THAN -> holds ? "<" : "≥";
      case MORE_THAN -> holds ? ">" : "≤";
      case AT_LEAST, BETWEEN -> holds ? "≥" : "<";
    };
  }

  static String target(DeadlineRow r, Lang lang) {
    Measured m = r.measured();
    if (m != null) {
      String text = r.subject().target().text();
      return r.plan() == PlanKind.GROWTH ? figure(m.target(), m) + " (" + text + ")" : text;
    }
    if (r.plan() == PlanKind.DELIVERABLES) {
      return Words.count(lang, r.target(), Msg.of("%d deliverable", r.target()),
          Msg.of("%d deliverables", r.target()));
    }
    return r.target() + unitWord(r);
  }

  static String forecast(Forecast f, Long target, Lang lang) {
    if (f == null) {
      return "";
    }
    return decimal(f.projected(), 1).toPlainString() + "/" + target
        + (f.atRisk() ? " " + lang.text(Msg.of("at-risk")) : "") + " → "
        + (f.reachMonth() == null ? lang.text(Msg.of("never")) : f.reachMonth().toString());
  }

  static String toGreen(DeadlineRow r, LocalDate asOf, Lang lang) {
    ToGreen g = r.toGreen();
    Msg when = g.by().equals(asOf) ? Msg.in("deadlines", "now")
        : Msg.in("deadlines", "by %s", g.by());
    Msg more = r.plan() != PlanKind.DELIVERABLES ? Msg.in("deadlines", "%d more", g.more())
        : g.more() == 1 ? Msg.in("deadlines", "%d more deliverable", g.more())
        : Msg.in("deadlines", "%d more deliverables", g.more());
    return lang.text(Msg.in("deadlines", "%s %s (reach %d of %s)", more, when, g.reach(),
        r.target()));
  }

  static String summary(List<DeadlineRow> rows, Lang lang) {
    Map<DeadlineStatus, Integer> n = new EnumMap<>(DeadlineStatus.class);
    Map<Light, Integer> lights = new EnumMap<>(Light.class);
    for (DeadlineRow r : rows) {
      n.merge(r.status(), 1, Integer::sum);
      if (r.light() != null) {
        lights.merge(r.light(), 1, Integer::sum);
      }
    }
    List<String> parts = new ArrayList<>();
    n.forEach((k, v) -> parts.add(v + " " + Words.status(k, lang)));
    List<String> ls = new ArrayList<>();
    lights.forEach((k, v) -> ls.add(v + " " + Words.light(k, lang)));
    return Words.count(lang, rows.size(), Msg.of("%d row", rows.size()),
        Msg.of("%d rows", rows.size()))
        + (parts.isEmpty() ? "" : ": " + String.join(", ", parts))
        + (ls.isEmpty() ? "" : lang.text(Msg.of("; lights: %s", String.join(", ", ls))));
  }

  /** The unit of the row's target, none for a percentage. */
  static String unitWord(DeadlineRow r) {
    String unit = r.subject().target() == null ? null : r.subject().target().unit();
    return unit == null || "%".equals(unit) ? "" : unit;
  }

  static BigDecimal decimal(double d, int scale) {
    return BigDecimal.valueOf(d).setScale(scale, RoundingMode.HALF_UP);
  }
}
