package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The completion scripts in completions/ and the man page in man/ are generated from the commands;
 * these tests fail when a command changed and they were not generated again.
 */
class GeneratedFilesTest {
  @ParameterizedTest
  @CsvSource({
    "man/qingdan.1, man",
  })
  void isUpToDate(String file, String command) throws Exception {
    Cli.Run run = Cli.run(command.split(" "));
    assertEquals(0, run.exit(), run.err());
    assertEquals(run.out(), Files.readString(Path.of(file), StandardCharsets.UTF_8),
        file + " is out of date: run ./qingdan " + command + " > " + file);
  }

  /** {@code completion} prints the bundled copy; it must be what the commands generate. */
  @ParameterizedTest
  @CsvSource({
    "completions/qingdan.bash, bash",
    "completions/_qingdan, zsh",
  })
  void bundledCompletionIsTheGeneratedOne(String file, String shell) throws Exception {
    Cli.Run run = Cli.run("completion", shell, "--generate");
    assertEquals(0, run.exit(), run.err());
    assertEquals(run.out(), Files.readString(Path.of(file), StandardCharsets.UTF_8),
        file + " is out of date: run ./qingdan completion " + shell + " --generate > " + file);
    assertEquals(run.out(), Cli.run("completion", shell).out(), "the jar bundles " + file);
  }

  @Test
  void completionOffersRowIdsAndUnits() {
    String bash = Cli.run("completion", "bash", "--generate").out();
    assertTrue(bash.contains("\"20.1\""), "row ids complete");
    assertTrue(bash.contains("\"G1\""), "goal ids complete");
    assertTrue(bash.contains("\"区人力社保局\""), "unit aliases complete");
    assertTrue(!bash.contains("\r"), "no Windows line ends");
  }

  @Test
  void theManPageHasExamplesEnvironmentAndSeeAlso() {
    String man = Cli.run("man").out();
    for (String section : new String[] {".SH EXAMPLES", ".SH ENVIRONMENT", ".SH SEE ALSO"}) {
      assertTrue(man.contains("\n" + section + "\n"), "the man page has " + section);
    }
    assertTrue(man.contains("qingdan validate \\-\\-strict"), "examples are escaped for roff");
    assertTrue(man.contains(".B LC_ALL, LC_MESSAGES, LANG"), "the locale variables are named");
  }

  /** Every variable that the launcher reads (but the one it sets for Java) has its entry. */
  @Test
  void theManPageNamesEveryVariableTheLauncherReads() throws Exception {
    String man = Cli.run("man").out();
    String environment = man.substring(man.indexOf(".SH ENVIRONMENT"), man.indexOf(".SH FILES"));
    Matcher read = Pattern.compile("\\$\\{([A-Z][A-Z_]*)").matcher(
        Files.readString(Path.of("qingdan"), StandardCharsets.UTF_8));
    Set<String> missing = new TreeSet<>();
    while (read.find()) {
      if (!read.group(1).equals("QINGDAN_LOCALE")
          && !Pattern.compile("\n\\.B ([A-Z_]+, )*" + read.group(1) + "[,\n]")
              .matcher(environment).find()) {
        missing.add(read.group(1));
      }
    }
    assertEquals(Set.of(), missing, environment);
  }

  /** Examples are commands as written: not justified, not hyphenated, one font. */
  @Test
  void theManPagesExamplesAreNotFilled() {
    String man = Cli.run("man").out();
    String examples = man.substring(man.indexOf(".SH EXAMPLES"), man.indexOf(".SH SEE ALSO"));
    assertTrue(examples.startsWith(".SH EXAMPLES\n.ad l\n.nh\n"), examples);
    assertTrue(examples.contains(".nf\n\\fBqingdan report \\-\\-data progress\\-2022.yaml "
        + "\\-\\-as\\-of 2022\\-08\\-31 \\e\n    \\-\\-format html \\-o report.html\\fR\n.fi\n"),
        examples);
  }

  @Test
  void completionHelp() {
    Cli.verify("help", "completion", "--help");
  }

  @Test
  void anUnknownShellIsBadUsage() {
    Cli.verify("fish", "completion", "fish");
  }
}
