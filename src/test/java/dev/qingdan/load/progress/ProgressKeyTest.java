package dev.qingdan.load.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The key of a report spreads over the hash table at national scale. */
class ProgressKeyTest {
  private static final List<String> IDS = List.of("1.1", "2.1", "3.1", "4.1", "5.1", "5.2", "6.1",
      "7.1", "7.2", "8.1", "8.2", "8.3", "9.1", "9.2", "10.1", "11.1", "12.1", "13.1", "14.1",
      "15.1", "16.1", "17.1", "18.1", "19.1", "20.1", "21.1", "22.1", "22.2", "23.1", "23.2",
      "24.1", "24.2");

  @Test
  void aYearOfReportsOf2846UnitsHasAlmostOnlyDistinctHashes() {
    Set<Integer> hashes = new HashSet<>();
    int keys = 0;
    for (int m = 1; m <= 12; m++) {
      for (int u = 1; u <= 2846; u++) {
        String unit = String.format("合成%04d县", u);
        for (String id : IDS) {
          hashes.add(new ProgressChecks.Key(YearMonth.of(2022, m), id, unit).hashCode());
          keys++;
        }
      }
    }
    assertEquals(1_092_864, keys);
    // Random 32-bit hashes of this many keys collide for about 0.013 %; 31·h + … gave 27,648
    // distinct hashes (2.5 %).
    assertTrue(hashes.size() > keys * 0.999, hashes.size() + " distinct hashes of " + keys);
  }

  @Test
  void equalKeysHaveEqualHashesAndUnequalOnesAreUnequal() {
    Random r = new Random(8);
    for (int i = 0; i < 5000; i++) {
      YearMonth p = YearMonth.of(2020 + r.nextInt(4), 1 + r.nextInt(12));
      String id = IDS.get(r.nextInt(IDS.size()));
      String unit = r.nextInt(10) == 0 ? null : "区" + r.nextInt(50) + "局";
      ProgressChecks.Key a = new ProgressChecks.Key(p, id, unit);
      ProgressChecks.Key b = new ProgressChecks.Key(YearMonth.of(p.getYear(), p.getMonthValue()),
          new String(id), unit == null ? null : new String(unit));
      assertEquals(a, b);
      assertEquals(a.hashCode(), b.hashCode());
      ProgressChecks.Key c = new ProgressChecks.Key(p.plusMonths(1), id, unit);
      assertNotEquals(a, c);
    }
  }
}
