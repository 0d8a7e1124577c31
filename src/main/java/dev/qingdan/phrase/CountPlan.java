package dev.qingdan.phrase;

import dev.qingdan.model.Milestone;
import dev.qingdan.model.ScheduleKind;
import dev.qingdan.model.Target;
import dev.qingdan.model.TargetKind;
import dev.qingdan.phrase.PlanBuilder.Segment;
import dev.qingdan.phrase.ScheduleParser.Result;
import dev.qingdan.text.Msg;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A count plan: the counts a cell plans by dates ({@code 5月：上线2个；6月-11月：各上线1个}), added
 * up into the totals due by each date.
 */
final class CountPlan {
  private CountPlan() {}

  /** A count that is the total by its date, not an addition: 年底前累计完成3000人次. */
  private static final Pattern TOTAL = Pattern.compile("累计|累积|总数达到|总量达到");

  /** A cell that reports progress as of a date rather than plans. */
  private static final Pattern PROGRESS = Pattern.compile("截至|截止|至今|目前");

  private static final Pattern PER_MONTH = Pattern.compile("各|每个?月|逐月");

  /** One amount of a count plan: added to what came before, or the total by then (累计). */
  private record Amount(LocalDate due, long count, boolean total, String source) {}

  /**
   * Whether the counts after the time expressions of a cell are plan figures: they count what the
   * target counts (its unit), or the cell plans by periods (two dated counts, 各, 每月, 累计, a
   * count each period). A count of something else (于7月5日对2个项目进行方案汇报) is what a step
   * is about, not an amount due.
   */
  static boolean planFigures(List<Segment> segments, Target target) {
    int counted = 0;
    for (Segment g : segments) {
      Matcher m = ScheduleParser.COUNT.matcher(g.restKey());
      if (!m.find() || g.restKey().substring(0, m.start()).contains("已")) {
        continue; // 截至11月底已完成改造28个: progress, not a plan figure
      }
      counted++;
      if (TOTAL.matcher(g.restKey()).find() || PER_MONTH.matcher(g.restKey()).find()
          || g.spec().type() == SpecType.EVERY || g.spec().period() == 12 // 每年新增2家
          || target != null && target.kind() == TargetKind.COUNT
              && m.group("unit").equals(Fold.simplified(String.valueOf(target.unit())))) {
        return true;
      }
    }
    return counted >= 2;
  }

  /**
   * Says so when a count that is not a plan figure counts something else than a count target
   * does (6月底前完成6条线路 for a target of 个): the plan cannot be checked against the target,
   * and the figure must not be passed over without a word. A count after 已 or in a report as of
   * a date (截至9月底，已开工7项) is progress, not a plan, and a cell without a count target keeps
   * its counts in the words of its steps.
   */
  static void otherUnits(List<Segment> segments, Target target, String key,
      List<Msg> ambiguities) {
    if (target == null || target.kind() != TargetKind.COUNT || !target.floor()
        || PROGRESS.matcher(key).lookingAt()) {
      return;
    }
    String unit = Fold.simplified(String.valueOf(target.unit()));
    for (Segment g : segments) {
      Matcher m = ScheduleParser.COUNT.matcher(g.restKey());
      while (m.find()) {
        if (!m.group("unit").equals(unit) && !g.restKey().substring(0, m.start()).contains("已")) {
          ambiguities.add(Msg.of("'%s' plans %s, but the target counts %s: the plan is not checked "
              + "against the target", g.source(), m.group(), target.unit()));
          return;
        }
      }
    }
  }

