package dev.qingdan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The records whose equals and hashCode are written out (see RowId) still compare every
 * component, as a record's generated ones do: a component added later and left out of equals
 * fails here.
 */
class RecordEqualityTest {
  /** Two different values of each component type, and null where a component may be null. */
  private static final Map<Class<?>, List<Object>> VALUES = Map.of(
      int.class, List.of(1, 2),
      String.class, Arrays.asList("a", "b", null),
      Long.class, Arrays.asList(1L, 2L, null),
      LocalDate.class, Arrays.asList(LocalDate.of(2022, 5, 31), LocalDate.of(2022, 6, 30), null),
      YearMonth.class, Arrays.asList(YearMonth.of(2022, 5), YearMonth.of(2022, 11), null),
      ScheduleKind.class, Arrays.asList(ScheduleKind.WINDOW, ScheduleKind.START, null),
      List.class, List.of(List.of(), List.of(new Milestone(LocalDate.of(2022, 5, 31), 2L, null))));

  @ParameterizedTest
  @ValueSource(classes = {RowId.class, Milestone.class, Definition.class, Schedule.class})
  void equalsComparesEveryComponent(Class<?> type) throws Exception {
    RecordComponent[] parts = type.getRecordComponents();
    Constructor<?> make = type.getDeclaredConstructor(
        Arrays.stream(parts).map(RecordComponent::getType).toArray(Class<?>[]::new));
    Object[] base = new Object[parts.length];
    for (int i = 0; i < parts.length; i++) {
      base[i] = VALUES.get(parts[i].getType()).get(0);
    }
    Object a = make.newInstance(base);
    Object same = make.newInstance(base.clone());
    assertEquals(a, same);
    assertEquals(a.hashCode(), same.hashCode());
    assertNotEquals(a, null);
    assertNotEquals(a, "not a " + type.getSimpleName());
    for (int i = 0; i < parts.length; i++) {
      List<Object> others = new ArrayList<>(VALUES.get(parts[i].getType()));
      for (Object other : others.subList(1, others.size())) {
        Object[] changed = base.clone();
        changed[i] = other;
        Object b = make.newInstance(changed);
        assertNotEquals(a, b, type.getSimpleName() + "." + parts[i].getName() + " = " + other);
        assertNotEquals(b, a, type.getSimpleName() + "." + parts[i].getName() + " = " + other);
      }
    }
  }
}
