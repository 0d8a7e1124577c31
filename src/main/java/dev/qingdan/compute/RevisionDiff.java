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
import dev.qingdan.model.Unit;
import dev.qingdan.model.UnitRegister;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The semantic difference of two revisions of a checklist: the document's metadata, the unit
 * register (units paired by name, alias or place), goals by id, rows by content
 * ({@link RowAlignment}), and every changed field judged by {@link Impacts}.
 *
 * <p>A target, schedule or definition is judged from its structured fields and, as well, from what
 * its text says, re-read with the parsers {@code validate} uses ({@link TargetParser},
 * {@link ScheduleParser}, {@link DefinitionParser}: pure functions of the text); where the two
 * readings differ the stricter verdict stands, so an edit of the text alone that weakens a target
 * is never neutral.
 */
public final class RevisionDiff {
  private static final String SEP = "\u001f";

  private final Checklist a;
  private final Checklist b;
  private final UnitRegister ra;
  private final UnitRegister rb;
  private final List<Change> changes = new ArrayList<>();
  private final List<Change> register = new ArrayList<>();
  private final List<Change> document = new ArrayList<>();
  private final MessageDigest digest = sha256();
  /**
   * Which register unit is which across the revisions: the old unit's index for an old unit and
   * for the new unit paired with it, a number past the old register for a new unit of its own.
   */
  private final Map<String, Integer> oldTokens = new HashMap<>();
  private final Map<String, Integer> newTokens = new HashMap<>();
  /** The index in the new revision that the next removed row or goal would stand before. */
  private int position;

  private RevisionDiff(Checklist a, Checklist b) {
    this.a = a;
    this.b = b;
    ra = UnitRegister.of(a);
    rb = UnitRegister.of(b);
  }

