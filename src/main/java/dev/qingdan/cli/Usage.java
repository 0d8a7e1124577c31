package dev.qingdan.cli;

import dev.qingdan.text.Msg;
import dev.qingdan.text.Lang;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Usage errors in the reader's language. qingdan's own carry a {@link Msg}; picocli's are read
 * from the type of its exception and the option, argument and value it names, and given as a
 * {@code Msg} too, so that both are translated alike. In English, picocli's own sentence is
 * printed as it wrote it; an error of a kind not listed here is printed so in every language.
 */
final class Usage {
  private Usage() {}

  /** A usage error of qingdan's own (exit 2, with the hint to {@code --help}). */
  static ParameterException error(CommandLine cmd, Msg message) {
    return new Error(cmd, message);
  }

  /** A value an option's converter refuses; picocli adds the option's name. */
  static TypeConversionException conversion(Msg message) {
    return new Conversion(message);
  }

  private static final class Error extends ParameterException {
    private static final long serialVersionUID = 1L;
    private final transient Msg message;

    Error(CommandLine cmd, Msg message) {
      super(cmd, message.en());
      this.message = message;
    }
  }

  private static final class Conversion extends TypeConversionException {
    private static final long serialVersionUID = 1L;
    private final transient Msg message;

    Conversion(Msg message) {
      super(message.en());
      this.message = message;
    }
  }

  /**
   * The error as a sentence in {@code lang}'s terms; {@code args} are the command line, where a
   * missing value's neighbour is found.
   */
  static Msg text(ParameterException ex, String[] args, Lang lang) {
    if (ex instanceof Error e) {
      return e.message;
    }
    if (ex instanceof MutuallyExclusiveArgsException m) {
      // qingdan's own sentence in English too: picocli's lists the options with their labels
      return exclusive(m);
    }
    if (ex instanceof UnmatchedArgumentException u) {
      Msg repeat = repeatTheOption(u, args);
      if (repeat != null) {
        return repeat;
      }
    }
    Msg picocli = Msg.verbatim(ex.getMessage());
    if (lang == Lang.en) {
      return picocli;
    }
    Msg m = translated(ex, args);
    return m == null ? picocli : m;
  }

  /**
   * {@code --data a.csv b.yaml}: a word after the value of an option that takes one value at a
   * time but may be repeated is taken for a second value, which picocli calls only "Unmatched
   * argument". Says to repeat the option, or null where the word follows no such option.
   */
  private static Msg repeatTheOption(UnmatchedArgumentException u, String[] args) {
    if (u.getUnmatched().isEmpty() || u.isUnknownOption()) {
      return null;
    }
    String word = u.getUnmatched().get(0);
    for (int i = 1; i < args.length; i++) {
      if (!args[i].equals(word)) {
        continue;
      }
      String before = args[i - 1];
      String name = before.contains("=") ? before.substring(0, before.indexOf('='))
          : i >= 2 ? args[i - 2] : "";
      OptionSpec o = name.startsWith("-") ? u.getCommandLine().getCommandSpec().findOption(name)
          : null;
      if (o != null && o.isMultiValue() && o.arity().max() == 1) {
        return Msg.of("unexpected argument %s after the value of %s: give %s once for each "
            + "value, as in %s", quoted(word), name, name,
            o.longestName() + " " + (before.contains("=") ? before.substring(name.length() + 1)
                : before) + " " + o.longestName() + " " + word);
      }
    }
    return null;
  }

  private static Msg translated(ParameterException ex, String[] args) {
    if (ex instanceof UnmatchedArgumentException u) {
      List<String> unmatched = u.getUnmatched();
      if (unmatched.isEmpty()) {
        return null;
      }
      return u.isUnknownOption() ? Msg.of("unknown option: %s", quoted(unmatched))
          : Msg.of("unexpected argument: %s", quoted(unmatched));
    }
    if (ex instanceof OverwrittenOptionException o) {
      return Msg.of("option %s may be given only once", withLabel(o.getOverwritten()));
    }
    if (ex instanceof MissingParameterException m) {
      return missing(m, args);
    }
    if (ex.getCause() instanceof TypeConversionException && ex.getArgSpec() != null) {
      return invalid(ex.getArgSpec(), ex.getValue(), (TypeConversionException) ex.getCause());
    }
    if (ex.getArgSpec() != null && ex.getValue() != null && isNumber(ex.getArgSpec().type())) {
      // picocli's converters of BigDecimal and the like throw NumberFormatException itself
      return Msg.of("invalid value for option %s: %s is not a number", name(ex.getArgSpec()),
          quoted(ex.getValue()));
    }
    return null;
  }

