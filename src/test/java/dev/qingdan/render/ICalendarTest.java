package dev.qingdan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ICalendarTest {
  @Test
  void shortLinesStayWhole() {
    assertEquals(List.of("VERSION:2.0"), ICalendar.fold("VERSION:2.0"));
  }

  @Test
  void asciiFoldsAt75Octets() {
    String line = "X".repeat(75 + 74 + 3);
    List<String> folded = ICalendar.fold(line);
    assertEquals(List.of("X".repeat(75), " " + "X".repeat(74), " XXX"), folded);
  }

  @Test
  void chineseIsNeverSplitInsideACharacter() {
    // "SUMMARY:" is 8 octets; each of 准 入 is 3: 8 + 22 × 3 = 74, a 23rd would make 77.
    String line = "SUMMARY:" + "准".repeat(30);
    List<String> folded = ICalendar.fold(line);
    assertEquals("SUMMARY:" + "准".repeat(22), folded.get(0));
    // A continuation line: the space and 24 characters, 1 + 72 = 73 octets; 25 would be 76.
    assertEquals(" " + "准".repeat(8), folded.get(1));
  }

  @Test
  void escapesText() {
    assertEquals("a\\;b\\,c\\\\d\\ne\\nf", ICalendar.escape("a;b,c\\d\ne\r\nf"));
  }

  @Test
  void writesCrlf() {
    StringWriter s = new StringWriter();
    new ICalendar(new PrintWriter(s)).text("SUMMARY", "19.1 出台, 政策").raw("END", "VEVENT");
    assertEquals("SUMMARY:19.1 出台\\, 政策\r\nEND:VEVENT\r\n", s.toString());
  }

  @Test
  void foldingKeepsEveryLineWithin75OctetsAndUnfoldsToTheOriginal() {
    Random rnd = new Random(5545);
    String[] pieces = {"a", "Z", " ", "9", "é", "准", "营", "“", "🟢", "\\,", "€"};
    for (int i = 0; i < 3000; i++) {
      StringBuilder sb = new StringBuilder("DESCRIPTION:");
      int n = rnd.nextInt(200);
      for (int k = 0; k < n; k++) {
        sb.append(pieces[rnd.nextInt(pieces.length)]);
      }
      String line = sb.toString();
      List<String> folded = ICalendar.fold(line);
      StringBuilder unfolded = new StringBuilder(folded.get(0));
      for (int k = 0; k < folded.size(); k++) {
        String f = folded.get(k);
        assertTrue(f.getBytes(StandardCharsets.UTF_8).length <= 75, "case " + i + ": " + f);
        // Never a lone surrogate: every piece encodes and decodes to itself.
        assertEquals(f, new String(f.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        if (k > 0) {
          assertTrue(f.startsWith(" ") && f.length() > 1, "case " + i);
          unfolded.append(f.substring(1));
        }
      }
      assertEquals(line, unfolded.toString(), "case " + i);
    }
  }
}
