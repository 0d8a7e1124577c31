package dev.qingdan.compute;

import dev.qingdan.compute.Change.Part;
import dev.qingdan.phrase.DefinitionParser;
import dev.qingdan.phrase.ScheduleParser;
import dev.qingdan.phrase.TargetParser;
import dev.qingdan.model.Checklist;
import dev.qingdan.model.Definition;
import dev.qingdan.model.Document;
import dev.qingdan.model.Goal;
import dev.qingdan.model.Milestone;
import dev.qingdan.model.Row;
import dev.qingdan.model.Schedule;
import dev.qingdan.model.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The semantic difference of two revisions of a checklist: the document's metadata, the unit
 * register ({@link RegisterDiff}: units paired by name, alias or place), goals by id, rows by
 * content ({@link RowAlignment}), and every changed field judged by {@link Impacts}; the changes
 * are gathered, with their fingerprints, by {@link ChangeCollector}.
 *
 * <p>A target, schedule or definition is judged from its structured fields and, as well, from what
 * its text says, re-read with the parsers {@code validate} uses ({@link TargetParser},
 * {@link ScheduleParser}, {@link DefinitionParser}: pure functions of the text); where the two
 * readings differ the stricter verdict stands, so an edit of the text alone that weakens a target
 * is never neutral.
 */
public final class RevisionDiff {
  private final Checklist a;
  private final Checklist b;
  private final ChangeCollector out = new ChangeCollector();
  private final RegisterDiff units;

  private RevisionDiff(Checklist a, Checklist b) {
    this.a = a;
    this.b = b;
    units = new RegisterDiff(a, b, out);
  }

  /** The changes that turn {@code old} into {@code neu}. */
  public static DiffResult compare(Checklist old, Checklist neu) {
    RevisionDiff d = new RevisionDiff(old, neu);
    d.document();
    d.units.register();
    d.goals();
    d.rows();
    return new DiffResult(d.out.changes, d.out.register, d.out.document,
        DiffResult.Summary.of(d.out.changes));
  }

  /** The document's metadata, field by field: all of it is wording (neutral). */
  private void document() {
    Document o = a.document();
    Document n = b.document();
    if (o == null || n == null) {
      return;
    }
    field("title", o.title(), n.title());
    field("number", o.number(), n.number());
    field("issuer", o.issuer(), n.issuer());
    field("date", Objects.toString(o.date(), null), Objects.toString(n.date(), null));
    field("year", Integer.toString(o.year()), Integer.toString(n.year()));
    field("checklist", o.checklist(), n.checklist());
  }

  private void field(String field, String o, String n) {
    if (!Objects.equals(o, n)) {
      out.add(ChangeKind.MODIFIED, null, null, field, field, o, n, Impact.NEUTRAL, null,
          "document", -1, -1, Part.DOCUMENT);
    }
  }

  private void goals() {
    Map<String, Integer> oldIndex = new HashMap<>();
    Map<String, Integer> newIndex = new HashMap<>();
    for (int i = 0; i < a.goals().size(); i++) {
      oldIndex.putIfAbsent(a.goals().get(i).id(), i);
    }
    for (int i = 0; i < b.goals().size(); i++) {
      newIndex.putIfAbsent(b.goals().get(i).id(), i);
    }
    // G1, G2, … in the order of their numbers, a removed goal where it stood.
    TreeMap<String, String> ids = new TreeMap<>((x, y) -> {
      int c = Integer.compare(x.length(), y.length());
      return c != 0 ? c : x.compareTo(y);
    });
    oldIndex.keySet().forEach(id -> ids.put(id, id));
    newIndex.keySet().forEach(id -> ids.put(id, id));
    for (String id : ids.keySet()) {
      Integer i = oldIndex.get(id);
      Integer j = newIndex.get(id);
      if (j != null) {
        out.position = j + 1;
      }
      String identity = "goal" + ChangeCollector.SEP + id;
      if (i == null) {
        Goal g = b.goals().get(j);
        out.add(ChangeKind.ADDED, id, null, g.indicator(), null, null, g.indicator(),
            Impact.TIGHTENING, null, identity, -1, j, Part.GOAL);
      } else if (j == null) {
        Goal g = a.goals().get(i);
        out.add(ChangeKind.REMOVED, null, id, g.indicator(), null, g.indicator(), null,
            Impact.LOOSENING, null, identity, i, -1, Part.GOAL);
      } else {
        Goal o = a.goals().get(i);
        Goal n = b.goals().get(j);
        ChangeCollector.Subject at =
            new ChangeCollector.Subject(id, id, n.indicator(), identity, i, j, Part.GOAL);
        text(o.indicator(), n.indicator(), "indicator", at);
        boolean sentence = !Objects.equals(o.text(), n.text());
        if (sentence && statesTarget(o.text(), o.target()) && statesTarget(n.text(), n.target())
            && !same(o.target(), n.target())) {
          goalEdit(o, n, at);
          continue;
        }
        if (sentence) {
          out.add(at, "text", o.text(), n.text(), Impacts.sentence(o.text(), n.text()), null);
        }
        measure(o.target(), o.schedule(), n.target(), n.schedule(), at);
      }
    }
  }

