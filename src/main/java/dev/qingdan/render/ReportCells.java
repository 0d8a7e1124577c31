package dev.qingdan.render;

import dev.qingdan.compute.Completeness;
import dev.qingdan.compute.Light;
import dev.qingdan.compute.MonthlyReport;
import dev.qingdan.compute.MonthlyReport.Line;
import java.util.List;

/** The selections and marks that the formats of {@code report} show alike. */
final class ReportCells {
  private ReportCells() {}

  /** The red and yellow lines. */
  static List<Line> lit(MonthlyReport r) {
    return r.attention().stream().filter(l -> l.attention().lit()).toList();
  }

  /** The lines whose target is missed, whatever their light. */
  static List<Line> missed(MonthlyReport r) {
    return r.attention().stream().filter(Line::missed).toList();
  }

  /** {@code 7.1 2022-03}: the missing reports of one unit, by row. */
  static List<String> gapLines(Completeness c) {
    return RatioCells.gaps(c.missing()).values().stream().toList();
  }

  static String emoji(Light l) {
    return switch (l) {
      case GREEN -> "🟢";
      case YELLOW -> "🟡";
      case RED -> "🔴";
    };
  }
}
