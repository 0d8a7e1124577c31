package dev.qingdan.load;

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

  private void error(String code, String message, String path) {
    out.add(Problem.error(code, message, lc.file(), lc.place(path), path));
    troubled.add(path);
  }

  private void warning(String code, String message, String path) {
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
        error("duplicate-id", "goal id " + g.id() + " is used twice", p + ".id");
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
        warning("title-differs", "row " + r.id() + " has another title than the first row of "
            + "item " + r.id().item() + " ('" + first + "')", p + ".title");
      }
      if (r.lead().isEmpty() && !hasProblemAt(p + ".lead")) {
        error("no-lead", "row " + r.id() + " has no lead unit (牵头单位)", p + ".lead");
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
          error("duplicate-unit", "'" + n + "' names two units of the register ('" + owner
              + "' and '" + u.name() + "')", p);
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
        error("unknown-unit", "unknown unit '" + n + "'" + DidYouMean.hint(bare,
            register.allNames()) + "; add it to 'units' (or as an alias) if it is right", p);
      } else if (r.unit() != null && !seen.add(r.unit().name())) {
        warning("duplicate-unit", "unit '" + n + "' is listed twice here", p);
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
        error("duplicate-id", "row id " + id + " is used twice", p);
        continue;
      }
      if (prev == null) {
        if (!id.equals(new RowId(1, 1))) {
          error("id-order", "the first row should be 1.1, found " + id, p);
        }
      } else if (!(id.item() == prev.item() && id.k() == prev.k() + 1)
          && !(id.item() == prev.item() + 1 && id.k() == 1)) {
        String expected = prev.item() + "." + (prev.k() + 1) + " or " + (prev.item() + 1) + ".1";
        error("id-order", "row " + id + " follows " + prev + "; expected " + expected, p);
      }
      prev = id;
    }
  }

  private void target(Target t, String path) {
    Optional<Target> parsed = TargetParser.parse(t.text());
    if (parsed.isEmpty()) {
      error("target-unreadable", "cannot read the target '" + t.text() + "': write it like 100%, "
          + "≥70%, 3000人次, 8个, 暂无 or 按市级文件执行", path + ".text");
      return;
    }
    Target p = parsed.get();
    if (!Objects.equals(p.op(), t.op()) && !hasProblemAt(path + ".op")) {
      error("target-mismatch", "'" + t.text() + "' has op " + symbol(p) + ", not "
          + symbol(t), path + ".op");
    }
    if (!sameNumber(p.value(), t.value()) && !hasProblemAt(path + ".value")) {
      error("target-mismatch", "'" + t.text() + "' has value " + plain(p.value()) + ", not "
          + plain(t.value()), path + ".value");
    }
    if (!Objects.equals(p.unit(), t.unit()) && !hasProblemAt(path + ".unit")) {
      error("target-mismatch", "'" + t.text() + "' has unit " + quote(p.unit()) + ", not "
          + quote(t.unit()), path + ".unit");
    }
  }

  private void schedule(Schedule s, Target target, int year, String path) {
    if (s.from() != null && s.to() != null && s.from().isAfter(s.to())) {
      error("schedule-window", "the window ends (" + s.to() + ") before it starts (" + s.from()
          + ")", path + ".to");
    }
    if (year > 0) {
      if (s.from() != null && s.from().getYear() != year) {
        error("outside-year", "'from' " + s.from() + " is outside the plan's year " + year,
            path + ".from");
      }
      if (s.to() != null && s.to().getYear() != year) {
        error("outside-year", "'to' " + s.to() + " is outside the plan's year " + year,
            path + ".to");
      }
    }
    List<Milestone> ms = s.milestones();
    Long lastCumulative = null;
    for (int i = 0; i < ms.size(); i++) {
      Milestone m = ms.get(i);
      String p = path + ".milestones[" + i + "]";
      if (i > 0 && !m.due().isAfter(ms.get(i - 1).due())) {
        error("milestone-order", "milestone due " + m.due() + " is not after the one before it ("
            + ms.get(i - 1).due() + ")", p + ".due");
      }
      if (year > 0 && m.due().getYear() != year) {
        error("outside-year", "milestone due " + m.due() + " is outside the plan's year " + year,
            p + ".due");
      }
      if (m.cumulative() != null) {
        if (lastCumulative != null && m.cumulative() < lastCumulative) {
          error("milestone-order", "cumulative " + m.cumulative() + " is less than the "
              + lastCumulative + " planned before it: a cumulative plan never falls",
              p + ".cumulative");
        }
        lastCumulative = m.cumulative();
      }
    }
    if (target.kind() == TargetKind.COUNT && lastCumulative != null
        && target.value().compareTo(BigDecimal.valueOf(lastCumulative)) != 0) {
      error("plan-target-mismatch", "the last milestone plans " + lastCumulative + " but the "
          + "target's value is " + target.value().toPlainString(), path + ".milestones[" + (ms.size() - 1) + "].cumulative");
    }
    if (year > 0) {
      agreement(s, target, year, path);
    }
  }

  /** The schedule text read by the phrase parser must not contradict the structured fields. */
  private void agreement(Schedule s, Target target, int year, String path) {
    ScheduleParser.Result read = ScheduleParser.parse(s.text(), year, target);
    for (String note : read.notes()) {
      warning("schedule-text", "schedule text: " + note, path + ".text");
    }
    if (!read.notes().isEmpty()) {
      return;
    }
    Schedule r = read.schedule();
    if (r.kind() != s.kind()) {
      warning("schedule-mismatch", "the text '" + s.text() + "' reads as kind " + r.kind().yaml()
          + ", but kind is " + s.kind().yaml(), path + ".kind");
    }
    if (!Objects.equals(r.from(), s.from()) || !Objects.equals(r.to(), s.to())) {
      warning("schedule-mismatch", "the text '" + s.text() + "' reads as the months "
          + span(r) + ", but from/to say " + span(s), path + ".text");
    }
    List<String> a = dues(r);
    List<String> b = dues(s);
    if (!a.equals(b)) {
      error("schedule-mismatch", "the text '" + s.text() + "' reads as milestones " + a
          + ", but the milestones are " + b, path + ".milestones");
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
      error("ratio-sides", "a ratio definition needs both numerator and denominator", path
          + (d.numerator() == null ? ".numerator" : ".denominator"));
      return;
    }
    Definition read = DefinitionParser.parse(d.text());
    if (d.isRatio() && read.isRatio() && !(read.numerator().equals(d.numerator())
        && read.denominator().equals(d.denominator()))) {
      warning("ratio-sides", "the text reads as " + read.numerator() + " / " + read.denominator()
          + ", not as the numerator and denominator given", path + ".numerator");
    }
    if (!d.isRatio() && read.isRatio()) {
      warning("ratio-sides", "the text is a ratio (" + read.numerator() + " / "
          + read.denominator() + "); give its numerator and denominator", path + ".text");
    }
    if (r.target().kind() == TargetKind.PERCENT && !d.isRatio()) {
      out.add(new Problem(Severity.INFO, "ratio-prose", "row " + r.id() + " has a percentage "
          + "target but its definition is not written as a ratio; reports give the numerator and "
          + "denominator as the text describes", lc.file(), lc.place(path + ".text").line(),
          lc.place(path + ".text").column(), path + ".text"));
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
