/**
 * Text for people, in either language: a message and its arguments ({@link dev.qingdan.text.Msg},
 * {@link dev.qingdan.text.MsgException}, {@link dev.qingdan.text.Printable}), the language a run
 * speaks ({@link dev.qingdan.text.Lang}), the width a terminal gives a string
 * ({@link dev.qingdan.text.DisplayWidth}) and HTML escaping ({@link dev.qingdan.text.Html}). It
 * imports nothing of the project's: every other package may use it.
 */
package dev.qingdan.text;
