package dev.qingdan.cli;

import dev.qingdan.load.InputException;
import dev.qingdan.load.checklist.LoadedChecklist;
import dev.qingdan.load.progress.LoadedProgress;
import dev.qingdan.text.Msg;
import dev.qingdan.load.progress.ProgressReader;
import dev.qingdan.model.Checklist;
import dev.qingdan.text.Lang;
import dev.qingdan.render.Palette;
import dev.qingdan.render.Words;
import dev.qingdan.render.ValidationGithub;
import dev.qingdan.render.ValidationJson;
import dev.qingdan.render.ValidationJunit;
import dev.qingdan.render.ValidationRenderer;
import dev.qingdan.render.ValidationReport;
import dev.qingdan.render.ValidationReport.FileResult;
import dev.qingdan.render.ValidationText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qingdan validate}: every problem of the checklist files, the way CI needs them. */
@Command(
    name = "validate",
    footerHeading = "%nExamples:%n",
    footer = {
      "  qingdan validate",
      "  qingdan validate --strict --format github policies.yaml",
      "  qingdan validate --data 2022-06.csv"},
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Check checklist files: structure, ids, units, targets, milestones, definitions, and that "
          + "each schedule's text agrees with its milestones.",
      "Every problem is reported with file:line:column.",
      "With --data, progress files (monthly reports, YAML or CSV) are checked too, against the "
          + "checklist of -p: ids, units, months, figures, and the same report given twice."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every file is valid",
      "1:a file has errors (or warnings, with --strict)",
      "2:a file is missing or unreadable, or bad usage"
    })
public final class ValidateCommand implements Callable<Integer>, Described, ReadsChecklist {
  /** The formats of the report. */
  enum Format {
    text,
    json,
    github,
    junit;

    ValidationRenderer renderer(Palette palette, Lang lang) {
      return switch (this) {
        case text -> new ValidationText(palette, lang);
        case json -> new ValidationJson(lang);
        case github -> new ValidationGithub(lang);
        case junit -> new ValidationJunit(lang);
      };
    }
  }

  private final Terminal terminal;

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = "Checklist files to check (default: the checklist of -p, else "
          + "./policies.yaml).")
  List<Path> files = new ArrayList<>();

  @Mixin FormatOption<Format> format;

  @Option(names = "--strict", description = "Fail on warnings too.")
  boolean strict;

  @Option(names = {"-v", "--verbose"},
      description = "Show notes too (text and github formats; json always has them).")
  boolean verbose;

  @Mixin DataOption data;

  public ValidateCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  /** The clock of the progress line of a long read of --data. */
  private LongSupplier nanos = System::nanoTime;

  /** Sets the clock of the progress line (for tests). */
  ValidateCommand nanos(LongSupplier nanos) {
    this.nanos = nanos;
    return this;
  }

  /** The language of this run, set first thing in call(). */
  private Lang lang = Lang.en;

  @Override
  public Integer call() {
    lang = common.lang(terminal);
    PrintWriter out = spec.commandLine().getOut();
    Stderr err = common.stderr(spec.commandLine().getErr(), terminal);
    List<FileResult> results = new ArrayList<>();
    boolean unreadable = false;
    List<Path> targets = files.isEmpty() ? java.util.Collections.singletonList(null) : files;
    Checklist against = null;
    for (Path f : targets) {
      try {
        LoadedChecklist lc = f == null ? Policies.loadRaw(common)
            : common.checklist.read(f, f.toString(), common.links());
        against = f == null ? lc.checklist() : against;
        results.add(check(lc));
      } catch (InputException e) {
        if (e.unreadable()) {
          unreadable(e, results, err);
          unreadable = true;
        } else {
          results.add(new FileResult(e.problem().file(), "", List.of(e.problem())));
        }
      }
    }
    if (!data.files().isEmpty() && !unreadable) {
      unreadable = !checkProgress(files.isEmpty() ? against : Policies.load(common), results,
          err);
    }
    ValidationReport report = new ValidationReport(results, strict, verbose);
    format.get().renderer(Palette.of(common.color.enabled(terminal)), lang).render(out, report);
    if (unreadable) {
      return ExitCode.TROUBLE;
    }
    return report.valid() ? ExitCode.OK : ExitCode.FOUND;
  }

  /**
   * Adds a result for each progress file; false when one could not be read. The files are read
   * together, so the same report in two of them is found.
   */
  private boolean checkProgress(Checklist c, List<FileResult> results, Stderr err) {
    if (c == null) {
      err.error(Msg.of("the progress files cannot be checked: the checklist could not be read"));
      return false;
    }
    LoadedProgress lp;
    try {
      lp = ProgressReader.sums(data.files(), c, common.links(),
          Progress.meter(err, terminal.isTerminal() && format.get() != Format.json, nanos));
    } catch (InputException e) {
      unreadable(e, results, err);
      return false;
    }
    for (String name : data.files().stream().map(Path::toString).distinct().toList()) {
      long n = lp.count(name);
      results.add(new FileResult(name, Words.count(lang, n, Msg.of("%d report", n),
          Msg.of("%d reports", n)),
          lp.problems(name)));
    }
    return true;
  }

  /**
   * A file that could not be read: one message on stderr and, for the formats that scripts and CI
   * read, a failed file in the report, so that it never says valid when a file was not checked.
   */
  private void unreadable(InputException e, List<FileResult> results, Stderr err) {
    err.error(e.problem());
    if (format.get() != Format.text) {
      results.add(new FileResult(e.problem().file(), "", List.of(e.problem())));
    }
  }

  private FileResult check(LoadedChecklist lc) {
    String what = lc.checklist() == null ? "" : counts(lc.checklist());
    return new FileResult(lc.file(), what, common.checklist.validate(lc));
  }

  /** {@code 32 rows, 2 goals}. */
  private String counts(Checklist c) {
    int rows = c.rows().size();
    int goals = c.goals().size();
    return Words.count(lang, rows, Msg.of("%d row", rows), Msg.of("%d rows", rows))
        + lang.text(Msg.of(", "))
        + Words.count(lang, goals, Msg.of("%d goal", goals), Msg.of("%d goals", goals));
  }

  @Override
  public List<List<String>> training() {
    return List.of(
        List.of("validate", "--example"),
        List.of("validate", "-p", "{home}/policies.yaml"),
        List.of("validate", "--example", "--verbose", "--format", "github"),
        List.of("validate", "--example", "--format", "json"),
        List.of("validate", "--example", "--format", "junit"),
        List.of("validate", "--help"),
        List.of("validate", "--example", "--data", "{home}/examples/progress-2022.csv"));
  }

  @Override
  public List<List<String>> officeTraining() {
    return List.of(
        List.of("validate", "--example", "--data", "{home}/examples/forms-2022-06"));
  }

  @Override
  public List<String> outputs() {
    return List.of("validate");
  }
}
