/**
 * import: a checklist table pasted from a page, Word or Excel made into a checklist
 * ({@link dev.qingdan.load.table.TableImporter}), its columns told by role
 * ({@link dev.qingdan.load.table.ColumnRoles}), its items numbered, merged cells filled, units
 * split and every figure made a measure, each repair said in a warning. It may import
 * {@code load}, {@code load.office}, {@code model}, {@code phrase} and {@code text}.
 */
package dev.qingdan.load.table;
