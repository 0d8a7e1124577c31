package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text from a file never reaches the terminal raw: a title with a line break and an escape
 * sequence cannot forge a line of output (here, a problem of another file) or colour it.
 */
class UntrustedTextTest {
  private static final String FORGED = "fake.yaml:1:1: error: forged";

  @TempDir Path dir;

  private Path revised() throws Exception {
    String text = Files.readString(Path.of("policies.yaml"), StandardCharsets.UTF_8);
    String title = "    title: 对月销售额15万元以下的小规模纳税人免征增值税";
    assertTrue(text.contains(title + "\n"));
    Path p = dir.resolve("new.yaml");
    Files.writeString(p, text.replace(title + "\n", title.replace("title: ", "title: \"")
        + "\\n" + FORGED + " \\u001b[31mRED\\u202e\"\n"), StandardCharsets.UTF_8);
    return p;
  }

  private static void assertSafe(String what, Cli.Run run) {
    String all = run.out() + run.err();
    assertFalse(all.contains("\u001b"), what + ": an escape sequence reached the output");
    assertFalse(all.contains("\u202e"), what + ": a bidi override reached the output");
    for (String line : all.split("\n")) {
      assertFalse(line.startsWith(FORGED), what + ": a forged line: " + line);
    }
  }

  @Test
  void diffShowAndListShowControlCharactersEscaped() throws Exception {
    Path neu = revised();
    for (String format : new String[] {"text", "markdown", "github", "json"}) {
      Cli.Run run = Cli.run("diff", "policies.yaml", neu.toString(), "--format", format);
      assertEquals(0, run.exit(), run.block());
      if (!format.equals("json")) {
        assertSafe("diff --format " + format, run);
      }
    }
    Cli.Run text = Cli.run("diff", "policies.yaml", neu.toString());
    assertTrue(text.out().contains("⏎" + FORGED + " \\u001B[31mRED\\u202E"), text.out());
    assertSafe("show", Cli.run("show", "1.1", "-p", neu.toString()));
    assertSafe("list", Cli.run("list", "-p", neu.toString(), "--grep", "forged"));
    assertSafe("list markdown", Cli.run("list", "-p", neu.toString(), "--grep", "forged",
        "--format", "markdown"));
  }

  /** "Did you mean" never shows two names that look the same: the invisible one is escaped. */
  @Test
  void invisibleCharactersAreShownInMessages() {
    Cli.Run run = Cli.run("list", "--unit", "区人社局\u200b");
    assertEquals(2, run.exit(), run.block());
    assertEquals("qingdan: error: unknown unit '区人社局\\u200B' (did you mean '区人社局'?)\n",
        run.err());
    Cli.Run nbsp = Cli.run("deadlines", "--unit", "区人社局\u00a0");
    assertTrue(nbsp.err().contains("'区人社局\\u00A0'"), nbsp.err());
  }
}
