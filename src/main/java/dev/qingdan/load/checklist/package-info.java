/**
 * The checklist (policies.yaml): reading it with every place remembered
 * ({@link dev.qingdan.load.checklist.ChecklistReader}), validate's checks
 * ({@link dev.qingdan.load.checklist.ChecklistValidator}), ids typed on the command line
 * ({@link dev.qingdan.load.checklist.Ids}) and diff's acknowledgements
 * ({@link dev.qingdan.load.checklist.AckReader}). It may import {@code load}, {@code model},
 * {@code phrase} and {@code text}.
 */
package dev.qingdan.load.checklist;
