package dev.qingdan.render;

import dev.qingdan.load.Problem;
import dev.qingdan.text.Lang;
import dev.qingdan.text.Messages;
import dev.qingdan.text.Msg;
import dev.qingdan.load.Severity;
import dev.qingdan.text.Printable;
import java.io.PrintWriter;

/** {@code file:line:col: error: message [code]}, one per line, then a summary. */
public final class ValidationText implements ValidationRenderer {
  private final Palette palette;
  private final Lang lang;

  public ValidationText(Palette palette, Lang lang) {
    this.palette = palette;
    this.lang = lang;
  }

  @Override
  public void render(PrintWriter out, ValidationReport report) {
    for (Problem p : report.shown()) {
      String sev = switch (p.severity()) {
        case ERROR -> palette.red("error");
        case WARNING -> palette.yellow("warning");
        case INFO -> palette.dim("info");
      };
      out.print(palette.bold(p.where()) + ": " + sev + ": " + Messages.text(p.text(), lang) + " ["
          + p.code() + "]\n");
    }
    for (ValidationReport.FileResult f : report.files()) {
      long errors = f.problems().stream().filter(p -> p.severity() == Severity.ERROR).count();
      long warnings = f.problems().stream().filter(p -> p.severity() == Severity.WARNING).count();
      String what = f.what().isEmpty() ? "" : lang.text(Msg.of(" (%s)", f.what()));
      String comma = lang.text(Msg.of(", "));
      boolean ok = f.problems().stream().noneMatch(p -> report.fails(p.severity()));
      String verdict = ok ? palette.green(lang.text(Msg.of("valid")))
          : palette.red(lang.text(Msg.of("invalid")));
      long notes = f.problems().stream().filter(p -> p.severity() == Severity.INFO).count();
      String hidden = notes > 0 && !report.verbose() ? comma + Words.count(lang, notes,
          Msg.of("%d note", notes), Msg.of("%d notes", notes))
          + lang.text(Msg.of(" (--verbose shows them)")) : "";
      out.print(Printable.escape(f.file()) + ": " + verdict + what + comma
          + Words.count(lang, errors, Msg.of("%d error", errors), Msg.of("%d errors", errors))
          + comma + Words.count(lang,
          warnings, Msg.of("%d warning", warnings), Msg.of("%d warnings", warnings)) + hidden
          + "\n");
    }
    out.flush();
  }
}
