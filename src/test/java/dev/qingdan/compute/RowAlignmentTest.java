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
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RowAlignmentTest {
  private static Checklist policies;

  @BeforeAll
  static void load() throws Exception {
    policies = RevisionDiffTest.load("policies.yaml");
  }

  private static Row row(String id) {
    return policies.row(RowId.parse(id).orElseThrow()).orElseThrow();
  }

  private static Row withMethod(Row r, String method) {
    return new Row(r.id(), r.title(), r.points(), r.lead(), r.partners(), r.goal(), r.indicator(),
        r.target(), r.schedule(), r.definition(), method);
  }

  private static String steps(List<RowAlignment.Step> steps) {
    StringBuilder sb = new StringBuilder();
    for (RowAlignment.Step s : steps) {
      sb.append(s.oldIndex()).append(':').append(s.newIndex()).append(' ');
    }
    return sb.toString().strip();
  }

  @Test
  void rowsWithTheSameTitleAreToldApart() {
    // 21.1 and 22.1 share title and method; 20.1 goes, both others change a field.
    Row r20 = row("20.1");
    Row r21 = row("21.1");
    Row r22 = row("22.1");
    assertEquals(r21.title(), r22.title());
    List<Row> old = List.of(r20, r21, r22);
    Row n21 = Revisions.withTarget(r21, new Target("90%", Op.AT_LEAST, BigDecimal.valueOf(90),
        "%"));
    Row n22 = withMethod(r22, "通过线上筛查开展专项行动。");
    assertEquals("0:-1 1:0 2:1", steps(RowAlignment.align(old, List.of(n21, n22))));
    // Only the second of the two remains, changed: it is paired with its own old row.
    assertEquals("0:-1 1:-1 2:0", steps(RowAlignment.align(old, List.of(n22))));
    assertEquals("0:-1 1:0 2:-1", steps(RowAlignment.align(old, List.of(n21))));
  }

  @Test
  void aRowNotLikeAnyOtherIsRemovedAndAdded() {
    Random rnd = new Random(1);
    Row fresh = Revisions.randomRow(rnd);
    List<Row> old = List.of(row("1.1"), row("12.1"), row("13.1"));
    assertEquals("0:0 1:-1 -1:1 2:2",
        steps(RowAlignment.align(old, List.of(row("1.1"), fresh, row("13.1")))));
  }

  @Test
  void emptySides() {
    assertEquals("", steps(RowAlignment.align(List.of(), List.of())));
    assertEquals("0:-1 1:-1", steps(RowAlignment.align(List.of(row("1.1"), row("2.1")),
        List.of())));
    assertEquals("-1:0", steps(RowAlignment.align(List.of(), List.of(row("2.1")))));
  }

  @Test
  void chainOfAnchorsIsTheLongestIncreasingOne() {
    List<int[]> pairs = List.of(new int[] {0, 3}, new int[] {1, 0}, new int[] {2, 1},
        new int[] {3, 4}, new int[] {4, 5});
    int[][] chain = RowAlignment.longestChain(pairs);
    StringBuilder sb = new StringBuilder();
    for (int[] p : chain) {
      sb.append(p[0]).append(':').append(p[1]).append(' ');
    }
    assertEquals("1:0 2:1 3:4 4:5", sb.toString().strip());
  }

  /** n rows: the checklist's rows over and over (the same contents many times), or random rows. */
  private static List<Row> rows(int n, boolean repeated, Random rnd) {
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(repeated ? policies.rows().get(i % policies.rows().size())
          : Revisions.randomRow(rnd));
    }
    return out;
  }

  /** Deletes one row in a hundred, inserts as many new ones and changes the target of as many. */
  private static List<Row> edit(List<Row> rows, Random rnd) {
    List<Row> out = new ArrayList<>(rows);
    for (int e = 0; e < rows.size() / 100; e++) {
      out.remove(rnd.nextInt(out.size()));
      out.add(rnd.nextInt(out.size() + 1), Revisions.randomRow(rnd));
      int k = rnd.nextInt(out.size());
      out.set(k, withMethod(out.get(k), out.get(k).method() + "（修订）"));
    }
    return out;
  }

  @Test
  void theWorkGrowsLinearly() {
    for (boolean repeated : new boolean[] {true, false}) {
      Random rnd = new Random(8);
      List<Row> small = rows(1000, repeated, rnd);
      List<Row> large = rows(10_000, repeated, rnd);
      RowAlignment s = RowAlignment.run(small, edit(small, rnd));
      long t0 = System.nanoTime();
      RowAlignment l = RowAlignment.run(large, edit(large, rnd));
      long ms = (System.nanoTime() - t0) / 1_000_000;
      assertTrue(l.evaluations <= 12 * Math.max(s.evaluations, 100),
          "repeated=" + repeated + ": " + s.evaluations + " then " + l.evaluations);
      // Gaps up to 2^16 cells are aligned whole, larger ones in a band of 65 cells a row: at most
      // 256 cells a row however the gaps fall.
      assertTrue(s.cells <= 256L * 2 * small.size(), "1,000 rows: " + s.cells + " cells");
      assertTrue(l.cells <= 256L * 2 * large.size(), "10,000 rows: " + l.cells + " cells");
      // A quadratic step would take minutes here, even on a busy machine.
      assertTrue(ms < 30_000, "10,000 rows took " + ms + " ms");
    }
  }

  /** Every row moved (the order reversed): all paired again, with linear work. */
  @Test
  void aReversedListIsAllMovedRows() {
    Random rnd = new Random(9);
    List<Row> old = rows(10_000, false, rnd);
    List<Row> neu = new ArrayList<>(old);
    java.util.Collections.reverse(neu);
    RowAlignment al = RowAlignment.run(old, neu);
    List<RowAlignment.Step> steps = RowAlignment.align(old, neu);
    assertEquals(old.size(), steps.size());
    for (int k = 0; k < steps.size(); k++) {
      assertEquals(new RowAlignment.Step(old.size() - 1 - k, k), steps.get(k));
    }
    assertEquals(0, al.evaluations);
    assertTrue(al.cells <= 256L * 2 * old.size(), al.cells + " cells");
  }
}
