package dev.qingdan.cli;

import picocli.CommandLine.Option;

/**
 * {@code --format}, mixed into a command as {@code @Mixin FormatOption<Format> format}: the
 * command's enum {@code F} names its formats, so help, completion and the error for a wrong value
 * list only those. Every command's formats include {@code text}, the default.
 */
public final class FormatOption<F extends Enum<F>> {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  F format;

  /** The format asked for. */
  F get() {
    return format;
  }
}
