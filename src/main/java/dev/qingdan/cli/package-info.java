/**
 * The commands, picocli only: one {@code XxxCommand} per command, which parses its options, calls
 * {@code load} and {@code compute}, hands the result to a {@code render} class and returns an exit
 * code ({@link dev.qingdan.cli.ExitCode}); the options several commands share as mixins
 * ({@link dev.qingdan.cli.CommonOptions}, {@link dev.qingdan.cli.DataOption},
 * {@link dev.qingdan.cli.AsOfOption}, {@link dev.qingdan.cli.FormatOption},
 * {@link dev.qingdan.cli.LightOptions}, {@link dev.qingdan.cli.OutputOptions}) and their
 * converters ({@link dev.qingdan.cli.Dates}); usage errors and the one handler of a user's
 * mistakes ({@link dev.qingdan.cli.Usage}, {@link dev.qingdan.cli.UserException}). It may import
 * every other package of the project but the root; none imports it.
 */
package dev.qingdan.cli;
