package dev.qingdan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qingdan.text.Msg;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A file's problems are kept up to the limit, and the one after says so, as severe as the worst. */
class ProblemListTest {
  private static Problem warning(String file, int line) {
    return Problem.warning("w", Msg.verbatim("a warning"), file, new Loc(line, 1), "");
  }

  private static Problem error(String file, int line) {
    return Problem.error("e", Msg.verbatim("an error"), file, new Loc(line, 1), "");
  }

  @Test
  void keepsTheFirstProblemsOfEachFileAndSaysSo() {
    ProblemList l = new ProblemList(3);
    for (int i = 1; i <= 10; i++) {
      l.add(error("a", i));
    }
    l.add(error("b", 1));
    assertEquals(5, l.size());
    assertEquals(List.of(1, 2, 3, 0, 1), l.stream().map(Problem::line).toList());
    Problem marker = l.get(3);
    assertEquals(ProblemList.TOO_MANY, marker.code());
    assertEquals("more than 3 problems; only the first 3 are reported", marker.message());
    assertEquals(Severity.ERROR, marker.severity());
    assertTrue(l.full("a"));
    assertFalse(l.full("b"));
    assertEquals(11, ProblemList.offered(l));
  }

  @Test
  void aFileWhoseErrorsCameAfterItsWarningsStillFails() {
    ProblemList l = new ProblemList(2);
    l.add(warning("a", 1));
    l.add(warning("a", 2));
    l.add(warning("a", 3));
    assertEquals(Severity.WARNING, l.get(2).severity());
    l.add(error("a", 4));
    assertEquals(3, l.size());
    assertEquals(Severity.ERROR, l.get(2).severity(), "the marker stands for the error left out");
  }

  @Test
  void copyingAFullListKeepsItsProblemsAndAddsNoSecondMarker() {
    ProblemList first = new ProblemList(3);
    for (int i = 1; i <= 5; i++) {
      first.add(error("a", i));
    }
    List<Problem> sorted = first.stream().sorted().toList(); // the marker has line 0: first
    ProblemList copy = new ProblemList(3);
    copy.addAll(sorted);
    copy.add(error("a", 9));
    assertEquals(4, copy.size());
    assertEquals(1, copy.stream().filter(p -> p.code().equals(ProblemList.TOO_MANY)).count());
    assertEquals(List.of(0, 1, 2, 3), copy.stream().map(Problem::line).toList());
  }

  @Test
  void aHugeFileKeepsAThousand() {
    ProblemList l = new ProblemList();
    for (int i = 1; i <= 100_000; i++) {
      l.add(warning("a", i));
    }
    assertEquals(ProblemList.MAX_PER_FILE + 1, l.size());
  }
}
