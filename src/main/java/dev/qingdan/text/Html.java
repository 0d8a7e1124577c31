package dev.qingdan.text;

import java.util.Map;
import org.apache.commons.text.translate.AggregateTranslator;
import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.EntityArrays;
import org.apache.commons.text.translate.LookupTranslator;

/** HTML text: every string from the data goes through {@link #esc}. */
public final class Html {
  /**
   * commons-text's basic escapes ({@code & < > "}) and the apostrophe, so that text is safe in an
   * element and in an attribute quoted either way. Not {@code StringEscapeUtils.escapeHtml4}, which
   * leaves the apostrophe as it is and writes “ ” … as named entities.
   */
  private static final CharSequenceTranslator ESCAPE = new AggregateTranslator(
      new LookupTranslator(EntityArrays.BASIC_ESCAPE), new LookupTranslator(Map.of("'", "&#39;")));

  private Html() {}

  /**
   * Escapes text for an element's content or a quoted attribute: a line break is a space, as a
   * browser shows it, and other control characters and the invisible ones are written as {@link
   * Printable} writes them for a terminal, so that the page's source shows no line or escape
   * sequence of the data's making.
   */
  public static String esc(String s) {
    if (s == null) {
      return "";
    }
    return ESCAPE.translate(
        Printable.escape(s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ')));
  }
}