  private static Msg missing(MissingParameterException m, String[] args) {
    ArgSpec first = m.getMissing().get(0);
    if (first instanceof OptionSpec o) {
      int at = lastIndexOfName(o, args);
      if (at < 0) {
        List<String> options = new ArrayList<>();
        for (ArgSpec a : m.getMissing()) {
          OptionSpec mo = (OptionSpec) a;
          options.add("'" + mo.longestName() + (mo.arity().min() > 0 ? "=" + mo.paramLabel() : "")
              + "'");
        }
        return Msg.of("missing required option: %s", String.join(", ", options));
      }
      // the option is there, its value is not: the end of the line, or another option came first
      return at + 1 < args.length
          ? Msg.of("option %s needs a value, but was followed by %s", name(o),
              quoted(args[at + 1]))
          : Msg.of("option %s needs a value", withLabel(o));
    }
    List<PositionalParamSpec> all = m.getCommandLine().getCommandSpec().positionalParameters();
    List<String> labels = new ArrayList<>();
    for (PositionalParamSpec p : all.subList(Math.max(0, all.indexOf(first)), all.size())) {
      if (p.arity().min() > 0) {
        labels.add(quoted(p.paramLabel()));
      }
    }
    return Msg.of("missing required argument: %s", labels.isEmpty() ? quoted(first.paramLabel())
        : String.join(", ", labels));
  }

  /** Where one of the option's names stands alone among the arguments, the last time; else -1. */
  private static int lastIndexOfName(OptionSpec o, String[] args) {
    List<String> names = Arrays.asList(o.names());
    for (int i = args.length - 1; i >= 0; i--) {
      if (names.contains(args[i])) {
        return i;
      }
    }
    return -1;
  }

  private static Msg invalid(ArgSpec arg, String value, TypeConversionException cause) {
    if (cause instanceof Conversion c) {
      return Msg.of("invalid value for option %s: %s", arg instanceof OptionSpec ? name(arg)
          : arg.paramLabel(), c.message);
    }
    Class<?> type = arg.type();
    if (type.isEnum()) {
      List<String> names = new ArrayList<>();
      for (Object constant : type.getEnumConstants()) {
        names.add(((Enum<?>) constant).name());
      }
      return arg instanceof OptionSpec
          ? Msg.of("invalid value for option %s: %s (expected one of: %s)", name(arg),
              quoted(value), String.join(", ", names))
          : Msg.of("invalid value for %s: %s (expected one of: %s)", arg.paramLabel(),
              quoted(value), String.join(", ", names));
    }
    if (isNumber(type) && arg instanceof OptionSpec) {
      return Msg.of("invalid value for option %s: %s is not a number", name(arg), quoted(value));
    }
    return null;
  }

  private static boolean isNumber(Class<?> type) {
    return Number.class.isAssignableFrom(type)
        || type.isPrimitive() && type != boolean.class && type != char.class;
  }

  /** The options of an exclusive group that were given together. */
  private static Msg exclusive(MutuallyExclusiveArgsException ex) {
    ParseResult parsed = ex.getCommandLine().getParseResult();
    for (ArgGroupSpec group : ex.getCommandLine().getCommandSpec().argGroups()) {
      if (!group.exclusive()) {
        continue;
      }
      List<String> given = new ArrayList<>();
      for (OptionSpec o : group.options()) {
        if (parsed == null || parsed.hasMatchedOption(o)) {
          given.add(o.longestName());
        }
      }
      if (given.size() > 1) {
        String last = given.remove(given.size() - 1);
        return Msg.of("%s and %s exclude each other: give one of them", String.join(", ", given),
            last);
      }
    }
    return Msg.verbatim(ex.getMessage());
  }

  /** {@code '--format'}, or a positional parameter's label. */
  private static String name(ArgSpec arg) {
    return arg instanceof OptionSpec o ? "'" + o.longestName() + "'" : arg.paramLabel();
  }

  /** {@code '--format' (FORMAT)}: an option and the label of its value. */
  private static String withLabel(ArgSpec arg) {
    return arg.arity().max() > 0 ? name(arg) + " (" + arg.paramLabel() + ")" : name(arg);
  }

  private static String quoted(String s) {
    return "'" + s + "'";
  }

  private static String quoted(List<String> values) {
    return String.join(", ", values.stream().map(Usage::quoted).toList());
  }

  /**
   * picocli's suggestions after an unknown option or command, as a line in {@code lang}, or null
   * when it has none.
   */
  static Msg suggestions(UnmatchedArgumentException u, Lang lang) {
    List<String> s = u.getSuggestions();
    if (s.isEmpty()) {
      return null;
    }
    if (u.isUnknownOption()) {
      return Msg.of("Possible solutions: %s", String.join(", ", s));
    }
    String command = u.getCommandLine().getCommandSpec().name();
    List<String> named = s.stream().map(c -> command + " " + c).toList();
    return Msg.of("Did you mean: %s?", String.join(lang == Lang.zh ? "、" : " or ", named));
  }
}
