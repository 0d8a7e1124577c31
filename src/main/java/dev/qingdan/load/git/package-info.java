/**
 * Revisions of the checklist from git, run hardened against a hostile repository
 * ({@link dev.qingdan.load.git.Git}), and {@code diff}'s and {@code log}'s arguments turned into
 * checklists ({@link dev.qingdan.load.git.Revisions}). It may import {@code load},
 * {@code load.checklist}, {@code model} and {@code text}.
 */
package dev.qingdan.load.git;
