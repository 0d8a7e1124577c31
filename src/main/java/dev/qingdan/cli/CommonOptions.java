package dev.qingdan.cli;

import dev.qingdan.load.Links;
import dev.qingdan.text.Lang;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command takes. */
public class CommonOptions {
  @Option(
      names = {"-p", "--policies"},
      paramLabel = "FILE",
      description = "The checklist (default: ./policies.yaml).")
  Path policies;

  @Option(
      names = "--example",
      description = "Read the example checklist bundled in qingdan (the 2022 plan of 鄞州区) "
          + "instead of ./policies.yaml.")
  boolean example;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description = "Colour the output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: only "
          + "on a terminal, and not when NO_COLOR is set).")
  ColorMode color;

  @Option(names = "--debug", description = "Show the stack trace of an error.")
  boolean debug;

  @Option(
      names = "--allow-symlinks",
      description = "Read an input file that a symbolic link takes outside the working directory "
          + "(by default it is refused unread, so that a checkout cannot make qingdan quote "
          + "another file, such as ~/.netrc).")
  boolean allowSymlinks;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description = "Language of messages, headers and statuses: ${COMPLETION-CANDIDATES} "
          + "(default: from the locale, LC_ALL, LC_MESSAGES or LANG; English unless it is zh). "
          + "JSON keys and status words stay the same.")
  Lang lang;

  /** ./policies.yaml as read ahead for this run, if it was ({@link ReadAhead}). */
  ReadAhead checklist = ReadAhead.NONE;

  /** Which symbolic links input files may go through, in the working directory. */
  Links links() {
    return links(Path.of(""));
  }

  /** Which symbolic links input files may go through, with {@code tree} as the working one. */
  Links links(Path tree) {
    return new Links(tree, allowSymlinks);
  }

  /** Where the command tells the user things on the side, in the user's language. */
  Stderr stderr(PrintWriter err, Terminal terminal) {
    return new Stderr(err, lang(terminal));
  }

  /** The language asked for, else the locale's. */
  Lang lang(Terminal terminal) {
    return lang != null ? lang : Lang.fromEnvironment(terminal.env());
  }
}
