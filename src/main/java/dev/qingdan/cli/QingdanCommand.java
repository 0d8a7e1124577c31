package dev.qingdan.cli;

import dev.qingdan.load.Msg;
import dev.qingdan.load.Printable;
import dev.qingdan.render.Lang;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/** The top-level command: only dispatches to the subcommands. */
@Command(
    name = "qingdan",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Check, measure and compare a policy task implementation checklist (任务实施清单).",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      ValidateCommand.class,
      ListCommand.class,
      ShowCommand.class,
      SchemaCommand.class,
      ImportCommand.class,
      RatioCommand.class,
      DeadlinesCommand.class,
      ReportCommand.class,
      DiffCommand.class,
      LogCommand.class,
      CompletionCommand.class,
      ManCommand.class,
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the check found something (validation errors, --fail-on, differences)",
      "2:trouble: bad usage, an unreadable or malformed input file"
    })
public final class QingdanCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw Usage.error(spec.commandLine(), Msg.of("a command is required"));
  }

  /** The configured command line with every command: writers, help width, error handlers. */
  public static CommandLine commandLine(Terminal terminal, PrintWriter out, PrintWriter err) {
    return configure(everything(new Factory(terminal)), out, err, terminal);
  }

  /**
   * The command line that {@code args} need. Building a command's model took longer than running
   * {@code validate}: the models are built without reading annotations ({@link Models}), and
   * when the first argument names a command, only that command is built; {@code --version} alone
   * needs none; anything else (help, a typo, no command) gets the whole tree, so help and
   * suggestions are the same as ever.
   */
  public static CommandLine commandLine(
      Terminal terminal, PrintWriter out, PrintWriter err, String... args) {
    Factory factory = new Factory(terminal);
    if (versionOnly(args)) {
      return configure(root(factory), out, err, terminal);
    }
    CommandSpec only = args.length == 0 ? null : subcommand(args[0], factory);
    if (only == null) {
      return configure(everything(factory), out, err, terminal);
    }
    CommandLine cl = root(factory);
    cl.addSubcommand(new CommandLine(only, factory));
    return configure(cl, out, err, terminal);
  }

  /** The model of the subcommand whose name or alias is {@code name}, or null. */
  static CommandSpec subcommand(String name, CommandLine.IFactory factory) {
    try {
      return Models.command(name, factory);
    } catch (Exception e) {
      throw new IllegalStateException("cannot build the command " + name, e);
    }
  }

  /** Whether the arguments only ask for the version: answered without building any command. */
  public static boolean versionOnly(String... args) {
    return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
  }

  /** The top-level command, without its subcommands. */
  private static CommandLine root(Factory factory) {
    try {
      return new CommandLine(Models.qingdanCommand(factory), factory);
    } catch (Exception e) {
      throw new IllegalStateException("cannot build the command qingdan", e);
    }
  }

  private static CommandLine everything(Factory factory) {
    CommandLine cl = root(factory);
    for (String name : Models.COMMANDS) {
      cl.addSubcommand(new CommandLine(subcommand(name, factory), factory));
    }
    return cl;
  }

  private static CommandLine configure(
      CommandLine cl, PrintWriter out, PrintWriter err, Terminal terminal) {
    cl.setOut(out);
    cl.setErr(err);
    cl.setUsageHelpAutoWidth(false);
    cl.setUsageHelpWidth(100);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((ex, args) -> usageError(ex, args, lang(args, terminal)));
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> failure(ex, cmd,
        parsed.originalArgs().contains("--debug"),
        lang(parsed.originalArgs().toArray(new String[0]), terminal)));
    return cl;
  }

  /**
   * The language of messages: {@code --lang} where the arguments give it (read here, as a usage
   * error may come before picocli has set the option), else the locale's.
   */
  public static Lang lang(String[] args, Terminal terminal) {
    for (String value : optionValues(args, "--lang")) {
      for (Lang l : Lang.values()) {
        if (l.name().equalsIgnoreCase(value)) {
          return l;
        }
      }
    }
    return Lang.fromEnvironment(terminal.env());
  }

  /**
   * The values the arguments give an option of one of these names ({@code --name value} or {@code
   * --name=value}), in order, found before picocli parses them: a guess, for what must be known
   * before the parse or without it.
   */
  static List<String> optionValues(String[] args, String... names) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      for (String name : names) {
        if (args[i].equals(name) && i + 1 < args.length) {
          values.add(args[i + 1]);
        } else if (args[i].startsWith(name + "=")) {
          values.add(args[i].substring(name.length() + 1));
        }
      }
    }
    return values;
  }

  private static int usageError(ParameterException ex, String[] args, Lang lang) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    Stderr stderr = new Stderr(err, lang);
    stderr.error(Usage.text(ex, lang));
    if (ex instanceof UnmatchedArgumentException u) {
      StringWriter s = new StringWriter();
      UnmatchedArgumentException.printSuggestions(u, new PrintWriter(s));
      s.toString().lines().forEach(l -> err.print(Printable.escape(Usage.suggestion(l, lang))
          + "\n"));
    }
    stderr.line(Msg.of("Try '%s --help' for more information.",
        cmd.getCommandSpec().qualifiedName()));
    if (Arrays.asList(args).contains("--debug")) {
      ex.printStackTrace(err);
    }
    err.flush();
    return ExitCode.TROUBLE;
  }

  private static int failure(Exception ex, CommandLine cmd, boolean debug, Lang lang) {
    PrintWriter err = cmd.getErr();
    Stderr stderr = new Stderr(err, lang);
    if (ex instanceof UserException u) {
      List<String> lines = u.lines(lang);
      for (String line : lines) {
        if (lines.size() > 1) {
          stderr.line(Msg.verbatim(line));
        } else {
          stderr.error(Msg.verbatim(line));
        }
      }
      if (debug) {
        ex.printStackTrace(err);
      }
      err.flush();
      return u.exitCode();
    }
    stderr.internalError(ex);
    if (debug) {
      ex.printStackTrace(err);
    } else {
      stderr.bug();
    }
    err.flush();
    return ExitCode.TROUBLE;
  }

  /** The factory of commands that write to {@code terminal}. */
  static CommandLine.IFactory factory(Terminal terminal) {
    return new Factory(terminal);
  }

  /** Creates commands with the terminal they write to. */
  private record Factory(Terminal terminal) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      try {
        return cls.getDeclaredConstructor(Terminal.class).newInstance(terminal);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(cls);
      }
    }
  }
}
