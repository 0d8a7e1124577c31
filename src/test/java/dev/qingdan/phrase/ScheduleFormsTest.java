package dev.qingdan.phrase;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The schedule parser searches a text for a pattern only when the text holds one of the pattern's
 * anchors ({@link Anchored}), so every match of every form and every other anchored pattern must
 * contain one.
 */
class ScheduleFormsTest {
  /** The characters the forms are written with, and a few that none uses. */
  private static final String ALPHABET = "0123456789./-~—至到年月日号季度半上下全每按逐个起开始以来"
      + "自从底末内前之止为旬周第一二三四五六七八九十两几今本次明去份完成各：；，、 实施推进"
      + "持续即时随常态化长期依申请报根据需求工作自然天小时保均都度,和及零两个项家户人场条所台座件名批";
  private static final List<String> WORDS = List.of("季度", "半年", "开始", "以来", "月份", "全年",
      "每年", "年底", "月底", "上旬", "之前", "为止", "三季度", "下半年", "月起",
      "-2025", "至2024", "每月", "保持", "每个月", "年至", "、6月", "和七月",
      "完成", "本年度", ".3", "/10", "-12月", "月5日", ".3-2023.", ".1至2024.", ".12-2025.",
      "提前", "汛前", "春节前", "根据", "安排", "上季度的", "第1个月的", "首月", "今年", "本年以来",
      "到2025年", "办结");

  @Test
  void everyMatchOfAnAnchoredPatternContainsOneOfItsAnchors() throws Exception {
    List<String> texts = new ArrayList<>();
    for (PhraseTableTest.Phrase p : PhraseTableTest.table()) {
      texts.add(p.text());
    }
    Random random = new Random(20221203);
    for (int i = 0; i < 50_000; i++) {
      StringBuilder b = new StringBuilder();
      int length = 1 + random.nextInt(16);
      for (int k = 0; k < length; k++) {
        // now and then a year or a word, so that every form comes up (2022.3, 三季度起)
        int r = random.nextInt(6);
        b.append(r == 0 ? String.valueOf(2000 + random.nextInt(30))
            : r <= 2 ? WORDS.get(random.nextInt(WORDS.size()))
            : String.valueOf(ALPHABET.charAt(random.nextInt(ALPHABET.length()))));
      }
      texts.add(b.toString());
    }
    Map<String, Anchored> patterns = anchoredPatterns();
    Map<String, Integer> matches = new HashMap<>();
    for (String text : texts) {
      for (Map.Entry<String, Anchored> p : patterns.entrySet()) {
        // the pattern itself: Anchored's matcher skips texts without an anchor
        Matcher m = p.getValue().pattern.matcher(text);
        while (m.find()) {
          String match = m.group();
          assertTrue(p.getValue().mayMatch(match), p.getKey() + " matched '" + match + "' in '"
              + text + "' without one of its anchors " + p.getValue().anchors);
          matches.merge(p.getKey(), 1, Integer::sum);
          if (m.end() == m.start()) {
            break;
          }
        }
      }
    }
    for (String p : patterns.keySet()) {
      assertTrue(matches.getOrDefault(p, 0) >= 20, p + " matched only " + matches.get(p)
          + " times: the test does not try it");
    }
  }

  /** The forms and every other anchored pattern of the schedule parser, by name. */
  private static Map<String, Anchored> anchoredPatterns() throws IllegalAccessException {
    Map<String, Anchored> out = new LinkedHashMap<>();
    for (ScheduleParser.Form f : ScheduleParser.Form.values()) {
      out.put(f.name(), f.regex);
    }
    for (Field f : ScheduleParser.class.getDeclaredFields()) {
      if (f.getType() == Anchored.class && Modifier.isStatic(f.getModifiers())) {
        f.setAccessible(true);
        out.put(f.getName(), (Anchored) f.get(null));
      }
    }
    assertTrue(out.size() > ScheduleParser.Form.values().length, "anchored patterns found");
    return out;
  }
}
