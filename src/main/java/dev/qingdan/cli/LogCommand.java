package dev.qingdan.cli;

import dev.qingdan.compute.RevisionDiff;
import dev.qingdan.load.git.Git;
import dev.qingdan.load.git.History;
import dev.qingdan.text.Msg;
import dev.qingdan.load.git.Revisions;
import dev.qingdan.text.Lang;
import dev.qingdan.render.LogJson;
import dev.qingdan.render.LogRenderer;
import dev.qingdan.render.LogText;
import dev.qingdan.render.Palette;
import dev.qingdan.render.RevisionLog;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qingdan log}: the revisions of the checklist in the git history, with their changes. */
@Command(
    name = "log",
    footerHeading = "%nExamples:%n",
    footer = {
      "  qingdan log",
      "  qingdan log -n 5 --format json"},
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "List the revisions of the checklist in the git history, with what each one changed.",
      "The commits that changed the file (git log -- policies.yaml), newest first, each with "
          + "the rows and goals added, removed, modified and renumbered against its first "
          + "parent, the changes of the unit register and of the document, and every change by "
          + "its impact, as qingdan diff counts them."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:listed (possibly no revisions)",
        "2:not in a git repository, or git failed"})
public final class LogCommand implements Callable<Integer>, Described {
  /** The output formats. */
  enum Format {
    text,
    json;

    /** The renderer; {@code width} 0 means no limit. */
    LogRenderer renderer(Palette palette, int width, Lang lang) {
      return switch (this) {
        case text -> new LogText(palette, width, lang);
        case json -> new LogJson();
      };
    }
  }

  private final Terminal terminal;

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Option(names = {"-n", "--max-count"}, paramLabel = "N",
      description = "Only the N newest revisions.")
  int max;

  @Mixin FormatOption<Format> format;

  @Option(names = {"-C", "--directory"}, paramLabel = "DIR",
      description = "Run as if started in DIR.")
  Path directory;

  @Parameters(paramLabel = "REVISION", arity = "0..1",
      description = "The history to read, as git log takes it: a branch, a tag, a range "
          + "(v1..v2) (default: HEAD).")
  String revision;

  public LogCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    if (max < 0) {
      throw new UserException(ExitCode.TROUBLE, Msg.of("--max-count must not be negative"));
    }
    Path dir = directory == null ? Path.of("") : directory;
    Revisions revisions = new Revisions(dir, common.policies, Policies.BUNDLED_NAME,
        Policies.bundledIf(common), common.links(dir));
    List<History.Step> steps;
    try {
      steps = revisions.history(revision, max);
    } catch (Revisions.Failure f) {
      throw UserException.of(f);
    }
    Lang lang = common.lang(terminal);
    List<RevisionLog.Entry> entries = steps.stream().map(s -> entry(s, lang)).toList();
    format.get().renderer(Palette.of(common.color.enabled(terminal)), terminal.width(), lang)
        .render(spec.commandLine().getOut(), new RevisionLog(revisions.defaultName(), entries));
    return ExitCode.OK;
  }

  /** A commit's line: what it changed, or why a side of it could not be read. */
  private static RevisionLog.Entry entry(History.Step s, Lang lang) {
    Git.Commit c = s.commit();
    return new RevisionLog.Entry(c.commit(), c.date(), c.author(), c.subject(), s.added(),
        s.removed(), s.failure() == null ? RevisionDiff.compare(s.before(), s.after()) : null,
        s.failure() == null ? null : UserException.of(s.failure()).lines(lang).get(0));
  }

  @Override
  public List<String> outputs() {
    return List.of("log");
  }
}
