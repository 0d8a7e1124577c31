package dev.qingdan.load.progress;

/** Told how far a long read has come, so that a terminal can show it. */
public interface ReadMeter {
  /** Shows nothing. */
  ReadMeter NONE = (bytes, total, reports) -> { };

  /**
   * So far: {@code bytes} of the {@code total} of the file being read, {@code reports} taken from
   * every file.
   */
  void read(long bytes, long total, long reports);

  /** The read is over. */
  default void done() { }
}
