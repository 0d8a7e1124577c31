package dev.qingdan.compute;

import dev.qingdan.model.Checklist;
import dev.qingdan.model.Goal;
import dev.qingdan.model.Row;
import dev.qingdan.model.Schedule;
import dev.qingdan.model.Target;
import dev.qingdan.model.UnitRegister;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The semantic difference of two revisions of a checklist: rows paired by content
 * ({@link RowAlignment}), goals by id, and every changed field judged by {@link Impacts}.
 */
public final class RevisionDiff {
  private static final String SEP = "\u001f";

  private final Checklist a;
  private final Checklist b;
  private final UnitRegister ra;
  private final UnitRegister rb;
  private final List<Change> changes = new ArrayList<>();
  private final MessageDigest digest = sha256();
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
    d.goals();
    d.rows();
    return new DiffResult(d.changes, DiffResult.Summary.of(d.changes));
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
            Impact.TIGHTENING, null, identity, -1, j, true);
      } else if (j == null) {
        Goal g = a.goals().get(i);
        add(ChangeKind.REMOVED, null, id, g.indicator(), null, g.indicator(), null,
            Impact.LOOSENING, null, identity, i, -1, true);
      } else {
        Goal o = a.goals().get(i);
        Goal n = b.goals().get(j);
        text(o.indicator(), n.indicator(), "indicator", id, id, n.indicator(), identity, i, j,
            true);
        text(o.text(), n.text(), "text", id, id, n.indicator(), identity, i, j, true);
        target(o.target(), n.target(), id, id, n.indicator(), identity, i, j, true);
        schedule(o.schedule(), o.target(), n.schedule(), n.target(), id, id, n.indicator(),
            identity, i, j, true);
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
            Impact.TIGHTENING, null, newIdentity.get(j), -1, j, false);
      } else if (j < 0) {
        Row o = a.rows().get(i);
        add(ChangeKind.REMOVED, null, o.id().toString(), o.title(), null, o.title(), null,
            Impact.LOOSENING, null, oldIdentity.get(i), i, -1, false);
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
          identity, i, j, false);
    }
    String t = n.title();
    text(o.title(), n.title(), "title", id, oldId, t, identity, i, j, false);
    text(o.points(), n.points(), "points", id, oldId, t, identity, i, j, false);
    units(o.lead(), n.lead(), "lead", id, oldId, t, identity, i, j);
    units(o.partners(), n.partners(), "partners", id, oldId, t, identity, i, j);
    text(o.goal(), n.goal(), "goal", id, oldId, t, identity, i, j, false);
    text(o.indicator(), n.indicator(), "indicator", id, oldId, t, identity, i, j, false);
    target(o.target(), n.target(), id, oldId, t, identity, i, j, false);
    schedule(o.schedule(), o.target(), n.schedule(), n.target(), id, oldId, t, identity, i, j,
        false);
    if (!o.definition().equals(n.definition())) {
      ChangeDetail.Ratio detail = o.definition().isRatio() || n.definition().isRatio()
          ? new ChangeDetail.Ratio(o.definition().numerator(), o.definition().denominator(),
              n.definition().numerator(), n.definition().denominator())
          : null;
      add(ChangeKind.MODIFIED, id, oldId, t, "definition", o.definition().text(),
          n.definition().text(), Impacts.definition(o.definition(), n.definition()), detail,
          identity, i, j, false);
    }
    text(o.method(), n.method(), "method", id, oldId, t, identity, i, j, false);
  }

  private void text(String o, String n, String field, String id, String oldId, String title,
      String identity, int i, int j, boolean goal) {
    if (!Objects.equals(o, n)) {
      add(ChangeKind.MODIFIED, id, oldId, title, field, o, n, Impact.NEUTRAL, null, identity, i,
          j, goal);
    }
  }

  private void target(Target o, Target n, String id, String oldId, String title,
      String identity, int i, int j, boolean goal) {
    if (!same(o, n)) {
      add(ChangeKind.MODIFIED, id, oldId, title, "target", o.text(), n.text(),
          Impacts.target(o, n), null, identity, i, j, goal);
    }
  }

  private static boolean same(Target o, Target n) {
    return o.text().equals(n.text()) && Objects.equals(o.op(), n.op())
        && Objects.equals(o.unit(), n.unit())
        && (o.value() == null ? n.value() == null
            : n.value() != null && o.value().compareTo(n.value()) == 0);
  }

  private void schedule(Schedule o, Target ot, Schedule n, Target nt, String id, String oldId,
      String title, String identity, int i, int j, boolean goal) {
    if (!o.equals(n)) {
      List<ChangeDetail.Shift> shifts = Impacts.shifts(o, n);
      add(ChangeKind.MODIFIED, id, oldId, title, "schedule", o.text(), n.text(),
          Impacts.schedule(o, ot, n, nt),
          shifts.isEmpty() ? null : new ChangeDetail.Milestones(shifts), identity, i, j, goal);
    }
  }

  /**
   * Unit lists are sets of register units: another order, or an alias for the same unit
   * (区人力社保局 for 区人社局), is no change.
   */
  private void units(List<String> o, List<String> n, String field, String id, String oldId,
      String title, String identity, int i, int j) {
    Map<String, String> so = canonical(o, ra);
    Map<String, String> sn = canonical(n, rb);
    if (so.keySet().equals(sn.keySet())) {
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
    add(ChangeKind.MODIFIED, id, oldId, title, field, joined(o), joined(n), Impact.NEUTRAL,
        new ChangeDetail.Units(plus, minus), identity, i, j, false);
  }

  /** A unit list as the table writes it: names joined with 、, and {@code -} for none. */
  public static String joined(List<String> units) {
    return units.isEmpty() ? "-" : String.join("、", units);
  }

  private static Map<String, String> canonical(List<String> names, UnitRegister r) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String w : names) {
      UnitRegister.Resolution res = r.resolve(w);
      String key = res.unit() != null ? res.unit().name() + (res.etCetera() ? "等" : "")
          : w.strip();
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

  private void add(ChangeKind kind, String id, String oldId, String title, String field,
      String old, String neu, Impact impact, ChangeDetail detail, String identity, int i, int j,
      boolean goal) {
    String fp = fingerprint(digest, kind, identity, field, old, neu);
    changes.add(new Change(kind, id, oldId, title, field, old, neu, impact, detail, fp, i, j,
        goal, j >= 0 ? j : position));
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
