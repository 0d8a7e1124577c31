package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.qingdan.text.DisplayWidth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code qingdan list}: the rows in each format, filtered by unit and text. */
class ListCommandTest {
  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "csv", "markdown"})
  void everyRowInEachFormat(String format) {
    Cli.verify(format, "list", "--format", format);
  }

  @Test
  void jsonHasTheThirtyTwoRowsInOrder() throws Exception {
    JsonNode doc = new ObjectMapper().readTree(Cli.run("list", "--format", "json").out());
    assertEquals(1, doc.get("schemaVersion").asInt());
    List<String> ids = new ArrayList<>();
    doc.get("rows").forEach(r -> ids.add(r.get("id").asText()));
    assertEquals(32, ids.size());
    assertEquals("1.1", ids.get(0));
    assertEquals("24.2", ids.get(31));
  }

  @Test
  void aUnitMatchesItsAliases() {
    Cli.Run byAlias = Cli.run("list", "--unit", "区人力社保局", "--format", "csv");
    Cli.Run byName = Cli.run("list", "--unit", "区人社局", "--format", "csv");
    assertEquals(byName.out(), byAlias.out());
    Cli.verify("alias", byAlias);
  }

  @Test
  void aGenericPhraseSelectsItsRows() {
    Cli.verify("generic", "list", "--unit", "区级有关单位");
  }

  @Test
  void anUnknownUnitIsTroubleWithASuggestion() {
    Cli.verify("unknown", "list", "--unit", "区市场监督局");
  }

  @Test
  void grepSearchesEveryCell() {
    Cli.verify("grep", "list", "--grep", "歇业");
  }

  /** As an input method types them: full-width brackets and letters find the half-width ones. */
  @Test
  void grepMatchesWidthFormsAlike() {
    Cli.Run halfWidth = Cli.run("list", "--grep", "各镇街(园区)", "--format", "csv");
    assertEquals(Cli.run("list", "--grep", "各镇街（园区）", "--format", "csv"), halfWidth);
    assertEquals(2, halfWidth.out().lines().count(), halfWidth.out());
    assertTrue(halfWidth.out().contains("\n7.1,"), halfWidth.out());
  }

  @Test
  void onATerminalTheTableFitsTheWidthAndIsColoured() {
    Cli.Run run = Cli.run(Cli.terminal(100), "list");
    for (String line : run.out().split("\n")) {
      assertTrue(DisplayWidth.of(line) <= 100, line);
    }
    assertTrue(run.out().contains("\u001b["), "coloured on a terminal");
    Cli.verify("terminal", run);
  }

  @Test
  void theTableFitsTerminalsOf80To160ColumnsByWrappingItsText() {
    Cli.verifyAtWidths("list").forEach((width, run) -> Cli.assertFits(run, width));
  }

  @Test
  void noColorAndNeverTurnColourOff() {
    Terminal noColor = new Terminal(true, 100, Map.of("NO_COLOR", "1"));
    assertTrue(!Cli.run(noColor, "list").out().contains("\u001b["));
    assertTrue(!Cli.run(Cli.terminal(100), "list", "--color", "never").out().contains("\u001b["));
    assertTrue(Cli.run("list", "--color", "always").out().contains("\u001b["));
    assertTrue(Cli.run(noColor, "list", "--color", "always").out().contains("\u001b["),
        "an option beats the environment, as the README says");
  }

  @Test
  void chineseFromTheOptionOrTheLocale() {
    Cli.Run byOption = Cli.run("list", "--lang", "zh", "--grep", "歇业");
    Cli.Run byLocale = Cli.run(new Terminal(false, 0, Map.of("LANG", "zh_CN.UTF-8")), "list",
        "--grep", "歇业");
    assertEquals(byOption, byLocale);
    Cli.verify("zh", byOption);
    Cli.Run cLocale = Cli.run(new Terminal(false, 0, Map.of("LC_ALL", "C", "LANG", "zh_CN.UTF-8")),
        "list", "--grep", "歇业");
    assertEquals(Cli.run("list", "--grep", "歇业"), cLocale);
    Cli.verify("markdown-zh", "list", "--lang", "zh", "--format", "markdown", "--grep", "歇业");
  }
}
