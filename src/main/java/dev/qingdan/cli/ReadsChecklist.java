package dev.qingdan.cli;

/**
 * A command that reads ./policies.yaml when no other checklist is named. The build lists the
 * subcommands that implement it ({@code Models.READERS}), and the read-ahead starts for them only;
 * the interface must be named in the command's own {@code implements} clause.
 */
public interface ReadsChecklist {}
