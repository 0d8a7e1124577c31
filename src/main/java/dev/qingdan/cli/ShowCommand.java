package dev.qingdan.cli;

import dev.qingdan.load.checklist.Ids;
import dev.qingdan.text.Msg;
import dev.qingdan.model.Checklist;
import dev.qingdan.model.Selection;
import dev.qingdan.render.Palette;
import dev.qingdan.render.ShowJson;
import dev.qingdan.render.ShowRenderer;
import dev.qingdan.render.ShowText;
import dev.qingdan.render.ShowYaml;
import dev.qingdan.text.Lang;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qingdan show ID}: one row, item or goal in full. */
@Command(
    name = "show",
    footerHeading = "%nExamples:%n",
    footer = {
      "  qingdan show 20.1",
      "  qingdan show 8 --format yaml",
      "  qingdan show G1 --format json"},
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Show one row (13.1), item (8: all its rows) or goal (G1) in full.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:shown", "2:no such id, or the checklist cannot be read"})
public final class ShowCommand implements Callable<Integer>, Described, ReadsChecklist {
  /** The output formats. */
  enum Format {
    text,
    json,
    yaml;

    /** The renderer; {@code width} 0 means no wrapping. */
    ShowRenderer renderer(int width, Palette palette, Lang lang) {
      return switch (this) {
        case text -> new ShowText(width, palette, lang);
        case json -> new ShowJson();
        case yaml -> new ShowYaml();
      };
    }
  }

  private final Terminal terminal;

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Parameters(paramLabel = "ID", completionCandidates = Candidates.Ids.class,
      description = "A row (N.k), an item (N) or a goal (G1, G2).")
  String id;

  @Mixin FormatOption<Format> format;

  public ShowCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Checklist c = Policies.load(common);
    Selection s;
    try {
      s = Ids.select(c, id);
    } catch (Ids.IdException e) {
      throw new UserException(ExitCode.TROUBLE, e.msg());
    }
    format.get().renderer(terminal.width(), Palette.of(common.color.enabled(terminal)),
        common.lang(terminal)).render(spec.commandLine().getOut(), s);
    return ExitCode.OK;
  }

  @Override
  public List<List<String>> training() {
    return List.of(
        List.of("show", "--example", "20.1"),
        List.of("show", "--example", "13", "--format", "json"),
        List.of("show", "--example", "G1", "--format", "yaml"),
        List.of("show", "--example", "99"));
  }

  @Override
  public List<String> outputs() {
    return List.of("show", "row");
  }
}
