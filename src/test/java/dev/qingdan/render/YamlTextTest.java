package dev.qingdan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.qingdan.load.Problem;
import dev.qingdan.load.YNode.YMap;
import dev.qingdan.load.YNode.YScalar;
import dev.qingdan.load.YamlTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every text written by YamlText reads back as the same text. */
class YamlTextTest {
  private static final String ALPHABET = "区税务局，。：；“”（）、《》-?:#,[]{}&*!|>'\"%@` \t\n\\0123456789"
      + "aeTRUEnulNO.~\u3000\u00a0\u2028\uFEFF";

  @Test
  void roundTripsRandomText() {
    Random random = new Random(20220525);
    for (int i = 0; i < 5000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(12);
      for (int k = 0; k < n; k++) {
        sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String s = sb.toString();
      assertEquals(s, readBack(YamlText.scalar(s)), () -> "scalar " + YamlText.scalar(s));
      assertEquals(List.of(s, "x"), readBackList(YamlText.flowList(List.of(s, "x"))));
    }
  }

  @Test
  void quotesOnlyWhereNeeded() {
    assertEquals("区税务局", YamlText.scalar("区税务局"));
    assertEquals("100%", YamlText.scalar("100%"));
    assertEquals("\"%\"", YamlText.scalar("%"));
    assertEquals("\"-\"", YamlText.scalar("-"));
    assertEquals("\"\"", YamlText.scalar(""));
    assertEquals("\"true\"", YamlText.scalar("true"));
    assertEquals("\"2022\"", YamlText.scalar("2022"));
    assertEquals("\"a: b\"", YamlText.scalar("a: b"));
    assertEquals("null", YamlText.scalar(null));
  }

  private static String readBack(String yaml) {
    List<Problem> p = new ArrayList<>();
    YMap m = (YMap) YamlTree.parse("t", "k: " + yaml + "\n", p).orElseThrow();
    assertEquals(List.of(), p, yaml);
    return ((YScalar) m.get("k")).text();
  }

  private static List<String> readBackList(String yaml) {
    List<Problem> p = new ArrayList<>();
    YMap m = (YMap) YamlTree.parse("t", "k: " + yaml + "\n", p)
        .orElseThrow(() -> new AssertionError(yaml + " " + p));
    assertEquals(List.of(), p, yaml);
    List<String> out = new ArrayList<>();
    ((dev.qingdan.load.YNode.YList) m.get("k")).items()
        .forEach(n -> out.add(((YScalar) n).text()));
    return out;
  }
}
