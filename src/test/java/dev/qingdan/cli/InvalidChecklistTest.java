package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No command works on a checklist that fails validation: with 13.1's target text changed to
 * 2500人次 and its value left at 3000, {@code ratio} once printed {@code 1660 55.3% 2500人次} with
 * exit 0. Every command that reads the checklist refuses it with validate's errors and exit 2.
 */
class InvalidChecklistTest {
  private static final String DATA = "examples/progress-2022.yaml";

  /** The repository's checklist with the target texts 3000人次 changed, their values not. */
  private static Path mismatched(Path dir) throws Exception {
    String real = Files.readString(Path.of("policies.yaml"), StandardCharsets.UTF_8);
    assertTrue(real.contains("text: 3000人次"));
    Path p = dir.resolve("policies.yaml");
    Files.writeString(p, real.replace("text: 3000人次", "text: 2500人次"), StandardCharsets.UTF_8);
    return p;
  }

  static List<List<String>> commands(String p) {
    return List.of(
        List.of("list", "-p", p),
        List.of("list", "-p", p, "--format", "json"),
        List.of("show", "13.1", "-p", p),
        List.of("ratio", "-p", p, "--data", DATA, "--id", "13"),
        List.of("ratio", "-p", p, "--data", DATA, "--format", "json"),
        List.of("deadlines", "-p", p, "--as-of", "2022-08-31", "--data", DATA),
        List.of("report", "-p", p, "--as-of", "2022-08-31", "--data", DATA, "--format", "json"));
  }

  @Test
  void everyCommandRefusesAnInvalidChecklist(@TempDir Path dir) throws Exception {
    String p = mismatched(dir).toString();
    String lines = p + ":56:14: error: '2500人次' has value 2500, not 3000 [target-mismatch]\n"
        + p + ":459:14: error: '2500人次' has value 2500, not 3000 [target-mismatch]\n";
    for (List<String> command : commands(p)) {
      Cli.Run run = Cli.run(command.toArray(String[]::new));
      assertEquals(2, run.exit(), command + ": " + run.err());
      assertEquals("", run.out(), command.toString());
      assertEquals(lines, run.err(), command.toString());
    }
  }

  /** validate itself reports the errors as a finding (exit 1), as before. */
  @Test
  void validateReportsTheErrors(@TempDir Path dir) throws Exception {
    Cli.Run run = Cli.run("validate", mismatched(dir).toString());
    assertEquals(1, run.exit(), run.err());
    assertTrue(run.out().contains("[target-mismatch]"), run.out());
  }

  /** Warnings do not stop a command: a partner unit listed twice. */
  @Test
  void warningsDoNotStopACommand(@TempDir Path dir) throws Exception {
    String real = Files.readString(Path.of("policies.yaml"), StandardCharsets.UTF_8);
    Path p = dir.resolve("warned.yaml");
    String warned = real.replace("partners: [区人力社保局, 区税务局, 区级有关单位]",
        "partners: [区人力社保局, 区税务局, 区税务局, 区级有关单位]");
    assertTrue(!warned.equals(real));
    Files.writeString(p, warned, StandardCharsets.UTF_8);
    Cli.Run check = Cli.run("validate", p.toString(), "--format", "json");
    assertTrue(check.out().contains("\"severity\" : \"warning\"")
        || check.out().contains("\"severity\": \"warning\""), check.out());
    assertEquals(0, check.exit(), check.out());
    Cli.Run list = Cli.run("list", "-p", p.toString(), "--grep", "歇业");
    assertEquals(0, list.exit(), list.err());
    assertTrue(list.out().contains("19.1"), list.out());
  }

  @Test
  void pAndExampleAreOneTooMany() {
    Cli.Run run = Cli.run("list", "-p", "policies.yaml", "--example");
    assertEquals(2, run.exit());
    assertEquals("qingdan: error: -p and --example both name a checklist; give one of them\n",
        run.err());
  }

  @Test
  void exampleReadsTheBundledChecklist() {
    Cli.Run example = Cli.run("list", "--example", "--format", "json");
    assertEquals(0, example.exit(), example.err());
    assertEquals(Cli.run("list", "--format", "json").out(), example.out());
  }
}
