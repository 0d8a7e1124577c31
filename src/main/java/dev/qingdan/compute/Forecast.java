package dev.qingdan.compute;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Where a count target is heading at the current pace.
 *
 * @param rate the least-squares run rate, per month, fitted to the cumulative count at the end of
 *     each month from the plan's start (0 before it) to {@code through}
 * @param through the last month of the fit: the later of the latest month reported and the last
 *     month ended by the as-of date
 * @param projected the cumulative count expected at the due date: the count so far plus the rate
 *     for each month left; the count of the due month itself once that month is reported
 * @param dueDate the final due date
 * @param atRisk whether the projection falls short of the target
 * @param reachMonth the month the target is (or was) reached at this pace, or null if never
 */
public record Forecast(
    double rate,
    YearMonth through,
    double projected,
    LocalDate dueDate,
    boolean atRisk,
    YearMonth reachMonth) {}
