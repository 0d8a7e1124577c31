package dev.qingdan.load.checklist;

import dev.qingdan.load.DidYouMean;
import dev.qingdan.load.Problem;
import dev.qingdan.load.ProblemList;
import dev.qingdan.load.Severity;
import dev.qingdan.model.Checklist;
import dev.qingdan.model.Definition;
import dev.qingdan.model.Goal;
import dev.qingdan.model.Milestone;
import dev.qingdan.model.Row;
import dev.qingdan.model.RowId;
import dev.qingdan.model.Schedule;
import dev.qingdan.model.Target;
import dev.qingdan.model.TargetKind;
import dev.qingdan.model.Unit;
import dev.qingdan.model.UnitRegister;
import dev.qingdan.phrase.DefinitionParser;
import dev.qingdan.phrase.ScheduleParser;
import dev.qingdan.phrase.TargetParser;
import dev.qingdan.text.Msg;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The semantic checks of a checklist that its schema cannot express: ids, units, targets,
 * milestones, definitions, and whether the schedule text and its milestones agree.
 */
public final class ChecklistValidator {
  private final LoadedChecklist lc;
  private final List<Problem> out = new ProblemList();
  /** The fields that have a problem already. */
  private final Set<String> troubled = new HashSet<>();

  private ChecklistValidator(LoadedChecklist lc) {
    this.lc = lc;
  }

  /** Every problem of the file: those found while reading and the semantic ones, sorted. */
  public static List<Problem> validate(LoadedChecklist lc) {
    ChecklistValidator v = new ChecklistValidator(lc);
    v.out.addAll(lc.problems());
    lc.problems().forEach(p -> v.troubled.add(p.path()));
    if (lc.checklist() != null) {
      v.check(lc.checklist());
    }
    v.out.sort(null);
    return List.copyOf(v.out);
  }

  private void error(String code, Msg message, String path) {
    out.add(Problem.error(code, message, lc.file(), lc.place(path), path));
    troubled.add(path);
  }

  private void warning(String code, Msg message, String path) {
    out.add(Problem.warning(code, message, lc.file(), lc.place(path), path));
    troubled.add(path);
  }

  private void check(Checklist c) {
    int year = c.document() == null ? 0 : c.document().year();
    units(c);
    UnitRegister register = UnitRegister.of(c);
    Set<String> goalIds = new HashSet<>();
    for (int i = 0; i < c.goals().size(); i++) {
      Goal g = c.goals().get(i);
      String p = "goals[" + i + "]";
      if (!goalIds.add(g.id())) {
        error("duplicate-id", Msg.of("goal id %s is used twice", g.id()), p + ".id");
      }
      target(g.target(), p + ".target");
      schedule(g.schedule(), g.target(), year, p + ".schedule");
    }
    ids(c.rows());
    Map<Integer, String> titles = new HashMap<>();
    for (int i = 0; i < c.rows().size(); i++) {
      Row r = c.rows().get(i);
      String p = pathOf(i);
      String first = titles.putIfAbsent(r.id().item(), r.title());
      if (first != null && !first.equals(r.title()) && !r.title().isEmpty()) {
        warning("title-differs", Msg.of("row %s has another title than the first row of item %d "
            + "('%s')", r.id(), r.id().item(), first), p + ".title");
      }
      if (r.lead().isEmpty() && !hasProblemAt(p + ".lead")) {
        error("no-lead", Msg.of("row %s has no lead unit (牵头单位)", r.id()), p + ".lead");
      }
      unitList(register, r.lead(), p + ".lead");
      unitList(register, r.partners(), p + ".partners");
      target(r.target(), p + ".target");
      schedule(r.schedule(), r.target(), year, p + ".schedule");
      definition(r, p + ".definition");
    }
  }

  private String pathOf(int index) {
    return lc.rowPaths().get(index);
  }

  /** Whether reading already reported this field: one problem a place is enough. */
  private boolean hasProblemAt(String path) {
    return troubled.contains(path);
  }

  private void units(Checklist c) {
    Map<String, String> seen = new HashMap<>();
    for (int i = 0; i < c.units().size(); i++) {
      Unit u = c.units().get(i);
      List<String> names = new ArrayList<>();
      names.add(u.name());
      names.addAll(u.aliases());
      for (int j = 0; j < names.size(); j++) {
        String n = names.get(j);
        String owner = seen.putIfAbsent(n, u.name());
        String p = j == 0 ? "units[" + i + "].name" : "units[" + i + "].aliases[" + (j - 1) + "]";
        if (owner != null) {
          error("duplicate-unit", Msg.of("'%s' names two units of the register ('%s' and '%s')",
              n, owner, u.name()), p);
        }
      }
    }
  }