  private void rows() {
    List<String> oldIdentity = identities(a.rows());
    List<String> newIdentity = identities(b.rows());
    out.position = 0;
    for (RowAlignment.Step s : RowAlignment.align(a.rows(), b.rows())) {
      int i = s.oldIndex();
      int j = s.newIndex();
      if (j >= 0) {
        out.position = j + 1;
      }
      if (i < 0) {
        Row n = b.rows().get(j);
        out.add(ChangeKind.ADDED, n.id().toString(), null, n.title(), null, null, n.title(),
            Impact.TIGHTENING, null, newIdentity.get(j), -1, j, Part.ROW);
      } else if (j < 0) {
        Row o = a.rows().get(i);
        out.add(ChangeKind.REMOVED, null, o.id().toString(), o.title(), null, o.title(), null,
            Impact.LOOSENING, null, oldIdentity.get(i), i, -1, Part.ROW);
      } else {
        pair(a.rows().get(i), b.rows().get(j), oldIdentity.get(i), i, j);
      }
    }
  }

  private void pair(Row o, Row n, String identity, int i, int j) {
    String id = n.id().toString();
    String oldId = o.id().toString();
    if (!o.id().equals(n.id())) {
      out.add(ChangeKind.RENUMBERED, id, oldId, n.title(), null, oldId, id, Impact.NEUTRAL, null,
          identity, i, j, Part.ROW);
    }
    ChangeCollector.Subject at =
        new ChangeCollector.Subject(id, oldId, n.title(), identity, i, j, Part.ROW);
    text(o.title(), n.title(), "title", at);
    text(o.points(), n.points(), "points", at);
    units.units(o.lead(), n.lead(), "lead", at);
    units.units(o.partners(), n.partners(), "partners", at);
    text(o.goal(), n.goal(), "goal", at);
    text(o.indicator(), n.indicator(), "indicator", at);
    measure(o.target(), o.schedule(), n.target(), n.schedule(), at);
    if (!o.definition().equals(n.definition())) {
      Definition ro = readDefinition(o.definition());
      Definition rn = readDefinition(n.definition());
      ChangeDetail.Ratio detail = ro.isRatio() || rn.isRatio()
          ? new ChangeDetail.Ratio(ro.numerator(), ro.denominator(), rn.numerator(),
              rn.denominator())
          : null;
      out.add(at, "definition", o.definition().text(), n.definition().text(),
          Impacts.stricter(Impacts.definition(o.definition(), n.definition()),
              Impacts.definition(ro, rn)), detail);
    }
    text(o.method(), n.method(), "method", at);
  }

  private void text(String o, String n, String field, ChangeCollector.Subject at) {
    if (!Objects.equals(o, n)) {
      out.add(at, field, o, n, Impact.NEUTRAL, null);
    }
  }

  /**
   * A target and its schedule. Each is judged from its fields and from its text. A schedule whose
   * only change is the milestone that plans the whole target, moved with the target (13.1 lowered
   * from 3000人次 to 2500人次 with its one milestone), is part of the same edit: one target change
   * that carries the milestones as its detail.
   */
  private void measure(Target ot, Schedule os, Target nt, Schedule ns,
      ChangeCollector.Subject at) {
    boolean targetChanged = !same(ot, nt);
    boolean scheduleChanged = !os.equals(ns);
    if (!targetChanged && !scheduleChanged) {
      return;
    }
    Target rot = readTarget(ot);
    Target rnt = readTarget(nt);
    List<ChangeDetail.Shift> shifts = scheduleChanged ? Impacts.shifts(os, ns) : List.of();
    // Both texts are read against the new target, so that a changed target is judged once, as
    // the target, and not again through the final milestone a window gets from it.
    Impacts.Judgement plan = scheduleChanged ? Impacts.plan(os, ot, ns, nt) : null;
    Impact schedule = scheduleChanged ? Impacts.stricter(plan.impact(),
        Impacts.schedule(readSchedule(os, rnt, a), rnt, readSchedule(ns, rnt, b), rnt)) : null;
    ChangeDetail milestones = schedule == Impact.MIXED
        ? new ChangeDetail.Milestones(shifts, plan.raised(), plan.lowered())
        : shifts.isEmpty() ? null : new ChangeDetail.Milestones(shifts);
    if (targetChanged) {
      Impact target = Impacts.stricter(Impacts.target(ot, nt), Impacts.target(rot, rnt));
      if (scheduleChanged && followsTarget(os, ot, ns, nt)) {
        out.add(at, "target", ot.text(), nt.text(), Impacts.stricter(target, schedule),
            milestones);
        return;
      }
      out.add(at, "target", ot.text(), nt.text(), target, null);
    }
    if (scheduleChanged) {
      out.add(at, "schedule", os.text(), ns.text(), schedule, milestones);
    }
  }

