package dev.qingdan.cli;

import dev.qingdan.compute.MonthlyReport;
import dev.qingdan.compute.Thresholds;
import dev.qingdan.text.Msg;
import dev.qingdan.model.Checklist;
import dev.qingdan.model.ProgressFigures;
import dev.qingdan.text.Lang;
import dev.qingdan.render.Palette;
import dev.qingdan.render.ReportHtml;
import dev.qingdan.render.ReportJson;
import dev.qingdan.render.ReportMarkdown;
import dev.qingdan.render.ReportRenderer;
import dev.qingdan.render.ReportText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code qingdan report}: the monthly evaluation (每月评估), ratios and deadlines by lead unit. */
@Command(
    name = "report",
    footerHeading = "%nExamples:%n",
    footer = {
      "  qingdan report --data 2022.yaml --as-of 2022-08-31",
      "  qingdan report --data 2022.yaml --format html -o report.html"},
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Write the monthly evaluation (每月评估) as of a date: ratios and deadlines together, by "
          + "lead unit, as text, Markdown, JSON or one self-contained HTML page.",
      "",
      "It opens with a headline (targets met and missed, rows behind and overdue, red, yellow "
          + "and green lights, reporting), then lists the red and yellow rows with what turns "
          + "them green, the missed targets, the goals G1 and G2, and each lead unit's rows, "
          + "those needing attention first (red, yellow, missed). A row led by two units is "
          + "shown under both.",
      "",
      "Ratios are those of 'qingdan ratio --through', lights and plans those of 'qingdan "
          + "deadlines --as-of' with the same thresholds, both on the reports up to --through. "
          + "The html page has burn-up charts of the count plans and a month x row heat map of "
          + "the ratios; it loads nothing from elsewhere and prints a section per page."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the report is written",
      "2:bad usage, the checklist or a progress file cannot be used, or -o cannot be written"
    })
public final class ReportCommand implements Callable<Integer>, Described, ReadsChecklist {
  /** The output formats. */
  enum Format {
    text,
    markdown,
    html,
    json;

    /** The renderer; {@code width} 0 means no wrapping. */
    ReportRenderer renderer(Palette palette, int width, Lang lang) {
      return switch (this) {
        case text -> new ReportText(palette, width, lang);
        case markdown -> new ReportMarkdown(lang);
        case html -> new ReportHtml(lang);
        case json -> new ReportJson();
      };
    }
  }

  private final Terminal terminal;
  private Clock clock = Clock.systemDefaultZone();

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Mixin DataOption.Required data;

  @Mixin AsOfOption asOf;

  @Option(
      names = "--through",
      paramLabel = "YYYY-MM",
      converter = Dates.Month.class,
      description = "Count the reports up to and including this month, at the latest the "
          + "as-of date's month, for the ratios and the plans alike (default: the as-of date's "
          + "month).")
  YearMonth through;

  @Mixin LightOptions lights;

  @Mixin FormatOption<Format> format;

  @Mixin OutputOptions target;

  public ReportCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  /** Sets the clock that gives today's date when --as-of is not given (for tests). */
  ReportCommand clock(Clock clock) {
    this.clock = clock;
    return this;
  }

  @Override
  public Integer call() {
    Thresholds thresholds = lights.thresholds();
    LocalDate day = asOf.day(clock);
    YearMonth month = through != null ? through : YearMonth.from(day);
    if (month.isAfter(YearMonth.from(day))) {
      throw Usage.error(spec.commandLine(), Msg.of("--through %s is after the as-of date %s: the "
          + "report cannot count months that have not begun", month, day));
    }
    target.refuse(); // before reading: no work for a result it cannot write
    Stderr err = common.stderr(spec.commandLine().getErr(), terminal);
    Checklist c = Policies.load(common);
    ProgressFigures reports = Progress.sums(data.files(), c, common, err,
        terminal.isTerminal() && format.get() != Format.json).figures();
    MonthlyReport report = MonthlyReport.of(c, reports, day, month, thresholds);
    Lang lang = common.lang(terminal);
    if (target.file() == null) {
      render(report, lang, spec.commandLine().getOut(),
          Palette.of(common.color.enabled(terminal)), terminal.width());
    } else {
      OutputFile.write(target.file(), target.force,
          w -> render(report, lang, w, Palette.PLAIN, 0));
      err.say(Msg.of("wrote %s", target.file()));
    }
    return ExitCode.OK;
  }

  private void render(MonthlyReport r, Lang lang, PrintWriter out, Palette palette, int width) {
    format.get().renderer(palette, width, lang).render(out, r);
    out.flush();
  }

  @Override
  public List<List<String>> training() {
    return List.of(
        List.of("report", "--example", "--data", "{home}/examples/progress-2022.yaml", "--as-of",
            "2022-08-31"),
        List.of("report", "--example", "--data", "{home}/examples/progress-2022.csv", "--as-of",
            "2022-08-31", "--format", "json"),
        List.of("report", "--example", "--data", "{home}/examples/progress-2022.yaml", "--as-of",
            "2022-08-31", "--format", "html"),
        List.of("report", "--example", "--data", "{home}/examples/progress-2022.yaml", "--as-of",
            "2022-08-31", "--format", "markdown"));
  }

  @Override
  public List<String> outputs() {
    return List.of("report");
  }
}