  private void unitList(UnitRegister register, List<String> names, String path) {
    Set<String> seen = new HashSet<>();
    for (int j = 0; j < names.size(); j++) {
      String n = names.get(j);
      String p = path + "[" + j + "]";
      UnitRegister.Resolution r = register.resolve(n);
      if (r.kind() == UnitRegister.Kind.UNKNOWN) {
        String bare = r.etCetera() ? n.substring(0, n.length() - 1) : n;
        error("unknown-unit", Msg.of("unknown unit '%s'%s; add it to 'units' (or as an alias) "
            + "if it is right", n, DidYouMean.hint(bare, register.allNames())), p);
      } else if (r.unit() != null && !seen.add(r.unit().name())) {
        warning("duplicate-unit", Msg.of("unit '%s' is listed twice here", n), p);
      }
    }
  }

  private void ids(List<Row> rows) {
    Map<RowId, Integer> first = new HashMap<>();
    RowId prev = null;
    for (int i = 0; i < rows.size(); i++) {
      RowId id = rows.get(i).id();
      String p = pathOf(i) + ".id";
      if (first.putIfAbsent(id, i) != null) {
        error("duplicate-id", Msg.of("row id %s is used twice", id), p);
        continue;
      }
      if (prev == null) {
        if (!id.equals(new RowId(1, 1))) {
          error("id-order", Msg.of("the first row should be 1.1, found %s", id), p);
        }
      } else if (!(id.item() == prev.item() && id.k() == prev.k() + 1)
          && !(id.item() == prev.item() + 1 && id.k() == 1)) {
        error("id-order", Msg.of("row %s follows %s; expected %s or %s", id, prev,
            new RowId(prev.item(), prev.k() + 1), new RowId(prev.item() + 1, 1)), p);
      }
      prev = id;
    }
  }

  private void target(Target t, String path) {
    Optional<Target> parsed = TargetParser.read(t.text());
    if (parsed.isEmpty()) {
      error("target-unreadable", Msg.of("cannot read the target '%s': write it like 100%%, "
          + "≥70%%, 3000人次, 8个, 暂无 or 按市级文件执行", t.text()), path + ".text");
      return;
    }
    Target p = parsed.get();
    if (!Objects.equals(p.op(), t.op()) && !hasProblemAt(path + ".op")) {
      error("target-mismatch", Msg.of("'%s' has op %s, not %s", t.text(), symbol(p), symbol(t)),
          path + ".op");
    }
    if (!sameNumber(p.value(), t.value()) && !hasProblemAt(path + ".value")) {
      error("target-mismatch", Msg.of("'%s' has value %s, not %s", t.text(), plain(p.value()),
          plain(t.value())), path + ".value");
    }
    if (!Objects.equals(p.unit(), t.unit()) && !hasProblemAt(path + ".unit")) {
      error("target-mismatch", Msg.of("'%s' has unit %s, not %s", t.text(), quote(p.unit()),
          quote(t.unit())), path + ".unit");
    }
    if (!sameNumber(p.upper(), t.upper()) && !hasProblemAt(path + ".upper")) {
      error("target-mismatch", Msg.of("'%s' has upper %s, not %s", t.text(), plain(p.upper()),
          plain(t.upper())), path + ".upper");
    }
    if (!sameNumber(p.tolerance(), t.tolerance()) && !hasProblemAt(path + ".tolerance")) {
      error("target-mismatch", Msg.of("'%s' has tolerance %s, not %s", t.text(),
          plain(p.tolerance()), plain(t.tolerance())), path + ".tolerance");
    }
    if (p.growth() != t.growth() && !hasProblemAt(path + ".growth")) {
      error("target-mismatch", Msg.of("'%s' has growth %s, not %s", t.text(), p.growth(),
          t.growth()), path + ".growth");
    }
    if (t.growth() && t.baseline() == null && !hasProblemAt(path + ".baseline")) {
      warning("no-baseline", Msg.of("'%s' is a growth rate but has no baseline; give the figure "
          + "it grows from (last year's) as 'baseline', or it cannot be judged", t.text()),
          path + ".text");
    }
    if (!t.growth() && t.baseline() != null && !hasProblemAt(path + ".baseline")) {
      warning("no-baseline", Msg.of("'%s' is not a growth rate; its baseline is not used",
          t.text()), path + ".baseline");
    }
  }

