package dev.qingdan.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qingdan.model.Checklist;
import dev.qingdan.model.Op;
import dev.qingdan.model.Row;
import dev.qingdan.model.RowId;
import dev.qingdan.model.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Properties of the revision diff over thousands of seeded random revisions. */
class RevisionDiffPropertiesTest {
  private static final int CASES = 2000;
  private static Checklist policies;

  @BeforeAll
  static void load() throws Exception {
    policies = RevisionDiffTest.load("policies.yaml");
  }

  /** A base revision: the real checklist, or random rows mixed with some of its rows. */
  private record Base(List<Row> rows, List<Integer> groups) {}

  private static Base base(Random rnd) {
    List<Row> rows = new ArrayList<>();
    List<Integer> groups = new ArrayList<>();
    if (rnd.nextInt(3) == 0) {
      for (Row r : policies.rows()) {
        rows.add(r);
        groups.add(r.id().item());
      }
      return new Base(rows, groups);
    }
    int n = 1 + rnd.nextInt(40);
    int group = 1000;
    for (int i = 0; i < n; i++) {
      if (rnd.nextInt(3) == 0) {
        Row r = policies.rows().get(rnd.nextInt(policies.rows().size()));
        if (rows.contains(r)) {
          continue;
        }
        rows.add(r);
        groups.add(r.id().item());
      } else {
        rows.add(Revisions.randomRow(rnd));
        groups.add(rnd.nextInt(3) == 0 && i > 0 ? groups.get(groups.size() - 1) : group++);
      }
    }
    return new Base(rows, groups);
  }

  private static String line(Change c) {
    return c.change().word() + " " + c.oldId() + " " + c.id()
        + (c.field() == null ? "" : " " + c.field()) + " " + c.impact().word();
  }

  private static List<String> actual(DiffResult d) {
    List<String> out = new ArrayList<>(d.changes().stream().map(RevisionDiffPropertiesTest::line)
        .toList());
    out.sort(null);
    return out;
  }

  @Test
  void aRevisionAgainstItselfHasNoChange() {
    Random rnd = new Random(6001);
    for (int c = 0; c < CASES; c++) {
      Base b = base(rnd);
      List<Row> rows = Revisions.number(b.rows(), b.groups());
      Checklist x = Revisions.checklist(policies, rows);
      List<Row> copy = rows.stream().map(r -> Revisions.withId(r, r.id())).toList();
      assertEquals(List.of(), RevisionDiff.compare(x, x).changes(), "case " + c);
      assertEquals(List.of(), RevisionDiff.compare(x, Revisions.checklist(policies, copy))
          .changes(), "case " + c);
    }
  }

