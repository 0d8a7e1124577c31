package dev.qingdan.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Spec;

/**
 * {@code qingdan man}: the manual page in roff, generated from the same command model as the help,
 * so the two never disagree. {@code man/qingdan.1} is its output, kept up to date by a test.
 */
@Command(
    name = "man",
    footerHeading = "%nExamples:%n",
    footer = {
      "  qingdan man > qingdan.1 && man -l qingdan.1"},
    hidden = true,
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Print the manual page (roff): qingdan man | man -l -")
public final class ManCommand implements Callable<Integer>, Described {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    // The command line of this run holds only this command; the page describes them all.
    out.print(page(QingdanCommand.commandLine(Terminal.pipe(), out, spec.commandLine().getErr())
        .getCommandSpec()));
    out.flush();
    return ExitCode.OK;
  }

  /** The whole page. */
  static String page(CommandSpec root) {
    StringBuilder sb = new StringBuilder();
    sb.append(".TH QINGDAN 1 \"\" \"qingdan\" \"User Commands\"\n");
    sb.append(".SH NAME\nqingdan \\- ").append(esc(String.join(" ",
        root.usageMessage().description()))).append('\n');
    sb.append(".SH SYNOPSIS\n.B qingdan\n.I COMMAND\n[\\fIOPTIONS\\fR] [\\fIARGS\\fR]\n");
    sb.append(".SH DESCRIPTION\n");
    sb.append("qingdan loads the checklist from \\fIpolicies.yaml\\fR (or the file of "
        + "\\fB\\-p\\fR), checks it, and reports on it. Text output aligns Chinese by display "
        + "width, as terminals count it; on a terminal it is coloured and its tables fit the "
        + "width, their free text wrapped inside the columns; JSON output is one object with "
        + "\"schemaVersion\": 1.\n");
    sb.append(".SH COMMANDS\n");
    for (CommandLine sub : root.subcommands().values()) {
      CommandSpec s = sub.getCommandSpec();
      if (s.usageMessage().hidden()) {
        continue;
      }
      sb.append(".SS ").append(esc("qingdan " + s.name())).append('\n');
      for (String d : s.usageMessage().description()) {
        sb.append(esc(interpolate(sub, d))).append("\n.br\n");
      }
      for (PositionalParamSpec p : s.positionalParameters()) {
        if (p.hidden()) {
          continue;
        }
        sb.append(".TP\n.I ").append(esc(p.paramLabel())).append('\n');
        sb.append(esc(interpolate(sub, String.join(" ", p.description())))).append('\n');
      }
      for (OptionSpec o : s.options()) {
        if (o.hidden()) {
          continue;
        }
        sb.append(".TP\n").append(optionTitle(o)).append('\n');
        sb.append(esc(interpolate(sub, String.join(" ", o.description())))).append('\n');
      }
      List<String> codes = new ArrayList<>(s.usageMessage().exitCodeList().keySet());
      if (!codes.isEmpty()) {
        sb.append(".PP\nExit codes: ");
        List<String> parts = new ArrayList<>();
        for (String code : codes) {
          parts.add(code.strip() + " " + s.usageMessage().exitCodeList().get(code));
        }
        sb.append(esc(String.join("; ", parts))).append(".\n");
      }
    }
    sb.append(".SH EXIT STATUS\n");
    root.usageMessage().exitCodeList().forEach((code, text) ->
        sb.append(".TP\n.B ").append(code.strip()).append('\n').append(esc(text)).append('\n'));
    sb.append(".SH ENVIRONMENT\n.TP\n.B NO_COLOR\nWhen set and not empty, no colour even on a "
        + "terminal.\n.TP\n.B TERM\nWhen \\fBdumb\\fR, no colour even on a terminal.\n"
        + ".TP\n.B COLUMNS\nThe width that tables fit on a terminal, instead of the "
        + "width the terminal reports; output to a pipe or a file is never wrapped or cut.\n"
        + ".TP\n.B LC_ALL, LC_MESSAGES, LANG\nThe language of messages and tables, in this order: "
        + "Chinese for a zh locale, English otherwise; \\fB\\-\\-lang\\fR overrides them.\n"
        + ".TP\n.B LC_ALL, LC_CTYPE, LANG\nThe charset the launcher reads the arguments in, in "
        + "this order: a Chinese one (\\fIzh_CN.GBK\\fR, \\fIzh_CN.GB18030\\fR, Big5) as "
        + "named, UTF\\-8 otherwise.\n"
        + ".TP\n.B QINGDAN_JAVA_OPTS\nOptions for the Java virtual machine that runs qingdan, "
        + "e.g. \\fB\\-Xmx2g\\fR for very large progress reports.\n"
        + ".TP\n.B QINGDAN_CDS\n\\fB0\\fR: the launcher runs without its start\\-up archive "
        + "(class data sharing), and makes none.\n"
        + ".TP\n.B QINGDAN_DEBUG\n\\fB1\\fR: the launcher says why it does not use the "
        + "archive's cache.\n"
        + ".TP\n.B XDG_CACHE_HOME, HOME\nWhere the launcher keeps its start\\-up archive (an "
        + "absolute \\fBXDG_CACHE_HOME\\fR; default \\fI$HOME/.cache\\fR).\n"
        + ".TP\n.B PATH\nWhere the launcher finds \\fBjava\\fR (17 or newer), and \\fBmvn\\fR "
        + "to build qingdan on first use.\n");
    sb.append(".SH FILES\n.TP\n.I policies.yaml\nThe checklist of the current directory. Where it "
        + "does not exist, a command that reads it exits 2 (the bundled example is read only with "
        + "\\fB\\-\\-example\\fR).\n.TP\n"
        + ".I schema/policies.schema.json\nThe JSON Schema of the checklist, named by the first "
        + "line of policies.yaml for editors.\n");
    // Left-aligned, and each command on its lines as written: justified, a command gained
    // spaces between its words and was hyphenated inside a file name.
    sb.append(".SH EXAMPLES\n.ad l\n.nh\n");
    for (String[] example : EXAMPLES) {
      sb.append(".PP\n").append(esc(example[0])).append("\n.PP\n.RS\n.nf\n\\fB")
          .append(esc(example[1])).append("\\fR\n.fi\n.RE\n");
    }
    sb.append(".SH SEE ALSO\n.BR git (1),\n.BR jq (1),\n.BR yamllint (1).\n.PP\n"
        + "The guides in the docs/ folder of qingdan's repository: ratio, deadlines, report, "
        + "diff, import.\n");
    return sb.toString();
  }

  /** What a newcomer runs first, each with the sentence that says what it does. */
  private static final String[][] EXAMPLES = {
    {"Check the checklist of the current directory, as CI does, with annotations on GitHub:",
        "qingdan validate --strict --format github policies.yaml"},
    {"The indicator ratios of a year of monthly reports, judged against their targets:",
        "qingdan ratio --data progress-2022.yaml"},
    {"Milestones and deadlines as of a date, with traffic lights:",
        "qingdan deadlines --as-of 2022-08-31 --data progress-2022.yaml"},
    {"The monthly evaluation as one HTML page:",
        "qingdan report --data progress-2022.yaml --as-of 2022-08-31 \\\n"
            + "    --format html -o report.html"},
    {"What the last commit changed in the checklist, failing on a loosened target:",
        "qingdan diff HEAD~1 --fail-on loosening"},
  };

  private static String optionTitle(OptionSpec o) {
    StringBuilder t = new StringBuilder();
    for (String name : o.names()) {
      if (t.length() > 0) {
        t.append(", ");
      }
      t.append("\\fB").append(esc(name)).append("\\fR");
    }
    if (o.arity().max() > 0) {
      t.append(" \\fI").append(esc(o.paramLabel())).append("\\fR");
    }
    return t.toString();
  }

  /** Resolves picocli's ${DEFAULT-VALUE} and ${COMPLETION-CANDIDATES} as the help does. */
  private static String interpolate(CommandLine sub, String text) {
    if (!text.contains("${")) {
      return text;
    }
    String resolved = text;
    for (OptionSpec o : sub.getCommandSpec().options()) {
      if (String.join(" ", o.description()).equals(text)) {
        return String.join(" ", o.renderedDescription());
      }
    }
    for (PositionalParamSpec p : sub.getCommandSpec().positionalParameters()) {
      if (String.join(" ", p.description()).equals(text)) {
        return String.join(" ", p.renderedDescription());
      }
    }
    return resolved;
  }

  /** Escapes roff: backslashes, leading dots and apostrophes, hyphens in option names. */
  static String esc(String s) {
    String e = s.replace("\\", "\\e").replace("-", "\\-");
    StringBuilder out = new StringBuilder();
    for (String line : e.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      if (line.startsWith(".") || line.startsWith("'")) {
        out.append("\\&");
      }
      out.append(line);
    }
    return out.toString();
  }
}
