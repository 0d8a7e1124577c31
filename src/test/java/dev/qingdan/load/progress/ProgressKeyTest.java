package dev.qingdan.load.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The keys of a year of a country's reports, each kept once with where it was first made. */
class ProgressKeyTest {
  @Test
  void aYearOfReportsOf2846UnitsIsEachKeptOnceWithItsPlace() {
    ReportKeys keys = new ReportKeys();
    int line = 2;
    for (int m = 0; m < 12; m++) {
      for (int u = -1; u < 2846; u++) {
        for (int id = 0; id < 32; id++) {
          assertEquals(ReportKeys.ABSENT, keys.putIfAbsent(ReportKeys.key(m, id, u),
              ReportKeys.place(m % 3, line++)));
        }
      }
    }
    assertEquals(12 * 2847 * 32, keys.size());
    long first = keys.putIfAbsent(ReportKeys.key(11, 31, 2845), ReportKeys.place(7, 9));
    assertEquals(2, ReportKeys.file(first));
    assertEquals(line - 1, ReportKeys.line(first));
    assertEquals(first, keys.get(ReportKeys.key(11, 31, 2845)));
    assertEquals(ReportKeys.ABSENT, keys.get(ReportKeys.key(12, 0, -1)));
    assertEquals(12 * 2847 * 32, keys.size());
  }

  @Test
  void keysOfDifferentPartsDiffer() {
    assertEquals(1L, ReportKeys.key(0, 0, -1));
    assertEquals(ReportKeys.key(1, 0, -1) - 1, 1L << 48);
    assertEquals(ReportKeys.key(0, 1, -1) - 1, 1L << 24);
  }

  @Test
  void aKeyOfTheMonthsArraysKeepsItsPlaceThere() {
    ReportKeys keys = new ReportKeys(12, 32, 2847);
    long a = ReportKeys.key(3, 5, 100);
    assertTrue(keys.addFigures(a, ReportKeys.place(0, 17)));
    long b = ReportKeys.key(3, 5, -1);
    assertEquals(ReportKeys.ABSENT, keys.putIfAbsent(b, ReportKeys.place(1, 4)));
    assertFalse(keys.addFigures(a, ReportKeys.place(1, 9)));
    assertFalse(keys.addFigures(b, ReportKeys.place(1, 9)));
    assertEquals(ReportKeys.place(1, 4), keys.get(b));
    assertEquals(ReportKeys.place(0, 17), keys.get(a));
    assertEquals(ReportKeys.ABSENT, keys.get(ReportKeys.key(3, 5, 101)));
    assertTrue(keys.addFigures(ReportKeys.key(11, 31, 2845), ReportKeys.place(2, 2)));
    assertEquals(ReportKeys.place(2, 2), keys.get(ReportKeys.key(11, 31, 2845)));
    assertEquals(0, keys.size(), "none in the table");
    long far = ReportKeys.key(12, 0, -1);
    assertTrue(keys.addFigures(far, ReportKeys.place(3, 5)));
    assertEquals(ReportKeys.place(3, 5), keys.get(far));
    assertEquals(1, keys.size(), "a month past the arrays goes to the table");
    keys.removeFile(0);
    assertEquals(ReportKeys.ABSENT, keys.get(a));
    assertEquals(ReportKeys.place(1, 4), keys.get(b));
  }

  @Test
  void aMonthOfOneFileAndAMonthOfSeveralKeepTheirPlaces() {
    ReportKeys keys = new ReportKeys(12, 4, 10);
    long one = ReportKeys.key(0, 1, 2);
    long other = ReportKeys.key(0, 2, 2);
    long mixed = ReportKeys.key(1, 1, 2);
    assertTrue(keys.addFigures(one, ReportKeys.place(5, 7)));
    assertTrue(keys.addFigures(other, ReportKeys.place(5, Integer.MAX_VALUE)));
    assertTrue(keys.addFigures(mixed, ReportKeys.place(5, 8)));
    assertTrue(keys.addFigures(ReportKeys.key(1, 3, -1), ReportKeys.place(6, 3)));
    assertEquals(ReportKeys.place(5, 7), keys.putIfAbsent(one, ReportKeys.place(6, 1)));
    assertEquals(ReportKeys.place(5, Integer.MAX_VALUE), keys.get(other));
    assertEquals(ReportKeys.place(5, 8), keys.putIfAbsent(mixed, ReportKeys.place(6, 9)));
    assertEquals(ReportKeys.place(6, 3), keys.get(ReportKeys.key(1, 3, -1)));
    StringBuilder each = new StringBuilder();
    keys.each((m, i, u, place) -> each.append(m).append(' ').append(i).append(' ').append(u)
        .append(' ').append(ReportKeys.file(place)).append(':').append(ReportKeys.line(place))
        .append('\n'));
    assertEquals("0 1 2 5:7\n0 2 2 5:" + Integer.MAX_VALUE + "\n1 1 2 5:8\n1 3 -1 6:3\n",
        each.toString());
    keys.removeFile(5);
    assertEquals(ReportKeys.ABSENT, keys.get(one));
    assertEquals(ReportKeys.ABSENT, keys.get(mixed));
    assertEquals(ReportKeys.place(6, 3), keys.get(ReportKeys.key(1, 3, -1)));
    assertTrue(keys.addFigures(one, ReportKeys.place(7, 1)));
    assertEquals(ReportKeys.place(7, 1), keys.get(one));
  }

  @Test
  void onlyTheUnitsAskedForOfAnIdAreHandedOverWithThoseOfNoUnit() {
    for (ReportKeys keys : List.of(new ReportKeys(12, 4, 10), new ReportKeys())) {
      for (long k : new long[] {ReportKeys.key(0, 1, 2), ReportKeys.key(0, 1, 5),
          ReportKeys.key(0, 1, -1), ReportKeys.key(0, 2, 3), ReportKeys.key(1, 3, 8)}) {
        assertTrue(keys.addFigures(k, ReportKeys.place(0, 1)));
      }
      List<String> each = new ArrayList<>();
      keys.each(new int[][] {null, {5, 7}, {}},
          (m, i, u, place) -> each.add(m + " " + i + " " + u));
      Collections.sort(each); // the table's order is its slots'
      assertEquals(List.of("0 1 -1", "0 1 5", "1 3 8"), each);
    }
  }
}
