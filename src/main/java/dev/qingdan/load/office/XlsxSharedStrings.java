package dev.qingdan.load.office;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;

/**
 * sharedStrings.xml: each string's text, its phonetic runs (furigana) left out, as Excel shows
 * it. POI's {@code ReadOnlySharedStringsTable} reads the same, but makes a rich text object for
 * every cell that uses a string; here the text is decoded only where it has an escape.
 */
final class XlsxSharedStrings extends XlsxText {
  private final List<String> strings = new ArrayList<>();

  @Override
  public void startElement(String uri, String local, String q, Attributes a) {
    if (local.equals("si")) {
      text.setLength(0);
    }
    startText(local, true);
  }

  @Override
  public void endElement(String uri, String local, String q) {
    endText(local);
    if (local.equals("si")) {
      strings.add(text.toString());
    }
  }

  /** String {@code index}, its {@code _x000D_} escapes decoded. */
  String get(int index) {
    String s = strings.get(index);
    return s.contains("_x") ? new XSSFRichTextString(s).getString() : s;
  }
}
