import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hostile Office files for the import benchmark (bench/office.sh): each is within the 64 MiB size
 * limit and is made to cost a reader that builds the whole document as much time and memory as
 * possible. Written from raw XML with java.util.zip, no library needed:
 *
 * <pre>
 * java bench/OfficeHostile.java OUTDIR
 * </pre>
 *
 * Everything is deterministic: the same run gives the same bytes.
 */
public final class OfficeHostile {
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private OfficeHostile() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "bench/out/office");
    Files.createDirectories(out);
    // 20 sheets, each with one cell at its far corner (5,000 rows of 1,000 columns) and one
    // merged region over the whole sheet: 100 million merged cells in 9 KB
    List<String> merged = new ArrayList<>();
    for (int s = 0; s < 20; s++) {
      merged.add(sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>序号</t></is></c></row>"
          + "<row r=\"5000\"><c r=\"ALL5000\"><v>1</v></c></row>",
          "<mergeCells count=\"1\"><mergeCell ref=\"A1:XFD1048576\"/></mergeCells>"));
    }
    xlsx(out.resolve("merged-sheets.xlsx"), merged, null);
    // a grid of 5,000 rows of 1,000 numbers: 80 MB of XML packed in a few megabytes
    xlsx(out.resolve("grid.xlsx"), List.of(sheet(rows(5000, 1000, "<c><v>#</v></c>"), "")), null);
    // nearly as many cells in five sheets of 850,000, each part under 16 MiB
    String grid = sheet(rows(1000, 850, "<c><v>#</v></c>"), "");
    xlsx(out.resolve("grid-sheets.xlsx"), List.of(grid, grid, grid, grid, grid), null);
    // every row Excel has, one number in each
    xlsx(out.resolve("rows.xlsx"), List.of(sheet(rows(1_048_576, 1, "<c><v>#</v></c>"), "")),
        null);
    // two sheets of 600,000 rows, each part under 16 MiB
    String rows = sheet(rows(600_000, 1, "<c><v>#</v></c>"), "");
    xlsx(out.resolve("rows-sheets.xlsx"), List.of(rows, rows), null);
    // 5,000 sheets of one cell
    List<String> many = new ArrayList<>();
    for (int s = 0; s < 5000; s++) {
      many.add(sheet("<row r=\"1\"><c r=\"A1\"><v>" + s + "</v></c></row>", ""));
    }
    xlsx(out.resolve("many-sheets.xlsx"), many, null);
    // 600,000 different shared strings, each used once in a sheet of 60,000 rows of 10 cells
    StringBuilder sst = new StringBuilder();
    StringBuilder cells = new StringBuilder();
    for (int r = 0; r < 60_000; r++) {
      cells.append("<row>");
      for (int c = 0; c < 10; c++) {
        int i = r * 10 + c;
        sst.append("<si><t>s").append(i).append("</t></si>");
        cells.append("<c t=\"s\"><v>").append(i).append("</v></c>");
      }
      cells.append("</row>");
    }
    xlsx(out.resolve("shared-strings.xlsx"), List.of(sheet(cells.toString(), "")), sst.toString());
    // one shared string of 16 million characters, used in 1,000 cells
    xlsx(out.resolve("huge-string.xlsx"), List.of(sheet(rows(100, 10, "<c t=\"s\"><v>0</v></c>"),
        "")), "<si><t>" + chinese(5_000_000) + "</t></si>");
    // a sheet whose one cell is nested 100,000 elements deep
    xlsx(out.resolve("deep.xlsx"), List.of(sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>"
        + nested(100_000, "x") + "<t>序号</t></is></c></row>", "")),
        null);
    // a Word document of 200,000 paragraphs
    docx(out.resolve("paragraphs.docx"),
        paragraphs(200_000, "<w:p><w:r><w:t>#</w:t></w:r></w:p>"));
    // a Word table of 200,000 rows of one cell
    docx(out.resolve("table-cells.docx"), "<w:tbl>"
        + paragraphs(200_000, "<w:tr><w:tc><w:p><w:r><w:t>#</w:t></w:r></w:p></w:tc></w:tr>")
        + "</w:tbl>");
    // one Word paragraph of 600,000 runs: 15 MB of XML, under every limit
    docx(out.resolve("runs.docx"), "<w:p>" + paragraphs(600_000, "<w:r><w:t>#</w:t></w:r>")
        + "</w:p>");
    // the same just under the limit of 100,000 XML elements: the slowest document read whole
    docx(out.resolve("runs-under-limit.docx"), "<w:p>"
        + paragraphs(24_900, "<w:r><w:rPr><w:b/></w:rPr><w:t>#</w:t></w:r>") + "</w:p>");
    // a sheet just under the limit of 100,000 cells: the slowest workbook read whole
    xlsx(out.resolve("rows-under-limit.xlsx"), List.of(sheet(rows(99_000, 1, "<c><v>#</v></c>"),
        "")), null);
    // a Word paragraph nested 100,000 elements deep
    docx(out.resolve("deep.docx"), "<w:p>" + nested(100_000, "w:x")
        + "<w:r><w:t>清单</w:t></w:r></w:p>");
  }

  /**
   * {@code rows} rows of {@code columns} cells, each {@code cell} with its {@code #} replaced by a
   * number that looks random, so that the part packs as real data does (POI refuses a part that
   * packs a hundred times smaller than it unpacks as a ZIP bomb).
   */
  private static String rows(int rows, int columns, String cell) {
    StringBuilder b = new StringBuilder(rows * (columns * (cell.length() + 4) + 11));
    long seed = 1;
    for (int r = 0; r < rows; r++) {
      b.append("<row>");
      for (int c = 0; c < columns; c++) {
        seed = (seed * 6364136223846793005L + 1442695040888963407L);
        b.append(cell.replace("#", Long.toString((seed >>> 33) % 1000)));
      }
      b.append("</row>");
    }
    return b.toString();
  }

  /** {@code count} characters of the CJK block that look random. */
  private static String chinese(int count) {
    StringBuilder b = new StringBuilder(count);
    long seed = 7;
    for (int i = 0; i < count; i++) {
      seed = (seed * 6364136223846793005L + 1442695040888963407L);
      b.append((char) (0x4E00 + (seed >>> 33) % 0x5000));
    }
    return b.toString();
  }

  /** {@code depth} empty elements nested in one another, named {@code prefix} and a number. */
  private static String nested(int depth, String prefix) {
    String tags = rows(depth, 1, "<" + prefix + "#>").replace("<row>", "").replace("</row>", "");
    StringBuilder b = new StringBuilder(tags);
    String[] open = tags.split(">");
    for (int i = open.length - 1; i >= 0; i--) {
      b.append("</").append(open[i].substring(1)).append('>');
    }
    return b.toString();
  }

  private static String paragraphs(int count, String paragraph) {
    return rows(count, 1, paragraph).replace("<row>", "").replace("</row>", "");
  }

  private static String sheet(String sheetData, String after) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\">"
        + "<sheetData>" + sheetData + "</sheetData>" + after + "</worksheet>";
  }

  private static void xlsx(Path file, List<String> sheets, String sharedStrings)
      throws IOException {
    StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
        + "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
        + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
        + "officedocument.spreadsheetml.sheet.main+xml\"/>");
    StringBuilder book = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook "
        + "xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets>");
    StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    for (int s = 1; s <= sheets.size(); s++) {
      types.append("<Override PartName=\"/xl/worksheets/sheet").append(s).append(".xml\" "
          + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml."
          + "worksheet+xml\"/>");
      book.append("<sheet name=\"Sheet").append(s).append("\" sheetId=\"").append(s)
          .append("\" r:id=\"rId").append(s).append("\"/>");
      rels.append("<Relationship Id=\"rId").append(s).append("\" Type=\"").append(REL)
          .append("/worksheet\" Target=\"worksheets/sheet").append(s).append(".xml\"/>");
    }
    if (sharedStrings != null) {
      types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
      rels.append("<Relationship Id=\"rIdS\" Type=\"").append(REL)
          .append("/sharedStrings\" Target=\"sharedStrings.xml\"/>");
    }
    types.append("</Types>");
    book.append("</sheets></workbook>");
    rels.append("</Relationships>");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
      entry(z, "[Content_Types].xml", types.toString());
      entry(z, "_rels/.rels", packageRels("xl/workbook.xml"));
      entry(z, "xl/workbook.xml", book.toString());
      entry(z, "xl/_rels/workbook.xml.rels", rels.toString());
      if (sharedStrings != null) {
        entry(z, "xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\""
            + MAIN + "\">" + sharedStrings + "</sst>");
      }
      for (int s = 1; s <= sheets.size(); s++) {
        entry(z, "xl/worksheets/sheet" + s + ".xml", sheets.get(s - 1));
      }
    }
  }

  private static void docx(Path file, String body) throws IOException {
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
      entry(z, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
          + "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
          + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd."
          + "openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
      entry(z, "_rels/.rels", packageRels("word/document.xml"));
      entry(z, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
          + "xmlns:w=\"" + W + "\"><w:body>" + body + "</w:body></w:document>");
    }
  }

  private static String packageRels(String main) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
        + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
        + REL + "/officeDocument\" Target=\"" + main + "\"/></Relationships>";
  }

  private static void entry(ZipOutputStream z, String name, String text) throws IOException {
    z.putNextEntry(new ZipEntry(name));
    OutputStream o = z;
    o.write(text.getBytes(StandardCharsets.UTF_8));
    z.closeEntry();
  }
}