  /**
   * A goal's sentence, target and milestone changed in one edit (G1 raised to 3500人次 in all
   * three): one target change, judged as the stricter of its parts, whose detail has the sentence
   * and the milestones, and whose fingerprint covers the sentence too. A schedule that changed
   * otherwise is a change of its own.
   */
  private void goalEdit(Goal o, Goal n, ChangeCollector.Subject at) {
    Target ot = o.target();
    Target nt = n.target();
    Impact target = Impacts.stricter(Impacts.stricter(Impacts.target(ot, nt),
        Impacts.target(readTarget(ot), readTarget(nt))), Impacts.sentence(o.text(), n.text()));
    boolean scheduleChanged = !o.schedule().equals(n.schedule());
    ChangeDetail.Milestones milestones = null;
    if (scheduleChanged && followsTarget(o.schedule(), ot, n.schedule(), nt)) {
      milestones = new ChangeDetail.Milestones(Impacts.shifts(o.schedule(), n.schedule()));
      target = Impacts.stricter(target, Impacts.schedule(o.schedule(), ot, n.schedule(), nt));
      scheduleChanged = false;
    }
    String sep = ChangeCollector.SEP;
    out.add(at, "target", ot.text(), nt.text(), target,
        new ChangeDetail.GoalEdit(o.text(), n.text(), milestones), ot.text() + sep + o.text(),
        nt.text() + sep + n.text());
    if (scheduleChanged) {
      measure(nt, o.schedule(), nt, n.schedule(), at);
    }
  }

  /** Whether a goal's sentence ends with its target's figure (…培训3000人次 with 3000人次). */
  private static boolean statesTarget(String sentence, Target t) {
    Target f = Impacts.figure(sentence);
    return f != null && t.value() != null && f.value().compareTo(t.value()) == 0
        && Objects.equals(f.unit(), t.unit());
  }

  private static boolean same(Target o, Target n) {
    return o.text().equals(n.text()) && Objects.equals(o.op(), n.op())
        && Objects.equals(o.unit(), n.unit())
        && (o.value() == null ? n.value() == null
            : n.value() != null && o.value().compareTo(n.value()) == 0);
  }

  /**
   * Whether two schedules differ only in the milestones that plan the whole target, each moved
   * from the old target's value to the new one's, with the same text and dates.
   */
  private static boolean followsTarget(Schedule o, Target ot, Schedule n, Target nt) {
    if (ot.value() == null || nt.value() == null || !o.text().equals(n.text())
        || o.kind() != n.kind() || !Objects.equals(o.from(), n.from())
        || !Objects.equals(o.to(), n.to()) || o.milestones().size() != n.milestones().size()) {
      return false;
    }
    for (int k = 0; k < o.milestones().size(); k++) {
      Milestone x = o.milestones().get(k);
      Milestone y = n.milestones().get(k);
      if (!x.due().equals(y.due()) || !Objects.equals(x.deliverable(), y.deliverable())) {
        return false;
      }
      if (!Objects.equals(x.cumulative(), y.cumulative()) && !(x.cumulative() != null
          && y.cumulative() != null && ot.value().compareTo(BigDecimal.valueOf(
              x.cumulative())) == 0 && nt.value().compareTo(BigDecimal.valueOf(
              y.cumulative())) == 0)) {
        return false;
      }
    }
    return true;
  }

  /** The target its text states, where the text can be read; else the target as given. */
  private static Target readTarget(Target t) {
    return TargetParser.read(t.text()).orElse(t);
  }

  /**
   * The schedule its text states (in the revision's year), where it reads cleanly; else as given.
   */
  private static Schedule readSchedule(Schedule s, Target target, Checklist side) {
    int year = side.document() == null ? 0 : side.document().year();
    if (year < 1) {
      return s;
    }
    ScheduleParser.Result r = ScheduleParser.parse(s.text(), year, target);
    return r.notes().isEmpty() ? r.schedule() : s;
  }

  /** The ratio its text states, where the text reads as one; else the definition as given. */
  private static Definition readDefinition(Definition d) {
    Definition read = DefinitionParser.parse(d.text());
    return read.isRatio() ? read : d;
  }

  /** A unit list as the table writes it: names joined with 、, and {@code -} for none. */
  public static String joined(List<String> units) {
    return units.isEmpty() ? "-" : String.join("、", units);
  }
  /**
   * What names a row independently of its number: its title and indicator, and which of the rows
   * with that title and indicator it is. Fingerprints use it, so that a change keeps its
   * fingerprint when rows elsewhere are added or removed.
   */
  private static List<String> identities(List<Row> rows) {
    Map<String, Integer> seen = new HashMap<>();
    List<String> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      String base = "row" + ChangeCollector.SEP + r.title() + ChangeCollector.SEP + r.indicator();
      int k = seen.merge(base, 1, Integer::sum);
      out.add(base + ChangeCollector.SEP + k);
    }
    return out;
  }

}
