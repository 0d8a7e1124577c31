package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages about mistakes, in Chinese: qingdan's own usage errors, picocli's (translated from the
 * type of its exception), notes and errors of the commands. Each case shows what the user sees.
 */
class ChineseMessagesTest {
  private static final Terminal ZH = new Terminal(false, 0, Map.of("LANG", "zh_CN.UTF-8"));

  @TempDir Path tmp;

  private static final List<List<String>> CASES = List.of(
      List.of("nosuch"),
      List.of("valdate"),
      List.of("validate", "--nope"),
      List.of("validate", "--format", "yaml"),
      List.of("validate", "--format"),
      List.of("validate", "--format", "json", "--format", "text"),
      List.of("ratio"),
      List.of("ratio", "--data", "examples/progress-2022.yaml", "--through", "2022-13"),
      List.of("ratio", "--data", "examples/progress-2022.yaml", "--through", "June"),
      List.of("ratio", "--data", "examples/progress-2022.yaml", "--through", "2022-06",
          "--period", "2022-06"),
      List.of("ratio", "99.9", "--data", "examples/progress-2022.yaml"),
      List.of("show", "25"),
      List.of("deadlines", "--as-of", "2022-02-30"),
      List.of("deadlines", "--as-of", "2022-08-31", "--within", "-1"),
      List.of("deadlines", "--as-of", "2022-08-31", "--within", "soon"),
      List.of("deadlines", "--as-of", "2022-08-31", "--yellow", "40"),
      List.of("deadlines", "--as-of", "2022-08-31", "--unit", "区人设局"),
      List.of("report", "--data", "examples/progress-2022.yaml", "--as-of", "2022-08-31",
          "--through", "2022-09"),
      List.of("report", "--data", "examples/progress-2022.yaml", "--as-of", "2022-08-31",
          "--output", "README.md"),
      List.of("template", "--unit", "区级有关单位", "--period", "2022-06"),
      List.of("template", "--unit", "区统计局", "--period", "2022-06"),
      List.of("template", "--unit", "all", "--period", "2022-06"),
      List.of("template", "--unit", "区税务局", "--period", "2022-06", "-o", "README.md"),
      List.of("ratio", "--data", "src"),
      List.of("show"),
      List.of("show", "1.1", "2.1"),
      List.of("schema", "nosuch"),
      List.of("schema", "output", "nosuch"),
      List.of("import", "examples/plan-2022.txt", "--year", "22"),
      List.of("diff", "a", "b", "c"),
      List.of("diff", "--git-external", "x"),
      List.of("list", "--unit", "区人设局"),
      List.of("log", "--max-count", "-1"));

  @Test
  void usageAndCommandErrors() {
    StringBuilder all = new StringBuilder();
    for (List<String> args : CASES) {
      Cli.Run run = Cli.run(ZH, args.toArray(String[]::new));
      assertTrue(run.exit() != 0, String.join(" ", args) + " should fail");
      assertTrue(run.out().isEmpty(), String.join(" ", args) + " wrote to stdout");
      all.append("$ LANG=zh_CN.UTF-8 qingdan ").append(String.join(" ", args)).append('\n')
          .append(run.block()).append('\n');
    }
    Approvals.verify(all.toString());
  }

  /** A usage error with and without --lang: the option decides, else the locale. */
  @Test
  void theLocaleDecidesWithoutTheOption() {
    Cli.Run byLocale = Cli.run(new Terminal(false, 0, Map.of("LANG", "zh_CN.UTF-8")),
        "validate", "--nope");
    assertEquals(Cli.run("validate", "--nope", "--lang", "zh"), byLocale);
    assertTrue(byLocale.err().startsWith("qingdan: 错误：未知选项："), byLocale.err());
    assertEquals(Cli.run("validate", "--nope"), Cli.run(new Terminal(false, 0,
        Map.of("LANG", "zh_CN.UTF-8")), "validate", "--nope", "--lang", "en"));
  }

  @Test
  void notesAndWrittenFiles() throws Exception {
    Path out = tmp.resolve("plan.yaml");
    Cli.Run run = Cli.run("import", "examples/plan-2022.txt", "--output", out.toString(),
        "--lang", "zh");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.err().endsWith("qingdan: 已写入 " + out + "：32 行（24 项）：读出目标 32 个，读出进度安排 32 "
        + "个，警告 2 条\n"), run.err());
    assertTrue(Files.exists(out));
  }

  /** {@code --debug} shows the trace of a failed command, in either language. */
  @Test
  void debugShowsTheTrace() {
    Cli.Run plain = Cli.run("show", "99.9", "--lang", "zh");
    assertFalse(plain.err().contains("\tat "), plain.err());
    Cli.Run debug = Cli.run("show", "99.9", "--lang", "zh", "--debug");
    assertEquals(plain.exit(), debug.exit());
    assertTrue(debug.err().startsWith(plain.err()), debug.err());
    assertTrue(debug.err().contains("\tat dev.qingdan."), debug.err());
  }
}
