package dev.qingdan.compute;

import dev.qingdan.phrase.TargetParser;
import dev.qingdan.model.Definition;
import dev.qingdan.model.Milestone;
import dev.qingdan.model.Schedule;
import dev.qingdan.model.ScheduleKind;
import dev.qingdan.model.Target;
import dev.qingdan.model.TargetKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * The rules that judge what a changed field does to the plan. Where a plan asks for more at one
 * date and for less at another, the change is mixed; where two readings of one change disagree
 * (its fields and its text), the stricter stands.
 */
final class Impacts {
  private static final YearMonth OPEN_END = YearMonth.of(9999, 12);

  private Impacts() {}

  /**
   * A changed target. Values with the same unit are compared: raised tightens, lowered loosens,
   * the same value written otherwise ({@code 100%} and {@code ≥100%}) is wording. A value with
   * another unit cannot be ordered against the old one: neutral. A value where there was none
   * ({@code 暂无}) tightens and dropping a value loosens; a target set by the city
   * ({@code 按市级文件执行}) is more than none and less than a measured value: a figure replaced
   * by the reference ({@code 100%} to {@code 按市级文件执行}) leaves nothing to be measured against
   * here, and loosens.
   */
  static Impact target(Target o, Target n) {
    TargetKind ko = o.kind();
    TargetKind kn = n.kind();
    boolean vo = o.value() != null;
    boolean vn = n.value() != null;
    if (vo && vn) {
      if (!Objects.equals(o.unit(), n.unit()) || o.growth() != n.growth()
          || Bounds.ceiling(o) != Bounds.ceiling(n)) {
        return Impact.NEUTRAL;
      }
      // A higher ceiling (不超过5天 to 不超过7天) allows more: it loosens.
      int c = n.value().compareTo(o.value());
      return order(Bounds.ceiling(n) ? -c : c);
    }
    if (ko == kn) {
      return Impact.NEUTRAL;
    }
    return order(Integer.compare(rank(kn), rank(ko)));
  }

  /** NONE below EXTERNAL below a value. */
  private static int rank(TargetKind k) {
    return switch (k) {
      case NONE -> 0;
      case EXTERNAL -> 1;
      default -> 2;
    };
  }

  /**
   * A schedule's verdict, and where the plan rose and fell when it did both.
   *
   * @param impact the verdict
   * @param raised the dates where the new plan asks for more (filled for a mixed verdict only)
   * @param lowered the dates where it asks for less (likewise)
   */
  record Judgement(Impact impact, List<ChangeDetail.Point> raised,
      List<ChangeDetail.Point> lowered) {
    static Judgement of(Impact impact) {
      return new Judgement(impact, List.of(), List.of());
    }
  }

  /**
   * The stricter of two verdicts on one change, for a gate that must not miss it: loosening over
   * mixed over definitional over tightening over neutral.
   */
  static Impact stricter(Impact x, Impact y) {
    return rank(x) >= rank(y) ? x : y;
  }

  private static int rank(Impact i) {
    return switch (i) {
      case NEUTRAL -> 0;
      case TIGHTENING -> 1;
      case DEFINITIONAL -> 2;
      case MIXED -> 3;
      case LOOSENING -> 4;
    };
  }

  /**
   * A goal's sentence (力争全年实现小微主体职业劳动者培训3000人次), judged by the figure it states,
   * as a target is; a sentence without a figure on either side is wording.
   */
  static Impact sentence(String o, String n) {
    Target fo = figure(o);
    Target fn = figure(n);
    return fo == null || fn == null ? Impact.NEUTRAL : target(fo, fn);
  }

  /**
   * The figure a sentence ends with, read as a target ({@code …达1万户以上} gives 10000户), or null
   * where it ends with none.
   */
  static Target figure(String s) {
    if (s == null) {
      return null;
    }
    Target found = null;
    for (int k = 0; k < s.length(); k++) {
      boolean starts = Character.isDigit(s.charAt(k))
          && (k == 0 || !Character.isDigit(s.charAt(k - 1)) && s.charAt(k - 1) != '.');
      if (starts) {
        Target t = TargetParser.parse(s.substring(k)).orElse(null);
        if (t != null && t.value() != null) {
          found = t;
        }
      }
    }
    return found;
  }

