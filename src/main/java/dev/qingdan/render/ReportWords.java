package dev.qingdan.render;

import dev.qingdan.compute.Completeness;
import dev.qingdan.compute.DeadlineRow;
import dev.qingdan.compute.IndicatorRatio;
import dev.qingdan.compute.Light;
import dev.qingdan.compute.MonthlyReport;
import dev.qingdan.compute.PlanKind;
import dev.qingdan.compute.RatioStatus;
import dev.qingdan.compute.ToGreen;
import dev.qingdan.text.Lang;
import dev.qingdan.text.Msg;
import dev.qingdan.model.Measure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The phrases of {@code report} in each language, shared by its text, Markdown and HTML. */
final class ReportWords {
  private final Lang lang;

  ReportWords(Lang lang) {
    this.lang = lang;
  }

  String text(Msg m) {
    return lang.text(m);
  }

  Lang lang() {
    return lang;
  }

  String title(MonthlyReport r) {
    return text(Msg.of("Monthly evaluation (每月评估) as of %s, reports through %s", r.asOf(),
        r.through()));
  }

  /** {@code 1 met, 2 missed (33 indicators: 32 rows, 2 goals)}: the headline's targets. */
  String targets(MonthlyReport.Headline h) {
    int n = h.rows() + h.goals();
    return text(Msg.of("%d met, %d missed (%d indicators: %d rows, %d goals)", h.met(), h.missed(),
        n, h.rows(), h.goals()));
  }

  String schedule(MonthlyReport.Headline h) {
    return text(Msg.of("%d behind, %d overdue", h.behind(), h.overdue()));
  }

  /** {@code 红灯 1}, {@code 1 red}. */
  String lightCount(Light l, int n) {
    return text(Msg.in("word first", "%d %s", n, Words.word(l)));
  }

  /** The lights from red to green. */
  static List<Light> reds() {
    return List.of(Light.RED, Light.YELLOW, Light.GREEN);
  }

  String reporting(Completeness c) {
    if (c.expected() == 0) {
      return text(Msg.of("no reports expected"));
    }
    return text(Msg.of("%d of %d expected reports (%s%%)", c.reported(), c.expected(),
        c.percent()));
  }

  /** {@code 5 met, 1 missed}: the ratio statuses that occur. */
  String statuses(Map<RatioStatus, Integer> counts) {
    List<String> parts = new ArrayList<>();
    counts.forEach((s, k) -> {
      if (k > 0) {
        parts.add(text(Msg.of("%d %s", k, Words.word(s))));
      }
    });
    return parts.isEmpty() ? text(Msg.of("none")) : list(parts);
  }

  /** {@code 1 red, 2 green}: the lights that occur, red first; empty when none. */
  String lights(Map<Light, Integer> counts) {
    List<String> parts = new ArrayList<>();
    for (Light l : reds()) {
      if (counts.get(l) > 0) {
        parts.add(text(Msg.of("%d %s", counts.get(l), Words.word(l))));
      }
    }
    return list(parts);
  }

  /** Names or counts one after the other: {@code a, b} or {@code a、b}. */
  String list(List<String> parts) {
    return String.join(text(Msg.in("enumeration", ", ")), parts);
  }

  String unitSummary(MonthlyReport.UnitSection u) {
    int n = u.lines().size();
    String lights = lights(u.lights());
    Completeness c = u.completeness();
    return text(n == 1 ? Msg.of("leads %d row: %s", n, statuses(u.statuses()))
            : Msg.of("leads %d rows: %s", n, statuses(u.statuses())))
        + (lights.isEmpty() ? "" : text(Msg.of("; lights: %s", lights)))
        + (c.expected() == 0 ? "" : text(Msg.of("; reported %s", reporting(c))));
  }

  String unitName(MonthlyReport.UnitSection u) {
    return u.unit() != null ? u.unit() : text(Msg.of("(lead units not in the register)"));
  }

  /** The figure a row is measured by, as reported. */
  String actual(IndicatorRatio i) {
    if (i.measure() == Measure.LEVEL) {
      return i.value() == null ? "" : i.value().toPlainString();
    }
    if (i.measure() == Measure.DONE || i.done() != null) {
      return i.done() == null ? "" : text(Msg.in("report", "done %s", i.done()));
    }
    if (i.measure() == Measure.COUNT) {
      return i.count().toString();
    }
    if (i.denominator() != null) {
      return i.numerator() + "/" + i.denominator();
    }
    return i.count() == null ? "" : i.count().toString();
  }

  static String percent(BigDecimal p) {
    return p == null ? "-" : p + "%";
  }

  String ratioStatus(IndicatorRatio i) {
    return Words.status(i.status(), lang);
  }

  static String due(DeadlineRow d) {
    return d.due() == null ? "–" : d.due().toString();
  }

  /**
   * {@code 4/5}: actual and planned; a ceiling or a level against its bound ({@code 3.5 > 3});
   * empty without a plan.
   */
  static String progress(DeadlineRow d) {
    return d.plan() == PlanKind.NONE ? "" : DeadlineCells.figures(d);
  }

  String deadlineStatus(DeadlineRow d) {
    return Words.status(d.status(), lang);
  }

  String light(DeadlineRow d) {
    return d.light() == null ? "" : Words.light(d.light(), lang);
  }

  /** What turns the row green, or empty. */
  String toGreen(DeadlineRow d, LocalDate asOf) {
    ToGreen g = d.toGreen();
    if (g == null) {
      return "";
    }
    boolean things = d.plan() == PlanKind.DELIVERABLES;
    boolean now = g.by().equals(asOf);
    Msg when = now ? Msg.of("now") : Msg.of("by %s", g.by());
    Msg more = !things ? Msg.of("%d more", g.more())
        : g.more() == 1 ? Msg.of("%d more deliverable", g.more())
        : Msg.of("%d more deliverables", g.more());
    return text(Msg.of("%s %s (reach %d of %s)", more, when, g.reach(), d.target()));
  }

  /** Where a count is heading: {@code 2830.0/3000 at-risk → 2023-01}. */
  String forecast(DeadlineRow d) {
    return d.forecast() == null ? "" : DeadlineCells.forecast(d.forecast(), d.target(), lang);
  }

  /** The lead units, joined. */
  String lead(MonthlyReport.Line l) {
    return list(l.lead());
  }

  /** Why a missed row is missed: under (over a ceiling) in total, or in the months named. */
  String missedWhy(IndicatorRatio i) {
    boolean ceiling = i.target().op() != null && i.target().op().ceiling();
    if (!i.breaches().isEmpty()) {
      return text(ceiling ? Msg.of("over %s in %s", i.target().text(), RatioCells.breaches(i))
          : Msg.of("under %s in %s", i.target().text(), RatioCells.breaches(i)));
    }
    String figure = i.measure() == Measure.COUNT && i.count() != null ? i.count().toString()
        : percent(i.percent());
    return text(ceiling ? Msg.of("%s cumulative, over %s", figure, i.target().text())
        : Msg.of("%s cumulative, under %s", figure, i.target().text()));
  }

  String gapsHeading(Completeness c) {
    return text(c.missing().isEmpty() ? Msg.of("Reporting: %s", reporting(c))
        : Msg.of("Reporting: %s; not reported:", reporting(c)));
  }

  /** {@code not reported: 7.1 2022-03; 8.1 2022-04}. */
  String notReported(List<String> gaps) {
    return text(Msg.of("not reported: %s", String.join(text(Msg.of("; ")), gaps)));
  }
}
