package dev.qingdan.render;

import dev.qingdan.text.Lang;
import dev.qingdan.text.Messages;
import dev.qingdan.text.Printable;
import dev.qingdan.load.Problem;
import dev.qingdan.load.Severity;
import java.io.PrintWriter;
import java.util.List;

/**
 * GitHub Actions workflow commands: {@code ::error file=…,line=…,col=…::message}, which GitHub
 * shows as annotations on the changed lines.
 */
public final class ValidationGithub implements ValidationRenderer {
  private final Lang lang;

  public ValidationGithub(Lang lang) {
    this.lang = lang;
  }

  @Override
  public void render(PrintWriter out, ValidationReport report) {
    for (Problem p : report.shown()) {
      String command = switch (p.severity()) {
        case ERROR -> "error";
        case WARNING -> report.strict() ? "error" : "warning";
        case INFO -> "notice";
      };
      out.print(annotation(command, p, lang) + "\n");
    }
    out.flush();
  }

  /**
   * What a command refused to read, as {@code ::error} annotations: one per problem, each on its
   * file's line, or the sentence alone where there is no file to point at ({@code problems}
   * empty).
   */
  public static void refusal(PrintWriter out, List<Problem> problems, String sentence,
      String command, Lang lang) {
    if (problems.isEmpty()) {
      out.print("::error title=" + property("qingdan " + command) + "::" + data(sentence) + "\n");
    }
    for (Problem p : problems) {
      out.print(annotation("error", p, lang) + "\n");
    }
    out.flush();
  }

  /** {@code ::error file=…,line=…,col=…,title=qingdan CODE::message}. */
  private static String annotation(String command, Problem p, Lang lang) {
    StringBuilder sb = new StringBuilder("::").append(command).append(" file=")
        .append(property(p.file()));
    if (p.line() > 0) {
      sb.append(",line=").append(p.line());
      if (p.column() > 0) {
        sb.append(",col=").append(p.column());
      }
    }
    sb.append(",title=").append(property("qingdan " + p.code()));
    return sb.append("::").append(data(Messages.text(p.text(), lang))).toString();
  }

  /** Escapes a message as the runner expects. */
  static String data(String s) {
    // an escape sequence from a file would reach the log that shows the annotations
    return Printable.escapeKeepingLines(s).replace("%", "%25").replace("\r", "%0D")
        .replace("\n", "%0A");
  }

  /** Escapes a property value, where ',' and ':' separate properties. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
