package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xml.sax.InputSource;

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

  /** A unit's name that would make the text blink and forge a line of its own. */
  private static final String UNIT = "区税务局\u001b[5mBLINK\n" + FORGED;

  /**
   * The checklist and the progress reports with 区税务局 named {@link #UNIT}, the checklist under
   * a file name that would forge a line too; returns {checklist, progress}.
   */
  private Path[] hostileNames() throws Exception {
    String quoted = "\"" + UNIT.replace("\u001b", "\\e").replace("\n", "\\n") + "\"";
    Path policies = dir.resolve("x\n" + FORGED + "\u001b[5m.yaml");
    Files.writeString(policies, Files.readString(Path.of("policies.yaml"), StandardCharsets.UTF_8)
        .replace("区税务局", quoted), StandardCharsets.UTF_8);
    Path progress = dir.resolve("progress.yaml");
    Files.writeString(progress, Files.readString(Path.of("examples/progress-2022.yaml"),
        StandardCharsets.UTF_8).replace("区税务局", quoted), StandardCharsets.UTF_8);
    return new Path[] {policies, progress};
  }

  /**
   * Every format of every command that names units or files writes a hostile unit's name and a
   * hostile file's name by one rule: escaped as a terminal shows it ({@code \u001B}, {@code
   * \n}), HTML- or Markdown-escaped besides where the format asks; JSON by JSON's own escapes;
   * JUnit XML that parses.
   */
  @ParameterizedTest(name = "{0} --format {1}")
  @CsvSource({"report,text", "report,markdown", "report,html", "report,json",
      "ratio,text", "ratio,markdown", "ratio,json",
      "diff,text", "diff,markdown", "diff,github", "diff,json",
      "validate,text", "validate,github", "validate,json", "validate,junit",
      "list,text", "list,markdown"})
  void hostileUnitAndFileNamesAreEscapedInEveryFormat(String command, String format)
      throws Exception {
    Path[] files = hostileNames();
    String p = files[0].toString();
    String[] args = switch (command) {
      case "report" -> new String[] {"report", "-p", p, "--data", files[1].toString(), "--as-of",
          "2022-06-30", "--format", format};
      case "ratio" -> new String[] {"ratio", "-p", p, "--data", files[1].toString(), "--by",
          "unit", "--format", format};
      case "diff" -> new String[] {"diff", "policies.yaml", p, "--format", format};
      case "validate" -> new String[] {"validate", p, "--format", format, "--verbose"};
      default -> new String[] {command, "-p", p, "--format", format};
    };
    Cli.Run run = Cli.run(args);
    assertEquals(0, run.exit(), run.block());
    assertSafe(command + " --format " + format, run);
    // what each format makes of the escapes: JSON's own, a Markdown cell's backslashes and a
    // space for a line break (and HTML's space), GitHub's %3A, a diff's ⏎ for a line break in a value
    String name = switch (format) {
      case "json" -> command.equals("validate") ? "x\\n" : "\\u001B[5mBLINK\\n";
      case "markdown" -> "\\\\u001B\\[5mBLINK fake";
      case "html" -> "\\u001B[5mBLINK fake";
      case "github" -> command.equals("validate") ? "x\\nfake.yaml%3A1%3A1%3A" : "\\u001B";
      default -> command.equals("validate") ? "x\\n" + FORGED + "\\u001B[5m.yaml"
          : command.equals("diff") ? "\\u001B[5mBLINK⏎" + FORGED : "\\u001B[5mBLINK\\n" + FORGED;
    };
    assertTrue(run.out().contains(name), () -> name + " in:\n" + run.out());
    if (format.equals("json")) {
      new ObjectMapper().readTree(run.out());
    } else if (format.equals("junit")) {
      DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new InputSource(new StringReader(run.out())));
    }
  }
}