  private static Impact order(int cmp) {
    return cmp > 0 ? Impact.TIGHTENING : cmp < 0 ? Impact.LOOSENING : Impact.NEUTRAL;
  }

  /**
   * A changed schedule, judged by what is planned by each date, with the plans that
   * {@code deadlines} judges progress against ({@link Plan#of}): more planned by a date, or a due
   * date earlier, tightens; less or later loosens. Count plans are compared amount by amount (a
   * single count milestone pro rata by month ends, as the contract plans it); deliverables by how
   * many are due by each date; a count plan against a deliverable one by the last due date. A due
   * date where there was none tightens, dropping all due dates loosens. Schedules without any
   * due date are compared by their months: a target held month by month ({@code 保持每月}, or a
   * rate or level measured each month, {@code 5-12月 100%}) held over more months tightens, over
   * fewer ({@code 5-12 月} to {@code 5-10 月}) loosens; otherwise an earlier start or end tightens.
   * Both at once is mixed.
   */
  static Impact schedule(Schedule o, Target ot, Schedule n, Target nt) {
    return plan(o, ot, n, nt).impact();
  }

  /** {@link #schedule}, with the dates where a mixed plan rose and fell. */
  static Judgement plan(Schedule o, Target ot, Schedule n, Target nt) {
    Plan po = Plan.of(o, ot);
    Plan pn = Plan.of(n, nt);
    if (po.kind() == PlanKind.NONE && pn.kind() == PlanKind.NONE) {
      return Judgement.of(window(o, n, held(ot) || held(nt)));
    }
    if (po.kind() == PlanKind.NONE) {
      return Judgement.of(Impact.TIGHTENING);
    }
    if (pn.kind() == PlanKind.NONE) {
      return Judgement.of(Impact.LOOSENING);
    }
    if (po.kind() == pn.kind()) {
      return curves(po, pn);
    }
    return Judgement.of(order(po.due().compareTo(pn.due())));
  }

