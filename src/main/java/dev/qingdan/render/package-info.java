/**
 * Writing results for people and programs: text tables fitted to a terminal's width, JSON,
 * Markdown, HTML, CSV, iCalendar, GitHub annotations and JUnit XML, each a renderer that takes a
 * result and a {@code PrintWriter}; colour only through {@link dev.qingdan.render.Palette}. It
 * decides no status and reads no file. It may import {@code compute} (the results), {@code model},
 * {@code text} and {@code load}'s problems ({@code Problem}, {@code Severity}, {@code Loc}); only
 * {@code cli} imports it.
 */
package dev.qingdan.render;
