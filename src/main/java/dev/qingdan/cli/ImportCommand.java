package dev.qingdan.cli;

import dev.qingdan.load.DidYouMean;
import dev.qingdan.load.InputException;
import dev.qingdan.load.Warning;
import dev.qingdan.text.Msg;
import dev.qingdan.load.table.TableImporter;
import dev.qingdan.render.ChecklistYamlWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
          + "file:Sheet!A12; so do lines (info) on how the table was read: the plan's year and "
          + "where it comes from, the columns of each header row (each column with the field it "
          + "becomes; a column without one is kept in the row's extra), the cells filled from "
          + "the row above. A last line says how much was read.",
      "-p and --color are taken as by every command, and not used."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:imported (warnings on stderr)",
        "2:no checklist table found, an unreadable input, bad usage, or the output file exists"})
public final class ImportCommand implements Callable<Integer>, Described {
  private final Terminal terminal;

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Parameters(paramLabel = "FILE",
      description = "The table: .docx, .xlsx or tab-separated text (told apart by content).")
  Path file;

  @Mixin OutputOptions target;

  @Option(names = "--year", paramLabel = "YYYY",
      description = "The plan's year for schedules (default: the year of the title, else of "
          + "the document's date, else the one the dates in the cells name most).")
  Integer year;

  @Option(names = "--columns", paramLabel = "HEADER=ROLE[,…]",
      description = "Map columns by hand where import cannot tell what they are, e.g. "
          + "'计划完成时间=schedule,工作进度=progress'. Roles: item, title, points, lead, partners, "
          + "goal, indicator, target, schedule, definition, method, progress, note (both kept in "
          + "extra), ignore.")
  String columns;

  public ImportCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    if (year != null && (year < 1000 || year > 9999)) {
      throw Usage.error(spec.commandLine(), Msg.of("--year takes a year like 2022, not %d",
          year));
    }
    Map<String, String> byHand = byHand();
    // before reading: nothing to repair or warn about if the result cannot be written
    target.refuse();
    TableImporter.Result r;
    try {
      r = TableImporter.read(file, file.toString(), year, byHand, common.links());
    } catch (InputException e) {
      throw UserException.of(e);
    }
    Stderr err = common.stderr(spec.commandLine().getErr(), terminal);
    // The columns of a header first, then what was said about its place and the rows after it.
    List<Warning> warnings = r.warnings();
    int next = 0;
    for (Warning n : r.notes()) {
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
    }
    TableImporter.Summary n = r.summary();
    Msg said = warnings.size() == 1 ? Msg.in("import", "1 warning")
        : Msg.in("import", "%d warnings", warnings.size());
    Msg counts = Msg.of("%d rows (%d items): %d targets read, %d schedules read, %s", n.rows(),
        n.items(), n.targets(), n.schedules(), said);
    err.say(target.file() == null ? Msg.of("read %s", counts)
        : Msg.of("wrote %s: %s", target.file(), counts));
    return ExitCode.OK;
  }

  /** The columns mapped by hand: {@code 计划完成时间=schedule,备注=ignore}. */
  private Map<String, String> byHand() {
    Map<String, String> out = new LinkedHashMap<>();
    if (columns == null) {
      return out;
    }
    for (String pair : columns.split("[,，]")) {
      if (pair.isBlank()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String header = eq < 0 ? "" : pair.substring(0, eq).strip();
      String role = eq < 0 ? "" : pair.substring(eq + 1).strip();
      if (header.isEmpty() || role.isEmpty()) {
        throw Usage.error(spec.commandLine(), Msg.of("--columns takes HEADER=ROLE pairs separated "
            + "by commas, not '%s'", pair.strip()));
      }
      if (!TableImporter.ROLES.contains(role)) {
        throw Usage.error(spec.commandLine(), Msg.of("--columns: unknown role '%s' for '%s'%s; "
            + "roles: %s", role, header, DidYouMean.hint(role, TableImporter.ROLES),
            String.join(", ", TableImporter.ROLES)));
      }
      out.put(header, role);
    }
    return out;
  }

  private static void warn(Stderr err, Warning w) {
    err.warning(w.where(), w.text(), w.code());
  }

  @Override
  public List<List<String>> training() {
    return List.of(
        List.of("import", "{home}/examples/plan-2022.txt"),
        List.of("import", "{home}/examples/plan-2022.txt", "--year", "2022"));
  }

  @Override
  public List<List<String>> officeTraining() {
    return List.of(
        List.of("import", "{home}/examples/plan-2022.xlsx"),
        List.of("import", "{home}/examples/plan-2022.docx"));
  }
}
