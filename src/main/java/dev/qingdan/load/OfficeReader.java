package dev.qingdan.load;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Opens an Office Open XML file (a ZIP package) and reads it as a Word document or a workbook, by
 * the type of its main part rather than by its name.
 *
 * <p>Only the import path reaches this class, so Apache POI is loaded only when a .docx or .xlsx is
 * imported.
 */
final class OfficeReader {
  private OfficeReader() {}

  static SourceDocument read(String name, byte[] bytes) throws InputException {
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
    } catch (Exception | LinkageError e) {
      throw fail(name, Msg.of("a ZIP file that is not a readable Word .docx or Excel .xlsx "
          + "document (%s)", reason(e)));
    }
    try {
      String type = mainType(pkg);
      if (type.contains("wordprocessingml") || type.startsWith("application/vnd.ms-word")) {
        try (XWPFDocument doc = new XWPFDocument(pkg)) {
          return DocxReader.read(name, doc);
        } catch (Exception | LinkageError e) {
          throw fail(name, Msg.of("cannot read the Word document: %s", reason(e)));
        }
      }
      if (type.contains("spreadsheetml") || type.startsWith("application/vnd.ms-excel")) {
        try (XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
          return XlsxReader.read(name, wb);
        } catch (Exception | LinkageError e) {
          throw fail(name, Msg.of("cannot read the workbook: %s", reason(e)));
        }
      }
      throw fail(name, Msg.of("an Office file, but neither a Word .docx nor an Excel .xlsx "
          + "document%s", type.isEmpty() ? Msg.verbatim("")
          : Msg.of(" (its content is %s)", type)));
    } finally {
      pkg.revert(); // opened from memory: nothing to save, nothing to close
    }
  }

  private static String mainType(OPCPackage pkg) {
    List<PackagePart> main = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
    return main.isEmpty() ? "" : main.get(0).getContentType();
  }

  /**
   * Why POI could not read the file, in one line. A {@link LinkageError} is POI reaching for a
   * library qingdan does not ship: a ZIP entry packed with Zstandard, XZ or another method that
   * Office never uses.
   */
  private static Msg reason(Throwable e) {
    if (e instanceof LinkageError) {
      return Msg.of("a part is packed with a compression method that Word and Excel do not use");
    }
    if (e instanceof XlsxReader.TooLarge t) {
      return t.msg();
    }
    String m = e.getMessage();
    if (m != null && (m.contains("Zip bomb") || m.contains("Tried to allocate an array"))) {
      return Msg.of("a part of it unpacks to far more than it holds, as a ZIP bomb does");
    }
    if (m == null || m.isBlank()) {
      return Msg.verbatim(e.getClass().getSimpleName());
    }
    return Msg.verbatim(m.lines().findFirst().orElse(m).strip());
  }

  private static InputException fail(String name, Msg text) {
    return new InputException(Problem.error("format", text, name, Loc.FILE, ""), false);
  }
}
