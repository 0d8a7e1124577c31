/**
 * The readers of the phrases that a checklist's cells are written in: schedules
 * ({@link dev.qingdan.phrase.ScheduleParser}, which reads the time expressions of a cell with
 * {@link dev.qingdan.phrase.TimeReader} and builds its plan with
 * {@link dev.qingdan.phrase.PlanBuilder} and {@link dev.qingdan.phrase.CountPlan}), targets in a
 * cell or a sentence ({@link dev.qingdan.phrase.TargetParser},
 * {@link dev.qingdan.phrase.SentenceTargets}, with {@link dev.qingdan.phrase.Decoys} for the
 * figures that are not targets), indicator definitions
 * ({@link dev.qingdan.phrase.DefinitionParser}), and the one folding of their text
 * ({@link dev.qingdan.phrase.Fold}). They take text and give model values and notes for a person
 * ({@code Msg}); they read no file and print nothing. They may import {@code model} and
 * {@code text}; {@code load}, {@code compute} and {@code list --grep} call them, never the other
 * way round.
 */
package dev.qingdan.phrase;