  private void schedule(Schedule s, Target target, int year, String path) {
    if (s.from() != null && s.to() != null && s.from().isAfter(s.to())) {
      error("schedule-window", Msg.of("the window ends (%s) before it starts (%s)", s.to(),
          s.from()), path + ".to");
    }
    if (year > 0) {
      // A later year is fine where the text names it (2023年4月底前 in a 2022 plan): the
      // agreement check below holds the dates to the text.
      if (s.from() != null && s.from().getYear() < year) {
        error("outside-year", Msg.of("'%s' %s is before the plan's year %d", "from", s.from(),
            year), path + ".from");
      }
      if (s.to() != null && s.to().getYear() < year) {
        error("outside-year", Msg.of("'%s' %s is before the plan's year %d", "to", s.to(),
            year), path + ".to");
      }
    }
    List<Milestone> ms = s.milestones();
    Long lastCumulative = null;
    for (int i = 0; i < ms.size(); i++) {
      Milestone m = ms.get(i);
      String p = path + ".milestones[" + i + "]";
      if (i > 0 && !m.due().isAfter(ms.get(i - 1).due())) {
        error("milestone-order", Msg.of("milestone due %s is not after the one before it (%s)",
            m.due(), ms.get(i - 1).due()), p + ".due");
      }
      if (year > 0 && m.due().getYear() < year) {
        error("outside-year", Msg.of("milestone due %s is before the plan's year %d", m.due(),
            year), p + ".due");
      }
      if (m.cumulative() != null) {
        if (lastCumulative != null && m.cumulative() < lastCumulative) {
          error("milestone-order", Msg.of("cumulative %d is less than the %d planned before it: "
              + "a cumulative plan never falls", m.cumulative(), lastCumulative),
              p + ".cumulative");
        }
        lastCumulative = m.cumulative();
      }
    }
    if (target.kind() == TargetKind.COUNT && lastCumulative != null
        && target.value().compareTo(BigDecimal.valueOf(lastCumulative)) != 0) {
      error("plan-target-mismatch", Msg.of("the last milestone plans %d but the target's value "
          + "is %s", lastCumulative, target.value().toPlainString()),
          path + ".milestones[" + (ms.size() - 1) + "].cumulative");
    }
    if (year > 0) {
      agreement(s, target, year, path);
    }
  }

  /** The schedule text read by the phrase parser must not contradict the structured fields. */
  private void agreement(Schedule s, Target target, int year, String path) {
    ScheduleParser.Result read = ScheduleParser.parse(s.text(), year, target);
    for (Msg note : read.notes()) {
      warning("schedule-text", Msg.of("schedule text: %s", note), path + ".text");
    }
    for (Msg note : read.ambiguities()) {
      warning("schedule-ambiguous", Msg.of("schedule text: %s", note), path + ".text");
    }
    if (!read.notes().isEmpty()) {
      return;
    }
    Schedule r = read.schedule();
    if (r.kind() != s.kind()) {
      warning("schedule-mismatch", Msg.of("the text '%s' reads as kind %s, but kind is %s",
          s.text(), r.kind().yaml(), s.kind().yaml()), path + ".kind");
    }
    if (!Objects.equals(r.from(), s.from()) || !Objects.equals(r.to(), s.to())) {
      warning("schedule-mismatch", Msg.of("the text '%s' reads as the months %s, but from/to "
          + "say %s", s.text(), span(r), span(s)), path + ".text");
    }
    List<String> a = dues(r);
    List<String> b = dues(s);
    if (!a.equals(b)) {
      error("schedule-mismatch", Msg.of("the text '%s' reads as milestones %s, but the "
          + "milestones are %s", s.text(), a, b), path + ".milestones");
    }
  }

  private static List<String> dues(Schedule s) {
    return s.milestones().stream()
        .map(m -> m.due() + (m.cumulative() == null ? "" : "=" + m.cumulative()))
        .toList();
  }

  private static String span(Schedule s) {
    return (s.from() == null ? "-" : s.from().toString()) + ".." + (s.to() == null ? "-"
        : s.to().toString());
  }

  private void definition(Row r, String path) {
    Definition d = r.definition();
    if ((d.numerator() == null) != (d.denominator() == null)) {
      error("ratio-sides", Msg.of("a ratio definition needs both numerator and denominator"),
          path + (d.numerator() == null ? ".numerator" : ".denominator"));
      return;
    }
    Definition read = DefinitionParser.parse(d.text());
    if (d.isRatio() && read.isRatio() && !(read.numerator().equals(d.numerator())
        && read.denominator().equals(d.denominator()))) {
      warning("ratio-sides", Msg.of("the text reads as %s / %s, not as the numerator and "
          + "denominator given", read.numerator(), read.denominator()), path + ".numerator");
    }
    if (!d.isRatio() && read.isRatio()) {
      warning("ratio-sides", Msg.of("the text is a ratio (%s / %s); give its numerator and "
          + "denominator", read.numerator(), read.denominator()), path + ".text");
    }
    if (r.target().kind() == TargetKind.PERCENT && !d.isRatio()) {
      out.add(new Problem(Severity.INFO, "ratio-prose", Msg.of("row %s has a percentage target "
          + "but its definition is not written as a ratio; reports give the numerator and "
          + "denominator as the text describes", r.id()), lc.file(),
          lc.place(path + ".text").line(), lc.place(path + ".text").column(), path + ".text"));
    }
  }

  private static boolean sameNumber(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private static String symbol(Target t) {
    return t.op() == null ? "null" : "\"" + t.op().symbol() + "\"";
  }

  private static String plain(BigDecimal v) {
    return v == null ? "null" : v.toPlainString();
  }

  private static String quote(String s) {
    return s == null ? "null" : "\"" + s + "\"";
  }
}
