package dev.qingdan.load.checklist;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.qingdan.load.FuzzChecks;
import dev.qingdan.load.InputException;
import dev.qingdan.load.Problem;
import dev.qingdan.load.ProblemList;
import dev.qingdan.load.SourceText;
import java.util.List;

/**
 * Fuzzes the checklist loader with arbitrary bytes: decoding, YAML, binding and validation. Only
 * {@link InputException} may escape (an input that is not UTF-8 text), no input may take more
 * than ten seconds, and every problem has a place (line and column 0 or more) and one line of
 * text.
 *
 * <p>In the normal test run this reads only the seeds in
 * {@code src/test/resources/dev/qingdan/load/checklist/ChecklistFuzzTestInputs/}; to fuzz, see SECURITY.md:
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=ChecklistFuzzTest -Djazzer.max_duration=10m}.
 */
class ChecklistFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void checklist(byte[] input) {
    FuzzChecks.within(() -> load(input));
  }

  private static void load(byte[] input) {
    String text;
    try {
      text = SourceText.decode("fuzz.yaml", input);
    } catch (InputException e) {
      FuzzChecks.wellFormed(e.problem());
      return;
    }
    LoadedChecklist lc = ChecklistReader.parse("fuzz.yaml", text);
    List<Problem> problems = ChecklistValidator.validate(lc);
    FuzzChecks.wellFormed(problems);
    assertTrue(problems.size() <= 2 * ProblemList.MAX_PER_FILE + 1, "problems are bounded");
  }
}
