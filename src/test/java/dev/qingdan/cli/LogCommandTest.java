package dev.qingdan.cli;

import org.junit.jupiter.api.Test;

/** {@code qingdan log}: its help here; its output over a real history is in DiffGitTest. */
class LogCommandTest {
  @Test
  void help() {
    Cli.verify("help", "log", "--help");
  }

  @Test
  void negativeCount() {
    Cli.verify("negative", "log", "-n", "-1");
  }
}
