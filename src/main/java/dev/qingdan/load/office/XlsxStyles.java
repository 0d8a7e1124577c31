package dev.qingdan.load.office;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/** styles.xml: the number format of each cell style. */
final class XlsxStyles extends DefaultHandler {
  final Map<Integer, String> formats = new HashMap<>();
  final List<Integer> styles = new ArrayList<>();
  private boolean inCellXfs;
  private boolean inNumFmts; // a differential format (dxf) has number formats too, not these

  @Override
  public void startElement(String uri, String local, String q, Attributes a) {
    switch (local) {
      case "numFmt" -> {
        if (inNumFmts) {
          formats.put(number(a.getValue("numFmtId")), a.getValue("formatCode"));
        }
      }
      case "numFmts" -> inNumFmts = true;
      case "cellXfs" -> inCellXfs = true;
      case "xf" -> {
        if (inCellXfs) {
          styles.add(number(a.getValue("numFmtId")));
        }
      }
      default -> { }
    }
  }

  @Override
  public void endElement(String uri, String local, String q) {
    if (local.equals("cellXfs")) {
      inCellXfs = false;
    } else if (local.equals("numFmts")) {
      inNumFmts = false;
    }
  }

  int formatIndex(int style) {
    return style >= 0 && style < styles.size() ? styles.get(style) : 0;
  }

  String formatString(int index) {
    String f = formats.get(index);
    return f != null ? f : BuiltinFormats.getBuiltinFormat(index);
  }

  static int number(String s) {
    try {
      return s == null ? 0 : Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
