package dev.qingdan.load.office;

import dev.qingdan.load.Place;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Office files written from raw XML, for the tests of what POI's writer would not make: hidden
 * sheets, formulas without a saved value, parts of any size, XML of any shape.
 */
public final class OfficeFiles {
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private OfficeFiles() {}

  /** Core properties that ask for a file of the machine through an external entity. */
  public static final String CORE_WITH_ENTITY = "<?xml version=\"1.0\" encoding=\"UTF-8\" "
      + "standalone=\"yes\"?>\n<!DOCTYPE cp:coreProperties [<!ENTITY xxe SYSTEM "
      + "\"file:///etc/passwd\">]><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/"
      + "package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
      + "<dc:creator>&xxe;</dc:creator></cp:coreProperties>";

  /** A sheet's XML: {@code sheetData} inside, then {@code after} (mergeCells). */
  public static String sheet(String before, String sheetData, String after) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\">" + before
        + "<sheetData>" + sheetData + "</sheetData>" + after + "</worksheet>";
  }

  /** A row of inline-string cells from column A, empty strings left out. */
  public static String row(int number, List<String> cells) {
    StringBuilder b = new StringBuilder("<row r=\"" + number + "\">");
    for (int c = 0; c < cells.size(); c++) {
      if (!cells.get(c).isEmpty()) {
        b.append("<c r=\"").append(Place.columnName(c)).append(number)
            .append("\" t=\"inlineStr\"><is><t>").append(cells.get(c).replace("&", "&amp;")
            .replace("<", "&lt;")).append("</t></is></c>");
      }
    }
    return b.append("</row>").toString();
  }

  /**
   * A workbook of the sheets named by the keys, each with its XML; a name that starts with
   * {@code hidden:} is a hidden sheet.
   */
  public static byte[] xlsx(Map<String, String> sheets) throws IOException {
    StringBuilder types = new StringBuilder(types("/xl/workbook.xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"));
    StringBuilder book = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook "
        + "xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets>");
    StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    Map<String, byte[]> parts = new LinkedHashMap<>();
    int s = 0;
    for (Map.Entry<String, String> e : sheets.entrySet()) {
      s++;
      String name = e.getKey().replaceFirst("^hidden:", "");
      types.append("<Override PartName=\"/xl/worksheets/sheet").append(s).append(".xml\" "
          + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml."
          + "worksheet+xml\"/>");
      book.append("<sheet name=\"").append(name).append("\" sheetId=\"").append(s)
          .append(e.getKey().startsWith("hidden:") ? "\" state=\"hidden" : "")
          .append("\" r:id=\"rId").append(s).append("\"/>");
      rels.append("<Relationship Id=\"rId").append(s).append("\" Type=\"").append(REL)
          .append("/worksheet\" Target=\"worksheets/sheet").append(s).append(".xml\"/>");
      parts.put("xl/worksheets/sheet" + s + ".xml", e.getValue().getBytes(StandardCharsets.UTF_8));
    }
    types.append("</Types>");
    book.append("</sheets></workbook>");
    rels.append("</Relationships>");
    Map<String, byte[]> all = new LinkedHashMap<>();
    all.put("[Content_Types].xml", utf8(types.toString()));
    all.put("_rels/.rels", utf8(packageRels("xl/workbook.xml")));
    all.put("xl/workbook.xml", utf8(book.toString()));
    all.put("xl/_rels/workbook.xml.rels", utf8(rels.toString()));
    all.putAll(parts);
    return zip(all);
  }

  /** A Word document whose body is {@code body} (in the {@code w:} namespace). */
  public static byte[] docx(String body) throws IOException {
    Map<String, byte[]> all = new LinkedHashMap<>();
    all.put("[Content_Types].xml", utf8(types("/word/document.xml", "application/vnd."
        + "openxmlformats-officedocument.wordprocessingml.document.main+xml") + "</Types>"));
    all.put("_rels/.rels", utf8(packageRels("word/document.xml")));
    all.put("word/document.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
        + "xmlns:w=\"" + W + "\"><w:body>" + body + "</w:body></w:document>"));
    return zip(all);
  }

  /** The package {@code zip} with part {@code name} replaced or added. */
  public static byte[] withPart(byte[] zip, String name, byte[] content) throws IOException {
    return withParts(zip, Map.of(name, content));
  }

  /** The package {@code zip} with {@code parts} replaced or added. */
  public static byte[] withParts(byte[] zip, Map<String, byte[]> parts) throws IOException {
    Map<String, byte[]> all = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        all.put(e.getName(), in.readAllBytes());
      }
    }
    all.putAll(parts);
    return zip(all);
  }

  /** {@code count} digits that look random: they pack as real data does, about two to one. */
  public static String digits(int count) {
    StringBuilder b = new StringBuilder(count);
    long seed = 1;
    for (int i = 0; i < count; i++) {
      seed = seed * 6364136223846793005L + 1442695040888963407L;
      b.append((char) ('0' + (seed >>> 33) % 10));
    }
    return b.toString();
  }

  private static String types(String main, String type) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
        + "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
        + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"" + main + "\" ContentType=\"" + type + "\"/>";
  }

  private static String packageRels(String main) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
        + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
        + REL + "/officeDocument\" Target=\"" + main + "\"/></Relationships>";
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] zip(Map<String, byte[]> parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : parts.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
