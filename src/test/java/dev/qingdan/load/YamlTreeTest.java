package dev.qingdan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qingdan.load.YNode.ScalarType;
import dev.qingdan.load.YNode.YMap;
import dev.qingdan.load.YNode.YScalar;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlTreeTest {
  private static YMap parse(String text, List<Problem> problems) {
    return (YMap) YamlTree.parse("f.yaml", text, problems).orElseThrow();
  }

  @Test
  void idsAreReadAsWritten() {
    List<Problem> p = new ArrayList<>();
    YMap m = parse("a: 13.1\nb: 20\nc: 1.10\nd: '1.1'\ne: 2022-05-31\nf: ~\n", p);
    assertEquals(List.of(), p);
    assertEquals(new YScalar("13.1", ScalarType.FLOAT, new Loc(1, 4)), m.get("a"));
    assertEquals("20", ((YScalar) m.get("b")).text());
    assertEquals("1.10", ((YScalar) m.get("c")).text());
    assertEquals(ScalarType.STRING, ((YScalar) m.get("d")).type());
    assertEquals("2022-05-31", ((YScalar) m.get("e")).text());
    assertTrue(((YScalar) m.get("f")).isNull());
  }

  @Test
  void problemsNameThePathOfTheirValue() {
    List<Problem> p = new ArrayList<>();
    YamlTree.parse("f.yaml", "rows:\n  - id: 1\n  - target: {op: a, op: b}\n    x: [1, *y]\n"
        + "'': {k: 1, k: 2}\n", p);
    YamlTree.parse("g.yaml", "- a: 1\n  a: 2\n- [[1, 2, 3], [*z]]\n", p);
    assertEquals(List.of("rows[1].target.op", "k", "rows[1].x[1]", "[0].a", "[1][1][0]"),
        p.stream().map(Problem::path).toList());
  }

  @Test
  void duplicateKeysAreErrorsWithBothPlaces() {
    List<Problem> p = new ArrayList<>();
    YMap m = parse("a: 1\nb: 2\na: 3\n", p);
    assertEquals(1, p.size());
    assertEquals("duplicate-key", p.get(0).code());
    assertEquals(3, p.get(0).line());
    assertTrue(p.get(0).message().contains("line 1"));
    assertEquals("1", ((YScalar) m.get("a")).text());
  }

  /** A tab that indents line 2 is reported at the tab, not at the end of line 1. */
  @Test
  void aTabIsReportedWhereItIs() {
    List<Problem> p = new ArrayList<>();
    YamlTree.parse("f.yaml", "version: 1\n\tdocument: x\n", p);
    assertEquals(1, p.size());
    assertEquals("yaml-syntax", p.get(0).code());
    assertEquals(List.of(2, 1), List.of(p.get(0).line(), p.get(0).column()));
    p.clear();
    YamlTree.parse("f.yaml", "a:\n  b: 1\n  \tc: 2\n", p);
    assertEquals(List.of(3, 3), List.of(p.get(0).line(), p.get(0).column()));
  }

  @Test
  void aliasesAreRefused() {
    List<Problem> p = new ArrayList<>();
    parse("a: &x [1, 2]\nb: *x\n", p);
    assertEquals("yaml-alias", p.get(0).code());
    assertEquals(2, p.get(0).line());
  }

  @Test
  void aBillionLaughsStopsAtTheFirstAlias() {
    StringBuilder sb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char prev = (char) (c - 1);
      sb.append(c).append(": &").append(c).append(" [*").append(prev).append(", *").append(prev)
          .append(", *").append(prev).append(", *").append(prev).append("]\n");
    }
    List<Problem> p = new ArrayList<>();
    YamlTree.parse("bomb.yaml", sb.toString(), p);
    assertTrue(p.stream().allMatch(x -> x.code().equals("yaml-alias")), p.toString());
  }

  @Test
  void deepNestingIsBounded() {
    List<Problem> p = new ArrayList<>();
    String deep = "a: " + "[".repeat(50_000) + "]".repeat(50_000);
    assertTrue(YamlTree.parse("deep.yaml", deep, p).isEmpty());
    assertEquals("yaml-limit", p.get(0).code());
  }

  @Test
  void syntaxErrorsPointAtThePlace() {
    List<Problem> p = new ArrayList<>();
    assertTrue(YamlTree.parse("f.yaml", "a: [1, 2\nb: 3\n", p).isEmpty());
    assertEquals("yaml-syntax", p.get(0).code());
    assertTrue(p.get(0).line() >= 1);
  }

  @Test
  void aSecondDocumentIsReported() {
    List<Problem> p = new ArrayList<>();
    YamlTree.parse("f.yaml", "a: 1\n---\nb: 2\n", p);
    assertEquals("yaml-multiple-documents", p.get(0).code());
  }
}
