package dev.qingdan.cli;

import dev.qingdan.load.Msg;
import dev.qingdan.render.Lang;
import dev.qingdan.render.Messages;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * Usage errors in the reader's language: qingdan's own carry a {@link Msg}; picocli's, which it
 * writes in English, are recognised by their wording and given as a {@code Msg} too, so that both
 * are translated alike. A wording not recognised is printed as picocli wrote it.
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

  private record Wording(Pattern pattern, Function<Matcher, Msg> msg) {}

  /** picocli's wordings, most specific first. */
  private static final Wording[] PICOCLI = {
    wording("Unknown options?: (.+); Expected parameter for option (.+) but found (.+)",
        m -> Msg.of("unknown option %s: option %s needs a value, but was followed by %s",
            m.group(1), m.group(2), m.group(3))),
    wording("Unknown options?: (.+)", m -> Msg.of("unknown option: %s", m.group(1))),
    wording("Expected parameter for option (.+) but found (.+)",
        m -> Msg.of("option %s needs a value, but was followed by %s", m.group(1), m.group(2))),
    wording("Unmatched arguments? from index (\\d+): (.+)",
        m -> Msg.of("unexpected arguments from number %d on: %s", ordinal(m.group(1)),
            m.group(2))),
    wording("Unmatched arguments? at index (\\d+): (.+)",
        m -> Msg.of("unexpected argument number %d: %s", ordinal(m.group(1)), m.group(2))),
    wording("Missing required options?: (.+)",
        m -> Msg.of("missing required option: %s", m.group(1))),
    wording("Missing required parameters?: (.+)",
        m -> Msg.of("missing required argument: %s", m.group(1))),
    wording("Missing required parameter for option (.+)",
        m -> Msg.of("option %s needs a value", m.group(1))),
    wording("Missing required subcommand", m -> Msg.of("a command is required")),
    wording("Invalid value for option (.+?): expected one of \\[(.+)\\] \\(case-insensitive\\) "
        + "but was (.+)",
        m -> Msg.of("invalid value for option %s: %s (expected one of: %s)", m.group(1),
            m.group(3), m.group(2))),
    wording("Invalid value for option (.+?): (.+) is not an? (int|long|BigDecimal|double)",
        m -> Msg.of("invalid value for option %s: %s is not a number", m.group(1), m.group(2))),
    wording("Invalid value for positional parameter at index \\d+ \\((.+?)\\): expected one of "
        + "\\[(.+)\\] \\(case-insensitive\\) but was (.+)",
        m -> Msg.of("invalid value for %s: %s (expected one of: %s)", m.group(1), m.group(3),
            m.group(2))),
    wording("option (.+) should be specified only once",
        m -> Msg.of("option %s may be given only once", m.group(1))),
  };

  /** picocli counts arguments from 0; people from 1. */
  private static int ordinal(String index) {
    return Integer.parseInt(index) + 1;
  }

  private static Wording wording(String regex, Function<Matcher, Msg> msg) {
    return new Wording(Pattern.compile(regex, Pattern.DOTALL), msg);
  }

  /**
   * The error as a sentence in {@code lang}'s terms: picocli's own English stays word for word in
   * English.
   */
  static Msg text(ParameterException ex, Lang lang) {
    if (ex instanceof Error e) {
      return e.message;
    }
    if (lang == Lang.en) {
      return Msg.verbatim(ex.getMessage());
    }
    if (ex.getCause() instanceof Conversion c) {
      CommandLine.Model.ArgSpec arg = ex.getArgSpec();
      String option = arg instanceof CommandLine.Model.OptionSpec o ? "'" + o.longestName() + "'"
          : arg == null ? "" : arg.paramLabel();
      return Msg.of("invalid value for option %s: %s", option, c.message);
    }
    String m = ex.getMessage() == null ? "" : ex.getMessage();
    for (Wording w : PICOCLI) {
      Matcher matcher = w.pattern.matcher(m);
      if (matcher.matches()) {
        return w.msg.apply(matcher);
      }
    }
    return Msg.verbatim(m);
  }

  /** A line of picocli's suggestions ({@code Did you mean: ...?}) in {@code lang}. */
  static String suggestion(String line, Lang lang) {
    Matcher m = Pattern.compile("Did you mean: (.+)\\?").matcher(line);
    if (!m.matches()) {
      return line;
    }
    String names = lang == Lang.zh ? m.group(1).replace(" or ", "、") : m.group(1);
    return Messages.text(Msg.of("Did you mean: %s?", names), lang);
  }
}
