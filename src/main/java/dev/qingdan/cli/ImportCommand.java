package dev.qingdan.cli;

import dev.qingdan.load.InputException;
import dev.qingdan.load.Problem;
import dev.qingdan.load.SourceText;
import dev.qingdan.load.TableImporter;
import dev.qingdan.render.ChecklistYamlWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qingdan import FILE}: a checklist table pasted from Word or Excel, to checklist YAML. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Turn a checklist table as pasted from Word or Excel (tab-separated, like 附件1, header "
          + "rows repeated at page breaks, merged cells blank) into checklist YAML.",
      "The prose around the table is skipped; 附件2 becomes the unit register. Warnings name "
          + "their source line."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:imported (warnings on stderr)",
        "2:no table found, an unreadable input, or the output exists"})
public final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The pasted table (UTF-8 text).")
  Path file;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the YAML to this file (default: standard output).")
  Path output;

  @Option(names = "--force", description = "Replace the output file if it exists.")
  boolean force;

  @Option(names = "--year", paramLabel = "YYYY",
      description = "The plan's year for schedules (default: the year of the document's date).")
  Integer year;

  @Option(names = "--debug", description = "Show the stack trace of an error.")
  boolean debug;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    TableImporter.Result r;
    try {
      String text = SourceText.read(file, file.toString(), SourceText.DEFAULT_MAX_BYTES);
      r = TableImporter.fromText(file.toString(), text, year);
    } catch (InputException e) {
      throw UserException.of(e);
    }
    for (Problem w : r.warnings()) {
      err.print(w.where() + ": warning: " + w.message() + " [" + w.code() + "]\n");
    }
    if (output == null) {
      ChecklistYamlWriter.write(spec.commandLine().getOut(), r.checklist(), Map.of());
    } else {
      OutputFile.write(output, force, w -> ChecklistYamlWriter.write(w, r.checklist(), Map.of()));
      err.print("qingdan: wrote " + output + " (" + r.checklist().rows().size() + " rows)\n");
    }
    err.flush();
    return ExitCode.OK;
  }
}
