package dev.qingdan.cli;

import dev.qingdan.load.InputException;
import dev.qingdan.load.Msg;
import dev.qingdan.load.TableImporter;
import dev.qingdan.render.ChecklistYamlWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qingdan import FILE}: a checklist table from Word or Excel, to checklist YAML. */
@Command(
    name = "import",
    footerHeading = "%nExamples:%n",
    footer = {
      "  qingdan import plan.docx -o policies.yaml",
      "  qingdan import table.txt > policies.yaml"},
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Turn a checklist table (Word .docx, Excel .xlsx, or pasted text) into checklist YAML.",
      "Pasted text is tab-separated UTF-8, like 附件1 in the plan. The format is told by the "
          + "content, not by the name.",
      "The prose around the table and the header rows repeated at page breaks are skipped; "
          + "columns are found by their header names, in any order; a blank cell that a merged "
          + "cell left repeats the cell above, as README.md describes; 附件2 becomes the unit "
          + "register.",
      "Warnings go to stderr, each with its place: file:line, file:table T, row R, or "
          + "file:Sheet!A12; so does a line (info) with the columns of each header row: each "
          + "column with the field it becomes, or as ignored.",
      "-p and --color are taken as by every command, and not used."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:imported (warnings on stderr)",
        "2:no checklist table found, an unreadable input, bad usage, or the output file exists"})
public final class ImportCommand implements Callable<Integer> {
  private final Terminal terminal;

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Parameters(paramLabel = "FILE",
      description = "The table: .docx, .xlsx or tab-separated text (told apart by content).")
  Path file;

  @Mixin OutputOptions target;

  @Option(names = "--year", paramLabel = "YYYY",
      description = "The plan's year for schedules (default: the year of the document's date).")
  Integer year;

  public ImportCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    if (year != null && (year < 1000 || year > 9999)) {
      throw Usage.error(spec.commandLine(), Msg.of("--year takes a year like 2022, not %d",
          year));
    }
    // before reading: nothing to repair or warn about if the result cannot be written
    target.refuse();
    TableImporter.Result r;
    try {
      r = TableImporter.read(file, file.toString(), year, common.links());
    } catch (InputException e) {
      throw UserException.of(e);
    }
    Stderr err = common.stderr(spec.commandLine().getErr(), terminal);
    // The columns of a header first, then what was said about its place and the rows after it.
    List<TableImporter.Warning> warnings = r.warnings();
    int next = 0;
    for (TableImporter.Warning n : r.notes()) {
      for (; next < warnings.size() && warnings.get(next).order() < n.order(); next++) {
        warn(err, warnings.get(next));
      }
      err.info(n.where(), n.text(), n.code());
    }
    warnings.subList(next, warnings.size()).forEach(w -> warn(err, w));
    if (target.file() == null) {
      ChecklistYamlWriter.write(spec.commandLine().getOut(), r.checklist(), Map.of());
    } else {
      OutputFile.write(target.file(), target.force,
          w -> ChecklistYamlWriter.write(w, r.checklist(), Map.of()));
      err.say(Msg.of("wrote %s (%d rows)", target.file(), r.checklist().rows().size()));
    }
    return ExitCode.OK;
  }

  private static void warn(Stderr err, TableImporter.Warning w) {
    err.warning(w.where(), w.text(), w.code());
  }
}
