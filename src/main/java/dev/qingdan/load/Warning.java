package dev.qingdan.load;

import dev.qingdan.text.Msg;
import dev.qingdan.text.Printable;

/**
 * Something the import repaired or could not read.
 *
 * @param code a stable short code such as {@code shifted-row}
 * @param text one sentence for a person, printed in the reader's language
 * @param where the place: {@code file:line}, {@code file:table 2, row 5}, {@code file:Sheet1!H12},
 *     or the file alone when the warning concerns the whole document
 * @param order the place's position in the document, for sorting
 */
public record Warning(String code, Msg text, String where, int order) {
  public Warning {
    where = Printable.escape(where);
  }

  /** The sentence in English, safe to print on one line (see {@link Printable}). */
  public String message() {
    return Printable.escape(text.en());
  }
}
