/**
 * The arithmetic of a checklist and its reports, as pure functions of {@code model} values with
 * the as-of date passed in: ratios ({@link dev.qingdan.compute.Ratios}), plans, milestones and
 * traffic lights ({@link dev.qingdan.compute.Deadlines}, {@link dev.qingdan.compute.Thresholds}),
 * exact fractions ({@link dev.qingdan.compute.Exact}), and what changed between two revisions
 * ({@link dev.qingdan.compute.RevisionDiff}). It reads no file and prints nothing. It may import
 * {@code model}, {@code phrase} (a revision's schedule and target text read again) and
 * {@code text}; {@code cli} calls it and {@code render} shows its results.
 */
package dev.qingdan.compute;
