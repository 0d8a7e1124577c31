package dev.qingdan.cli;

import dev.qingdan.load.InputException;
import dev.qingdan.text.Msg;
import dev.qingdan.load.Problem;
import dev.qingdan.load.git.Revisions;
import dev.qingdan.text.Lang;
import dev.qingdan.text.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * A mistake of the user's or of an input file: one clear message, an exit code, no trace. The
 * message is printed in the reader's language ({@link #lines}); {@link #getMessage} is English.
 */
public class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;
  private final transient List<Line> lines;
  private final transient List<Problem> problems;

  /**
   * One line of the message: a place and a code that stay as they are around a sentence that is
   * translated.
   */
  record Line(String before, Msg text, String after) {
    String in(Lang lang) {
      return before + Messages.text(text, lang) + after;
    }
  }

  public UserException(int exitCode, Msg message) {
    this(exitCode, List.of(new Line("", message, "")), null);
  }

  public UserException(int exitCode, Msg message, Throwable cause) {
    this(exitCode, List.of(new Line("", message, "")), cause);
  }

  private UserException(int exitCode, List<Line> lines, Throwable cause) {
    this(exitCode, lines, List.of(), cause);
  }

  private UserException(int exitCode, List<Line> lines, List<Problem> problems, Throwable cause) {
    super(String.join("\n", lines.stream().map(l -> l.in(Lang.en)).toList()), cause);
    this.exitCode = exitCode;
    this.lines = List.copyOf(lines);
    this.problems = List.copyOf(problems);
  }

  /** The problems of the input that was refused, each with its place; empty for another error. */
  public List<Problem> problems() {
    return problems;
  }

  public int exitCode() {
    return exitCode;
  }

  /**
   * The message in {@code lang}: one line, printed after {@code qingdan: error:}, or several,
   * each complete with its place.
   */
  public List<String> lines(Lang lang) {
    return lines.stream().map(l -> l.in(lang)).toList();
  }

  /** An input that could not be used: exit 2, the problem's place and message. */
  public static UserException of(InputException e) {
    Problem p = e.problem();
    return new UserException(ExitCode.TROUBLE, List.of(new Line(p.where() + ": ", p.text(), "")),
        List.of(p), e);
  }

  /** A revision that cannot be compared: its sentence, its unreadable input, or its errors. */
  public static UserException of(Revisions.Failure f) {
    if (f.getCause() instanceof InputException e) {
      return of(e);
    }
    return f.problems() != null ? of(f.problems())
        : new UserException(ExitCode.TROUBLE, f.msg());
  }

  /**
   * The errors of an input file, one per line, each with its place; a single error as one line
   * after the handler's {@code qingdan: error:}.
   */
  public static UserException of(List<Problem> problems) {
    if (problems.isEmpty()) {
      return new UserException(ExitCode.TROUBLE, Msg.of("the input could not be read"));
    }
    List<Line> lines = new ArrayList<>();
    for (Problem p : problems) {
      String severity = problems.size() == 1 ? "" : p.severity().word() + ": ";
      lines.add(new Line(p.where() + ": " + severity, p.text(), " [" + p.code() + "]"));
    }
    return new UserException(ExitCode.TROUBLE, lines, problems, null);
  }
}
