package dev.qingdan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** {@link UnitRegister#matcher}: which written names stand for the unit a user asked for. */
class UnitRegisterTest {
  private final UnitRegister reg = new UnitRegister(List.of(
      new Unit("区人社局", List.of("区人力社保局")), new Unit("区税务局", List.of())),
      List.of("区级有关单位", "各镇街(园区)"));

  @Test
  void aUnitMatchesItsNameAndAliasesWhateverTheSpaces() {
    Predicate<String> m = reg.matcher(" 区人力社保局 ").orElseThrow();
    assertTrue(m.test("区人社局"));
    assertTrue(m.test("区人力社保局"));
    assertTrue(m.test("区人社局等"));
    assertTrue(m.test(" 区人社局"));
    assertFalse(m.test("区税务局"));
    assertFalse(m.test("区级有关单位"));
  }

  @Test
  void aGenericPhraseMatchesOnlyItself() {
    Predicate<String> m = reg.matcher("区级有关单位 ").orElseThrow();
    assertTrue(m.test("区级有关单位"));
    assertTrue(m.test("区级有关单位等"));
    assertFalse(m.test("各镇街(园区)"));
    assertFalse(m.test("区人社局"));
    assertFalse(m.test("区市场监管局"));
  }

  @Test
  void anUnknownNameHasNoMatcher() {
    assertEquals(java.util.Optional.empty(), reg.matcher("区市场监督局"));
    assertEquals(java.util.Optional.empty(), reg.matcher(""));
  }
}
