package dev.qingdan.cli;

import dev.qingdan.text.Lang;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * What the arguments say beside the command's own work, always as picocli reads them: how to talk
 * to the user ({@code --lang}, {@code --debug}), from the run's parse result, or after a usage
 * error from a second parse of the same arguments that goes on past errors, so that a {@code
 * --lang} given after the mistake still counts; and, before the commands are built, the checklist
 * to read ahead.
 */
final class Arguments {
  private Arguments() {}

  /** picocli's result of {@code args} read past every error, or null when there is none. */
  static ParseResult tolerant(CommandLine cmd, String[] args) {
    CommandLine root = cmd;
    while (root.getParent() != null) {
      root = root.getParent();
    }
    collectErrors(root, true);
    try {
      return root.parseArgs(args);
    } catch (RuntimeException e) {
      // an error that collecting does not cover: what was read before it still counts
      return root.getParseResult();
    } finally {
      collectErrors(root, false);
    }
  }

  private static void collectErrors(CommandLine cl, boolean on) {
    cl.getCommandSpec().parser().collectErrors(on);
    for (CommandLine sub : cl.getSubcommands().values()) {
      collectErrors(sub, on);
    }
  }

  /** The language {@code --lang} asks for, else the locale's. */
  static Lang lang(ParseResult parsed, Terminal terminal) {
    Lang lang = parsed == null ? null : command(parsed).matchedOptionValue("--lang", null);
    return lang != null ? lang : Lang.fromEnvironment(terminal.env());
  }

  /** Whether {@code --debug} was given. */
  static boolean debug(ParseResult parsed) {
    return parsed != null && command(parsed).hasMatchedOption("--debug");
  }

  /** Whether {@code --format github} was given: errors are annotations on stdout too. */
  static boolean github(ParseResult parsed) {
    if (parsed == null) {
      return false;
    }
    Object format = command(parsed).matchedOptionValue("--format", null);
    return format != null && format.toString().equals("github");
  }

  /** The result of the subcommand that the arguments name, where the common options are. */
  private static ParseResult command(ParseResult parsed) {
    ParseResult p = parsed;
    while (p.hasSubcommand()) {
      p = p.subcommand();
    }
    return p;
  }
}
