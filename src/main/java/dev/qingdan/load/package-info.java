/**
 * Reading files into {@code model} values, and every problem with them: the checklist YAML
 * ({@link dev.qingdan.load.ChecklistReader}, {@link dev.qingdan.load.ChecklistValidator}), progress
 * reports in YAML and CSV ({@link dev.qingdan.load.ProgressReader}), Word and Excel tables to import
 * ({@link dev.qingdan.load.TableImporter}, {@link dev.qingdan.load.OfficeReader}), revisions from git
 * ({@link dev.qingdan.load.Git}, {@link dev.qingdan.load.Revisions}), and the months, days and
 * counts both files write ({@link dev.qingdan.load.Values}). A problem is a
 * {@link dev.qingdan.load.Problem} with its file, line and column, collected rather than thrown.
 * It may import {@code model}, {@code phrase} and {@code text}; {@code cli} calls it, and
 * {@code render} uses only its problems and their places.
 */
package dev.qingdan.load;
