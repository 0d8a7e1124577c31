package dev.qingdan.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.qingdan.load.FuzzChecks;
import dev.qingdan.model.Milestone;
import dev.qingdan.model.Target;

/**
 * Fuzzes the schedule parser without its last-resort guard: its rules are meant to be total, so
 * no phrase may make one throw, none may take more than ten seconds, and every milestone it reads
 * falls in the plan year.
 *
 * <p>Seeds: {@code src/test/resources/dev/qingdan/phrase/ScheduleParserFuzzTestInputs/schedule/}.
 * To fuzz: {@code JAZZER_FUZZ=1 mvn test -Dtest=ScheduleParserFuzzTest
 * -Djazzer.max_duration=10m}.
 */
class ScheduleParserFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void schedule(FuzzedDataProvider data) {
    int year = data.consumeInt(1900, 2999);
    String targetText = data.consumeString(12);
    Target target = TargetParser.parse(targetText).orElse(null);
    String text = data.consumeRemainingAsString();
    FuzzChecks.within(() -> {
      ScheduleParser.Result r = ScheduleParser.parseUnguarded(text, year, target);
      assertNotNull(r.schedule());
      for (Milestone m : r.schedule().milestones()) {
        assertEquals(year, m.due().getYear(), text + " -> " + r.schedule());
      }
    });
  }
}