  /**
   * Compares two plans as figures over time, at every date where either plans something and at
   * each month end of a count plan: a count plan rises pro rata by month towards each milestone
   * (1500 by June on the way to 3000 by December rises from 1500 in June to 3000 in December),
   * as a single milestone is planned pro rata. Never lower (and higher somewhere) tightens, never
   * higher loosens, higher at one date and lower at another is mixed.
   */
  static Judgement curves(Plan a, Plan b) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (Plan p : List.of(a, b)) {
      p.steps().forEach(s -> dates.add(s.due()));
      if (p.kind() == PlanKind.COUNT) {
        for (YearMonth m = p.start(); !m.isAfter(YearMonth.from(p.due())); m = m.plusMonths(1)) {
          dates.add(m.atEndOfMonth());
        }
      }
    }
    List<ChangeDetail.Point> raised = new ArrayList<>();
    List<ChangeDetail.Point> lowered = new ArrayList<>();
    for (LocalDate d : dates) {
      BigFraction old = curve(a, d);
      BigFraction neu = curve(b, d);
      int c = neu.compareTo(old);
      if (c != 0) {
        (c > 0 ? raised : lowered).add(new ChangeDetail.Point(d, old, neu));
      }
    }
    if (!raised.isEmpty() && !lowered.isEmpty()) {
      return new Judgement(Impact.MIXED, raised, lowered);
    }
    return Judgement.of(both(!raised.isEmpty(), !lowered.isEmpty()));
  }

  /** Tightening, loosening, both (mixed) or neither (neutral). */
  private static Impact both(boolean tighter, boolean looser) {
    return tighter && looser ? Impact.MIXED : looser ? Impact.LOOSENING
        : tighter ? Impact.TIGHTENING : Impact.NEUTRAL;
  }

  /**
   * A count plan's figure at a date, rising month by month from 0 before its start to each
   * milestone; a deliverable plan's, as {@link #planned}.
   */
  private static BigFraction curve(Plan p, LocalDate d) {
    if (p.proRata() || p.kind() != PlanKind.COUNT) {
      return planned(p, d);
    }
    long month = month(d);
    long fromMonth = month(p.start().atEndOfMonth()) - 1;
    long from = 0;
    for (Plan.Step s : p.steps()) {
      long due = month(s.due());
      if (!s.due().isBefore(d) || due >= month) {
        if (due <= fromMonth || month <= fromMonth) {
          return new BigFraction(month <= fromMonth ? 0 : s.cumulative());
        }
        return new BigFraction(s.cumulative() - from).multiply(month - fromMonth)
            .divide(due - fromMonth).add(from);
      }
      fromMonth = due;
      from = s.cumulative();
    }
    return new BigFraction(p.target());
  }

  private static long month(LocalDate d) {
    return d.getYear() * 12L + d.getMonthValue();
  }

  /** What a plan asks for by a date, as deadlines counts it. */
  static BigFraction planned(Plan p, LocalDate d) {
    if (p.proRata()) {
      return Deadlines.proRata(p, d);
    }
    long v = 0;
    for (Plan.Step s : p.steps()) {
      if (!s.due().isAfter(d)) {
        v = Math.max(v, s.cumulative());
      }
    }
    return new BigFraction(v);
  }

  /** A target measured month by month, a rate or a level, is held over its window. */
  private static boolean held(Target t) {
    return t != null && (t.kind() == TargetKind.PERCENT || t.kind() == TargetKind.LEVEL);
  }

  private static Impact window(Schedule o, Schedule n, boolean measured) {
    if (o.from() == null && o.to() == null || n.from() == null && n.to() == null) {
      return Impact.NEUTRAL;
    }
    YearMonth of = o.from();
    YearMonth nf = n.from();
    YearMonth ot = o.to() == null ? OPEN_END : o.to();
    YearMonth nt = n.to() == null ? OPEN_END : n.to();
    boolean tighter = false;
    boolean looser = false;
    boolean held = measured || o.kind() == ScheduleKind.EACH_MONTH
        || o.kind() == ScheduleKind.RECURRING;
    if (of != null && nf != null) {
      int c = nf.compareTo(of);
      // An earlier start tightens either way: more months held, or work begun sooner.
      tighter |= c < 0;
      looser |= c > 0;
    }
    int c = nt.compareTo(ot);
    if (held) {
      tighter |= c > 0;
      looser |= c < 0;
    } else {
      tighter |= c < 0;
      looser |= c > 0;
    }
    return both(tighter, looser);
  }

  /** The milestones that differ, paired in order. */
  static List<ChangeDetail.Shift> shifts(Schedule o, Schedule n) {
    List<ChangeDetail.Shift> out = new ArrayList<>();
    List<Milestone> a = o.milestones();
    List<Milestone> b = n.milestones();
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      Milestone x = i < a.size() ? a.get(i) : null;
      Milestone y = i < b.size() ? b.get(i) : null;
      if (x == null || y == null || !x.due().equals(y.due())
          || !Objects.equals(x.cumulative(), y.cumulative())) {
        out.add(new ChangeDetail.Shift(x == null ? null : x.due(),
            x == null ? null : x.cumulative(), y == null ? null : y.due(),
            y == null ? null : y.cumulative()));
      }
    }
    return out;
  }

  /**
   * A changed definition. A ratio whose numerator or denominator changed, a ratio that became
   * prose or prose that became a ratio, and prose that says something else are definitional: the
   * figures before and after are not comparable. Punctuation, spacing and a changed wording around
   * the same numerator and denominator are neutral.
   */
  static Impact definition(Definition o, Definition n) {
    if (o.isRatio() != n.isRatio()) {
      return Impact.DEFINITIONAL;
    }
    if (o.isRatio()) {
      return bare(o.numerator()).equals(bare(n.numerator()))
          && bare(o.denominator()).equals(bare(n.denominator()))
          ? Impact.NEUTRAL : Impact.DEFINITIONAL;
    }
    return bare(o.text()).equals(bare(n.text())) ? Impact.NEUTRAL : Impact.DEFINITIONAL;
  }

  /** Text without spaces and punctuation, ASCII or full-width. */
  static String bare(String s) {
    return s == null ? "" : s.replaceAll("[\\p{P}\\p{Z}\\s\u3000]", "");
  }
}
