/**
 * The checklist and the progress reports as values: records and enums ({@link
 * dev.qingdan.model.Checklist}, {@link dev.qingdan.model.Row}, {@link dev.qingdan.model.Target},
 * {@link dev.qingdan.model.Schedule}, {@link dev.qingdan.model.ProgressEntry}, ...), with no I/O,
 * no Jackson and no picocli. It imports nothing of the project's; every other package may use it.
 */
package dev.qingdan.model;
