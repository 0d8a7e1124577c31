package dev.qingdan.cli;

import dev.qingdan.compute.RatioReport;
import dev.qingdan.compute.Ratios;
import dev.qingdan.compute.Scope;
import dev.qingdan.load.checklist.Ids;
import dev.qingdan.load.progress.LoadedProgress;
import dev.qingdan.text.Lang;
import dev.qingdan.text.Msg;
import dev.qingdan.model.Checklist;
import dev.qingdan.model.Selection;
import dev.qingdan.render.Palette;
import dev.qingdan.render.RatioCsv;
import dev.qingdan.render.RatioJson;
import dev.qingdan.render.RatioMarkdown;
import dev.qingdan.render.RatioRenderer;
import dev.qingdan.render.RatioText;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code qingdan ratio --data FILE...}: the indicator ratios of the monthly reports. */
@Command(
    name = "ratio",
    footerHeading = "%nExamples:%n",
    footer = {
      "  qingdan ratio --data 2022.csv",
      "  qingdan ratio --data 2022.csv --period 2022-06 --id 24",
      "  qingdan ratio --data jan.csv --data feb.csv --fail-on missed"},
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Compute every indicator from the monthly reports (每月评估): Σnumerator/Σdenominator over "
          + "the months, count/target for a count, each against its target, exactly.",
      "Statuses: met, missed, in-progress (a count not reached yet), no-data, no-target. Rows "
          + "whose target holds every month (24.1, 24.2) are missed by one month under it, "
          + "named in breaches. Beside each ratio: its 95%% Wilson score interval, and how "
          + "completely the lead units reported.",
      "Several files add up (one per month, or per unit); a bad report stops the command with "
          + "every problem and its file:line:column."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:computed",
      "1:--fail-on missed, and an indicator is missed",
      "2:bad usage, or a progress file or the checklist is unreadable or has errors"
    })
public final class RatioCommand implements Callable<Integer>, Described, ReadsChecklist {
  /** The output formats. */
  enum Format {
    text,
    json,
    csv,
    markdown;

    /** The renderer; {@code byUnit}: a part per lead unit. */
    RatioRenderer renderer(Palette palette, Lang lang, int width, boolean byUnit) {
      return switch (this) {
        case text -> new RatioText(palette, width, lang, byUnit);
        case json -> new RatioJson(byUnit);
        case csv -> new RatioCsv(byUnit);
        case markdown -> new RatioMarkdown(lang, byUnit);
      };
    }
  }

  /** What {@code --by} groups by. */
  enum By {
    unit
  }

  /** What {@code --fail-on} fails on. */
  enum FailOn {
    missed
  }

  private final Terminal terminal;

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Option(
      names = "--id",
      paramLabel = "ID",
      split = ",",
      completionCandidates = Candidates.Ids.class,
      description = "Only these rows (13.1), items (8: all its rows) or goals (G1), "
          + "comma-separated or repeated (default: all).")
  List<String> ids = new ArrayList<>();

  @Mixin DataOption.Required data;

  @ArgGroup(exclusive = true)
  Months months;

  /** The months to count: one of {@code --through} and {@code --period}, or neither. */
  static final class Months {
    @Option(
        names = "--through",
        paramLabel = "YYYY-MM",
        converter = Dates.Month.class,
        description = "Cumulative up to and including this month (default: the latest month in "
            + "the data).")
    YearMonth through;

    @Option(
        names = "--period",
        paramLabel = "YYYY-MM",
        converter = Dates.Month.class,
        description = "This month only (instead of --through).")
    YearMonth period;
  }

  @Option(
      names = "--by",
      paramLabel = "WHAT",
      description = "Group by lead unit (${COMPLETION-CANDIDATES}): each unit's indicators, "
          + "statuses and reporting rate.")
  By by;

  @Option(
      names = "--fail-on",
      paramLabel = "STATUS",
      description = "Exit 1 when an indicator has this status: ${COMPLETION-CANDIDATES}.")
  FailOn failOn;

  @Mixin FormatOption<Format> format;

  public RatioCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Stderr err = common.stderr(spec.commandLine().getErr(), terminal);
    Checklist c = Policies.load(common);
    LoadedProgress lp = Progress.sums(data.files(), c, common, err,
        terminal.isTerminal() && format.get() != Format.json);
    RatioReport report = Ratios.compute(c, lp.figures(), scope(lp), selected(c));
    format.get().renderer(Palette.of(common.color.enabled(terminal)), common.lang(terminal),
        terminal.width(), by == By.unit).render(spec.commandLine().getOut(), report);
    return failOn == FailOn.missed && report.anyMissed() ? ExitCode.FOUND : ExitCode.OK;
  }

  /** The ids of the rows and goals asked for, or null for all. */
  private Set<String> selected(Checklist c) {
    if (ids.isEmpty()) {
      return null;
    }
    Set<String> out = new LinkedHashSet<>();
    for (String text : ids) {
      try {
        Selection s = Ids.select(c, text);
        if (s instanceof Selection.OneRow r) {
          out.add(r.row().id().toString());
        } else if (s instanceof Selection.Item i) {
          i.rows().forEach(r -> out.add(r.id().toString()));
        } else {
          out.add(((Selection.OneGoal) s).goal().id());
        }
      } catch (Ids.IdException e) {
        throw new UserException(ExitCode.TROUBLE, e.msg());
      }
    }
    return out;
  }

  private Scope scope(LoadedProgress lp) {
    if (months != null && months.period != null) {
      return Scope.period(months.period);
    }
    if (months != null && months.through != null) {
      return Scope.through(months.through);
    }
    return Scope.through(lp.latestMonth().orElseThrow(() -> new UserException(ExitCode.TROUBLE,
        Msg.of("the progress files hold no reports; give the month with --through YYYY-MM"))));
  }

  @Override
  public List<List<String>> training() {
    return List.of(
        List.of("ratio", "--example", "--data", "{home}/examples/progress-2022.yaml"),
        List.of("ratio", "--example", "--data", "{home}/examples/progress-2022.csv", "--format",
            "json"),
        List.of("ratio", "--example", "--data", "{home}/examples/progress-2022.csv", "--by", "unit",
            "--lang", "zh"));
  }

  @Override
  public List<List<String>> officeTraining() {
    return List.of(
        List.of("ratio", "--example", "--data", "{home}/examples/forms-2022-06", "--format",
            "json"));
  }

  @Override
  public List<String> outputs() {
    return List.of("ratio");
  }
}
