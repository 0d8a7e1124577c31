package dev.qingdan.cli;

import dev.qingdan.compute.FigureOverflow;
import dev.qingdan.render.ValidationGithub;
import dev.qingdan.text.Msg;
import dev.qingdan.text.Lang;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/** The top-level command: only dispatches to the subcommands. */
@Command(
    name = "qingdan",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Check, measure and compare a task implementation checklist (任务实施清单).",
    synopsisSubcommandLabel = "COMMAND",
    // in the order of the help; a run builds only the one it runs, from Models (see build)
    subcommands = {
      ValidateCommand.class,
      ListCommand.class,
      ShowCommand.class,
      SchemaCommand.class,
      ImportCommand.class,
      RatioCommand.class,
      DeadlinesCommand.class,
      ReportCommand.class,
      TemplateCommand.class,
      DiffCommand.class,
      LogCommand.class,
      CompletionCommand.class,
      ManCommand.class
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

  /** The command line with every command: writers, help width, error handlers. */
  public static CommandLine commandLine(Terminal terminal, PrintWriter out, PrintWriter err) {
    return configure(build(terminal, null), out, err, terminal);
  }

  /**
   * The command line that runs {@code args}. When the first argument names a command, only that
   * one is built; help, a typo or no command get every command, so that help and suggestions are
   * the same.
   */
  public static CommandLine commandLine(
      Terminal terminal, PrintWriter out, PrintWriter err, String... args) {
    return configure(build(terminal, args.length == 0 ? null : args[0], List.of(args)), out,
        err, terminal);
  }

  /**
   * The root with the command called {@code name}, or with every command if none is. The models
   * come from {@link Models}, which the build writes from the commands' annotations
   * (src/build/java), so that a run reads no annotation.
   */
  static CommandLine build(Terminal terminal, String name) {
    return build(terminal, name, List.of());
  }

  /** The root with the command called {@code name}, run with {@code args}; see the other. */
  static CommandLine build(Terminal terminal, String name, List<String> args) {
    // first, so that the file is read on another core while the command is set up
    ReadAhead ahead = ReadAhead.start(name, args);
    Factory factory = new Factory(terminal);
    CommandLine cl = new CommandLine(Models.root(terminal, factory), factory);
    CommandSpec only = name == null ? null : Models.command(name, terminal, factory);
    if (only != null) {
      for (CommandSpec mixin : only.mixins().values()) {
        if (mixin.userObject() instanceof CommonOptions options) {
          options.checklist = ahead;
        }
      }
      cl.addSubcommand(new CommandLine(only, factory));
      return cl;
    }
    for (String command : Models.COMMANDS) {
      cl.addSubcommand(new CommandLine(Models.command(command, terminal, factory), factory));
    }
    // 'qingdan help COMMAND' prints that command's help, as git and docker do
    cl.addSubcommand(new CommandLine.HelpCommand());
    return cl;
  }

  /**
   * Each subcommand's object, in the order of the help: what the lists derived from the one list
   * of commands ask ({@link Described}).
   */
  static List<Described> described() {
    Terminal terminal = Terminal.pipe();
    Factory factory = new Factory(terminal);
    List<Described> out = new ArrayList<>();
    for (String command : Models.COMMANDS) {
      if (Models.command(command, terminal, factory).userObject() instanceof Described d) {
        out.add(d);
      }
    }
    return out;
  }

  /** The commands that read ./policies.yaml unless told otherwise ({@link ReadsChecklist}). */
  public static List<String> checklistReaders() {
    return Models.READERS;
  }

  /**
   * The argument lists of every command's training, in the order of the help; with {@code office},
   * each command's runs on Office files after its others ({@link Described#officeTraining()}).
   */
  public static List<List<String>> training(boolean office) {
    List<List<String>> out = new ArrayList<>();
    for (Described d : described()) {
      out.addAll(d.training());
      if (office) {
        out.addAll(d.officeTraining());
      }
    }
    return out;
  }

  /** Whether the arguments only ask for the version: answered without building any command. */
  public static boolean versionOnly(String... args) {
    return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
  }

  /** The language of the run of {@code cl}, as far as picocli has parsed its arguments. */
  public static Lang lang(CommandLine cl, Terminal terminal) {
    return Arguments.lang(cl.getParseResult(), terminal);
  }

  /** Whether the run of {@code cl} asked for {@code --debug}. */
  public static boolean debug(CommandLine cl) {
    return Arguments.debug(cl.getParseResult());
  }

  private static CommandLine configure(
      CommandLine cl, PrintWriter out, PrintWriter err, Terminal terminal) {
    cl.setOut(out);
    cl.setErr(err);
    cl.setUsageHelpAutoWidth(false);
    cl.setUsageHelpWidth(80);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((ex, args) -> {
      ParseResult tolerant = Arguments.tolerant(ex.getCommandLine(), args);
      return usageError(ex, args, Arguments.debug(tolerant), Arguments.lang(tolerant, terminal));
    });
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> failure(ex, cmd, parsed,
        Arguments.lang(parsed, terminal)));
    return cl;
  }

  private static int usageError(ParameterException ex, String[] args, boolean debug, Lang lang) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    Stderr stderr = new Stderr(err, lang);
    stderr.error(Usage.text(ex, args, lang));
    if (ex instanceof UnmatchedArgumentException u) {
      Msg suggestions = Usage.suggestions(u, lang);
      if (suggestions != null) {
        stderr.line(suggestions);
      }
    }
    stderr.line(Msg.of("Try '%s --help' for more information.",
        cmd.getCommandSpec().qualifiedName()));
    if (debug) {
      ex.printStackTrace(err);
    }
    err.flush();
    return ExitCode.TROUBLE;
  }

  private static int failure(Exception thrown, CommandLine cmd, ParseResult parsed, Lang lang) {
    boolean debug = Arguments.debug(parsed);
    PrintWriter err = cmd.getErr();
    Stderr stderr = new Stderr(err, lang);
    // a sum of reported figures past 64 bits: the reports are wrong, not qingdan
    Exception ex = thrown instanceof FigureOverflow o
        ? new UserException(ExitCode.TROUBLE, o.msg(), o) : thrown;
    if (ex instanceof UserException u) {
      if (Arguments.github(parsed)) {
        // the runner reads annotations from stdout; stderr keeps the message for people
        ValidationGithub.refusal(cmd.getOut(), u.problems(), String.join("\n", u.lines(lang)),
            cmd.getCommandName(), lang);
      }
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

  /**
   * What picocli creates itself: the commands with the terminal they write to (when it reads their
   * annotations, as {@code ModelsTest} has it do), the collection of a repeated option, an
   * argument group's object. Not picocli's default factory: that one first looks for Groovy's
   * closure class, a search through every jar of the class path, POI's too, on every run.
   */
  private record Factory(Terminal terminal) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (cls.isInterface()) {
        return cls.cast(collection(cls));
      }
      for (Constructor<?> k : cls.getDeclaredConstructors()) {
        if (k.getParameterCount() == 1 && k.getParameterTypes()[0] == Terminal.class) {
          return cls.cast(k.newInstance(terminal));
        }
      }
      Constructor<K> k = cls.getDeclaredConstructor();
      k.setAccessible(true);
      return k.newInstance();
    }

    /** The collection picocli fills for an option declared as an interface, as its own does. */
    private static Object collection(Class<?> type) {
      if (type.isAssignableFrom(ArrayList.class)) {
        return new ArrayList<>();
      }
      if (type.isAssignableFrom(TreeSet.class) && SortedSet.class.isAssignableFrom(type)) {
        return new TreeSet<>();
      }
      if (type.isAssignableFrom(LinkedHashSet.class)) {
        return new LinkedHashSet<>();
      }
      if (type.isAssignableFrom(ArrayDeque.class)) {
        return new ArrayDeque<>();
      }
      if (type.isAssignableFrom(TreeMap.class) && SortedMap.class.isAssignableFrom(type)) {
        return new TreeMap<>();
      }
      if (type.isAssignableFrom(LinkedHashMap.class)) {
        return new LinkedHashMap<>();
      }
      throw new IllegalArgumentException("cannot create an object of " + type);
    }
  }
}
