package dev.qingdan;

import static dev.qingdan.Programs.onPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub Actions example, run step by step in a folder that holds only a policies.yaml, with
 * the release archive that .github/package.sh makes (what the release workflow publishes) in
 * place of the download.
 */
class GithubActionsExampleIT {
  private static final Path EXAMPLE = Path.of("examples/ci/github-actions.yml");

  @TempDir Path tmp;
  private Path repo;
  private Map<String, JsonNode> steps;

  /** The output of one step. */
  record Result(int exit, String out) {}

  @BeforeAll
  static void needsBashTarAndTheJar() {
    assumeTrue(onPath("bash") && onPath("tar"), "no bash or tar here");
    assumeTrue(Files.isRegularFile(Path.of("target", "qingdan.jar")), "the jar is not built");
  }

  @BeforeEach
  void repositoryWithTheReleasedQingdan() throws Exception {
    Path dist = tmp.resolve("dist");
    Result packed = sh(Path.of("."), ".github/package.sh test " + dist);
    assertEquals(0, packed.exit(), packed.out());
    repo = tmp.resolve("repo");
    Files.createDirectories(repo);
    Files.copy(Path.of("policies.yaml"), repo.resolve("policies.yaml"));
    Result unpacked = sh(repo, "tar -xzf " + dist.resolve("qingdan-test.tar.gz"));
    assertEquals(0, unpacked.exit(), unpacked.out());
    JsonNode workflow = new ObjectMapper(new YAMLFactory()).readTree(EXAMPLE.toFile());
    steps = new LinkedHashMap<>();
    for (JsonNode step : workflow.path("jobs").path("validate").path("steps")) {
      steps.put(step.path("name").asText(step.path("uses").asText()), step);
    }
  }

  private static Result sh(Path dir, String script) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(List.of("bash", "-e", "-c", script))
        .directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    pb.environment().put("LANG", "C.UTF-8");
    Process p = pb.start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), script + " did not finish");
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  private Result step(String name) throws Exception {
    assertTrue(steps.containsKey(name), EXAMPLE + " has no step " + name + ": " + steps.keySet());
    return sh(repo, steps.get(name).path("run").asText());
  }

  @Test
  void theReleasedJarValidatesAndTheJunitReportIsKept() throws Exception {
    assertTrue(steps.get("Download qingdan").path("run").asText().contains("$QINGDAN_RELEASE"),
        "qingdan comes as a release archive, not built from source");
    Result validate = step("Validate policies.yaml");
    assertEquals(0, validate.exit(), validate.out());
    Result junit = step("JUnit report for dashboards");
    assertEquals(0, junit.exit(), junit.out());
    String xml = Files.readString(repo.resolve("qingdan-validate.xml"));
    assertTrue(xml.startsWith("<?xml") && xml.contains("<testsuite"), xml);
    JsonNode keep = steps.get("Keep the JUnit report");
    assertEquals("actions/upload-artifact@v4", keep.path("uses").asText());
    assertEquals("qingdan-validate.xml", keep.path("with").path("path").asText());
    assertEquals("always()", keep.path("if").asText(), "kept when validation fails too");
  }

  @Test
  void aBrokenChecklistFailsTheJobWithAnAnnotation() throws Exception {
    Path file = repo.resolve("policies.yaml");
    Files.writeString(file, Files.readString(file)
        .replaceFirst("lead: \\[区市场监管局]", "lead: [区市场监管处]"));
    Result validate = step("Validate policies.yaml");
    assertEquals(1, validate.exit(), validate.out());
    assertTrue(validate.out().contains("::error file=policies.yaml,line="), validate.out());
    Result junit = step("JUnit report for dashboards");
    assertEquals(0, junit.exit(), "the report step itself never fails the job");
    assertTrue(Files.readString(repo.resolve("qingdan-validate.xml")).contains("<failure"));
  }
}
