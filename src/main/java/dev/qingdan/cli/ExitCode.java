package dev.qingdan.cli;

/** The contract's exit codes, named once. */
public final class ExitCode {
  /** Success. */
  public static final int OK = 0;
  /** The check found something: validation errors, a {@code --fail-on} hit, differences. */
  public static final int FOUND = 1;
  /** Trouble: bad usage, an unreadable or malformed input file. */
  public static final int TROUBLE = 2;

  private ExitCode() {}
}
