package dev.qingdan;

import static dev.qingdan.Programs.onPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whether qingdan sees a terminal, under the JDK that runs the tests and under a JDK 25 where
 * one is installed: from JDK 22 {@code System.console()} is no longer null for a pipe, so a pipe
 * would get colours were that still the test.
 */
@Tag("process")
class TerminalProcessTest {
  /** A JDK 25 beside the default one, where this kind of machine has it. */
  private static final Path JDK_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

  private static final List<String> COMMAND = List.of("deadlines", "--example", "--as-of",
      "2022-08-31", "--data", "examples/progress-2022.yaml");

  static Stream<Path> javas() {
    Path here = Path.of(System.getProperty("java.home"));
    return Files.isExecutable(JDK_25.resolve("bin/java")) && !JDK_25.equals(here)
        ? Stream.of(here, JDK_25) : Stream.of(here);
  }

  @ParameterizedTest
  @MethodSource("javas")
  void aPipeGetsNoColour(Path javaHome) throws Exception {
    String out = run(javaHome, List.of(), null);
    assertTrue(out.contains("13.1"), out);
    assertFalse(out.contains("\u001b["), "escapes in a pipe under " + javaHome + ":\n" + out);
  }

  @ParameterizedTest
  @MethodSource("javas")
  void aTerminalGetsColoursUnlessItIsDumb(Path javaHome) throws Exception {
    assumeTrue(onPath("script"), "no script(1) here to give a terminal");
    String coloured = run(javaHome, List.of("TERM=xterm-256color"), "script");
    assertTrue(coloured.contains("\u001b["), "no colour on a terminal under " + javaHome + ":\n"
        + coloured);
    String dumb = run(javaHome, List.of("TERM=dumb"), "script");
    assertTrue(dumb.contains("13.1"), dumb);
    assertFalse(dumb.contains("\u001b["), "escapes on a dumb terminal under " + javaHome);
  }

  /** The output of qingdan run by {@code javaHome}'s java, in a terminal when {@code via}. */
  private static String run(Path javaHome, List<String> env, String via) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(javaHome.resolve("bin/java").toString(), "-cp",
        System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(COMMAND);
    if (via != null) {
      // script(1) runs the command on a new pseudo-terminal and copies what it shows to stdout
      cmd = List.of("script", "-qec", String.join(" ", cmd.stream().map(a -> "'" + a + "'")
          .toList()), "/dev/null");
    }
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().remove("NO_COLOR");
    pb.environment().remove("COLUMNS");
    pb.environment().put("LANG", "C.UTF-8");
    for (String e : env) {
      pb.environment().put(e.substring(0, e.indexOf('=')), e.substring(e.indexOf('=') + 1));
    }
    if (via != null) {
      pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    }
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    return out;
  }
}
