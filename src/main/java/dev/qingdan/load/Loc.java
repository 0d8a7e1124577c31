package dev.qingdan.load;

/**
 * A place in a text file.
 *
 * @param line 1-based, 0 for the whole file
 * @param column 1-based, 0 when unknown
 */
public record Loc(int line, int column) {
  public static final Loc FILE = new Loc(0, 0);
}
