package dev.qingdan.render;

import dev.qingdan.load.Problem;
import dev.qingdan.load.Severity;
import dev.qingdan.text.Lang;
import dev.qingdan.text.Messages;
import dev.qingdan.text.Printable;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML for CI dashboards: a test suite per file, a failing test case per error (and per
 * warning with {@code --strict}), one passing case for a clean file.
 */
public final class ValidationJunit implements ValidationRenderer {
  private final Lang lang;

  public ValidationJunit(Lang lang) {
    this.lang = lang;
  }

  @Override
  public void render(PrintWriter out, ValidationReport report) {
    StringWriter buf = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(buf);
      x.writeStartDocument("UTF-8", "1.0");
      nl(x, 0);
      long failures = report.problems().stream().filter(p -> report.fails(p.severity())).count();
      x.writeStartElement("testsuites");
      x.writeAttribute("name", "qingdan validate");
      x.writeAttribute("tests", Long.toString(tests(report)));
      x.writeAttribute("failures", Long.toString(failures));
      for (ValidationReport.FileResult f : report.files()) {
        // a file's name may hold any character but / and NUL; XML 1.0 has no place for most
        // control characters, so the name is written as a terminal shows it
        String file = Printable.escape(f.file());
        List<Problem> shown = f.problems().stream()
            .filter(p -> p.severity() != Severity.INFO).toList();
        long fileFailures = shown.stream().filter(p -> report.fails(p.severity())).count();
        nl(x, 1);
        x.writeStartElement("testsuite");
        x.writeAttribute("name", file);
        x.writeAttribute("tests", Integer.toString(Math.max(1, shown.size())));
        x.writeAttribute("failures", Long.toString(fileFailures));
        x.writeAttribute("skipped", Long.toString(shown.size() - fileFailures));
        if (shown.isEmpty()) {
          nl(x, 2);
          x.writeEmptyElement("testcase");
          x.writeAttribute("classname", file);
          x.writeAttribute("name", "valid");
        }
        for (Problem p : shown) {
          nl(x, 2);
          x.writeStartElement("testcase");
          x.writeAttribute("classname", file);
          x.writeAttribute("name", p.where() + " " + p.code());
          nl(x, 3);
          if (report.fails(p.severity())) {
            x.writeStartElement("failure");
            x.writeAttribute("type", p.code());
            x.writeAttribute("message", Messages.text(p.text(), lang));
            x.writeCharacters(p.where() + ": " + p.severity().word() + ": "
                + Messages.text(p.text(), lang));
            x.writeEndElement();
          } else {
            x.writeEmptyElement("skipped");
            x.writeAttribute("message", p.severity().word() + ": " + Messages.text(p.text(), lang));
          }
          nl(x, 2);
          x.writeEndElement();
        }
        nl(x, 1);
        x.writeEndElement();
      }
      nl(x, 0);
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write JUnit XML", e);
    }
    out.print(buf + "\n");
    out.flush();
  }

  private static long tests(ValidationReport r) {
    return r.files().stream()
        .mapToLong(f -> Math.max(1, f.problems().stream()
            .filter(p -> p.severity() != Severity.INFO).count()))
        .sum();
  }

  private static void nl(XMLStreamWriter x, int depth) throws XMLStreamException {
    x.writeCharacters("\n" + "  ".repeat(depth));
  }
}
