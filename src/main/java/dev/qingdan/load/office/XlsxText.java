package dev.qingdan.load.office;

import org.xml.sax.helpers.DefaultHandler;

/**
 * A handler that collects the text of rich text (its {@code t} elements outside phonetic runs,
 * the furigana Excel does not show in the cell) and of any element it asks for.
 */
abstract class XlsxText extends DefaultHandler {
  final StringBuilder text = new StringBuilder();
  private boolean inText;
  private boolean inPhonetic;

  /** Follows the rich text's elements; {@code here} says whether a {@code t} here is text. */
  void startText(String local, boolean here) {
    switch (local) {
      case "rPh" -> inPhonetic = true;
      case "t" -> inText = here && !inPhonetic;
      default -> { }
    }
  }

  /** Collects the text of the element just started, up to its end. */
  void collect() {
    inText = true;
  }

  void endText(String local) {
    if (local.equals("rPh")) {
      inPhonetic = false;
    }
    inText = false;
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (inText) {
      text.append(ch, start, length);
    }
  }
}
