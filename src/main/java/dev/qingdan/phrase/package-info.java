/**
 * The readers of the phrases that a checklist's cells are written in: targets stated in a sentence
 * ({@link dev.qingdan.phrase.SentenceTargets}). They take text and give model values and notes for
 * a person ({@code Msg}); they read no file and print nothing. They may import {@code model} and
 * the messages; {@code load} calls them, never the other way round.
 */
package dev.qingdan.phrase;
