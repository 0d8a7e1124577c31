package dev.qingdan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ChecklistValidator#prepare} sets the checks up on the plan's own phrases, and leaves the
 * checks' results as they were.
 */
class ChecklistValidatorPrepareTest {
  @Test
  void thePhrasesAreReadAsThePlanMeansThem() {
    assertTrue(ChecklistValidator.prepare());
  }

  @Test
  void theChecksFindTheSameAfterIt() throws InputException {
    LoadedChecklist lc = ChecklistReader.read(
        Path.of("src/test/resources/checklists/many-problems.yaml"), "many-problems.yaml");
    List<Problem> before = ChecklistValidator.validate(lc);
    assertTrue(before.size() > 5, before.toString());
    assertTrue(ChecklistValidator.prepare());
    assertEquals(before, ChecklistValidator.validate(lc));
  }
}
