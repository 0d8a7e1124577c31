package dev.qingdan.load.office;

import dev.qingdan.load.InputException;
import dev.qingdan.load.Loc;
import dev.qingdan.load.Problem;
import dev.qingdan.text.Msg;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Opens an Office Open XML file (a ZIP package) and reads it as a Word document or a workbook, by
 * the type of its main part rather than by its name.
 *
 * <p>Before Apache POI opens the package, its parts are unpacked once and counted, so that a file
 * is refused by its parts' sizes before any of them is kept in memory. Only the import path and
 * the reading of .xlsx progress forms reach this class, so POI is loaded only when an Office file
 * is read.
 */
public final class OfficeReader {
  /** The most one part may unpack to; the real plan's largest part is 57 KB. */
  static final long MAX_PART = 16L << 20;
  /** The most all parts together may unpack to. */
  static final long MAX_UNPACKED = 64L << 20;
  /** The most parts a package may have; the real plan has 10. */
  static final int MAX_PARTS = 1000;

  static {
    // the same limits inside POI, should its reading of the package differ from the count here
    ZipSecureFile.setMaxEntrySize(MAX_PART);
    ZipSecureFile.setMaxFileCount(MAX_PARTS);
    ZipSecureFile.setMinInflateRatio(0.01);
  }

  private OfficeReader() {}

  /** A file refused by a limit or a rule of the reader, with its one message. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    Refused(Problem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }

    Problem problem() {
      return problem;
    }
  }

  public static SourceDocument read(String name, byte[] bytes) throws InputException {
    return read(name, bytes, false);
  }

  /** Reads a workbook only: a Word document is refused, as a progress form must be a sheet. */
  public static SourceDocument readWorkbook(String name, byte[] bytes) throws InputException {
    return read(name, bytes, true);
  }

  private static SourceDocument read(String name, byte[] bytes, boolean workbook)
      throws InputException {
    try {
      checkParts(name, bytes);
    } catch (Refused r) {
      throw new InputException(r.problem(), false);
    }
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
    } catch (Exception | LinkageError e) {
      throw fail(name, Msg.of("a ZIP file that is not a readable Word .docx or Excel .xlsx "
          + "document (%s)", reason(e)));
    }
    try {
      String type = mainType(pkg);
      boolean word = type.contains("wordprocessingml")
          || type.startsWith("application/vnd.ms-word");
      if (word && workbook) {
        throw fail(name, Msg.of("a Word document, not an Excel .xlsx workbook"));
      }
      if (word) {
        try {
          DocxReader.check(name, main(pkg));
          try (XWPFDocument doc = new XWPFDocument(pkg)) {
            return DocxReader.read(name, doc);
          }
        } catch (Exception | LinkageError | StackOverflowError e) {
          throw refusedOr(e, name, true);
        }
      }
      if (type.contains("spreadsheetml") || type.startsWith("application/vnd.ms-excel")) {
        try {
          return XlsxReader.read(name, pkg);
        } catch (Exception | LinkageError | StackOverflowError e) {
          throw refusedOr(e, name, false);
        }
      }
      throw fail(name, Msg.of("an Office file, but neither a Word .docx nor an Excel .xlsx "
          + "document%s", type.isEmpty() ? Msg.verbatim("")
          : Msg.of(" (its content is %s)", type)));
    } finally {
      pkg.revert(); // opened from memory: nothing to save, nothing to close
    }
  }

  /**
   * Unpacks every part once, keeping nothing, and refuses the package if a part or all of them
   * unpack to more than the limits, if it has too many parts, or if a part declares a DOCTYPE
   * (Word and Excel never write one; it is how an XML external entity is smuggled in). A package
   * this reading cannot follow is left to POI, which says why.
   */
  private static void checkParts(String name, byte[] bytes) {
    long total = 0;
    int parts = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes))) {
      ZipArchiveEntry e;
      while ((e = zip.getNextEntry()) != null) {
        if (++parts > MAX_PARTS) {
          throw refused(name, "too-large", Msg.of("the package has more than %d parts, more "
              + "than a Word document or a workbook of a checklist has", MAX_PARTS));
        }
        if (!zip.canReadEntryData(e)) {
          return;
        }
        long size = 0;
        boolean doctype = false;
        String tail = ""; // the end of the previous read, where a DOCTYPE may begin
        for (int n; (n = zip.read(buffer)) >= 0; ) {
          String text = tail + new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
          doctype |= text.contains("<!DOCTYPE");
          tail = text.substring(Math.max(0, text.length() - 8));
          size += n;
          total += n;
          if (size > MAX_PART) {
            throw refused(name, "too-large", Msg.of("its part %s unpacks to more than %s, the "
                + "limit for one part of a .docx or .xlsx", e.getName(), mib(MAX_PART)));
          }
          if (total > MAX_UNPACKED) {
            throw refused(name, "too-large", Msg.of("its parts unpack to more than %s, the "
                + "limit for a .docx or .xlsx", mib(MAX_UNPACKED)));
          }
        }
        if (doctype) {
          throw refused(name, "format", Msg.of("its part %s declares a DOCTYPE, which Word and "
              + "Excel never write; it is not read", e.getName()));
        }
      }
    } catch (IOException | RuntimeException | LinkageError e) {
      if (e instanceof Refused r) {
        throw r;
      }
      // not a ZIP this reading can follow (or a part packed by a method Office never uses, whose
      // library qingdan does not ship): POI tells why below
    }
  }

  /** Streams a part's XML through {@code handler}, with POI's secure parser settings. */
  static void parse(InputStream in, ContentHandler handler) throws IOException, SAXException {
    try {
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(handler);
      xml.parse(new InputSource(in));
    } catch (ParserConfigurationException e) {
      throw new SAXException(e);
    }
  }

  private static String mib(long bytes) {
    return (bytes >> 20) + " MiB";
  }

  private static Refused refused(String name, String code, Msg text) {
    return new Refused(Problem.error(code, text, name, Loc.FILE, ""));
  }

  /** The reader's own refusal where {@code e} is or wraps one, else why POI failed. */
  private static InputException refusedOr(Throwable e, String name, boolean word) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof Refused r) {
        return new InputException(r.problem(), false);
      }
    }
    return word ? fail(name, Msg.of("cannot read the Word document: %s", reason(e)))
        : fail(name, Msg.of("cannot read the workbook: %s", reason(e)));
  }

  private static PackagePart main(OPCPackage pkg) {
    return pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT).get(0);
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
    if (e instanceof StackOverflowError) {
      return Msg.of("its XML is nested too deeply");
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
