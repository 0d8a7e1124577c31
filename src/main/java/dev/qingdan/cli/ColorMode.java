package dev.qingdan.cli;

/**
 * {@code --color}: auto colours only a terminal, and never when NO_COLOR is set or the terminal
 * says it is dumb ({@code TERM=dumb}: Emacs's shell, some CI logs), which shows escapes as text.
 */
public enum ColorMode {
  auto,
  always,
  never;

  /** Whether to colour, given where the output goes. */
  public boolean enabled(Terminal t) {
    return switch (this) {
      case always -> true;
      case never -> false;
      case auto -> t.isTerminal() && t.env().getOrDefault("NO_COLOR", "").isEmpty()
          && !"dumb".equals(t.env().get("TERM"));
    };
  }
}
