package dev.qingdan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Chinese catalogs against the sources: every {@code Msg.of("...")} template has its
 * translation, every translation is used, and each takes the same arguments as its English.
 */
class MessagesTest {
  /** A Java string literal. */
  private static final String STRING = "\"(?:[^\"\\\\]|\\\\.)*\"";

  /** String literals joined with {@code +}. */
  private static final String JOINED = STRING + "(?:\\s*\\+\\s*" + STRING + ")*";

  /**
   * {@code Msg.of(} and its template, or {@code Msg.in(} and its context and template, each one or
   * more string literals joined with {@code +}.
   */
  private static final Pattern CALL = Pattern.compile(
      "Msg\\.(?:of\\(|in\\(\\s*(" + JOINED + ")\\s*,)\\s*(" + JOINED + ")");

  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  /** A format specifier: {@code %s}, {@code %2$d}, {@code %%}. */
  private static final Pattern SPEC =
      Pattern.compile("%(?:(\\d+)\\$)?([-#+ 0,(]*\\d*(?:\\.\\d+)?)([a-zA-Z%])");

  @Test
  void everyTemplateInTheSourcesIsTranslated() throws IOException {
    Map<String, String> zh = Messages.zh();
    Set<String> missing = new TreeSet<>();
    for (Map.Entry<String, List<String>> e : templates().entrySet()) {
      if (!zh.containsKey(e.getKey())) {
        missing.add(e.getKey() + "\t(" + String.join(", ", e.getValue()) + ")");
      }
    }
    assertTrue(missing.isEmpty(), "no Chinese for these templates; add them to a catalog in "
        + "src/main/resources/dev/qingdan/i18n/:\n" + String.join("\n", missing));
  }

  @Test
  void everyTranslationIsUsed() throws IOException {
    Set<String> used = templates().keySet();
    Set<String> stale = new TreeSet<>(Messages.zh().keySet());
    stale.removeAll(used);
    assertTrue(stale.isEmpty(), "translations of templates no source uses:\n"
        + String.join("\n", stale));
  }

  @Test
  void eachTemplateIsInOneCatalog() {
    Map<String, String> seen = new TreeMap<>();
    List<String> twice = new ArrayList<>();
    for (String name : Messages.CATALOGS) {
      for (String template : Messages.read("zh-" + name + ".tsv").keySet()) {
        String before = seen.put(template, name);
        if (before != null) {
          twice.add(template + "\t(" + before + ", " + name + ")");
        }
      }
    }
    assertTrue(twice.isEmpty(), "in two catalogs:\n" + String.join("\n", twice));
  }

  @Test
  void translationsTakeTheSameArguments() {
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, String> e : Messages.zh().entrySet()) {
      if (!arguments(e.getKey()).equals(arguments(e.getValue()))) {
        wrong.add(e.getKey() + "\t" + e.getValue() + "\t" + arguments(e.getKey()) + " vs "
            + arguments(e.getValue()));
      }
    }
    assertTrue(wrong.isEmpty(), "arguments differ:\n" + String.join("\n", wrong));
  }

  @Test
  void translationsAreChinese() {
    for (Map.Entry<String, String> e : Messages.zh().entrySet()) {
      String bare = SPEC.matcher(e.getKey()).replaceAll("");
      if (bare.chars().anyMatch(Character::isLetter)) {
        assertFalse(e.getKey().equals(e.getValue()), "not translated: " + e.getKey());
      }
    }
  }

  @Test
  void printsEachLanguageWithNestedWords() {
    Msg m = Msg.of("%s: %d%%", Msg.verbatim("x\ny"), 3);
    assertEquals("x\\ny: 3%", Messages.text(m, Lang.en));
    assertEquals("x\\ny: 3%", Messages.text(m, Lang.zh));
  }

  @Test
  void aContextKeepsTheEnglishAndChoosesTheTranslation() {
    Msg m = Msg.in("report", "status");
    assertEquals("status", Messages.text(m, Lang.en));
    assertEquals("report|status", m.key());
    assertFalse(m.equals(Msg.of("status")));
  }

  /** For each argument index, its conversion: {@code %s %d} is {1=s, 2=d}. */
  static Map<Integer, Character> arguments(String template) {
    Map<Integer, Character> args = new TreeMap<>();
    Matcher m = SPEC.matcher(template);
    int next = 1;
    while (m.find()) {
      char conversion = m.group(3).charAt(0);
      if (conversion == '%' || conversion == 'n') {
        continue;
      }
      int index = m.group(1) != null ? Integer.parseInt(m.group(1)) : next++;
      args.put(index, Character.toLowerCase(conversion));
    }
    return args;
  }

  /** Each template written as {@code Msg.of("...")} in src/main/java, with where it is. */
  static Map<String, List<String>> templates() throws IOException {
    Map<String, List<String>> found = new TreeMap<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String src = Files.readString(f, StandardCharsets.UTF_8);
        Matcher call = CALL.matcher(src);
        while (call.find()) {
          int lineStart = src.lastIndexOf('\n', call.start()) + 1;
          String before = src.substring(lineStart, call.start()).strip();
          if (before.startsWith("*") || before.startsWith("//") || before.startsWith("/*")) {
            continue; // an example in a comment
          }
          String t = call.group(1) == null ? joined(call.group(2))
              : joined(call.group(1)) + "|" + joined(call.group(2));
          found.computeIfAbsent(t, k -> new ArrayList<>()).add(f.getFileName() + ":"
              + (src.substring(0, call.start()).chars().filter(c -> c == '\n').count() + 1));
        }
      }
    }
    return found;
  }

  /** The text of string literals joined with {@code +}. */
  private static String joined(String literals) {
    StringBuilder t = new StringBuilder();
    Matcher lit = LITERAL.matcher(literals);
    while (lit.find()) {
      t.append(unescape(lit.group(1)));
    }
    return t.toString();
  }

  private static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\') {
        b.append(c);
        continue;
      }
      char n = s.charAt(++i);
      switch (n) {
        case 'n' -> b.append('\n');
        case 't' -> b.append('\t');
        case 'u' -> {
          b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> b.append(n);
      }
    }
    return b.toString();
  }
}
