package dev.qingdan.compute;

import java.time.YearMonth;
import java.util.Objects;

/**
 * Which months a ratio covers: every month up to and including {@code month} ({@code --through}),
 * or that month alone ({@code --period}).
 *
 * @param month the last month, or the only one
 * @param cumulative true for {@code --through}, false for {@code --period}
 */
public record Scope(YearMonth month, boolean cumulative) {
  public Scope {
    Objects.requireNonNull(month);
  }

  public static Scope through(YearMonth month) {
    return new Scope(month, true);
  }

  public static Scope period(YearMonth month) {
    return new Scope(month, false);
  }

  /** Whether the figures of month {@code m} count. */
  public boolean covers(YearMonth m) {
    return cumulative ? !m.isAfter(month) : m.equals(month);
  }

  /** The JSON key of the month: {@code through} or {@code period}. */
  public String key() {
    return cumulative ? "through" : "period";
  }
}
