package dev.qingdan.cli;

import java.util.Map;

/**
 * What qingdan knows of where its output goes; passed in so that tests see a pipe and a fixed
 * environment.
 *
 * @param isTerminal whether standard output is a terminal
 * @param width the terminal's width in columns, 0 for unlimited
 * @param env the environment (NO_COLOR, COLUMNS, LANG)
 */
public record Terminal(boolean isTerminal, int width, Map<String, String> env) {
  public Terminal {
    env = Map.copyOf(env);
  }

  /** A pipe: no colour, no width limit, no environment. */
  public static Terminal pipe() {
    return new Terminal(false, 0, Map.of());
  }
}
