package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a user sees of {@code qingdan diff} on files; git revisions are in DiffGitTest. */
class DiffCommandTest {
  /**
   * The two sides are read at the same time; when both are broken, the old side's error is the
   * one reported, every time, and nothing is said about the other.
   */
  @Test
  void bothSidesBrokenReportsTheOld() {
    for (int i = 0; i < 20; i++) {
      Cli.Run r = Cli.run("diff", "src/test/resources/hostile/tab-indent.yaml",
          "src/test/resources/hostile/flow-garbage.yaml");
      assertEquals(2, r.exit());
      assertEquals("qingdan: error: src/test/resources/hostile/tab-indent.yaml:3:1: malformed "
          + "YAML: a tab character is used for indentation; indent with spaces [yaml-syntax]\n",
          r.err());
    }
  }

  private static final String OLD = "policies.yaml";
  private static final String NEW = "examples/policies-revised.yaml";
  private static final String OTHER = "src/test/resources/diff/goals-and-definitions.yaml";
  private static final String ACKS = "src/test/resources/diff/";

  @Test
  void help() {
    Cli.verify("help", "diff", "--help");
  }

  @Test
  void formats() {
    Cli.verify("text", "diff", OLD, NEW);
    Cli.verify("json", "diff", OLD, NEW, "--format", "json");
    Cli.verify("markdown", "diff", OLD, NEW, "--format", "markdown");
    Cli.verify("github", "diff", OLD, NEW, "--format", "github");
  }

  @Test
  void goalsDefinitionsAndUnits() {
    Cli.verify("text", "diff", OLD, OTHER);
    Cli.verify("json", "diff", OLD, OTHER, "--format=json");
    Cli.verify("markdown", "diff", OLD, OTHER, "--format=markdown");
    Cli.verify("github", "diff", OLD, OTHER, "--format=github");
  }

  private static final String DIFF = "src/test/resources/diff/";

  /** Rows 8.2 and 8.3 swapped, items 21 and 22 (same title) swapped: renumbered, nothing else. */
  @Test
  void movedRowsAreRenumbered() {
    String moved = DIFF + "moved.yaml";
    Cli.verify("text", "diff", OLD, moved);
    Cli.verify("json", "diff", OLD, moved, "--format", "json");
    Cli.verify("markdown", "diff", OLD, moved, "--format", "markdown");
    Cli.verify("github", "diff", OLD, moved, "--format", "github");
    assertEquals(0, Cli.run("diff", OLD, moved, "--fail-on", "loosening,tightening,neutral")
        .exit());
    assertTrue(Cli.run("diff", OLD, moved).out().endsWith("\n0 added, 0 removed, 0 modified, "
        + "5 renumbered (0 tightening, 0 loosening, 0 neutral, 0 definitional)\n"));
    assertEquals(1, Cli.run("diff", OLD, moved, "--exit-code").exit());
  }

  /**
   * The document's metadata and the unit register are compared too: renamed units (the old name
   * kept as an alias), an added unit, a new alias; a lead written by the unit's other name is no
   * change. An alias that now names another unit is definitional.
   */
  @Test
  void theRegisterAndTheDocument() {
    String register = DIFF + "register.yaml";
    String remapped = DIFF + "remapped.yaml";
    for (String file : List.of(register, remapped)) {
      String name = file.equals(register) ? "register-" : "remapped-";
      Cli.verify(name + "text", "diff", OLD, file);
      Cli.verify(name + "json", "diff", OLD, file, "--format", "json");
      Cli.verify(name + "markdown", "diff", OLD, file, "--format", "markdown");
      Cli.verify(name + "github", "diff", OLD, file, "--format", "github");
      assertEquals(1, Cli.run("diff", OLD, file, "--exit-code").exit(), file);
    }
    Cli.verify("zh", "diff", OLD, register, "--lang", "zh");
    Cli.verify("remapped-gate", "diff", OLD, remapped, "--fail-on", "definitional");
    assertEquals(0, Cli.run("diff", OLD, register, "--fail-on", "definitional,loosening")
        .exit());
    assertEquals(0, Cli.run("diff", register, register, "--exit-code").exit());
  }

