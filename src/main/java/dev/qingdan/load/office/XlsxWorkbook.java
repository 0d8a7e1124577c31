package dev.qingdan.load.office;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/** workbook.xml: the sheets in order, and the date system. */
final class XlsxWorkbook extends DefaultHandler {
  /** A sheet as the workbook lists it. */
  record SheetRef(String name, String relation, boolean hidden) {}

  final List<SheetRef> sheets = new ArrayList<>();
  boolean date1904;

  @Override
  public void startElement(String uri, String local, String q, Attributes a) {
    if (local.equals("workbookPr")) {
      date1904 = XlsxReader.isTrue(a.getValue("date1904"));
    } else if (local.equals("sheet")) {
      String state = a.getValue("state");
      sheets.add(new SheetRef(String.valueOf(a.getValue("name")), a.getValue(
          "http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id"),
          "hidden".equals(state) || "veryHidden".equals(state)));
    }
  }
}
