package dev.qingdan.phrase;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qingdan.model.Op;
import dev.qingdan.model.Target;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The table of target sentences of other places' plans (src/test/resources/phrases/
 * target-sentences.txt), each with a hand reading. A sentence is read right (every target, and
 * no other), or not read right but with a note that names what was not understood. Never wrong
 * without a word: a sentence read silently must be read right.
 */
class SentenceTargetsTableTest {
  private static final String TABLE = "/phrases/target-sentences.txt";

  /** One line of the table. */
  record Line(String source, String text, String expected) {}

  static List<Line> table() throws IOException {
    List<Line> out = new ArrayList<>();
    String source = null;
    try (InputStream in = SentenceTargetsTableTest.class.getResourceAsStream(TABLE)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("# source: ")) {
          source = line.substring("# source: ".length()).strip();
        } else if (line.startsWith("T | ")) {
          String[] p = line.split(" \\| ");
          out.add(new Line(source, p[1], p[2].strip()));
        }
      }
    }
    return out;
  }

  /** A reading written as the table writes it. */
  static String written(SentenceTargets.Reading r) {
    if (r.found().isEmpty()) {
      return "refused";
    }
    return r.found().stream().map(f -> written(f.target())).collect(Collectors.joining(" ; "));
  }

  static String written(Target t) {
    String unit = Fold.text(t.unit());
    if (t.op() == Op.BETWEEN) {
      return "between " + t.value().toPlainString() + ".." + t.upper().toPlainString() + " "
          + unit;
    }
    String op = t.tolerance() != null ? "~" : t.op().symbol();
    return op + " " + t.value().toPlainString() + " " + unit;
  }

  /** The expected reading with its units folded as the reader folds them. */
  static String folded(String expected) {
    return java.util.Arrays.stream(expected.split(" ; ")).map(one -> {
      int unit = one.lastIndexOf(' ');
      return unit < 0 ? one : one.substring(0, unit + 1) + Fold.text(one.substring(unit + 1));
    }).collect(Collectors.joining(" ; "));
  }

  @Test
  void noSentenceIsReadWrongWithoutANote() throws IOException {
    List<String> silentlyWrong = new ArrayList<>();
    int right = 0;
    int noted = 0;
    List<Line> lines = table();
    for (Line l : lines) {
      SentenceTargets.Reading r = SentenceTargets.read(l.text());
      String got = written(r);
      if (got.equals(folded(l.expected()))) {
        right++;
      } else if (!r.notes().isEmpty()) {
        noted++;
      } else {
        silentlyWrong.add(l.text() + "\n    expected " + l.expected() + "\n    read     " + got);
      }
    }
    System.out.printf("target sentences: %d of %d read right, %d with a note, %d wrong%n", right,
        lines.size(), noted, silentlyWrong.size());
    assertTrue(lines.size() >= 453, "the table has " + lines.size() + " sentences");
    // Measured last: 420 of 453 right, 30 with a note, after money for each village or team
    // (每个…村…10万元, a standard). Before that: 418 of 451 right, after the persons whose problem is solved
    // (4萬人的…問題) and the count of the plan's key works (累计实施131项…重点工程). Before that: 416 of
    // 449 right, 30 with a note, after the sizes of sites and buildings,
    // the list's own matters, counts of indicators, reports of what was done, capacities that
    // name projects and comparators across what they compare with (187 sentences added: 172 of
    // them right). Before that: 244 of 262 right (238 of 254 before ranks, 分别 lists, raised standards per
    // person, a standard's rise over the year and the plan's own projects and works). Before that: 238 of 254 right (222 of 241 before the ceilings of 1个环节、0成本、1天办结, the
    // counted word of 人数110万, the classes of 共5大类17个, percentage points, rates, baselines and
    // figures shared through 均, and one hand reading set right), and three sentences that are no
    // target at all read as one (docs/phrases.md names them). A change that reads fewer right, or
    // more wrong without a note, fails here.
    assertTrue(right >= 420, right + " read right");
    assertTrue(silentlyWrong.size() <= 3, silentlyWrong.size() + " read wrong without a note:\n"
        + String.join("\n", silentlyWrong));
  }
}
