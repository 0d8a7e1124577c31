package dev.qingdan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The runs a shell makes at every start (completion) or that answer at once (--version, --help)
 * neither read the checklist nor touch Jackson, and only import touches POI and its XML stack, as
 * the JVM's class loading log shows.
 */
@Tag("process")
class LoadsOnlyWhatItNeedsTest {
  @TempDir Path tmp;

  private List<String> classesLoaded(String... args) throws Exception {
    Path log = tmp.resolve("classes.log");
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xlog:class+load=info:file=" + log);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Main.class.getName());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    Process p = pb.start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue());
    return Files.readAllLines(log, StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"--version", "-V", "--help", "completion bash", "completion zsh"})
  void noChecklistAndNoJackson(String command) throws Exception {
    List<String> loaded = classesLoaded(command.split(" "));
    assertTrue(loaded.stream().anyMatch(l -> l.contains(" dev.qingdan.Main ")), "the log works");
    for (String l : loaded) {
      assertTrue(!l.contains("com.fasterxml") && !l.contains("org.yaml")
          && !l.contains("dev.qingdan.load.checklist.ChecklistReader") && !l.contains("org.apache.poi"),
          command + " loaded " + l);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "list --format json", "show 20.1", "diff policies.yaml "
      + "examples/policies-revised.yaml", "ratio --data examples/progress-2022.csv"})
  void noPoiButForImport(String command) throws Exception {
    List<String> loaded = classesLoaded(command.split(" "));
    assertTrue(loaded.stream().anyMatch(l -> l.contains(" dev.qingdan.Main ")), "the log works");
    for (String l : loaded) {
      assertTrue(!l.contains("org.apache.poi") && !l.contains("org.apache.xmlbeans"),
          command + " loaded " + l);
    }
  }

  /**
   * A checklist in UTF-8 is decoded without commons-io's search for a byte order mark, which a
   * cold run pays for in its set-up (docs/performance.md); only bytes that are not UTF-8 need it.
   */
  @ParameterizedTest
  @ValueSource(strings = {"validate", "list --format json", "show 20.1"})
  void noByteOrderMarkSearchForUtf8(String command) throws Exception {
    List<String> loaded = classesLoaded(command.split(" "));
    assertTrue(loaded.stream().anyMatch(l -> l.contains(" dev.qingdan.load.SourceText ")),
        "the log works");
    for (String l : loaded) {
      assertTrue(!l.contains("org.apache.commons.io.input.BOMInputStream"),
          command + " loaded " + l);
    }
  }

  @Test
  void importDoes() throws Exception {
    assertTrue(classesLoaded("import", "examples/plan-2022.xlsx").stream()
        .anyMatch(l -> l.contains(" org.apache.poi.")), "the test can tell");
  }
}
