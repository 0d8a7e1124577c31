package dev.qingdan.cli;

import java.util.List;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The model of every command, built with picocli's programmatic API from what the
 * commands' annotations say, so that a run reads no annotation (picocli's reflection
 * took a third of a short run). Written by ModelSource (src/test): do not edit; after a
 * change to a command's annotations or fields, {@code mvn test -Dtest=ModelsTest} writes
 * it anew. ModelsTest checks that these models are the ones picocli makes.
 */
final class Models {
  private Models() {}

  /** The names of the subcommands, in the order of the annotation (aliases aside). */
  static final List<String> COMMANDS = List.of("validate", "list", "show", "schema", "import", "ratio", "deadlines", "report", "diff", "log", "completion", "man");

  /** The subcommand called {@code name} (or by an alias), or null. */
  static CommandSpec command(String name, IFactory f) throws Exception {
    switch (name) {
      case "validate":
        return validateCommand(f);
      case "list":
        return listCommand(f);
      case "show":
        return showCommand(f);
      case "schema":
        return schemaCommand(f);
      case "import":
        return importCommand(f);
      case "ratio":
        return ratioCommand(f);
      case "deadlines":
        return deadlinesCommand(f);
      case "report":
        return reportCommand(f);
      case "diff":
        return diffCommand(f);
      case "log":
        return logCommand(f);
      case "completion":
        return completionCommand(f);
      case "man":
        return manCommand(f);
      default:
        return null;
    }
  }

  /** {@code qingdan}, without its subcommands. */
  static CommandSpec qingdanCommand(IFactory f) throws Exception {
    QingdanCommand c = f.create(QingdanCommand.class);
    CommandSpec s = CommandSpec.wrapWithoutInspection(c, f);
    s.name("qingdan");
    s.versionProvider(f.create(VersionProvider.class));
    s.usageMessage().description("Check, measure and compare a policy task implementation checklist (任务实施清单).");
    s.usageMessage().synopsisSubcommandLabel("COMMAND");
    s.usageMessage().exitCodeListHeading("%nExit codes:%n");
    s.usageMessage().exitCodeList(UsageMessageSpec.keyValuesMap("0:success", "1:the check found something (validation errors, --fail-on, differences)", "2:trouble: bad usage, an unreadable or malformed input file"));
    Binding.inject(c, "spec", s);
    s.addMixin("mixinStandardHelpOptions", standardHelpOptions());
    return s;
  }

