package dev.qingdan.cli;

import dev.qingdan.compute.DeadlineRow;
import dev.qingdan.compute.DeadlineStatus;
import dev.qingdan.compute.Deadlines;
import dev.qingdan.compute.Thresholds;
import dev.qingdan.text.Lang;
import dev.qingdan.text.Msg;
import dev.qingdan.model.Checklist;
import dev.qingdan.render.DeadlinesIcs;
import dev.qingdan.render.DeadlinesJson;
import dev.qingdan.render.DeadlinesMarkdown;
import dev.qingdan.model.ProgressFigures;
import dev.qingdan.render.DeadlinesRenderer;
import dev.qingdan.render.DeadlinesReport;
import dev.qingdan.render.DeadlinesText;
import dev.qingdan.render.Palette;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code qingdan deadlines}: milestones, statuses and traffic lights as of a date. */
@Command(
    name = "deadlines",
    footerHeading = "%nExamples:%n",
    footer = {
      "  qingdan deadlines --as-of 2022-08-31 --data 2022.yaml",
      "  qingdan deadlines --within 30 --unit 区市场监管局",
      "  qingdan deadlines --format ics > plan.ics"},
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Show each row's plan as of a date: planned and actual figures, the status (done, "
          + "on-track, behind, overdue, pending, ongoing, no-data), the traffic light (三色预警) "
          + "and, for counts, a forecast at the current pace.",
      "",
      "Due dates are inclusive. A count with a single due date is planned pro rata over its "
          + "window by the whole months ended by the date (全年 is January to December). The "
          + "light is red when overdue or more than --red points behind plan (gap = (planned - "
          + "actual) / target x 100), yellow from --yellow points or when a milestone not yet "
          + "reached falls due within --due-soon days, green otherwise. --format ics writes an "
          + "iCalendar of the milestones. Without --data nothing is reported yet."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:shown (and no row hit --fail-on)",
      "1:a row is behind or overdue as --fail-on asks",
      "2:bad usage, or the checklist or a progress file cannot be used"
    })
public final class DeadlinesCommand implements Callable<Integer>, Described, ReadsChecklist {
  /** The output formats. */
  enum Format {
    text,
    json,
    markdown,
    ics;

    /** The renderer; {@code ics} names its calendar and keeps the due dates from … to. */
    DeadlinesRenderer renderer(Palette palette, Lang lang, int width, String calendar,
        LocalDate from, LocalDate to) {
      return switch (this) {
        case text -> new DeadlinesText(palette, width, lang);
        case json -> new DeadlinesJson();
        case markdown -> new DeadlinesMarkdown(lang);
        case ics -> new DeadlinesIcs(calendar, from, to);
      };
    }
  }

  /** What makes the command exit 1. */
  enum FailOn {
    /** A row behind plan or overdue. */
    behind,
    /** An overdue row. */
    overdue
  }

  private final Terminal terminal;
  private Clock clock = Clock.systemDefaultZone();

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Mixin AsOfOption asOf;

  @Mixin DataOption data;

  @Option(
      names = "--fail-on",
      paramLabel = "WHAT",
      description = "Exit 1 when a row shown is behind plan or overdue (behind), or only when one "
          + "is overdue (overdue).")
  FailOn failOn;

  @Option(
      names = "--within",
      paramLabel = "N",
      description = "Only rows with a milestone (a ceiling, a level or a growth rate: its due "
          + "date) falling due within N days of the date (the day itself included); with "
          + "--format ics, only those milestones.")
  Integer within;

  @Option(
      names = "--unit",
      paramLabel = "UNIT",
      completionCandidates = Candidates.Units.class,
      description = "Only rows this unit leads; aliases count (区人力社保局 is 区人社局).")
  String unit;

  @Mixin LightOptions lights;

  @Mixin FormatOption<Format> format;

  public DeadlinesCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  /** Sets the clock that gives today's date when --as-of is not given (for tests). */
  DeadlinesCommand clock(Clock clock) {
    this.clock = clock;
    return this;
  }

  @Override
  public Integer call() {
    Thresholds thresholds = lights.thresholds();
    if (within != null && within < 0) {
      throw Usage.error(spec.commandLine(), Msg.of("--within must not be negative: %d", within));
    }
    Stderr err = common.stderr(spec.commandLine().getErr(), terminal);
    Checklist c = Policies.load(common);
    Predicate<String> lead = unit == null ? null : Policies.unit(c, unit);
    ProgressFigures reports = data.files().isEmpty() ? ProgressFigures.of(List.of())
        : Progress.sums(data.files(), c, common, err, false).figures();
    LocalDate day = asOf.day(clock);
    List<DeadlineRow> rows = new ArrayList<>(Deadlines.judge(c, reports, day, thresholds));
    if (lead != null) {
      rows.removeIf(r -> r.subject().lead().stream().noneMatch(lead));
    }
    if (within != null) {
      rows.removeIf(r -> !r.fallsDueWithin(day, within));
    }
    format.get().renderer(Palette.of(common.color.enabled(terminal)), common.lang(terminal),
            terminal.width(), c.document().checklist(), within == null ? null : day,
            within == null ? null : day.plusDays(within))
        .render(spec.commandLine().getOut(), new DeadlinesReport(day, thresholds, rows));
    return failOn != null && rows.stream().anyMatch(this::fails) ? ExitCode.FOUND : ExitCode.OK;
  }

  private boolean fails(DeadlineRow r) {
    return r.status() == DeadlineStatus.OVERDUE
        || failOn == FailOn.behind && r.status() == DeadlineStatus.BEHIND;
  }

  @Override
  public List<List<String>> training() {
    return List.of(
        List.of("deadlines", "--example", "--as-of", "2022-08-31", "--data",
            "{home}/examples/progress-2022.yaml"),
        List.of("deadlines", "--example", "--as-of", "2022-08-31", "--data",
            "{home}/examples/progress-2022.csv", "--format", "json"));
  }

  @Override
  public List<String> outputs() {
    return List.of("deadlines");
  }
}
