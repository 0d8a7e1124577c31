package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --unit} means the same in every command that takes it: the same inputs, the same rows. */
class UnitOptionTest {
  /** Each name as a user may type it, and the register's own spelling it stands for. */
  private static final List<List<String>> SPELLINGS = List.of(
      List.of("区级有关单位 ", "区级有关单位"),
      List.of(" 区级有关单位", "区级有关单位"),
      List.of("区级有关单位等", "区级有关单位"),
      List.of("区人社局 ", "区人社局"),
      List.of("区人力社保局", "区人社局"),
      List.of(" 区人力社保局 ", "区人社局"),
      List.of("区市场监管局\t", "区市场监管局"));

  @Test
  void listMatchesEverySpellingOfAUnit() {
    for (List<String> s : SPELLINGS) {
      Cli.Run typed = Cli.run("list", "--unit", s.get(0), "--format", "csv");
      Cli.Run canonical = Cli.run("list", "--unit", s.get(1), "--format", "csv");
      assertEquals(0, typed.exit(), s.get(0));
      assertTrue(canonical.out().lines().count() > 1, s.get(1));
      assertEquals(canonical.out(), typed.out(), "list --unit '" + s.get(0) + "'");
    }
  }

  @Test
  void deadlinesMatchesEverySpellingOfAUnit() {
    for (List<String> s : SPELLINGS) {
      Cli.Run typed = Cli.run("deadlines", "--as-of", "2022-08-31", "--unit", s.get(0),
          "--format", "json");
      Cli.Run canonical = Cli.run("deadlines", "--as-of", "2022-08-31", "--unit", s.get(1),
          "--format", "json");
      assertEquals(0, typed.exit(), s.get(0));
      assertEquals(canonical.out(), typed.out(), "deadlines --unit '" + s.get(0) + "'");
    }
  }

  @Test
  void anUnknownUnitIsTheSameTroubleInBoth() {
    Cli.Run list = Cli.run("list", "--unit", "区市场监督局");
    Cli.Run deadlines = Cli.run("deadlines", "--as-of", "2022-08-31", "--unit", "区市场监督局");
    assertEquals(ExitCode.TROUBLE, list.exit());
    assertEquals(ExitCode.TROUBLE, deadlines.exit());
    assertEquals(list.err(), deadlines.err());
    assertTrue(list.err().contains("did you mean '区市场监管局'"), list.err());
  }
}
