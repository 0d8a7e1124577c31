package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code qingdan show}: rows, items and goals in full. */
class ShowCommandTest {
  @ParameterizedTest
  @CsvSource({"20.1,text", "20.1,json", "20.1,yaml", "8,text", "8,json", "8,yaml", "G1,text",
      "G2,json", "g1,yaml", "13,json", "23.2,text"})
  void showsInEachFormat(String id, String format) {
    Cli.verify(id + "-" + format, "show", id, "--format", format);
  }

  @Test
  void theTwentiethRowHasItsSevenMilestones() throws Exception {
    JsonNode row = new ObjectMapper().readTree(Cli.run("show", "20.1", "--format", "json").out());
    List<String> plan = new ArrayList<>();
    row.at("/schedule/milestones").forEach(m -> plan.add(m.get("due").asText() + "="
        + m.get("cumulative").asLong()));
    assertEquals(List.of("2022-05-31=2", "2022-06-30=3", "2022-07-31=4", "2022-08-31=5",
        "2022-09-30=6", "2022-10-31=7", "2022-11-30=8"), plan);
  }

  @Test
  void anItemOfOneRowIsThatRow() {
    assertEquals(Cli.run("show", "13.1", "--format", "json").out(),
        Cli.run("show", "13", "--format", "json").out());
  }

  @ParameterizedTest
  @CsvSource({"no-row,25.1", "no-k,8.4", "no-item,99", "garbage,abc", "no-goal,G3"})
  void unknownIdsAreTrouble(String name, String id) {
    Cli.verify(name, "show", id);
  }

  @Test
  void wrapsToTheTerminal() {
    Cli.verify("terminal", Cli.run(new Terminal(true, 60, java.util.Map.of()), "show", "1.1",
        "--color", "never"));
  }

  @Test
  void inChinese() {
    Cli.verify("row", "show", "20.1", "--lang", "zh");
    Cli.verify("item", "show", "5", "--lang", "zh");
  }
}
