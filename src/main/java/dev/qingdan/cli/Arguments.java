package dev.qingdan.cli;

import dev.qingdan.render.Lang;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.PicocliException;

/**
 * What the arguments say about how to talk to the user ({@code --lang}, {@code --debug}), as
 * picocli matched them: after a successful parse, from the run's own result; after a usage error,
 * from a second parse of the same arguments that goes on past errors, so that a {@code --lang}
 * given after the mistake still counts.
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
    } catch (PicocliException e) {
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

  /**
   * The common options and the help options as picocli reads them from {@code args} before the
   * commands are built: everything else is let through, and errors are left for the real parse.
   */
  static Peek peek(String... args) {
    Peek peek = new Peek();
    CommandLine cl = new CommandLine(peek);
    cl.setUnmatchedArgumentsAllowed(true);
    cl.getCommandSpec().parser().collectErrors(true);
    try {
      cl.parseArgs(args);
    } catch (PicocliException e) {
      // only what was read before the error counts
    }
    peek.help = cl.isUsageHelpRequested() || cl.isVersionHelpRequested();
    return peek;
  }

  /** What {@link #peek} finds. */
  @Command(mixinStandardHelpOptions = true)
  static final class Peek {
    @Mixin CommonOptions common = new CommonOptions();
    boolean help;
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

  /** The result of the subcommand that the arguments name, where the common options are. */
  private static ParseResult command(ParseResult parsed) {
    ParseResult p = parsed;
    while (p.hasSubcommand()) {
      p = p.subcommand();
    }
    return p;
  }
}