  /**
   * A target or schedule whose text says another thing than its fields is invalid, as validate
   * says, with its place: diff cannot judge it, exit 2.
   */
  @Test
  void aTextThatContradictsItsFieldsIsInvalid() {
    Cli.verify("target", "diff", OLD, DIFF + "target-text-only.yaml");
    Cli.verify("schedule", "diff", DIFF + "schedule-text-only.yaml", OLD);
    Cli.verify("json", "diff", OLD, DIFF + "target-text-only.yaml", "--format", "json");
  }

  /** Texts that fields do not contradict (validate warns at most) are judged by what they say. */
  @Test
  void textsAreJudgedByWhatTheySay() {
    Cli.verify("text", "diff", OLD, DIFF + "text-fields.yaml");
    Cli.verify("json", "diff", OLD, DIFF + "text-fields.yaml", "--format", "json");
    assertEquals(1, Cli.run("diff", OLD, DIFF + "text-fields.yaml", "--fail-on", "loosening")
        .exit());
  }

  /** 13.1's target lowered with its one milestone: one loosening change, acknowledged once. */
  @Test
  void oneEditIsOneChange() {
    String lowered = DIFF + "lowered.yaml";
    Cli.verify("gate", "diff", OLD, lowered, "--fail-on", "loosening");
    Cli.verify("json", "diff", OLD, lowered, "--format", "json");
    Cli.verify("acknowledged", "diff", OLD, lowered, "--fail-on", "loosening", "--ack",
        DIFF + "acks-lowered.yaml");
  }

  /**
   * 20.1 planned higher from May to September and lower at the end of November: one mixed change
   * that names both, which a gate on loosening fails on, and which JSON writes as loosening.
   */
  @Test
  void aPlanRaisedAndLoweredIsMixed() {
    String mixed = DIFF + "mixed.yaml";
    Cli.verify("gate", "diff", OLD, mixed, "--fail-on", "loosening");
    Cli.verify("json", "diff", OLD, mixed, "--format", "json");
    Cli.verify("markdown", "diff", OLD, mixed, "--format", "markdown");
    Cli.verify("github", "diff", OLD, mixed, "--format", "github");
  }

  /** G1's sentence, target and milestone raised together: one change, acknowledged once. */
  @Test
  void oneEditOfAGoalIsOneChange() {
    String edit = DIFF + "goal-edit.yaml";
    Cli.verify("gate", "diff", OLD, edit, "--fail-on", "tightening");
    Cli.verify("acknowledged", "diff", OLD, edit, "--fail-on", "tightening", "--ack",
        DIFF + "acks-goal-edit.yaml");
    Cli.verify("json", "diff", OLD, edit, "--format", "json");
    Cli.verify("markdown", "diff", OLD, edit, "--format", "markdown");
  }

  @Test
  void noChanges() {
    Cli.verify("text", "diff", OLD, OLD);
    Cli.verify("json", "diff", OLD, OLD, "--format", "json");
    Cli.verify("markdown", "diff", OLD, OLD, "--format", "markdown");
    Cli.verify("github", "diff", OLD, OLD, "--format", "github", "--exit-code");
  }

  @Test
  void oneArgumentComparesWithThePoliciesFile() {
    Cli.Run a = Cli.run("diff", NEW);
    assertEquals(0, a.exit());
    assertTrue(a.out().startsWith("--- " + NEW + "\n+++ policies.yaml\n"), a.out());
    Cli.Run b = Cli.run("diff", OLD, "-p", NEW, "--exit-code");
    assertEquals(1, b.exit());
    assertEquals(Cli.run("diff", OLD, NEW).out(), b.out());
  }

  @Test
  void exitCode() {
    assertEquals(0, Cli.run("diff", OLD, OLD, "--exit-code").exit());
    assertEquals(1, Cli.run("diff", OLD, NEW, "--exit-code").exit());
    assertEquals(0, Cli.run("diff", OLD, NEW).exit());
  }

  @Test
  void failOn() {
    Cli.verify("loosening", "diff", OLD, NEW, "--fail-on", "loosening");
    Cli.verify("all-acknowledged", "diff", OLD, NEW, "--fail-on", "loosening", "--ack",
        ACKS + "acks-all.yaml");
    Cli.verify("some-acknowledged", "diff", OLD, NEW, "--fail-on=loosening,definitional",
        "--ack", ACKS + "acks-some.yaml", "--format", "json");
    Cli.verify("github", "diff", OLD, NEW, "--fail-on", "loosening", "--ack",
        ACKS + "acks-some.yaml", "--format", "github");
    Cli.verify("definitional", "diff", OLD, OTHER, "--fail-on", "definitional");
    assertEquals(0, Cli.run("diff", OLD, OTHER, "--fail-on", "loosening").exit());
    assertEquals(0, Cli.run("diff", OLD, NEW, "--fail-on", "loosening", "--ack",
        "examples/policies-revised.acks.yaml").exit(), "the example in the README");
    assertEquals(1, Cli.run("diff", OLD, OTHER, "--fail-on", "tightening").exit());
  }

