package dev.qingdan.load;

import dev.qingdan.text.Msg;
import dev.qingdan.text.Printable;
import java.util.Comparator;

/**
 * One thing wrong with an input file, pointing at the place.
 *
 * @param severity error, warning or info
 * @param code a stable short code such as {@code unknown-unit}
 * @param text one sentence for a person, printed in the reader's language
 * @param file the file as the user named it
 * @param line 1-based line, 0 when the problem concerns the whole file
 * @param column 1-based column, 0 when unknown
 * @param path the field path such as {@code rows[3].lead[0]}, empty for the whole file; a path
 *     through a key that the file wrote is cut to an excerpt as a quoted key is
 */
public record Problem(
    Severity severity, String code, Msg text, String file, int line, int column, String path)
    implements Comparable<Problem> {
  public Problem {
    file = Printable.escape(file);
    path = Printable.excerpt(path);
  }

  private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
      .thenComparingInt(Problem::line)
      .thenComparingInt(Problem::column)
      .thenComparing(Problem::severity)
      .thenComparing(Problem::code)
      .thenComparing(Problem::message);

  public static Problem error(String code, Msg text, String file, Loc at, String path) {
    return new Problem(Severity.ERROR, code, text, file, at.line(), at.column(), path);
  }

  public static Problem warning(String code, Msg text, String file, Loc at, String path) {
    return new Problem(Severity.WARNING, code, text, file, at.line(), at.column(), path);
  }

  /** The sentence in English, safe to print on one line (see {@link Printable}). */
  public String message() {
    return Printable.escape(text.en());
  }

  /** {@code file:line:col}, leaving out what is unknown. */
  public String where() {
    if (line <= 0) {
      return file;
    }
    return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }

  @Override
  public int compareTo(Problem o) {
    return ORDER.compare(this, o);
  }
}
