package dev.qingdan.cli;

import dev.qingdan.compute.FormRow;
import dev.qingdan.compute.Forms;
import dev.qingdan.model.Checklist;
import dev.qingdan.model.ProgressEntry;
import dev.qingdan.model.Unit;
import dev.qingdan.model.UnitRegister;
import dev.qingdan.render.ProgressForm;
import dev.qingdan.render.Words;
import dev.qingdan.text.Msg;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code qingdan template}: the month's report form of a lead unit, as an Excel workbook. */
@Command(
    name = "template",
    footerHeading = "%nExamples:%n",
    footer = {
      "  qingdan template --unit 区人社局 --period 2022-06",
      "  qingdan template --unit all --period 2022-06 --data 2022-05/ -o forms/",
      "  qingdan template --unit 区人社局 --period 2022-07 -o 7月.xlsx --force"},
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Write the month's report form (.xlsx) for a lead unit to fill in, or for each of them.",
      "",
      "A form has one row for each row the unit leads that has a figure to report, with its "
          + "indicator, definition, target, schedule and what the reports of the months before "
          + "add up to (from --data), and empty cells for the figures: numerator and "
          + "denominator, count, or done, and a note.",
      "",
      "Each header cell has the Chinese label above the field name (分子 numerator). Only the "
          + "cells to fill are unlocked, each with a data validation (whole numbers not below "
          + "0, a numerator not above its denominator, a day not after the month); the header "
          + "row is frozen. A filled form is read back with --data FORM.xlsx, or a folder of "
          + "them with --data DIR; a cell left empty is not reported.",
      "",
      "Without -o the form is UNIT-YYYY-MM.xlsx in the current directory; --unit all writes "
          + "one such file per lead unit into the folder -o DIR (made if missing). No file is "
          + "replaced without --force, and none is written if one would be."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:written",
      "2:bad usage, an unknown unit or one that reports no row, the checklist or a progress "
          + "file cannot be used, or an output file exists"
    })
public final class TemplateCommand implements Callable<Integer>, Described {
  /** What {@code --unit} takes for every lead unit. */
  static final String ALL = "all";

  private final Terminal terminal;

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Option(
      names = "--unit",
      paramLabel = "UNIT",
      required = true,
      completionCandidates = Candidates.Units.class,
      description = "The lead unit (aliases count: 区人力社保局 is 区人社局), or all: one form per "
          + "lead unit (with -o DIR).")
  String unit;

  @Option(
      names = "--period",
      paramLabel = "YYYY-MM",
      required = true,
      converter = Dates.Month.class,
      description = "The month the form reports.")
  YearMonth period;

  @Mixin DataOption data;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE|DIR",
      description = "The form's file (.xlsx), or with --unit all the folder of the forms "
          + "(default: UNIT-YYYY-MM.xlsx here).")
  Path output;

  @Option(names = "--force", description = "Replace forms that exist.")
  boolean force;

  public TemplateCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Checklist c = Policies.load(common);
    Map<String, Path> forms = targets(c);
    forms.values().forEach(p -> OutputFile.refuse(p, force));
    Stderr err = common.stderr(spec.commandLine().getErr(), terminal);
    List<ProgressEntry> entries = data.files().isEmpty() ? List.of()
        : Progress.load(data.files(), c, common, err).entries();
    Map<String, List<FormRow>> rows = new LinkedHashMap<>();
    forms.keySet().forEach(u -> rows.put(u, Forms.rows(c, u, period, entries)));
    if (ALL.equals(unit)) {
      makeFolder();
    }
    for (Map.Entry<String, Path> f : forms.entrySet()) {
      List<FormRow> form = rows.get(f.getKey());
      OutputFile.writeBytes(f.getValue(), force,
          out -> ProgressForm.write(f.getKey(), period, form, out));
      int n = form.size();
      err.say(Msg.of("wrote %s: %s of %s for %s", f.getValue(), Msg.verbatim(Words.count(
          err.lang(), n, Msg.of("%d row", n), Msg.of("%d rows", n))), f.getKey(), period));
    }
    return ExitCode.OK;
  }

  /** The file of each unit's form, by the unit's register name, in the checklist's order. */
  private Map<String, Path> targets(Checklist c) {
    Map<String, Path> forms = new LinkedHashMap<>();
    if (ALL.equals(unit)) {
      if (output == null || output.toString().endsWith(".xlsx")) {
        throw Usage.error(spec.commandLine(), Msg.of("--unit all writes one form per lead unit "
            + "into a folder; name it with -o DIR"));
      }
      if (Files.exists(output) && !Files.isDirectory(output)) {
        throw new UserException(ExitCode.TROUBLE, Msg.of("%s: is not a folder; --unit all "
            + "writes one form per lead unit into a folder", output));
      }
      Forms.leadUnits(c).forEach(u -> forms.put(u, output.resolve(fileName(u))));
      return forms;
    }
    Policies.unit(c, unit); // an unknown unit is refused with a suggestion
    Unit u = UnitRegister.of(c).unit(unit).orElseThrow(() -> new UserException(ExitCode.TROUBLE,
        Msg.of("'%s' is not a unit of the register but a phrase for several; a form is made for "
            + "one unit, or for all of them with --unit all", unit)));
    if (Forms.rows(c, u.name(), period, List.of()).isEmpty()) {
      throw new UserException(ExitCode.TROUBLE, Msg.of("%s leads no row with a figure to report "
          + "(numerator and denominator, a count, or done); it has no form", u.name()));
    }
    Path to = output == null ? Path.of(fileName(u.name()))
        : Files.isDirectory(output) ? output.resolve(fileName(u.name())) : output;
    forms.put(u.name(), to);
    return forms;
  }

  /** {@code 区人社局-2022-06.xlsx}; a character that a file name may not hold becomes _. */
  private String fileName(String unitName) {
    return unitName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + "-" + period + ".xlsx";
  }

  @Override
  public List<List<String>> officeTraining() {
    return List.of(
        List.of("template", "--example", "--unit", "区人社局", "--period", "2022-07", "--data",
            "{home}/examples/progress-2022.csv", "-o", "{out}/form.xlsx", "--force"),
        List.of("template", "--example", "--unit", "all", "--period", "2022-06", "-o",
            "{out}/forms", "--force"));
  }

  private void makeFolder() {
    try {
      Files.createDirectories(output);
    } catch (IOException e) {
      throw new UserException(ExitCode.TROUBLE, Msg.of("%s: cannot make the folder: %s", output,
          Msg.verbatim(String.valueOf(e.getMessage()))), e);
    }
  }
}
