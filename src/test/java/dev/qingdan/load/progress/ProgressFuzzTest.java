package dev.qingdan.load.progress;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.qingdan.load.FuzzChecks;
import dev.qingdan.load.InputException;
import dev.qingdan.load.SourceText;
import dev.qingdan.load.checklist.ChecklistReader;
import dev.qingdan.model.Checklist;
import java.nio.file.Path;

/**
 * Fuzzes the progress loader, YAML and CSV, against the real checklist: only
 * {@link InputException} may escape (bytes that are not UTF-8), no input takes more than ten
 * seconds, and every problem has a place and one line of text.
 *
 * <p>Seeds: {@code src/test/resources/dev/qingdan/load/progress/ProgressFuzzTestInputs/yaml/} and
 * {@code .../csv/}. To fuzz: {@code JAZZER_FUZZ=1 mvn test -Dtest=ProgressFuzzTest#csv
 * -Djazzer.max_duration=10m}.
 */
class ProgressFuzzTest {
  private static final Checklist CHECKLIST = checklist();

  private static Checklist checklist() {
    try {
      return ChecklistReader.read(Path.of("policies.yaml"), "policies.yaml").checklist();
    } catch (InputException e) {
      throw new IllegalStateException(e);
    }
  }

  @FuzzTest(maxDuration = "2m")
  void yaml(byte[] input) {
    FuzzChecks.within(() -> read("fuzz.yaml", input));
  }

  @FuzzTest(maxDuration = "2m")
  void csv(byte[] input) {
    FuzzChecks.within(() -> read("fuzz.csv", input));
  }

  private static void read(String name, byte[] input) {
    String text;
    try {
      text = SourceText.decode(name, input);
    } catch (InputException e) {
      FuzzChecks.wellFormed(e.problem());
      return;
    }
    LoadedProgress lp = ProgressReader.parse(name, text, CHECKLIST);
    FuzzChecks.wellFormed(lp.problems());
  }
}
