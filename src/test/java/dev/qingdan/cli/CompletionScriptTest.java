package dev.qingdan.cli;

import static dev.qingdan.Programs.onPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion scripts of completions/, run by the shells themselves. */
@Tag("process")
class CompletionScriptTest {
  @TempDir Path tmp;

  private static String run(List<String> cmd) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("LANG", "C.UTF-8");
    Process p = pb.start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), cmd + " did not finish");
    return new String(out, StandardCharsets.UTF_8);
  }

  /** What bash offers for the last of {@code words}, as a user's TAB would, one a line. */
  private static List<String> bash(String... words) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("bash", "-c",
        "source completions/qingdan.bash; COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); "
            + "_complete_qingdan 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"", "bash"));
    cmd.addAll(List.of(words));
    return run(cmd).lines().filter(l -> !l.isEmpty()).toList();
  }

  @Test
  void bashCompletesAValueAfterAnEqualsSign() throws Exception {
    assumeTrue(onPath("bash"));
    // bash splits "--unit=区人" into "--unit", "=", "区人" (COMP_WORDBREAKS)
    assertEquals(List.of("区人社局", "区人力社保局"), bash("qingdan", "list", "--unit", "=", "区人"));
    List<String> all = bash("qingdan", "list", "--unit", "=");
    assertTrue(all.contains("区人社局") && all.contains("区市场监管局"), all.toString());
    assertEquals(List.of("区人社局", "区人力社保局"), bash("qingdan", "list", "--unit", "区人"));
  }

  @Test
  void bashCompletesRowIdsAndUnitsWhereverACommandTakesThem() throws Exception {
    assumeTrue(onPath("bash"));
    assertEquals(List.of("20.1"), bash("qingdan", "ratio", "--id", "20"));
    assertEquals(List.of("20.1"), bash("qingdan", "show", "20"));
    assertEquals(List.of("区人社局", "区人力社保局"), bash("qingdan", "deadlines", "--unit", "区人"));
    assertEquals(List.of("区人社局", "区人力社保局"),
        bash("qingdan", "deadlines", "--unit", "=", "区人"));
    assertEquals(List.of("deadlines", "diff"), bash("qingdan", "schema", "output", "d"));
  }

  @Test
  void zshCompletesWhenInstalledOnFpath() throws Exception {
    assumeTrue(onPath("zsh"), "zsh is not installed");
    List<String> screens = zsh("qingdan ratio --fo", "qingdan list --unit 区人社");
    assertFalse(String.join("", screens).contains("command not found"), screens.toString());
    assertTrue(screens.get(0).contains("qingdan ratio --format "), "the first TAB completes: "
        + screens);
    assertTrue(screens.get(1).contains("qingdan list --unit 区人社局"), "and the ones after: "
        + screens);
  }

  /** What zsh shows after each of {@code lines} and a TAB, the terminal's escapes taken out. */
  private List<String> zsh(String... lines) throws Exception {
    Path fpath = Files.createDirectories(tmp.resolve("functions"));
    Files.copy(Path.of("completions/_qingdan"), fpath.resolve("_qingdan"));
    List<String> cmd = new ArrayList<>(List.of("zsh", "-f",
        "src/test/resources/completion/complete.zsh", fpath.toString()));
    cmd.addAll(List.of(lines));
    String screen = run(cmd).replaceAll("\u001b\\[[0-9;?]*[a-zA-Z]", "");
    List<String> blocks = List.of(screen.split("=== "));
    assertEquals(lines.length + 1, blocks.size(), screen);
    return blocks.subList(1, blocks.size());
  }

  @Test
  void zshCompletesPathsAsZshDoesAndNoFilesForADate() throws Exception {
    assumeTrue(onPath("zsh"), "zsh is not installed");
    List<String> screens = zsh("qingdan ratio --data exa", "qingdan report --data=exa",
        "qingdan diff -C src/te", "qingdan deadlines --as-of ", "qingdan ratio --through ");
    // a directory ends in '/' and the line ends there: no space after it
    assertTrue(screens.get(0).endsWith("qingdan ratio --data examples/\n"),
        screens.get(0));
    assertTrue(screens.get(1).endsWith("qingdan report --data=examples/\n"),
        screens.get(1));
    assertTrue(screens.get(2).endsWith("qingdan diff -C src/test/\n"),
        screens.get(2));
    // a date or a month is no path: no file of the directory is offered
    for (String screen : screens.subList(3, 5)) {
      assertFalse(screen.contains("pom.xml") || screen.contains("examples/"), screen);
    }
  }
}
