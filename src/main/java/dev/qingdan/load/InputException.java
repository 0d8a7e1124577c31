package dev.qingdan.load;

/**
 * An input that could not be used at all.
 *
 * <p>{@code unreadable} separates a file that is missing or cannot be opened (exit 2 everywhere)
 * from one whose content is wrong (for {@code validate}, a finding like any other: exit 1).
 */
public class InputException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient Problem problem;
  private final boolean unreadable;

  public InputException(Problem problem, boolean unreadable) {
    super(problem.where() + ": " + problem.message());
    this.problem = problem;
    this.unreadable = unreadable;
  }

  public Problem problem() {
    return problem;
  }

  public boolean unreadable() {
    return unreadable;
  }
}
