package dev.qingdan.cli;

import dev.qingdan.load.InputException;
import dev.qingdan.load.Problem;
import java.util.List;

/** A mistake of the user's or of an input file: one clear message, an exit code, no trace. */
public class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  public UserException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public UserException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }

  /** An input that could not be used: exit 2, the problem's place and message. */
  public static UserException of(InputException e) {
    return new UserException(ExitCode.TROUBLE, e.problem().where() + ": " + e.problem().message(),
        e);
  }

  /**
   * The errors of an input file, one per line, each with its place; a single error as one line
   * after the handler's {@code qingdan: error:}.
   */
  public static UserException of(List<Problem> problems) {
    if (problems.size() == 1) {
      Problem p = problems.get(0);
      return new UserException(ExitCode.TROUBLE, p.where() + ": " + p.message() + " [" + p.code()
          + "]");
    }
    if (problems.isEmpty()) {
      return new UserException(ExitCode.TROUBLE, "the input could not be read");
    }
    StringBuilder sb = new StringBuilder();
    for (Problem p : problems) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(p.where()).append(": ").append(p.severity().word()).append(": ")
          .append(p.message()).append(" [").append(p.code()).append(']');
    }
    return new UserException(ExitCode.TROUBLE, sb.toString());
  }
}
