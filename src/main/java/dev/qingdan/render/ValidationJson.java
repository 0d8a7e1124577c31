package dev.qingdan.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.qingdan.load.Problem;
import dev.qingdan.text.Lang;
import dev.qingdan.text.Messages;
import java.io.PrintWriter;

/** {@code {"valid": bool, "problems": [{severity, code, message, file, line, column, path}]}}. */
public final class ValidationJson implements ValidationRenderer {
  private final Lang lang;

  public ValidationJson(Lang lang) {
    this.lang = lang;
  }

  @Override
  public void render(PrintWriter out, ValidationReport report) {
    ObjectNode doc = Json.document();
    doc.put("valid", report.valid());
    ArrayNode files = doc.putArray("files");
    for (ValidationReport.FileResult f : report.files()) {
      ObjectNode o = files.addObject();
      o.put("file", f.file());
      o.put("valid", f.problems().stream().noneMatch(p -> report.fails(p.severity())));
    }
    ArrayNode problems = doc.putArray("problems");
    for (Problem p : report.problems()) {
      ObjectNode o = problems.addObject();
      o.put("severity", p.severity().word());
      o.put("code", p.code());
      o.put("message", Messages.text(p.text(), lang));
      o.put("file", p.file());
      o.put("line", p.line());
      o.put("column", p.column());
      o.put("path", p.path());
    }
    Json.write(out, doc);
  }
}
