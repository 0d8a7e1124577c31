package dev.qingdan.cli;

import dev.qingdan.model.Checklist;
import dev.qingdan.model.Row;
import dev.qingdan.phrase.Fold;
import dev.qingdan.render.Palette;
import dev.qingdan.render.RowsCsv;
import dev.qingdan.render.RowsJson;
import dev.qingdan.render.RowsMarkdown;
import dev.qingdan.render.RowsRenderer;
import dev.qingdan.render.RowsText;
import dev.qingdan.text.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code qingdan list}: the rows of the checklist as a table. */
@Command(
    name = "list",
    footerHeading = "%nExamples:%n",
    footer = {
      "  qingdan list --unit 区人社局",
      "  qingdan list --grep 歇业 --format markdown"},
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "List the rows of the checklist, optionally those of one unit or matching a "
        + "text.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:listed (possibly no rows)",
      "2:unknown unit, or the checklist cannot be read"
    })
public final class ListCommand implements Callable<Integer>, Described, ReadsChecklist {
  /** The output formats. */
  enum Format {
    text,
    json,
    csv,
    markdown;

    RowsRenderer renderer(Palette palette, Lang lang, int width) {
      return switch (this) {
        case text -> new RowsText(palette, width, lang);
        case json -> new RowsJson();
        case csv -> new RowsCsv();
        case markdown -> new RowsMarkdown(lang);
      };
    }
  }

  private final Terminal terminal;

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Option(
      names = "--unit",
      paramLabel = "UNIT",
      completionCandidates = Candidates.Units.class,
      description = "Only rows where this unit leads or partners; aliases count (区人力社保局 is "
          + "区人社局).")
  String unit;

  @Option(
      names = "--grep",
      paramLabel = "TEXT",
      description = "Only rows with this text in any cell (case and width forms alike: （园区） "
          + "finds (园区)).")
  String grep;

  @Mixin FormatOption<Format> format;

  public ListCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Checklist c = Policies.load(common);
    List<Row> rows = new ArrayList<>(c.rows());
    if (unit != null) {
      Predicate<String> same = Policies.unit(c, unit);
      rows.removeIf(r -> r.units().stream().noneMatch(same));
    }
    if (grep != null) {
      String needle = Fold.searched(grep);
      rows.removeIf(r -> cells(r).noneMatch(s -> Fold.searched(s).contains(needle)));
    }
    format.get().renderer(Palette.of(common.color.enabled(terminal)), common.lang(terminal),
        terminal.width()).render(spec.commandLine().getOut(), rows);
    return ExitCode.OK;
  }

  private static Stream<String> cells(Row r) {
    return Stream.of(Stream.of(r.id().toString(), r.title(), r.points(), r.goal(), r.indicator(),
            r.target().text(), r.schedule().text(), r.definition().text(), r.method()),
        r.units().stream()).flatMap(s -> s);
  }

  @Override
  public List<List<String>> training() {
    return List.of(
        List.of("list", "--example"),
        List.of("list", "--example", "--format", "json"),
        List.of("list", "--example", "--format", "csv"),
        List.of("list", "--example", "--format", "markdown"),
        List.of("list", "--example", "--unit", "区市场监管局", "--grep", "个体"));
  }

  @Override
  public List<String> outputs() {
    return List.of("list");
  }
}