  @Test
  void renumberingAloneGivesOnlyRenumbered() {
    Random rnd = new Random(6002);
    int renumberedSeen = 0;
    for (int c = 0; c < CASES; c++) {
      Base b = base(rnd);
      List<Row> before = Revisions.number(b.rows(), b.groups());
      List<Integer> regroup = new ArrayList<>();
      for (int i = 0; i < before.size(); i++) {
        regroup.add(i > 0 && rnd.nextInt(3) > 0 ? regroup.get(i - 1) : i);
      }
      List<Row> after = Revisions.number(b.rows(), regroup);
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < before.size(); i++) {
        if (!before.get(i).id().equals(after.get(i).id())) {
          expected.add("renumbered " + before.get(i).id() + " " + after.get(i).id() + " neutral");
        }
      }
      expected.sort(null);
      renumberedSeen += expected.size();
      DiffResult d = RevisionDiff.compare(Revisions.checklist(policies, before),
          Revisions.checklist(policies, after));
      assertEquals(expected, actual(d), "case " + c);
      assertEquals(new DiffResult.Summary(0, 0, 0, expected.size()), d.summary());
    }
    assertTrue(renumberedSeen > CASES, "the property was exercised");
  }

  /** One row of the revision being built: where it came from and what the test did to it. */
  private static final class Entry {
    final int origin;
    Row row;
    final int group;
    final Set<String> edited = new HashSet<>();
    final List<String> expected = new ArrayList<>();

    Entry(int origin, Row row, int group) {
      this.origin = origin;
      this.row = row;
      this.group = group;
    }
  }

  /**
   * A random sequence of deletions, insertions, target and schedule edits and moves (a row taken
   * out and put back elsewhere, edited or not) is reported as exactly those operations: a moved
   * row is renumbered (where its id changed), never removed and added.
   */
  @Test
  void randomEditsAreFoundBackExactly() {
    Random rnd = new Random(6003);
    int[] seen = new int[5];
    for (int c = 0; c < CASES; c++) {
      Base b = base(rnd);
      List<Row> before = Revisions.number(b.rows(), b.groups());
      List<Entry> entries = new ArrayList<>();
      for (int i = 0; i < before.size(); i++) {
        entries.add(new Entry(i, before.get(i), b.groups().get(i)));
      }
      List<String> expected = new ArrayList<>();
      int fresh = 100_000;
      int edits = rnd.nextInt(7);
      for (int e = 0; e < edits; e++) {
        int op = rnd.nextInt(5);
        if (op == 0 && !entries.isEmpty()) {
          Entry gone = entries.remove(rnd.nextInt(entries.size()));
          if (gone.origin >= 0) {
            expected.add("removed " + gone.row.id() + " null loosening");
            seen[0]++;
          }
        } else if (op == 1) {
          entries.add(rnd.nextInt(entries.size() + 1), new Entry(-1, Revisions.randomRow(rnd),
              fresh++));
          seen[1]++;
        } else if (op == 2) {
          Entry t = pick(rnd, entries, x -> !x.edited.contains("target")
              && x.row.target().kind() != dev.qingdan.model.TargetKind.EXTERNAL);
          if (t != null) {
            editTarget(rnd, t);
            seen[2]++;
          }
        } else if (op == 4) {
          if (entries.size() > 1) {
            Entry moved = entries.remove(rnd.nextInt(entries.size()));
            entries.add(rnd.nextInt(entries.size() + 1), moved);
            seen[4]++;
          }
        } else {
          Entry t = pick(rnd, entries, x -> !x.edited.contains("schedule")
              && !x.row.schedule().milestones().isEmpty());
          if (t != null) {
            int months = rnd.nextBoolean() ? 1 + rnd.nextInt(2) : -1 - rnd.nextInt(2);
            t.row = Revisions.withMilestonesMoved(t.row, months);
            t.edited.add("schedule");
            t.expected.add("schedule " + (months > 0 ? "loosening" : "tightening"));
            seen[3]++;
          }
        }
      }
      List<Row> after = Revisions.number(entries.stream().map(x -> x.row).toList(),
          entries.stream().map(x -> x.group).toList());
      for (int i = 0; i < entries.size(); i++) {
        Entry x = entries.get(i);
        String id = after.get(i).id().toString();
        if (x.origin < 0) {
          expected.add("added null " + id + " tightening");
          continue;
        }
        String oldId = before.get(x.origin).id().toString();
        if (!oldId.equals(id)) {
          expected.add("renumbered " + oldId + " " + id + " neutral");
        }
        for (String m : x.expected) {
          expected.add("modified " + oldId + " " + id + " " + m);
        }
      }
      expected.sort(null);
      DiffResult d = RevisionDiff.compare(Revisions.checklist(policies, before),
          Revisions.checklist(policies, after));
      assertEquals(expected, actual(d), "case " + c + " (" + edits + " edits)");
      assertInOrder(d);
    }
    for (int k = 0; k < seen.length; k++) {
      assertTrue(seen[k] > CASES / 4, "edit kind " + k + " was exercised: " + seen[k]);
    }
  }

  private static Entry pick(Random rnd, List<Entry> entries,
      java.util.function.Predicate<Entry> ok) {
    List<Entry> candidates = entries.stream().filter(x -> x.origin >= 0 && ok.test(x)).toList();
    return candidates.isEmpty() ? null : candidates.get(rnd.nextInt(candidates.size()));
  }

  /** Raises or lowers a value in its unit, or gives a value to a row that had none. */
  private static void editTarget(Random rnd, Entry t) {
    Target old = t.row.target();
    Target neu;
    String impact;
    if (old.value() == null) {
      int v = 1 + rnd.nextInt(100);
      neu = new Target(v + "个", Op.AT_LEAST, BigDecimal.valueOf(v), "个");
      impact = "tightening";
    } else {
      boolean up = old.value().signum() == 0 || rnd.nextBoolean();
      BigDecimal step = BigDecimal.valueOf(1 + rnd.nextInt(old.value().intValue() / 2 + 1));
      BigDecimal v = up ? old.value().add(step) : old.value().subtract(step).max(BigDecimal.ZERO);
      if (v.compareTo(old.value()) == 0) {
        v = old.value().add(BigDecimal.ONE);
        up = true;
      }
      neu = new Target(v.toPlainString() + old.unit(), Op.AT_LEAST, v, old.unit());
      impact = up ? "tightening" : "loosening";
    }
    t.row = Revisions.withTarget(t.row, neu);
    t.edited.add("target");
    t.expected.add("target " + impact);
  }

  /**
   * The changes follow the new revision's order, a removed row where it stood; the old order too,
   * except where a row moved.
   */
  private static void assertInOrder(DiffResult d) {
    int lastNew = -1;
    int lastPosition = -1;
    for (Change c : d.changes()) {
      if (c.newIndex() >= 0) {
        assertTrue(c.newIndex() >= lastNew, "new order at " + c);
        lastNew = c.newIndex();
      }
      assertTrue(c.newPosition() >= lastPosition, "position at " + c);
      lastPosition = c.newPosition();
    }
  }

  /** Rows of the base revision in another order: only renumbered, whatever the order. */
  @Test
  void aShuffleGivesOnlyRenumbered() {
    Random rnd = new Random(6004);
    for (int c = 0; c < CASES / 4; c++) {
      Base b = base(rnd);
      List<Row> before = Revisions.number(b.rows(), b.groups());
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < before.size(); i++) {
        order.add(i);
      }
      java.util.Collections.shuffle(order, rnd);
      List<Row> shuffled = order.stream().map(i -> before.get(i)).toList();
      List<Row> after = Revisions.number(shuffled, order.stream().map(i -> i).toList());
      List<String> expected = new ArrayList<>();
      for (int k = 0; k < order.size(); k++) {
        RowId was = before.get(order.get(k)).id();
        if (!was.equals(after.get(k).id())) {
          expected.add("renumbered " + was + " " + after.get(k).id() + " neutral");
        }
      }
      expected.sort(null);
      DiffResult d = RevisionDiff.compare(Revisions.checklist(policies, before),
          Revisions.checklist(policies, after));
      assertEquals(expected, actual(d), "case " + c);
    }
  }
}
