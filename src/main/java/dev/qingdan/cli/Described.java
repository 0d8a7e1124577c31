package dev.qingdan.cli;

import java.util.List;

/**
 * What the house needs to know of a command besides its options: the root's {@code subcommands}
 * are the one list of commands, and the start-up archive's training and the schemas of the JSON
 * outputs ask each command through this interface instead of keeping lists of their own.
 */
public interface Described {
  /**
   * Argument lists that run this command the ways users do, recorded in the start-up archive
   * ({@code dev.qingdan.Training}); {@code {home}} stands for the repository's root. A command
   * without any still runs, only its classes are read from the jars.
   */
  default List<List<String>> training() {
    return List.of();
  }

  /**
   * Argument lists that read or write an Office file (.xlsx, .docx), recorded only in the archive
   * that the launcher gives {@code import}, {@code template} and a run that names such a file: the
   * classes of POI and its XML stack would make every other run's archive a third larger.
   * {@code {out}} stands for a folder that the training makes and removes.
   */
  default List<List<String>> officeTraining() {
    return List.of();
  }

  /** The names of this command's JSON outputs that have a schema ({@code schema output NAME}). */
  default List<String> outputs() {
    return List.of();
  }
}