  @Test
  void badAcknowledgements() {
    Cli.verify("problems", "diff", OLD, NEW, "--fail-on", "loosening", "--ack",
        ACKS + "acks-bad.yaml");
    Cli.verify("mapping", "diff", OLD, NEW, "--ack", ACKS + "acks-map.yaml");
    Cli.verify("missing", "diff", OLD, NEW, "--ack", ACKS + "no-such-acks.yaml");
  }

  @Test
  void errors() {
    Cli.verify("dash-revision", "diff", "--", "-x");
    Cli.verify("dash-in-range", "diff", "HEAD..--output=x");
    Cli.verify("malformed", "diff", OLD, "src/test/resources/checklists/many-problems.yaml");
    Cli.verify("not-utf8", "diff", OLD, "src/test/resources/checklists/gbk.yaml");
    Cli.verify("three", "diff", OLD, NEW, OLD);
    Cli.verify("bad-format", "diff", OLD, NEW, "--format", "html");
    Cli.verify("bad-gate", "diff", OLD, NEW, "--fail-on", "looser");
  }

  @Test
  void chineseFromTheOptionOrTheLocale() {
    Cli.verify("zh", "diff", OLD, NEW, "--lang", "zh");
    Cli.verify("zh-review", "diff", OLD, OTHER, "--lang", "zh", "--fail-on", "definitional",
        "--ack", ACKS + "acks-some.yaml");
    Cli.Run locale = Cli.run(new Terminal(false, 0, java.util.Map.of("LANG", "zh_CN.UTF-8")),
        "diff", OLD, NEW);
    assertEquals(Cli.run("diff", OLD, NEW, "--lang", "zh").out(), locale.out());
  }

  @Test
  void colouredLikeADiffOnATerminal() {
    Cli.Run r = Cli.run(Cli.terminal(100), "diff", OLD, NEW);
    assertTrue(r.out().contains("\u001b[31m- 12.1 支持开展促消费专项行动\u001b[m"), r.out());
    assertTrue(r.out().contains("\u001b[32m+ 24.1 推动个体工商户数字化转型\u001b[m"), r.out());
    assertTrue(r.out().contains("\u001b[31m    - 100%\u001b[m"), r.out());
    assertTrue(r.out().contains("\u001b[32m    + 95%\u001b[m"), r.out());
    Cli.Run plain = Cli.run(Cli.terminal(100), "diff", OLD, NEW, "--color=never");
    assertEquals(Cli.run("diff", OLD, NEW).out(), plain.out());
    assertTrue(!plain.out().contains("\u001b"));
  }

  /**
   * On a terminal each line fits, in either language: a line too wide goes on under its own text,
   * broken between words or characters, never inside a number or a word.
   */
  @Test
  void linesFitTheTerminal() {
    for (int width : new int[] {40, 80, 120}) {
      for (String lang : List.of("en", "zh")) {
        Cli.Run run = Cli.run(new Terminal(false, width, Map.of()), "diff", OLD, NEW,
            "--lang", lang);
        assertEquals(0, run.exit());
        Cli.assertFits(run, width);
        assertEquals(Cli.run("diff", OLD, NEW, "--lang", lang).out().replaceAll("\\s+", ""),
            run.out().replaceAll("\\s+", ""), "nothing is cut, only wrapped");
      }
    }
    String at80 = Cli.run(new Terminal(false, 80, Map.of()), "diff", OLD, NEW).out();
    assertTrue(at80.contains("""
            schedule: tightening (2022-05-31: 2 → 4, 2022-06-30: 3 → 5, 2022-07-31: 4 →
            6, and 4 more)
        """), at80);
    assertTrue(at80.endsWith("""
        1 added, 1 removed, 5 modified, 15 renumbered (3 tightening, 3 loosening, 1
        neutral, 0 definitional)
        """), at80);
  }
}
