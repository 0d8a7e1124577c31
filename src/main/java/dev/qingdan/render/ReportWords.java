package dev.qingdan.render;

import dev.qingdan.compute.Completeness;
import dev.qingdan.compute.DeadlineRow;
import dev.qingdan.compute.Forecast;
import dev.qingdan.compute.IndicatorRatio;
import dev.qingdan.compute.Light;
import dev.qingdan.compute.MonthlyReport;
import dev.qingdan.compute.PlanKind;
import dev.qingdan.compute.RatioStatus;
import dev.qingdan.compute.ToGreen;
import dev.qingdan.model.Measure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The phrases of {@code report} in each language, shared by its text, Markdown and HTML. */
final class ReportWords {
  private final Lang lang;

  ReportWords(Lang lang) {
    this.lang = lang;
  }

  String pick(String zh, String en) {
    return lang.pick(zh, en);
  }

  Lang lang() {
    return lang;
  }

  String title(MonthlyReport r) {
    return pick("每月评估：截至 " + r.asOf() + "（报送数据截至 " + r.through() + "）",
        "Monthly evaluation (每月评估) as of " + r.asOf() + ", reports through " + r.through());
  }

  String indicators(MonthlyReport.Headline h) {
    int n = h.rows() + h.goals();
    return pick("共" + n + "项：清单" + h.rows() + "行，工作目标" + h.goals() + "项",
        n + " indicators: " + h.rows() + " rows, " + h.goals() + " goals");
  }

  String targets(MonthlyReport.Headline h) {
    return pick("达标" + h.met() + "项，未达标" + h.missed() + "项",
        h.met() + " met, " + h.missed() + " missed");
  }

  String schedule(MonthlyReport.Headline h) {
    return pick("滞后" + h.behind() + "项，逾期" + h.overdue() + "项",
        h.behind() + " behind, " + h.overdue() + " overdue");
  }

  /** {@code 红灯 1}, {@code 1 red}. */
  String lightCount(Light l, int n) {
    return pick(Words.light(l, lang) + " " + n, n + " " + Words.light(l, lang));
  }

  /** The lights from red to green. */
  static List<Light> reds() {
    return List.of(Light.RED, Light.YELLOW, Light.GREEN);
  }

  String reporting(Completeness c) {
    if (c.expected() == 0) {
      return pick("无应报数据", "no reports expected");
    }
    return pick("应报" + c.expected() + "次，已报" + c.reported() + "次（" + c.percent() + "%）",
        c.reported() + " of " + c.expected() + " expected reports (" + c.percent() + "%)");
  }

  /** {@code 5 met, 1 missed}: the ratio statuses that occur. */
  String statuses(Map<RatioStatus, Integer> counts) {
    List<String> parts = new ArrayList<>();
    counts.forEach((s, k) -> {
      if (k > 0) {
        parts.add(pick(Words.status(s, lang) + k, k + " " + Words.status(s, lang)));
      }
    });
    return parts.isEmpty() ? pick("无", "none") : String.join(pick("、", ", "), parts);
  }

  /** {@code 1 red, 2 green}: the lights that occur, red first; empty when none. */
  String lights(Map<Light, Integer> counts) {
    List<String> parts = new ArrayList<>();
    for (Light l : reds()) {
      if (counts.get(l) > 0) {
        parts.add(pick(Words.light(l, lang) + counts.get(l), counts.get(l) + " "
            + Words.light(l, lang)));
      }
    }
    return String.join(pick("、", ", "), parts);
  }

  String unitSummary(MonthlyReport.UnitSection u) {
    int n = u.lines().size();
    String lights = lights(u.lights());
    Completeness c = u.completeness();
    return pick("牵头" + n + "项：" + statuses(u.statuses())
            + (lights.isEmpty() ? "" : "；预警：" + lights)
            + (c.expected() == 0 ? "" : "；报送：" + reporting(c)),
        "leads " + n + (n == 1 ? " row: " : " rows: ") + statuses(u.statuses())
            + (lights.isEmpty() ? "" : "; lights: " + lights)
            + (c.expected() == 0 ? "" : "; reported " + reporting(c)));
  }

  String unitName(MonthlyReport.UnitSection u) {
    return u.unit() != null ? u.unit() : pick("（未列入单位名单的牵头单位）",
        "(lead units not in the register)");
  }

  /** The figure a row is measured by, as reported. */
  String actual(IndicatorRatio i) {
    if (i.measure() == Measure.LEVEL) {
      return i.value() == null ? "" : i.value().toPlainString();
    }
    if (i.measure() == Measure.DONE || i.done() != null) {
      return i.done() == null ? "" : pick(i.done() + " 完成", "done " + i.done());
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

  /** The months under target of a row judged every month. */
  static String breaches(IndicatorRatio i) {
    return i.breaches().stream().map(YearMonth::toString).collect(Collectors.joining(" "));
  }

  static String due(DeadlineRow d) {
    return d.due() == null ? "–" : d.due().toString();
  }

  /** {@code 4/5}: actual and planned; empty without a plan. */
  static String progress(DeadlineRow d) {
    if (d.plan() == PlanKind.NONE) {
      return "";
    }
    return (d.actual() == null ? "–" : d.actual().toString()) + "/" + d.planned();
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
    return pick((now ? "立即" : g.by() + "前") + (things ? "再交付" + g.more() + "项" : "再完成"
            + g.more()) + "（累计达到" + g.reach() + "/" + d.target() + "）",
        g.more() + " more" + (things ? (g.more() == 1 ? " deliverable" : " deliverables") : "")
            + (now ? " now" : " by " + g.by()) + " (reach " + g.reach() + " of " + d.target()
            + ")");
  }

  /** Where a count is heading: {@code 2830.0/3000 at-risk → 2023-01}. */
  String forecast(DeadlineRow d) {
    Forecast f = d.forecast();
    if (f == null) {
      return "";
    }
    return BigDecimal.valueOf(f.projected()).setScale(1, RoundingMode.HALF_UP).toPlainString()
        + "/" + d.target() + (f.atRisk() ? pick(" 有风险", " at-risk") : "") + " → "
        + (f.reachMonth() == null ? pick("无法达成", "never") : f.reachMonth().toString());
  }

  /** The lead units, joined. */
  String lead(MonthlyReport.Line l) {
    return String.join(pick("、", ", "), l.lead());
  }

  /** Why a missed row is missed: under target in total, or in the months named. */
  String missedWhy(IndicatorRatio i) {
    if (!i.breaches().isEmpty()) {
      return pick("未达" + i.target().text() + "的月份：" + breaches(i),
          "under " + i.target().text() + " in " + breaches(i));
    }
    return pick("累计" + percent(i.percent()) + "，低于" + i.target().text(),
        percent(i.percent()) + " cumulative, under " + i.target().text());
  }

  String gapsHeading(Completeness c) {
    return pick("报送：" + reporting(c) + (c.missing().isEmpty() ? "" : "；未报："),
        "Reporting: " + reporting(c) + (c.missing().isEmpty() ? "" : "; not reported:"));
  }

  String notReported() {
    return pick("未报", "not reported");
  }
}
