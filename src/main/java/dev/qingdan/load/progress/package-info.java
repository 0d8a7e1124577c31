/**
 * The monthly progress reports: one reader ({@link dev.qingdan.load.progress.ProgressReader}) for
 * every format ({@link dev.qingdan.load.progress.ProgressFormat}), the fields listed once
 * ({@link dev.qingdan.load.progress.ProgressField}) and one set of checks
 * ({@link dev.qingdan.load.progress.ProgressChecks}) against the checklist. It may import
 * {@code load}, {@code load.checklist} (ids), {@code load.office} (workbooks), {@code model} and
 * {@code text}.
 */
package dev.qingdan.load.progress;
