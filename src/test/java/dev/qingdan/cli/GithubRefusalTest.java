package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Under {@code --format github}, an input a command refuses is an {@code ::error} annotation on
 * stdout, where the runner reads it, as well as the message on stderr; the exit code is the same
 * as in every other format.
 */
class GithubRefusalTest {
  private static final String HOSTILE = "src/test/resources/hostile/";

  @Test
  void aYamlSyntaxError() {
    Cli.verify("yaml-syntax", "diff", HOSTILE + "truncated.yaml", "policies.yaml", "--format",
        "github");
  }

  @Test
  void anInvalidChecklist() {
    Cli.verify("invalid", "diff", "policies.yaml", "examples/broken/unknown-unit.yaml",
        "--format", "github");
  }

  @Test
  void aFileThatCannotBeRead() {
    Cli.verify("unreadable", "diff", "src/test/resources/checklists/gbk.yaml", "policies.yaml",
        "--format", "github");
  }

  @Test
  void aMessageWithoutAPlace() {
    Cli.verify("no-place", "diff", "no-such-revision", "--format", "github");
  }

  @Test
  void otherFormatsKeepStdoutEmpty() {
    Cli.Run r = Cli.run("diff", HOSTILE + "truncated.yaml", "policies.yaml", "--format", "json");
    assertEquals(2, r.exit());
    assertEquals("", r.out());
  }
}
