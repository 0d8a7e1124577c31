package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.qingdan.text.Lang;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Chinese output of the commands that judge, and the language of the locale. */
class LanguageTest {
  private static final String DATA = "examples/progress-2022.yaml";

  @Test
  void ratioInChinese() {
    Cli.verify("text", "ratio", "--lang", "zh", "--data", DATA, "--through", "2022-06");
    Cli.verify("markdown", "ratio", "--lang", "zh", "--data", DATA, "--through", "2022-06",
        "--format", "markdown");
  }

  @Test
  void deadlinesInChinese() {
    Cli.verify("text", "deadlines", "--lang", "zh", "--data", DATA, "--as-of", "2022-08-31");
    Cli.verify("markdown", "deadlines", "--lang", "zh", "--data", DATA, "--as-of", "2022-08-31",
        "--format", "markdown");
  }

  @Test
  void jsonIsTheSameInEveryLanguage() {
    String[] args = {"deadlines", "--data", DATA, "--as-of", "2022-08-31", "--format", "json"};
    Cli.Run en = Cli.run(args);
    Cli.Run zh = Cli.run(new Terminal(false, 0, Map.of("LANG", "zh_CN.UTF-8")), args);
    assertEquals(en, zh);
  }

  @Test
  void theLocaleDecides() {
    assertEquals(Lang.zh, Lang.fromEnvironment(Map.of("LANG", "zh_CN.UTF-8")));
    assertEquals(Lang.zh, Lang.fromEnvironment(Map.of("LC_MESSAGES", "zh_TW")));
    assertEquals(Lang.en, Lang.fromEnvironment(Map.of("LC_ALL", "C", "LANG", "zh_CN.UTF-8")));
    assertEquals(Lang.en, Lang.fromEnvironment(Map.of("LANG", "en_US.UTF-8")));
    assertEquals(Lang.en, Lang.fromEnvironment(Map.of()));
    assertEquals(Lang.zh, Lang.fromEnvironment(Map.of("LC_ALL", "", "LANG", "zh_CN")));
  }
}
