package dev.qingdan.load.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Import stays linear in the items of a table: eight times the items take about eight times as
 * long, not sixty-four. Each table has what makes the importer look beyond a row: a task text
 * with figures and a due date (read against each other), a lead cell left blank under a merged
 * one, pinyin in the cells, units that grow with the table.
 */
class ImportScaleTest {
  private static final int SMALL = 300;
  private static final int LARGE = 8 * SMALL;

  @Test
  void eightTimesTheItemsTakeAboutEightTimesAsLong() throws Exception {
    TableImporter.fromText("t.txt", table(SMALL), 2023); // warm up
    long small = best(SMALL);
    long large = best(LARGE);
    assertEquals(2 * LARGE, TableImporter.fromText("t.txt", table(LARGE), 2023).checklist().rows()
        .size());
    // linear is 8 times; quadratic would be 64: 24 leaves room for a loaded machine
    assertTrue(large < 24 * small, "a table of " + LARGE + " items took " + large / 1_000_000
        + " ms, one of " + SMALL + " items " + small / 1_000_000 + " ms");
  }

  /** The shortest of three imports of a table of {@code items} items, in nanoseconds. */
  private static long best(int items) throws Exception {
    String text = table(items);
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long start = System.nanoTime();
      TableImporter.fromText("t.txt", text, 2023);
      best = Math.min(best, System.nanoTime() - start);
    }
    return best;
  }

  /** A table without schedule column of {@code items} items, each stating two targets. */
  private static String table(int items) {
    StringBuilder sb = new StringBuilder("任务\t牵头单位\n");
    for (int i = 1; i <= items; i++) {
      String lead = i % 3 == 0 ? "" : "区第" + (i / 10) + "局";
      sb.append(i).append(".新建公園(yuán)").append(i % 9 + 1).append("个,新增车位")
          .append(i % 90 + 10).append("个,").append(i % 12 + 1).append("月底前完成。\t")
          .append(lead).append('\n');
    }
    return sb.toString();
  }
}