  /** {@code qingdan validate}. */
  static CommandSpec validateCommand(IFactory f) throws Exception {
    ValidateCommand c = f.create(ValidateCommand.class);
    CommandSpec s = CommandSpec.wrapWithoutInspection(c, f);
    s.name("validate");
    s.versionProvider(f.create(VersionProvider.class));
    s.usageMessage().description("Check checklist files: structure, ids, units, targets, milestones, definitions, and that each schedule's text agrees with its milestones.", "Every problem is reported with file:line:column.", "With --data, progress files (monthly reports, YAML or CSV) are checked too, against the checklist of -p: ids, units, months, figures, and the same report given twice.");
    s.usageMessage().exitCodeListHeading("%nExit codes:%n");
    s.usageMessage().exitCodeList(UsageMessageSpec.keyValuesMap("0:every file is valid", "1:a file has errors (or warnings, with --strict)", "2:a file is missing or unreadable, or bad usage"));
    Binding.inject(c, "spec", s);
    s.addMixin("common", commonOptions(Binding.inject(c, "common", f.create(CommonOptions.class)), s, f));
    s.addPositional(Binding.bind(PositionalParamSpec.builder()
        .paramLabel("FILE")
        .arity("0..*")
        .type(java.util.List.class)
        .auxiliaryTypes(java.nio.file.Path.class)
        .description("Checklist files to check (default: the checklist of -p, else ./policies.yaml).")
        .descriptionKey("")
        .prompt("")
        .withToString("field java.util.List<java.nio.file.Path> dev.qingdan.cli.ValidateCommand.files"), c, "files").build());
    s.addOption(Binding.bind(OptionSpec.builder("--format")
        .paramLabel("FORMAT")
        .defaultValue("text")
        .type(ValidateCommand.Format.class)
        .description("Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        .descriptionKey("")
        .prompt("")
        .withToString("field dev.qingdan.cli.ValidateCommand$Format dev.qingdan.cli.ValidateCommand.format"), c, "format").build());
    s.addOption(Binding.bind(OptionSpec.builder("--strict")
        .paramLabel("<strict>")
        .type(boolean.class)
        .description("Fail on warnings too.")
        .descriptionKey("")
        .prompt("")
        .withToString("field boolean dev.qingdan.cli.ValidateCommand.strict"), c, "strict").build());
    s.addOption(Binding.bind(OptionSpec.builder("-v", "--verbose")
        .paramLabel("<verbose>")
        .type(boolean.class)
        .description("Show notes too (text and github formats; json always has them).")
        .descriptionKey("")
        .prompt("")
        .withToString("field boolean dev.qingdan.cli.ValidateCommand.verbose"), c, "verbose").build());
    s.addOption(Binding.bind(OptionSpec.builder("--data")
        .paramLabel("FILE")
        .arity("1..*")
        .type(java.util.List.class)
        .auxiliaryTypes(java.nio.file.Path.class)
        .description("Progress files to check as well (.yaml, .yml or .csv; another name by its content).")
        .descriptionKey("")
        .prompt("")
        .withToString("field java.util.List<java.nio.file.Path> dev.qingdan.cli.ValidateCommand.data"), c, "data").build());
    s.addMixin("mixinStandardHelpOptions", standardHelpOptions());
    return s;
  }

  /** {@code qingdan list}. */
  static CommandSpec listCommand(IFactory f) throws Exception {
    ListCommand c = f.create(ListCommand.class);
    CommandSpec s = CommandSpec.wrapWithoutInspection(c, f);
    s.name("list");
    s.versionProvider(f.create(VersionProvider.class));
    s.usageMessage().description("List the rows of the checklist, optionally those of one unit or matching a text.");
    s.usageMessage().exitCodeListHeading("%nExit codes:%n");
    s.usageMessage().exitCodeList(UsageMessageSpec.keyValuesMap("0:listed (possibly no rows)", "2:unknown unit, or the checklist cannot be read"));
    Binding.inject(c, "spec", s);
    s.addMixin("common", commonOptions(Binding.inject(c, "common", f.create(CommonOptions.class)), s, f));
    s.addOption(Binding.bind(OptionSpec.builder("--unit")
        .paramLabel("UNIT")
        .type(java.lang.String.class)
        .completionCandidates(f.create(Candidates.Units.class))
        .description("Only rows where this unit leads or partners; aliases count (区人力社保局 is 区人社局).")
        .descriptionKey("")
        .prompt("")
        .withToString("field String dev.qingdan.cli.ListCommand.unit"), c, "unit").build());
    s.addOption(Binding.bind(OptionSpec.builder("--grep")
        .paramLabel("TEXT")
        .type(java.lang.String.class)
        .description("Only rows with this text in any cell (case-insensitive).")
        .descriptionKey("")
        .prompt("")
        .withToString("field String dev.qingdan.cli.ListCommand.grep"), c, "grep").build());
    s.addOption(Binding.bind(OptionSpec.builder("--format")
        .paramLabel("FORMAT")
        .defaultValue("text")
        .type(ListCommand.Format.class)
        .description("Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        .descriptionKey("")
        .prompt("")
        .withToString("field dev.qingdan.cli.ListCommand$Format dev.qingdan.cli.ListCommand.format"), c, "format").build());
    s.addMixin("mixinStandardHelpOptions", standardHelpOptions());
    return s;
  }

  /** {@code qingdan show}. */
  static CommandSpec showCommand(IFactory f) throws Exception {
    ShowCommand c = f.create(ShowCommand.class);
    CommandSpec s = CommandSpec.wrapWithoutInspection(c, f);
    s.name("show");
    s.versionProvider(f.create(VersionProvider.class));
    s.usageMessage().description("Show one row (13.1), item (8: all its rows) or goal (G1) in full.");
    s.usageMessage().exitCodeListHeading("%nExit codes:%n");
    s.usageMessage().exitCodeList(UsageMessageSpec.keyValuesMap("0:shown", "2:no such id, or the checklist cannot be read"));
    Binding.inject(c, "spec", s);
    s.addMixin("common", commonOptions(Binding.inject(c, "common", f.create(CommonOptions.class)), s, f));
    s.addPositional(Binding.bind(PositionalParamSpec.builder()
        .required(true)
        .paramLabel("ID")
        .arity("1")
        .type(java.lang.String.class)
        .completionCandidates(f.create(Candidates.Ids.class))
        .description("A row (N.k), an item (N) or a goal (G1, G2).")
        .descriptionKey("")
        .prompt("")
        .withToString("field String dev.qingdan.cli.ShowCommand.id"), c, "id").build());
    s.addOption(Binding.bind(OptionSpec.builder("--format")
        .paramLabel("FORMAT")
        .defaultValue("text")
        .type(ShowCommand.Format.class)
        .description("Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        .descriptionKey("")
        .prompt("")
        .withToString("field dev.qingdan.cli.ShowCommand$Format dev.qingdan.cli.ShowCommand.format"), c, "format").build());
    s.addMixin("mixinStandardHelpOptions", standardHelpOptions());
    return s;
  }

  /** {@code qingdan schema}. */
  static CommandSpec schemaCommand(IFactory f) throws Exception {
    SchemaCommand c = f.create(SchemaCommand.class);
    CommandSpec s = CommandSpec.wrapWithoutInspection(c, f);
    s.name("schema");
    s.versionProvider(f.create(VersionProvider.class));
    s.usageMessage().description("Print the JSON Schema of the checklist (policies.yaml), of the progress files, or of a command's JSON output (schema output validate).", "The same schemas are in the repository's schema/ folder; printed, each is whole (what it shares with the others is embedded under $defs), so that it validates alone. policies.yaml names its schema in its first line, so that editors check the file as you type.");
    s.usageMessage().exitCodeListHeading("%nExit codes:%n");
    s.usageMessage().exitCodeList(UsageMessageSpec.keyValuesMap("0:printed", "2:no such schema"));
    Binding.inject(c, "spec", s);
    s.addPositional(Binding.bind(PositionalParamSpec.builder()
        .index("0")
        .paramLabel("KIND")
        .arity("0..1")
        .defaultValue("policies")
        .type(java.lang.String.class)
        .completionCandidates(f.create(SchemaCommand.Kinds.class))
        .description("policies, progress or output (default: ${DEFAULT-VALUE}).")
        .descriptionKey("")
        .prompt("")
        .withToString("field String dev.qingdan.cli.SchemaCommand.kind"), c, "kind").build());
    s.addPositional(Binding.bind(PositionalParamSpec.builder()
        .index("1")
        .paramLabel("COMMAND")
        .arity("0..1")
        .type(java.lang.String.class)
        .description("With output: the command whose JSON output to describe.")
        .descriptionKey("")
        .prompt("")
        .withToString("field String dev.qingdan.cli.SchemaCommand.command"), c, "command").build());
    s.addMixin("mixinStandardHelpOptions", standardHelpOptions());
    return s;
  }

  /** {@code qingdan import}. */
  static CommandSpec importCommand(IFactory f) throws Exception {
    ImportCommand c = f.create(ImportCommand.class);
    CommandSpec s = CommandSpec.wrapWithoutInspection(c, f);
    s.name("import");
    s.versionProvider(f.create(VersionProvider.class));
    s.usageMessage().description("Turn a checklist table (Word .docx, Excel .xlsx, or pasted text) into checklist YAML.", "Pasted text is tab-separated UTF-8, like 附件1 in the plan. The format is told by the content, not by the name.", "The prose around the table and the header rows repeated at page breaks are skipped; columns are found by their header names, in any order; a blank cell that a merged cell left repeats the cell above, as README.md describes; 附件2 becomes the unit register.", "Warnings go to stderr, each with its place: file:line, file:table T, row R, or file:Sheet!A12.", "-p and --color are taken as by every command, and not used.");
    s.usageMessage().exitCodeListHeading("%nExit codes:%n");
    s.usageMessage().exitCodeList(UsageMessageSpec.keyValuesMap("0:imported (warnings on stderr)", "2:no checklist table found, an unreadable input, bad usage, or the output file exists"));
    Binding.inject(c, "spec", s);
    s.addMixin("common", commonOptions(Binding.inject(c, "common", f.create(CommonOptions.class)), s, f));
    s.addPositional(Binding.bind(PositionalParamSpec.builder()
        .required(true)
        .paramLabel("FILE")
        .arity("1")
        .type(java.nio.file.Path.class)
        .description("The table: .docx, .xlsx or tab-separated text (told apart by content).")
        .descriptionKey("")
        .prompt("")
        .withToString("field java.nio.file.Path dev.qingdan.cli.ImportCommand.file"), c, "file").build());
    s.addOption(Binding.bind(OptionSpec.builder("-o", "--output")
        .paramLabel("FILE")
        .type(java.nio.file.Path.class)
        .description("Write the YAML to this file, atomically (default: standard output).")
        .descriptionKey("")
        .prompt("")
        .withToString("field java.nio.file.Path dev.qingdan.cli.ImportCommand.output"), c, "output").build());
    s.addOption(Binding.bind(OptionSpec.builder("--force")
        .paramLabel("<force>")
        .type(boolean.class)
        .description("Replace the output file if it exists.")
        .descriptionKey("")
        .prompt("")
        .withToString("field boolean dev.qingdan.cli.ImportCommand.force"), c, "force").build());
    s.addOption(Binding.bind(OptionSpec.builder("--year")
        .paramLabel("YYYY")
        .type(java.lang.Integer.class)
        .description("The plan's year for schedules (default: the year of the document's date).")
        .descriptionKey("")
        .prompt("")
        .withToString("field Integer dev.qingdan.cli.ImportCommand.year"), c, "year").build());
    s.addMixin("mixinStandardHelpOptions", standardHelpOptions());
    return s;
  }

  /** {@code qingdan ratio}. */
  static CommandSpec ratioCommand(IFactory f) throws Exception {
    RatioCommand c = f.create(RatioCommand.class);
    CommandSpec s = CommandSpec.wrapWithoutInspection(c, f);
    s.name("ratio");
    s.versionProvider(f.create(VersionProvider.class));
    s.usageMessage().description("Compute every indicator from the monthly reports (每月评估): Σnumerator/Σdenominator over the months, count/target for a count, each against its target, exactly.", "Statuses: met, missed, in-progress (a count not reached yet), no-data, no-target. Rows whose target holds every month (24.1, 24.2) are missed by one month under it, named in breaches. Beside each ratio: its 95%% Wilson score interval, and how completely the lead units reported.", "Several files add up (one per month, or per unit); a bad report stops the command with every problem and its file:line:column.");
    s.usageMessage().exitCodeListHeading("%nExit codes:%n");
    s.usageMessage().exitCodeList(UsageMessageSpec.keyValuesMap("0:computed", "1:--fail-on missed, and an indicator is missed", "2:bad usage, or a progress file or the checklist is unreadable or has errors"));
    Binding.inject(c, "spec", s);
    s.addMixin("common", commonOptions(Binding.inject(c, "common", f.create(CommonOptions.class)), s, f));
    s.addOption(Binding.bind(OptionSpec.builder("--id")
        .paramLabel("ID")
        .splitRegex(",")
        .type(java.util.List.class)
        .auxiliaryTypes(java.lang.String.class)
        .description("Only these rows (13.1), items (8: all its rows) or goals (G1), comma-separated or repeated (default: all).")
        .descriptionKey("")
        .prompt("")
        .withToString("field java.util.List<String> dev.qingdan.cli.RatioCommand.ids"), c, "ids").build());
    s.addOption(Binding.bind(OptionSpec.builder("--data")
        .required(true)
        .paramLabel("FILE")
        .arity("1..*")
        .type(java.util.List.class)
        .auxiliaryTypes(java.nio.file.Path.class)
        .description("Progress files (.yaml, .yml or .csv; another name by its content).")
        .descriptionKey("")
        .prompt("")
        .withToString("field java.util.List<java.nio.file.Path> dev.qingdan.cli.RatioCommand.data"), c, "data").build());
    s.addOption(Binding.bind(OptionSpec.builder("--through")
        .paramLabel("YYYY-MM")
        .type(java.time.YearMonth.class)
        .converters(f.create(RatioCommand.MonthConverter.class))
        .description("Cumulative up to and including this month (default: the latest month in the data).")
        .descriptionKey("")
        .prompt("")
        .withToString("field java.time.YearMonth dev.qingdan.cli.RatioCommand.through"), c, "through").build());
    s.addOption(Binding.bind(OptionSpec.builder("--period")
        .paramLabel("YYYY-MM")
        .type(java.time.YearMonth.class)
        .converters(f.create(RatioCommand.MonthConverter.class))
        .description("This month only (instead of --through).")
        .descriptionKey("")
        .prompt("")
        .withToString("field java.time.YearMonth dev.qingdan.cli.RatioCommand.period"), c, "period").build());
    s.addOption(Binding.bind(OptionSpec.builder("--by")
        .paramLabel("WHAT")
        .type(RatioCommand.By.class)
        .description("Group by lead unit (${COMPLETION-CANDIDATES}): each unit's indicators, statuses and reporting rate.")
        .descriptionKey("")
        .prompt("")
        .withToString("field dev.qingdan.cli.RatioCommand$By dev.qingdan.cli.RatioCommand.by"), c, "by").build());
    s.addOption(Binding.bind(OptionSpec.builder("--fail-on")
        .paramLabel("STATUS")
        .type(RatioCommand.FailOn.class)
        .description("Exit 1 when an indicator has this status: ${COMPLETION-CANDIDATES}.")
        .descriptionKey("")
        .prompt("")
        .withToString("field dev.qingdan.cli.RatioCommand$FailOn dev.qingdan.cli.RatioCommand.failOn"), c, "failOn").build());
    s.addOption(Binding.bind(OptionSpec.builder("--format")
        .paramLabel("FORMAT")
        .defaultValue("text")
        .type(RatioCommand.Format.class)
        .description("Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        .descriptionKey("")
        .prompt("")
        .withToString("field dev.qingdan.cli.RatioCommand$Format dev.qingdan.cli.RatioCommand.format"), c, "format").build());
    s.addMixin("mixinStandardHelpOptions", standardHelpOptions());
    return s;
  }

  /** {@code qingdan deadlines}. */
  static CommandSpec deadlinesCommand(IFactory f) throws Exception {
    DeadlinesCommand c = f.create(DeadlinesCommand.class);
    CommandSpec s = CommandSpec.wrapWithoutInspection(c, f);
    s.name("deadlines");
    s.versionProvider(f.create(VersionProvider.class));
    s.usageMessage().description("Show each row's plan as of a date: planned and actual figures, the status (done, on-track, behind, overdue, pending, ongoing, no-data), the traffic light (三色预警) and, for counts, a forecast at the current pace.", "", "Due dates are inclusive. A count with a single due date is planned pro rata over its window by the whole months ended by the date (全年 is January to December). The light is red when overdue or more than --red points behind plan (gap = (planned - actual) / target x 100), yellow from --yellow points or when a milestone not yet reached falls due within --due-soon days, green otherwise.");
    s.usageMessage().exitCodeListHeading("%nExit codes:%n");
    s.usageMessage().exitCodeList(UsageMessageSpec.keyValuesMap("0:shown (and no row hit --fail-on)", "1:a row is behind or overdue as --fail-on asks", "2:bad usage, or the checklist or a progress file cannot be used"));
    Binding.inject(c, "spec", s);
    s.addMixin("common", commonOptions(Binding.inject(c, "common", f.create(CommonOptions.class)), s, f));
    s.addOption(Binding.bind(OptionSpec.builder("--as-of")
        .paramLabel("DATE")
        .type(java.time.LocalDate.class)
        .converters(f.create(DeadlinesCommand.DateConverter.class))
        .description("Judge as of this day, YYYY-MM-DD (default: today, in the local time zone).")
        .descriptionKey("")
        .prompt("")
        .withToString("field java.time.LocalDate dev.qingdan.cli.DeadlinesCommand.asOf"), c, "asOf").build());
    s.addOption(Binding.bind(OptionSpec.builder("--data")
        .paramLabel("FILE")
        .arity("1..*")
        .type(java.util.List.class)
        .auxiliaryTypes(java.nio.file.Path.class)
        .description("Progress reports (YAML or CSV); several files add up. Without them nothing is reported yet.")
        .descriptionKey("")
        .prompt("")
        .withToString("field java.util.List<java.nio.file.Path> dev.qingdan.cli.DeadlinesCommand.data"), c, "data").build());
    s.addOption(Binding.bind(OptionSpec.builder("--fail-on")
        .paramLabel("WHAT")
        .type(DeadlinesCommand.FailOn.class)
        .description("Exit 1 when a row shown is behind plan or overdue (behind), or only when one is overdue (overdue).")
        .descriptionKey("")
        .prompt("")
        .withToString("field dev.qingdan.cli.DeadlinesCommand$FailOn dev.qingdan.cli.DeadlinesCommand.failOn"), c, "failOn").build());
    s.addOption(Binding.bind(OptionSpec.builder("--within")
        .paramLabel("N")
        .type(java.lang.Integer.class)
        .description("Only rows with a milestone falling due within N days of the date (the day itself included); with --format ics, only those milestones.")
        .descriptionKey("")
        .prompt("")
        .withToString("field Integer dev.qingdan.cli.DeadlinesCommand.within"), c, "within").build());
    s.addOption(Binding.bind(OptionSpec.builder("--unit")
        .paramLabel("UNIT")
        .type(java.lang.String.class)
        .description("Only rows this unit leads; aliases count (区人力社保局 is 区人社局).")
        .descriptionKey("")
        .prompt("")
        .withToString("field String dev.qingdan.cli.DeadlinesCommand.unit"), c, "unit").build());
    s.addMixin("lights", lightOptions(Binding.inject(c, "lights", f.create(LightOptions.class)), s, f));
    s.addOption(Binding.bind(OptionSpec.builder("--format")
        .paramLabel("FORMAT")
        .defaultValue("text")
        .type(DeadlinesCommand.Format.class)
        .description("Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); ics is an iCalendar of the milestones.")
        .descriptionKey("")
        .prompt("")
        .withToString("field dev.qingdan.cli.DeadlinesCommand$Format dev.qingdan.cli.DeadlinesCommand.format"), c, "format").build());
    s.addMixin("mixinStandardHelpOptions", standardHelpOptions());
    return s;
  }

  /** {@code qingdan report}. */
  static CommandSpec reportCommand(IFactory f) throws Exception {
    ReportCommand c = f.create(ReportCommand.class);
    CommandSpec s = CommandSpec.wrapWithoutInspection(c, f);
    s.name("report");
    s.versionProvider(f.create(VersionProvider.class));
    s.usageMessage().description("Write the monthly evaluation (每月评估) as of a date: ratios and deadlines together, by lead unit, as text, Markdown, JSON or one self-contained HTML page.", "", "It opens with a headline (targets met and missed, rows behind and overdue, red, yellow and green lights, reporting), then lists the red and yellow rows with what turns them green, the missed targets, the goals G1 and G2, and each lead unit's rows, those needing attention first (red, yellow, missed). A row led by two units is shown under both.", "", "Ratios are those of 'qingdan ratio --through', lights and plans those of 'qingdan deadlines --as-of' with the same thresholds, both on the reports up to --through. The html page has burn-up charts of the count plans and a month x row heat map of the ratios; it loads nothing from elsewhere and prints a section per page.");
    s.usageMessage().exitCodeListHeading("%nExit codes:%n");
    s.usageMessage().exitCodeList(UsageMessageSpec.keyValuesMap("0:the report is written", "2:bad usage, the checklist or a progress file cannot be used, or -o cannot be written"));
    Binding.inject(c, "spec", s);
    s.addMixin("common", commonOptions(Binding.inject(c, "common", f.create(CommonOptions.class)), s, f));
    s.addOption(Binding.bind(OptionSpec.builder("--data")
        .required(true)
        .paramLabel("FILE")
        .arity("1..*")
        .type(java.util.List.class)
        .auxiliaryTypes(java.nio.file.Path.class)
        .description("Progress files (.yaml, .yml or .csv; another name by its content); several files add up.")
        .descriptionKey("")
        .prompt("")
        .withToString("field java.util.List<java.nio.file.Path> dev.qingdan.cli.ReportCommand.data"), c, "data").build());
    s.addOption(Binding.bind(OptionSpec.builder("--as-of")
        .paramLabel("DATE")
        .type(java.time.LocalDate.class)
        .converters(f.create(DeadlinesCommand.DateConverter.class))
        .description("Judge as of this day, YYYY-MM-DD (default: today, in the local time zone).")
        .descriptionKey("")
        .prompt("")
        .withToString("field java.time.LocalDate dev.qingdan.cli.ReportCommand.asOf"), c, "asOf").build());
    s.addOption(Binding.bind(OptionSpec.builder("--through")
        .paramLabel("YYYY-MM")
        .type(java.time.YearMonth.class)
        .converters(f.create(RatioCommand.MonthConverter.class))
        .description("Count the reports up to and including this month, at the latest the as-of date's month, for the ratios and the plans alike (default: the as-of date's month).")
        .descriptionKey("")
        .prompt("")
        .withToString("field java.time.YearMonth dev.qingdan.cli.ReportCommand.through"), c, "through").build());
    s.addMixin("lights", lightOptions(Binding.inject(c, "lights", f.create(LightOptions.class)), s, f));
    s.addOption(Binding.bind(OptionSpec.builder("--format")
        .paramLabel("FORMAT")
        .defaultValue("text")
        .type(ReportCommand.Format.class)
        .description("Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        .descriptionKey("")
        .prompt("")
        .withToString("field dev.qingdan.cli.ReportCommand$Format dev.qingdan.cli.ReportCommand.format"), c, "format").build());
    s.addOption(Binding.bind(OptionSpec.builder("-o", "--output")
        .paramLabel("FILE")
        .type(java.nio.file.Path.class)
        .description("Write the report to this file, atomically (default: standard output).")
        .descriptionKey("")
        .prompt("")
        .withToString("field java.nio.file.Path dev.qingdan.cli.ReportCommand.output"), c, "output").build());
    s.addOption(Binding.bind(OptionSpec.builder("--force")
        .paramLabel("<force>")
        .type(boolean.class)
        .description("Replace the output file if it exists.")
        .descriptionKey("")
        .prompt("")
        .withToString("field boolean dev.qingdan.cli.ReportCommand.force"), c, "force").build());
    s.addMixin("mixinStandardHelpOptions", standardHelpOptions());
    return s;
  }

  /** {@code qingdan diff}. */
  static CommandSpec diffCommand(IFactory f) throws Exception {
    DiffCommand c = f.create(DiffCommand.class);
    CommandSpec s = CommandSpec.wrapWithoutInspection(c, f);
    s.name("diff");
    s.versionProvider(f.create(VersionProvider.class));
    s.usageMessage().description("Compare two revisions of the checklist: rows added, removed, renumbered and modified, each change judged tightening, loosening, neutral or definitional.", "Rows are matched by their content, not by their number, so deleting item 12 shows one removed row and the rows after it as renumbered.", "OLD and NEW are files or git revisions: HEAD~1 (its policies.yaml against the working tree's), v1 v2, v1..v2, v1...v2 (from the merge base), REV:path, :path (the index). An existing file is always read as a file.");
    s.usageMessage().exitCodeListHeading("%nExit codes:%n");
    s.usageMessage().exitCodeList(UsageMessageSpec.keyValuesMap("0:compared (with --exit-code: no differences)", "1:differences with --exit-code, or a change that --fail-on fails on", "2:a revision or file cannot be read, or bad usage"));
    Binding.inject(c, "spec", s);
    s.addMixin("common", commonOptions(Binding.inject(c, "common", f.create(CommonOptions.class)), s, f));
    s.addPositional(Binding.bind(PositionalParamSpec.builder()
        .index("0")
        .required(true)
        .paramLabel("OLD")
        .arity("1")
        .type(java.lang.String.class)
        .description("The old revision: a file, or a git revision or range.")
        .descriptionKey("")
        .prompt("")
        .withToString("field String dev.qingdan.cli.DiffCommand.old"), c, "old").build());
    s.addPositional(Binding.bind(PositionalParamSpec.builder()
        .index("1")
        .paramLabel("NEW")
        .arity("0..1")
        .type(java.lang.String.class)
        .description("The new revision: a file or git revision (default: the checklist of -p, else ./policies.yaml).")
        .descriptionKey("")
        .prompt("")
        .withToString("field String dev.qingdan.cli.DiffCommand.neu"), c, "neu").build());
    s.addPositional(Binding.bind(PositionalParamSpec.builder()
        .index("2..*")
        .paramLabel("<more>")
        .arity("0..1")
        .hidden(true)
        .type(java.util.List.class)
        .auxiliaryTypes(java.lang.String.class)
        .description("The rest of git's arguments with --git-external.")
        .descriptionKey("")
        .prompt("")
        .withToString("field java.util.List<String> dev.qingdan.cli.DiffCommand.more"), c, "more").build());
    s.addOption(Binding.bind(OptionSpec.builder("--format")
        .paramLabel("FORMAT")
        .defaultValue("text")
        .type(DiffCommand.Format.class)
        .description("Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). markdown is a revision notice (修订说明); github prints annotations.")
        .descriptionKey("")
        .prompt("")
        .withToString("field dev.qingdan.cli.DiffCommand$Format dev.qingdan.cli.DiffCommand.format"), c, "format").build());
    s.addOption(Binding.bind(OptionSpec.builder("--exit-code")
        .paramLabel("<exitCode>")
        .type(boolean.class)
        .description("Exit with 1 when the revisions differ, like git diff --exit-code.")
        .descriptionKey("")
        .prompt("")
        .withToString("field boolean dev.qingdan.cli.DiffCommand.exitCode"), c, "exitCode").build());
    s.addOption(Binding.bind(OptionSpec.builder("--fail-on")
        .paramLabel("IMPACT")
        .splitRegex(",")
        .type(java.util.List.class)
        .auxiliaryTypes(DiffCommand.Gate.class)
        .description("Exit with 1 when a change of this impact is not acknowledged: ${COMPLETION-CANDIDATES} (repeatable, or comma-separated).")
        .descriptionKey("")
        .prompt("")
        .withToString("field java.util.List<dev.qingdan.cli.DiffCommand$Gate> dev.qingdan.cli.DiffCommand.failOn"), c, "failOn").build());
    s.addOption(Binding.bind(OptionSpec.builder("--ack")
        .paramLabel("FILE")
        .type(java.nio.file.Path.class)
        .description("Reviewed changes that --fail-on lets pass: a YAML list of {fingerprint, reason, date}.")
        .descriptionKey("")
        .prompt("")
        .withToString("field java.nio.file.Path dev.qingdan.cli.DiffCommand.ack"), c, "ack").build());
    s.addOption(Binding.bind(OptionSpec.builder("-C", "--directory")
        .paramLabel("DIR")
        .type(java.nio.file.Path.class)
        .description("Run as if started in DIR: relative paths and git revisions are read there.")
        .descriptionKey("")
        .prompt("")
        .withToString("field java.nio.file.Path dev.qingdan.cli.DiffCommand.directory"), c, "directory").build());
    s.addOption(Binding.bind(OptionSpec.builder("--git-external")
        .paramLabel("<gitExternal>")
        .type(boolean.class)
        .description("Act as git's external diff command (diff.qingdan.command): take the 7 arguments git gives it; never exit 1.")
        .descriptionKey("")
        .prompt("")
        .withToString("field boolean dev.qingdan.cli.DiffCommand.gitExternal"), c, "gitExternal").build());
    s.addMixin("mixinStandardHelpOptions", standardHelpOptions());
    return s;
  }

  /** {@code qingdan log}. */
  static CommandSpec logCommand(IFactory f) throws Exception {
    LogCommand c = f.create(LogCommand.class);
    CommandSpec s = CommandSpec.wrapWithoutInspection(c, f);
    s.name("log");
    s.versionProvider(f.create(VersionProvider.class));
    s.usageMessage().description("List the revisions of the checklist in the git history, with what each one changed.", "The commits that changed the file (git log -- policies.yaml), newest first, each with the rows and goals added, removed, modified and renumbered against its first parent, as qingdan diff counts them.");
    s.usageMessage().exitCodeListHeading("%nExit codes:%n");
    s.usageMessage().exitCodeList(UsageMessageSpec.keyValuesMap("0:listed (possibly no revisions)", "2:not in a git repository, or git failed"));
    Binding.inject(c, "spec", s);
    s.addMixin("common", commonOptions(Binding.inject(c, "common", f.create(CommonOptions.class)), s, f));
    s.addOption(Binding.bind(OptionSpec.builder("-n", "--max-count")
        .paramLabel("N")
        .type(int.class)
        .description("Only the N newest revisions.")
        .descriptionKey("")
        .prompt("")
        .withToString("field int dev.qingdan.cli.LogCommand.max"), c, "max").build());
    s.addOption(Binding.bind(OptionSpec.builder("--format")
        .paramLabel("FORMAT")
        .defaultValue("text")
        .type(LogCommand.Format.class)
        .description("Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        .descriptionKey("")
        .prompt("")
        .withToString("field dev.qingdan.cli.LogCommand$Format dev.qingdan.cli.LogCommand.format"), c, "format").build());
    s.addOption(Binding.bind(OptionSpec.builder("-C", "--directory")
        .paramLabel("DIR")
        .type(java.nio.file.Path.class)
        .description("Run as if started in DIR.")
        .descriptionKey("")
        .prompt("")
        .withToString("field java.nio.file.Path dev.qingdan.cli.LogCommand.directory"), c, "directory").build());
    s.addPositional(Binding.bind(PositionalParamSpec.builder()
        .paramLabel("REVISION")
        .arity("0..1")
        .type(java.lang.String.class)
        .description("The history to read, as git log takes it: a branch, a tag, a range (v1..v2) (default: HEAD).")
        .descriptionKey("")
        .prompt("")
        .withToString("field String dev.qingdan.cli.LogCommand.revision"), c, "revision").build());
    s.addMixin("mixinStandardHelpOptions", standardHelpOptions());
    return s;
  }

  /** {@code qingdan completion}. */
  static CommandSpec completionCommand(IFactory f) throws Exception {
    CompletionCommand c = f.create(CompletionCommand.class);
    CommandSpec s = CommandSpec.wrapWithoutInspection(c, f);
    s.name("completion");
    s.versionProvider(f.create(VersionProvider.class));
    s.usageMessage().description("Print a shell completion script. Commands, options, formats, row ids and unit names complete.", "bash: source <(qingdan completion bash)   zsh: source <(qingdan completion zsh)", "The same scripts are in the repository's completions/ folder.");
    Binding.inject(c, "spec", s);
    s.addPositional(Binding.bind(PositionalParamSpec.builder()
        .required(true)
        .paramLabel("SHELL")
        .arity("1")
        .type(CompletionCommand.Shell.class)
        .description("The shell: ${COMPLETION-CANDIDATES}.")
        .descriptionKey("")
        .prompt("")
        .withToString("field dev.qingdan.cli.CompletionCommand$Shell dev.qingdan.cli.CompletionCommand.shell"), c, "shell").build());
    s.addOption(Binding.bind(OptionSpec.builder("--generate")
        .paramLabel("<generate>")
        .hidden(true)
        .type(boolean.class)
        .description("Generate the script from the commands instead of printing the bundled copy (to update completions/).")
        .descriptionKey("")
        .prompt("")
        .withToString("field boolean dev.qingdan.cli.CompletionCommand.generate"), c, "generate").build());
    s.addMixin("mixinStandardHelpOptions", standardHelpOptions());
    return s;
  }

  /** {@code qingdan man}. */
  static CommandSpec manCommand(IFactory f) throws Exception {
    ManCommand c = f.create(ManCommand.class);
    CommandSpec s = CommandSpec.wrapWithoutInspection(c, f);
    s.name("man");
    s.versionProvider(f.create(VersionProvider.class));
    s.usageMessage().description("Print the manual page (roff): qingdan man | man -l -");
    s.usageMessage().hidden(true);
    Binding.inject(c, "spec", s);
    s.addMixin("mixinStandardHelpOptions", standardHelpOptions());
    return s;
  }

  /** The options of {@link CommonOptions}. */
  private static CommandSpec commonOptions(CommonOptions m, CommandSpec mixee, IFactory f) throws Exception {
    CommandSpec s = CommandSpec.wrapWithoutInspection(m, f);
    s.addOption(Binding.bind(OptionSpec.builder("-p", "--policies")
        .paramLabel("FILE")
        .type(java.nio.file.Path.class)
        .description("The checklist (default: ./policies.yaml; where that does not exist, the copy bundled in qingdan).")
        .descriptionKey("")
        .prompt("")
        .withToString("field java.nio.file.Path dev.qingdan.cli.CommonOptions.policies"), m, "policies").build());
    s.addOption(Binding.bind(OptionSpec.builder("--color")
        .paramLabel("WHEN")
        .defaultValue("auto")
        .type(ColorMode.class)
        .description("Colour the output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: only on a terminal, and not when NO_COLOR is set).")
        .descriptionKey("")
        .prompt("")
        .withToString("field dev.qingdan.cli.ColorMode dev.qingdan.cli.CommonOptions.color"), m, "color").build());
    s.addOption(Binding.bind(OptionSpec.builder("--debug")
        .paramLabel("<debug>")
        .type(boolean.class)
        .description("Show the stack trace of an error.")
        .descriptionKey("")
        .prompt("")
        .withToString("field boolean dev.qingdan.cli.CommonOptions.debug"), m, "debug").build());
    s.addOption(Binding.bind(OptionSpec.builder("--lang")
        .paramLabel("LANG")
        .type(dev.qingdan.render.Lang.class)
        .description("Language of messages, headers and statuses: ${COMPLETION-CANDIDATES} (default: from the locale, LC_ALL, LC_MESSAGES or LANG; English unless it is zh). JSON keys and status words stay the same.")
        .descriptionKey("")
        .prompt("")
        .withToString("field dev.qingdan.render.Lang dev.qingdan.cli.CommonOptions.lang"), m, "lang").build());
    return s;
  }

  /** The options of {@link LightOptions}. */
  private static CommandSpec lightOptions(LightOptions m, CommandSpec mixee, IFactory f) throws Exception {
    CommandSpec s = CommandSpec.wrapWithoutInspection(m, f);
    Binding.inject(m, "mixee", mixee);
    s.addOption(Binding.bind(OptionSpec.builder("--yellow")
        .paramLabel("N")
        .defaultValue("10")
        .type(java.math.BigDecimal.class)
        .description("Yellow from this many points behind plan (default: ${DEFAULT-VALUE}).")
        .descriptionKey("")
        .prompt("")
        .withToString("field java.math.BigDecimal dev.qingdan.cli.LightOptions.yellow"), m, "yellow").build());
    s.addOption(Binding.bind(OptionSpec.builder("--red")
        .paramLabel("N")
        .defaultValue("30")
        .type(java.math.BigDecimal.class)
        .description("Red above this many points behind plan (default: ${DEFAULT-VALUE}).")
        .descriptionKey("")
        .prompt("")
        .withToString("field java.math.BigDecimal dev.qingdan.cli.LightOptions.red"), m, "red").build());
    s.addOption(Binding.bind(OptionSpec.builder("--due-soon")
        .paramLabel("N")
        .defaultValue("7")
        .type(int.class)
        .description("Yellow when a milestone not yet reached falls due within N days (default: ${DEFAULT-VALUE}).")
        .descriptionKey("")
        .prompt("")
        .withToString("field int dev.qingdan.cli.LightOptions.dueSoon"), m, "dueSoon").build());
    return s;
  }

  /** picocli's --help and --version (mixinStandardHelpOptions). */
  private static CommandSpec standardHelpOptions() {
    Object m = Binding.create("picocli.CommandLine$AutoHelpMixin");
    CommandSpec s = CommandSpec.wrapWithoutInspection(m);
    s.addOption(Binding.bind(OptionSpec.builder("${picocli.help.name.0:--h}", "${picocli.help.name.1:---help}")
        .usageHelp(true)
        .paramLabel("<helpRequested>")
        .type(boolean.class)
        .description("Show this help message and exit.")
        .descriptionKey("mixinStandardHelpOptions.help")
        .prompt("")
        .withToString("field boolean picocli.CommandLine$AutoHelpMixin.helpRequested"), m, "helpRequested").build());
    s.addOption(Binding.bind(OptionSpec.builder("${picocli.version.name.0:--V}", "${picocli.version.name.1:---version}")
        .versionHelp(true)
        .paramLabel("<versionRequested>")
        .type(boolean.class)
        .description("Print version information and exit.")
        .descriptionKey("mixinStandardHelpOptions.version")
        .prompt("")
        .withToString("field boolean picocli.CommandLine$AutoHelpMixin.versionRequested"), m, "versionRequested").build());
    return s;
  }
}