  /** The changes that turn {@code old} into {@code neu}. */
  public static DiffResult compare(Checklist old, Checklist neu) {
    RevisionDiff d = new RevisionDiff(old, neu);
    d.document();
    d.register();
    d.goals();
    d.rows();
    return new DiffResult(d.changes, d.register, d.document, DiffResult.Summary.of(d.changes));
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
      add(ChangeKind.MODIFIED, null, null, field, field, o, n, Impact.NEUTRAL, null, "document",
          -1, -1, Part.DOCUMENT);
    }
  }

  /**
   * The unit register. Units are paired by name, then by a name one of them has as an alias (a
   * unit renamed that keeps its old name as an alias), then by their place in the register; a unit
   * paired with another name is renamed. Every change is neutral, except where a name that a row
   * writes now stands for another unit than it did: that change is definitional.
   */
  private void register() {
    List<Unit> ua = a.units();
    List<Unit> ub = b.units();
    int[] match = pairUnits(ua, ub);
    boolean[] paired = new boolean[ua.size()];
    for (int j = 0; j < ub.size(); j++) {
      if (match[j] >= 0) {
        paired[match[j]] = true;
      }
      newTokens.putIfAbsent(ub.get(j).name(), match[j] >= 0 ? match[j] : ua.size() + j);
    }
    for (int i = 0; i < ua.size(); i++) {
      oldTokens.putIfAbsent(ua.get(i).name(), i);
    }
    Map<Integer, List<ChangeDetail.Remap>> remapped = remapped();
    int nextOld = 0;
    for (int j = 0; j < ub.size(); j++) {
      Unit n = ub.get(j);
      List<ChangeDetail.Remap> moved = remapped.getOrDefault(j, List.of());
      if (match[j] < 0) {
        add(ChangeKind.ADDED, n.name(), null, n.name(), "unit", null, names(n),
            moved.isEmpty() ? Impact.NEUTRAL : Impact.DEFINITIONAL, moved.isEmpty() ? null
                : new ChangeDetail.Names(List.of(), List.of(), moved), "unit" + SEP + n.name(),
            -1, j, Part.REGISTER);
        continue;
      }
      for (; nextOld < match[j]; nextOld++) {
        if (!paired[nextOld]) {
          removedUnit(nextOld);
        }
      }
      nextOld = Math.max(nextOld, match[j] + 1);
      unit(ua.get(match[j]), n, match[j], j, moved);
    }
    for (; nextOld < ua.size(); nextOld++) {
      if (!paired[nextOld]) {
        removedUnit(nextOld);
      }
    }
    Set<String> go = new LinkedHashSet<>(a.generic());
    Set<String> gn = new LinkedHashSet<>(b.generic());
    for (String g : go) {
      if (!gn.contains(g)) {
        add(ChangeKind.REMOVED, null, g, g, "generic", g, null, Impact.NEUTRAL, null,
            "generic" + SEP + g, -1, -1, Part.REGISTER);
      }
    }
    for (String g : gn) {
      if (!go.contains(g)) {
        add(ChangeKind.ADDED, g, null, g, "generic", null, g, Impact.NEUTRAL, null,
            "generic" + SEP + g, -1, -1, Part.REGISTER);
      }
    }
  }

  private void removedUnit(int i) {
    Unit o = a.units().get(i);
    add(ChangeKind.REMOVED, null, o.name(), o.name(), "unit", names(o), null, Impact.NEUTRAL,
        null, "unit" + SEP + o.name(), i, -1, Part.REGISTER);
  }

  /**
   * A unit in both revisions: its name, then its aliases (a set: their order is no change). A unit
   * renamed that keeps its old name as an alias (and drops the new one from its aliases) is one
   * change of its name, with the aliases as its detail.
   */
  private void unit(Unit o, Unit n, int i, int j, List<ChangeDetail.Remap> moved) {
    String identity = "unit" + SEP + o.name();
    boolean renamed = !o.name().equals(n.name());
    Set<String> ao = new LinkedHashSet<>(o.aliases());
    Set<String> an = new LinkedHashSet<>(n.aliases());
    List<String> plus = an.stream().filter(x -> !ao.contains(x)).toList();
    List<String> minus = ao.stream().filter(x -> !an.contains(x)).toList();
    boolean swapped = renamed && plus.stream().allMatch(o.name()::equals)
        && minus.stream().allMatch(n.name()::equals);
    List<ChangeDetail.Remap> byName = moved.stream()
        .filter(m -> swapped || renamed && m.written().equals(n.name())).toList();
    List<ChangeDetail.Remap> byAlias = moved.stream().filter(m -> !byName.contains(m)).toList();
    if (renamed) {
      add(ChangeKind.MODIFIED, n.name(), o.name(), n.name(), "name", o.name(), n.name(),
          byName.isEmpty() ? Impact.NEUTRAL : Impact.DEFINITIONAL,
          byName.isEmpty() && (!swapped || plus.isEmpty() && minus.isEmpty()) ? null
              : new ChangeDetail.Names(swapped ? plus : List.of(), swapped ? minus : List.of(),
                  byName), identity, i, j, Part.REGISTER);
    }
    if (!swapped && (!plus.isEmpty() || !minus.isEmpty() || !byAlias.isEmpty())) {
      add(ChangeKind.MODIFIED, n.name(), o.name(), n.name(), "aliases", joined(o.aliases()),
          joined(n.aliases()), byAlias.isEmpty() ? Impact.NEUTRAL : Impact.DEFINITIONAL,
          new ChangeDetail.Names(plus, minus, byAlias), identity, i, j, Part.REGISTER);
    }
  }

  /** For each new unit, by index, which old unit it is (its index), or -1 for a new one. */
  private static int[] pairUnits(List<Unit> ua, List<Unit> ub) {
    int[] match = new int[ub.size()];
    Arrays.fill(match, -1);
    boolean[] used = new boolean[ua.size()];
    Map<String, Integer> oldByName = new HashMap<>();
    for (int i = 0; i < ua.size(); i++) {
      oldByName.putIfAbsent(ua.get(i).name(), i);
    }
    for (int j = 0; j < ub.size(); j++) {
      Integer i = oldByName.get(ub.get(j).name());
      if (i != null && !used[i]) {
        match[j] = i;
        used[i] = true;
      }
    }
    Map<String, Integer> oldByAnyName = new HashMap<>();
    for (int i = 0; i < ua.size(); i++) {
      if (!used[i]) {
        for (String x : allNames(ua.get(i))) {
          oldByAnyName.putIfAbsent(x, i);
        }
      }
    }
    for (int j = 0; j < ub.size(); j++) {
      for (String x : match[j] < 0 ? allNames(ub.get(j)) : List.<String>of()) {
        Integer i = oldByAnyName.get(x);
        if (i != null && !used[i]) {
          match[j] = i;
          used[i] = true;
          break;
        }
      }
    }
    for (int j = 0; j < Math.min(ua.size(), ub.size()); j++) {
      if (match[j] < 0 && !used[j]) {
        match[j] = j;
        used[j] = true;
      }
    }
    return match;
  }

  private static List<String> allNames(Unit u) {
    List<String> out = new ArrayList<>();
    out.add(u.name());
    out.addAll(u.aliases());
    return out;
  }

  /** A unit as the register lists it: its name, and its aliases in brackets. */
  private static String names(Unit u) {
    return u.aliases().isEmpty() ? u.name() : u.name() + " (" + String.join("、", u.aliases())
        + ")";
  }

  /**
   * The names that the new revision's rows write and that the new register reads as another unit
   * than the old register did, by the index of the new unit they now stand for.
   */
  private Map<Integer, List<ChangeDetail.Remap>> remapped() {
    Map<Integer, List<ChangeDetail.Remap>> out = new HashMap<>();
    Map<String, Integer> newIndex = new HashMap<>();
    for (int j = 0; j < b.units().size(); j++) {
      newIndex.putIfAbsent(b.units().get(j).name(), j);
    }
    Set<String> seen = new HashSet<>();
    for (Row r : b.rows()) {
      for (String field : List.of("lead", "partners")) {
        for (String w : field.equals("lead") ? r.lead() : r.partners()) {
          UnitRegister.Resolution o = ra.resolve(w);
          UnitRegister.Resolution n = rb.resolve(w);
          if (o.unit() == null || n.unit() == null
              || oldTokens.get(o.unit().name()).equals(newTokens.get(n.unit().name()))
              || !seen.add(r.id() + SEP + field + SEP + w)) {
            continue;
          }
          out.computeIfAbsent(newIndex.get(n.unit().name()), k -> new ArrayList<>())
              .add(new ChangeDetail.Remap(r.id().toString(), field, w, o.unit().name()));
        }
      }
    }
    return out;
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
      String identity = "goal" + SEP + id;
      if (i == null) {
        Goal g = b.goals().get(j);
        add(ChangeKind.ADDED, id, null, g.indicator(), null, null, g.indicator(),
            Impact.TIGHTENING, null, identity, -1, j, Part.GOAL);
      } else if (j == null) {
        Goal g = a.goals().get(i);
        add(ChangeKind.REMOVED, null, id, g.indicator(), null, g.indicator(), null,
            Impact.LOOSENING, null, identity, i, -1, Part.GOAL);
      } else {
        Goal o = a.goals().get(i);
        Goal n = b.goals().get(j);
        Subject at = new Subject(id, id, n.indicator(), identity, i, j, Part.GOAL);
        text(o.indicator(), n.indicator(), "indicator", at);
        if (!Objects.equals(o.text(), n.text())) {
          add(at, "text", o.text(), n.text(), Impacts.sentence(o.text(), n.text()), null);
        }
        measure(o.target(), o.schedule(), n.target(), n.schedule(), at);
      }
      if (j != null) {
        position = j + 1;
      }
    }
  }

  private void rows() {
    List<String> oldIdentity = identities(a.rows());
    List<String> newIdentity = identities(b.rows());
    position = 0;
    for (RowAlignment.Step s : RowAlignment.align(a.rows(), b.rows())) {
      int i = s.oldIndex();
      int j = s.newIndex();
      if (j >= 0) {
        position = j + 1;
      }
      if (i < 0) {
        Row n = b.rows().get(j);
        add(ChangeKind.ADDED, n.id().toString(), null, n.title(), null, null, n.title(),
            Impact.TIGHTENING, null, newIdentity.get(j), -1, j, Part.ROW);
      } else if (j < 0) {
        Row o = a.rows().get(i);
        add(ChangeKind.REMOVED, null, o.id().toString(), o.title(), null, o.title(), null,
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
      add(ChangeKind.RENUMBERED, id, oldId, n.title(), null, oldId, id, Impact.NEUTRAL, null,
          identity, i, j, Part.ROW);
    }
    Subject at = new Subject(id, oldId, n.title(), identity, i, j, Part.ROW);
    text(o.title(), n.title(), "title", at);
    text(o.points(), n.points(), "points", at);
    units(o.lead(), n.lead(), "lead", at);
    units(o.partners(), n.partners(), "partners", at);
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
      add(at, "definition", o.definition().text(), n.definition().text(),
          Impacts.stricter(Impacts.definition(o.definition(), n.definition()),
              Impacts.definition(ro, rn)), detail);
    }
    text(o.method(), n.method(), "method", at);
  }

  /**
   * What a modified field belongs to: ids, the title shown, the identity for fingerprints, the
   * indexes and the part.
   */
  private record Subject(String id, String oldId, String title, String identity, int i, int j,
      Part part) {}

  private void text(String o, String n, String field, Subject at) {
    if (!Objects.equals(o, n)) {
      add(at, field, o, n, Impact.NEUTRAL, null);
    }
  }

  /**
   * A target and its schedule. Each is judged from its fields and from its text. A schedule whose
   * only change is the milestone that plans the whole target, moved with the target (13.1 lowered
   * from 3000人次 to 2500人次 with its one milestone), is part of the same edit: one target change
   * that carries the milestones as its detail.
   */
  private void measure(Target ot, Schedule os, Target nt, Schedule ns, Subject at) {
    boolean targetChanged = !same(ot, nt);
    boolean scheduleChanged = !os.equals(ns);
    if (!targetChanged && !scheduleChanged) {
      return;
    }
    Target rot = readTarget(ot);
    Target rnt = readTarget(nt);
    List<ChangeDetail.Shift> shifts = scheduleChanged ? Impacts.shifts(os, ns) : List.of();
    ChangeDetail milestones = shifts.isEmpty() ? null : new ChangeDetail.Milestones(shifts);
    // Both texts are read against the new target, so that a changed target is judged once, as
    // the target, and not again through the final milestone a window gets from it.
    Impact schedule = scheduleChanged ? Impacts.stricter(Impacts.schedule(os, ot, ns, nt),
        Impacts.schedule(readSchedule(os, rnt, a), rnt, readSchedule(ns, rnt, b), rnt)) : null;
    if (targetChanged) {
      Impact target = Impacts.stricter(Impacts.target(ot, nt), Impacts.target(rot, rnt));
      if (scheduleChanged && followsTarget(os, ot, ns, nt)) {
        add(at, "target", ot.text(), nt.text(), Impacts.stricter(target, schedule), milestones);
        return;
      }
      add(at, "target", ot.text(), nt.text(), target, null);
    }
    if (scheduleChanged) {
      add(at, "schedule", os.text(), ns.text(), schedule, milestones);
    }
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

  /** The schedule its text states (in the revision's year), where it reads cleanly; else as given. */
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

  /**
   * Unit lists are sets of register units: an alias for the same unit (区人力社保局 for 区人社局)
   * is no change, nor is a name the register now reads as another unit (the register's change
   * says so). A unit renamed in the register is the same unit. Partners in another order are no
   * change; lead units in another order are (neutral): the first leads.
   */
  private void units(List<String> o, List<String> n, String field, Subject at) {
    if (o.equals(n)) {
      return;
    }
    Map<String, String> so = canonical(o, ra, oldTokens);
    Map<String, String> sn = canonical(n, rb, newTokens);
    if (so.keySet().equals(sn.keySet())) {
      if (field.equals("lead") && !List.copyOf(so.keySet()).equals(List.copyOf(sn.keySet()))) {
        add(at, field, joined(o), joined(n), Impact.NEUTRAL,
            new ChangeDetail.Units(List.of(), List.of()));
      }
      return;
    }
    List<String> plus = new ArrayList<>();
    sn.forEach((k, v) -> {
      if (!so.containsKey(k)) {
        plus.add(v);
      }
    });
    List<String> minus = new ArrayList<>();
    so.forEach((k, v) -> {
      if (!sn.containsKey(k)) {
        minus.add(v);
      }
    });
    add(at, field, joined(o), joined(n), Impact.NEUTRAL, new ChangeDetail.Units(plus, minus));
  }

  /** A unit list as the table writes it: names joined with 、, and {@code -} for none. */
  public static String joined(List<String> units) {
    return units.isEmpty() ? "-" : String.join("、", units);
  }

  private static Map<String, String> canonical(List<String> names, UnitRegister r,
      Map<String, Integer> tokens) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String w : names) {
      UnitRegister.Resolution res = r.resolve(w);
      String key = res.unit() != null ? "#" + tokens.get(res.unit().name())
          + (res.etCetera() ? UnitRegister.ET_CETERA : "") : w.strip();
      out.putIfAbsent(key, w);
    }
    return out;
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
      String base = "row" + SEP + r.title() + SEP + r.indicator();
      int k = seen.merge(base, 1, Integer::sum);
      out.add(base + SEP + k);
    }
    return out;
  }

  private void add(Subject at, String field, String old, String neu, Impact impact,
      ChangeDetail detail) {
    add(ChangeKind.MODIFIED, at.id(), at.oldId(), at.title(), field, old, neu, impact, detail,
        at.identity(), at.i(), at.j(), at.part());
  }

  private void add(ChangeKind kind, String id, String oldId, String title, String field,
      String old, String neu, Impact impact, ChangeDetail detail, String identity, int i, int j,
      Part part) {
    String fp = fingerprint(digest, kind, identity, field, old, neu);
    Change c = new Change(kind, part, id, oldId, title, field, old, neu, impact, detail, fp, i, j,
        j >= 0 ? j : position);
    switch (part) {
      case REGISTER -> register.add(c);
      case DOCUMENT -> document.add(c);
      default -> changes.add(c);
    }
  }

  /**
   * A change's fingerprint: the first 16 hex digits of the SHA-256 of its kind, the identity of
   * its row (of the old revision where the row is in it), its field and its old and new values.
   * Ids are left out on purpose, except in a renumbering, whose values they are.
   */
  static String fingerprint(ChangeKind kind, String identity, String field, String old,
      String neu) {
    return fingerprint(sha256(), kind, identity, field, old, neu);
  }

  private static String fingerprint(MessageDigest md, ChangeKind kind, String identity,
      String field, String old, String neu) {
    String canonical = String.join(SEP, kind.word(), identity, Objects.toString(field, ""),
        Objects.toString(old, "\u0000"), Objects.toString(neu, "\u0000"));
    byte[] h = md.digest(canonical.getBytes(StandardCharsets.UTF_8));
    char[] hex = new char[16];
    for (int k = 0; k < 8; k++) {
      hex[2 * k] = Character.forDigit((h[k] >> 4) & 0xf, 16);
      hex[2 * k + 1] = Character.forDigit(h[k] & 0xf, 16);
    }
    return new String(hex);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
