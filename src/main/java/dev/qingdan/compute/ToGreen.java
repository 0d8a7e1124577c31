package dev.qingdan.compute;

import java.time.LocalDate;

/**
 * What turns a red or yellow row green: reach a cumulative figure by a date.
 *
 * @param reach the cumulative figure (count, or deliverables done) to reach
 * @param more how much that is beyond the actual figure
 * @param by the date by which to reach it: the as-of date where the row is already late, else the
 *     due date of the milestone that falls due soon
 */
public record ToGreen(long reach, long more, LocalDate by) {}