  static Result cumulative(String text, int year, Target target, List<Segment> segments,
      List<Msg> notes, List<Msg> ambiguities) {
    List<Amount> amounts = new ArrayList<>();
    // Spans whose amount falls due at their end (全年12个), and the months that per-period
    // amounts already plan: where the two meet, the span's amount may be a total or an extra.
    List<Segment> wholeSpans = new ArrayList<>();
    Set<YearMonth> perPeriodMonths = new HashSet<>();
    for (Segment g : segments) {
      Spec s = g.spec();
      Matcher m = ScheduleParser.COUNT.matcher(g.restKey());
      if (!m.find()) {
        // 6月起组织实施 beside a count plan is an activity without a figure, not a gap
        if (s.type() != SpecType.START) {
          notes.add(Msg.of("'%s' has no count and is left out of the plan", g.source()));
        }
        continue;
      }
      long count = count(m);
      if (count < 0) {
        notes.add(Msg.of("cannot read the count in '%s'", g.source()));
        continue;
      }
      if (m.find()) {
        notes.add(Msg.of("'%s' has more than one count; the first is used", g.source()));
      }
      boolean total = TOTAL.matcher(g.restKey()).find();
      boolean perPeriod = PER_MONTH.matcher(g.restKey()).find();
      if (total && perPeriod) {
        notes.add(Msg.of("'%s' is both a total (累计) and an amount per period", g.source()));
        continue;
      }
      if (s.type() == SpecType.POINT || (s.type() == SpecType.SPAN && !perPeriod)) {
        amounts.add(new Amount(s.due(), count, total, g.source()));
        if (s.type() == SpecType.SPAN && !total) {
          wholeSpans.add(g);
        }
      } else if (s.type() == SpecType.SPAN || s.type() == SpecType.START) {
        YearMonth last = s.type() == SpecType.SPAN ? s.to() : YearMonth.of(s.from().getYear(), 12);
        for (YearMonth month = s.from(); !month.isAfter(last); month = month.plusMonths(1)) {
          amounts.add(new Amount(month.atEndOfMonth(), count, false, g.source()));
          perPeriodMonths.add(month);
        }
      } else if (s.type() == SpecType.EVERY && s.period() > 0 && !total) {
        for (LocalDate due : PlanBuilder.periodEnds(s, PlanBuilder.window(segments), year)) {
          amounts.add(new Amount(due, count, false, g.source()));
          perPeriodMonths.add(YearMonth.from(due));
        }
      } else {
        notes.add(Msg.of("'%s' gives no month by which the count is due", g.source()));
      }
    }
    for (Segment g : wholeSpans) {
      for (YearMonth m = g.spec().from(); !m.isAfter(g.spec().to()); m = m.plusMonths(1)) {
        if (perPeriodMonths.contains(m)) {
          notes.add(Msg.of("'%s' covers months that another step already plans; say whether its "
              + "count is a total (累计) or comes on top", g.source()));
          return PlanBuilder.ongoing(text, notes);
        }
      }
    }
    amounts.sort((a, b) -> a.due().compareTo(b.due()));
    // Totals by due date; a TreeMap keeps them ascending and merges two on the same day.
    TreeMap<LocalDate, Long> totals = new TreeMap<>();
    long total = 0;
    for (Amount a : amounts) {
      if (a.total()) {
        if (a.count() < total) {
          notes.add(Msg.of("the total %d of '%s' is less than the %d planned before it",
              a.count(), a.source(), total));
        }
        total = a.count();
      } else {
        total = sum(total, a.count());
      }
      totals.put(a.due(), total);
    }
    List<Milestone> milestones = new ArrayList<>();
    for (var e : totals.entrySet()) {
      milestones.add(new Milestone(e.getKey(), e.getValue(), null));
    }
    if (!milestones.isEmpty()
        && target != null
        && target.kind() == TargetKind.COUNT
        && target.floor()
        && target.value().compareTo(BigDecimal.valueOf(total)) != 0) {
      // Read entirely, but the plan and the target disagree: a person must look.
      ambiguities.add(
          Msg.of(
              "the plan adds up to %d but the target is %s",
              total,
              target.value().stripTrailingZeros().toPlainString()));
    }
    if (milestones.isEmpty()) {
      notes.add(PlanBuilder.unreadable(text));
      return PlanBuilder.ongoing(text, notes);
    }
    return PlanBuilder.result(text, ScheduleKind.CUMULATIVE, null, null, milestones, notes);
  }

  // Counts are bounded well below Long.MAX_VALUE, so saturating keeps the parser total without
  // ever changing a real plan.
  private static long sum(long a, long b) {
    long s = a + b;
    return s < 0 ? Long.MAX_VALUE : s;
  }

  private static long count(Matcher m) {
    if (m.group("n") != null) {
      return Long.parseLong(m.group("n")) * (m.group("wan") != null ? 10_000 : 1);
    }
    return Numerals.chineseNumber(m.group("c"));
  }
}
