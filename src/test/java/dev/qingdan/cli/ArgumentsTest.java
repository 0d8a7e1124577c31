package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language and the checklist are what picocli reads from the arguments, in every form it
 * takes them, and usage errors are translated from picocli's exceptions.
 */
class ArgumentsTest {
  private static final String BROKEN = "examples/broken/unknown-unit.yaml";
  private static final String DATA = "examples/progress-2022.yaml";

  @TempDir Path tmp;

  @Test
  void anAttachedValueOfDashPIsTheChecklist() {
    Cli.Run attached = Cli.run("validate", "-p" + BROKEN);
    assertEquals(Cli.run("validate", "-p", BROKEN), attached);
    assertEquals(Cli.run("validate", "--policies=" + BROKEN), attached);
    assertEquals(1, attached.exit());
  }

  @Test
  void langAfterAMistakeCounts() {
    Cli.Run run = Cli.run("ratio", "--data", "--lang=zh");
    assertEquals("qingdan: 错误：选项 '--data' 需要一个值，其后却是 '--lang=zh'\n"
        + "运行 'qingdan ratio --help' 查看用法。\n", run.err());
    assertEquals(Cli.run("validate", "--nope", "--lang", "zh"),
        Cli.run("validate", "--nope", "--lang=zh"));
  }

  /** picocli reads arguments from a file named with {@code @}: --lang there counts too. */
  @Test
  void langInAnArgumentFile() throws Exception {
    Path file = Files.writeString(tmp.resolve("args.txt"), "--lang zh\n");
    Cli.Run run = Cli.run("validate", "--nope", "@" + file);
    assertTrue(run.err().startsWith("qingdan: 错误：未知选项：'--nope'\n"), run.err());
  }

  /** After {@code --} every argument is a value: one that reads --lang=zh is no language. */
  @Test
  void aValueIsNoOption() {
    Cli.Run run = Cli.run("show", "--", "--lang=zh");
    assertEquals(2, run.exit());
    assertTrue(run.err().startsWith("qingdan: error: "), run.err());
  }

  @Test
  void exclusiveOptionsInChinese() {
    Cli.Run run = Cli.run("ratio", "--data", DATA, "--through", "2022-06", "--period", "2022-05",
        "--lang=zh");
    assertEquals(2, run.exit());
    assertEquals("qingdan: 错误：--through 与 --period 不能同时使用：请只给其中一个\n"
        + "运行 'qingdan ratio --help' 查看用法。\n", run.err());
    assertEquals("qingdan: error: --through and --period exclude each other: give one of them\n"
        + "Try 'qingdan ratio --help' for more information.\n", Cli.run("ratio", "--data", DATA,
        "--period", "2022-05", "--through", "2022-06").err());
  }

  @Test
  void picocliSuggestionsInChinese() {
    Cli.Run run = Cli.run("list", "--colr", "never", "--lang", "zh");
    assertEquals("qingdan: 错误：未知选项：'--colr', 'never'\n可能的选项：--color\n"
        + "运行 'qingdan list --help' 查看用法。\n", run.err());
    assertEquals("qingdan: error: Unknown options: '--colr', 'never'\n"
        + "Possible solutions: --color\nTry 'qingdan list --help' for more information.\n",
        Cli.run("list", "--colr", "never").err());
  }

  @Test
  void debugAfterAUsageError() {
    Cli.Run run = Cli.run("list", "--format", "xml", "--debug");
    assertTrue(run.err().contains("\tat picocli."), run.err());
  }
}
