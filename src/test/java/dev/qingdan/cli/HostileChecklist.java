package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real checklist and progress reports with text that means something to a renderer where a
 * user's file may put any text: the first rows' titles and indicators, a lead unit's name (区税务局,
 * in the register and in every report), the checklist's name.
 */
final class HostileChecklist {
  /** Text that Markdown or HTML would run, link, load or split. */
  static final List<String> MARKUP = List.of("<script>alert(1)</script>",
      "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "![i](http://t/x.png)",
      "<http://evil>", "a|b|c");
  /** Text that a spreadsheet would run as a formula. */
  static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3",
      "@SUM(A1)", "\tTAB", "\rCR");
  /** Every title and indicator, in the order of the rows: 1.1, 2.1, 3.1, 4.1, 5.1, 5.2, 6.1, … */
  static final List<String> TEXTS = concat(MARKUP, FORMULAS);
  /** The name that 区税务局 gets. */
  static final String UNIT = "区税务局<b>|</b>";
  /** The name that the checklist gets. */
  static final String NAME = "<script>alert(2)</script>[清单](javascript:alert(3))";

  /** The checklist file. */
  final Path policies;
  /** The progress reports of the year (examples/progress-2022.yaml), with the unit renamed. */
  final Path progress;

  private HostileChecklist(Path policies, Path progress) {
    this.policies = policies;
    this.progress = progress;
  }

  static HostileChecklist write(Path dir) throws IOException {
    String text = Files.readString(Path.of("policies.yaml"), StandardCharsets.UTF_8)
        .replace("区税务局", UNIT);
    String name = "  checklist: 鄞州区扶持个体工商户纾困发展若干意见任务实施清单";
    assertEquals(1, text.split(name, -1).length - 1);
    text = text.replace(name, "  checklist: " + quoted(NAME));
    List<String> lines = new ArrayList<>();
    int title = 0;
    int indicator = 0;
    boolean rows = false;
    for (String line : text.split("\n", -1)) {
      rows |= line.equals("rows:");
      if (!rows) {
        lines.add(line); // the goals come first: their indicators stay
        continue;
      }
      if (line.startsWith("    title: ") && title < TEXTS.size()) {
        line = "    title: " + quoted(TEXTS.get(title++));
      } else if (line.startsWith("    indicator: ") && indicator < TEXTS.size()) {
        line = "    indicator: " + quoted(TEXTS.get(indicator++));
      }
      lines.add(line);
    }
    assertEquals(TEXTS.size(), title);
    assertEquals(TEXTS.size(), indicator);
    Path policies = dir.resolve("policies.yaml");
    Files.writeString(policies, String.join("\n", lines), StandardCharsets.UTF_8);
    Path progress = dir.resolve("progress.yaml");
    Files.writeString(progress, Files.readString(Path.of("examples/progress-2022.yaml"),
        StandardCharsets.UTF_8).replace("区税务局", quoted(UNIT)), StandardCharsets.UTF_8);
    return new HostileChecklist(policies, progress);
  }

  /** A YAML double-quoted scalar. */
  private static String quoted(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t")
        .replace("\r", "\\r") + "\"";
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
