package dev.qingdan.cli;

import dev.qingdan.text.Msg;
import dev.qingdan.load.Problem;
import dev.qingdan.load.Severity;
import dev.qingdan.text.Lang;
import dev.qingdan.text.Messages;
import java.io.PrintWriter;

/**
 * What qingdan tells the user on the side, in the user's language: notes, warnings about the
 * inputs, what it wrote, errors. Standard output stays for the result.
 */
public record Stderr(PrintWriter err, Lang lang) {
  /** {@code qingdan: note: ...}. */
  void note(Msg text) {
    line(Msg.of("qingdan: note: %s", text));
  }

  /** {@code qingdan: ...}: what was done. */
  void say(Msg text) {
    err.print("qingdan: " + Messages.text(text, lang) + "\n");
    err.flush();
  }

  /** {@code qingdan: error: ...}. */
  public void error(Msg text) {
    line(Msg.of("qingdan: error: %s", text));
  }

  /** {@code qingdan: internal error: ...}: a failure that is qingdan's own fault. */
  public void internalError(Throwable e) {
    line(Msg.of("qingdan: internal error: %s", e.toString()));
  }

  /** The line after an internal error that asks for a report. */
  public void bug() {
    line(Msg.of("This is a bug in qingdan. Run the command again with --debug and report what it "
        + "prints."));
  }

  /** {@code qingdan: error: file:line:col: message}. */
  void error(Problem p) {
    error(Msg.verbatim(p.where() + ": " + Messages.text(p.text(), lang)));
  }

  /** {@code file:line:col: warning: message [code]}; the severity word stays English. */
  void problem(Problem p) {
    print(p.where(), p.severity().word(), p.text(), p.code());
  }

  /** {@code place: warning: message [code]}. */
  void warning(String where, Msg text, String code) {
    print(where, "warning", text, code);
  }

  /** {@code place: info: message [code]}: how an input was read, as validate's notes. */
  void info(String where, Msg text, String code) {
    print(where, Severity.INFO.word(), text, code);
  }

  private void print(String where, String severity, Msg text, String code) {
    err.print(where + ": " + severity + ": " + Messages.text(text, lang) + " [" + code + "]\n");
    err.flush();
  }

  /** One line, as it is. */
  void line(Msg text) {
    err.print(Messages.text(text, lang) + "\n");
    err.flush();
  }
}
