package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When each {@code --color} colours: auto only a terminal that is not dumb, without NO_COLOR. */
class ColorModeTest {
  @ParameterizedTest(name = "{0} on a terminal {1}, TERM={2}, NO_COLOR={3}: {4}")
  @CsvSource(nullValues = "-", value = {
    "auto,   true,  xterm-256color, -, true",
    "auto,   true,  -,              -, true",
    "auto,   false, xterm-256color, -, false",
    "auto,   true,  dumb,           -, false",
    "auto,   true,  xterm,          1, false",
    "auto,   true,  xterm,          '', true",
    "always, false, dumb,           1, true",
    "never,  true,  xterm,          -, false",
  })
  void colours(ColorMode mode, boolean terminal, String term, String noColor, boolean expected) {
    Map<String, String> env = new HashMap<>();
    if (term != null) {
      env.put("TERM", term);
    }
    if (noColor != null) {
      env.put("NO_COLOR", noColor);
    }
    assertEquals(expected, mode.enabled(new Terminal(terminal, 80, env)));
  }
}
