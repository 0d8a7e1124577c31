package dev.qingdan.cli;

import dev.qingdan.compute.Change;
import dev.qingdan.compute.DiffResult;
import dev.qingdan.compute.Impact;
import dev.qingdan.compute.RevisionDiff;
import dev.qingdan.compute.Review;
import dev.qingdan.load.checklist.AckReader;
import dev.qingdan.load.InputException;
import dev.qingdan.load.Loc;
import dev.qingdan.text.Msg;
import dev.qingdan.load.Problem;
import dev.qingdan.load.git.Revisions;
import dev.qingdan.model.Ack;
import dev.qingdan.render.DiffGithub;
import dev.qingdan.render.DiffJson;
import dev.qingdan.render.DiffMarkdown;
import dev.qingdan.render.DiffRenderer;
import dev.qingdan.render.DiffReport;
import dev.qingdan.render.DiffText;
import dev.qingdan.render.DiffWords;
import dev.qingdan.text.Lang;
import dev.qingdan.text.Messages;
import dev.qingdan.render.Palette;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qingdan diff OLD [NEW]}: what a revision of the checklist changes, row by row. */
@Command(
    name = "diff",
    footerHeading = "%nExamples:%n",
    footer = {
      "  qingdan diff HEAD~1",
      "  qingdan diff old.yaml new.yaml --format markdown",
      "  qingdan diff main --fail-on loosening --ack reviewed.yaml"},
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Compare two revisions of the checklist: rows added, removed, renumbered and modified, "
          + "each change judged tightening, loosening, mixed (more asked by one date, less by "
          + "another), neutral or definitional.",
      "Rows are matched by their content, not by their number, so deleting item 12 shows one "
          + "removed row and the rows after it as renumbered.",
      "OLD and NEW are files or git revisions: HEAD~1 (its policies.yaml against the working "
          + "tree's), v1 v2, v1..v2, v1...v2 (from the merge base), REV:path, :path (the index). "
          + "An existing file is always read as a file.",
      "--format markdown writes a revision notice (修订说明); --format github prints annotations."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:compared (with --exit-code: no differences)",
      "1:differences with --exit-code, or a change that --fail-on fails on",
      "2:a revision or file cannot be read, or bad usage"
    })
public final class DiffCommand implements Callable<Integer>, Described {
  /** The output formats. */
  enum Format {
    text,
    json,
    markdown,
    github;

    DiffRenderer renderer(Palette palette, Lang lang, int width) {
      return switch (this) {
        case text -> new DiffText(palette, lang, width);
        case json -> new DiffJson();
        case markdown -> new DiffMarkdown();
        case github -> new DiffGithub();
      };
    }
  }

  /** The impacts a gate can fail on. */
  enum Gate {
    loosening(Impact.LOOSENING),
    definitional(Impact.DEFINITIONAL),
    tightening(Impact.TIGHTENING),
    neutral(Impact.NEUTRAL);

    final Impact impact;

    Gate(Impact impact) {
      this.impact = impact;
    }
  }

  private final Terminal terminal;

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Parameters(index = "0", paramLabel = "OLD",
      description = "The old revision: a file, or a git revision or range.")
  String old;

  @Parameters(index = "1", arity = "0..1", paramLabel = "NEW",
      description = "The new revision: a file or git revision (default: the checklist of -p, "
          + "else ./policies.yaml).")
  String neu;

  @Parameters(index = "2..*", hidden = true, description = "The rest of git's arguments with "
      + "--git-external.")
  List<String> more = new ArrayList<>();

  @Mixin FormatOption<Format> format;

  @Option(names = "--exit-code",
      description = "Exit with 1 when the revisions differ, like git diff --exit-code.")
  boolean exitCode;

  @Option(names = "--fail-on", paramLabel = "IMPACT", split = ",",
      description = "Exit with 1 when a change of this impact is not acknowledged: "
          + "${COMPLETION-CANDIDATES} (repeatable, or comma-separated).")
  List<Gate> failOn = new ArrayList<>();

  @Option(names = "--ack", paramLabel = "FILE",
      description = "Reviewed changes that --fail-on lets pass: a YAML list of {fingerprint, "
          + "reason, date}.")
  Path ack;

  @Option(names = {"-C", "--directory"}, paramLabel = "DIR",
      description = "Run as if started in DIR: relative paths and git revisions are read there.")
  Path directory;

  @Option(names = "--git-external",
      description = "Act as git's external diff command (diff.qingdan.command): take the 7 "
          + "arguments git gives it; never exit 1.")
  boolean gitExternal;

  public DiffCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Stderr err = common.stderr(spec.commandLine().getErr(), terminal);
    Path dir = directory == null ? Path.of("") : directory;
    Revisions revisions = new Revisions(dir, common.policies, Policies.BUNDLED_NAME,
        Policies.bundledIf(common), common.links(dir));
    List<String> args = new ArrayList<>();
    args.add(old);
    if (neu != null) {
      args.add(neu);
    }
    args.addAll(more);
    if (!gitExternal && args.size() > 2) {
      throw new UserException(ExitCode.TROUBLE, Msg.of("diff takes OLD and at most one NEW; got "
          + "%d revisions", args.size()));
    }
    Revisions.Pair pair;
    try {
      pair = gitExternal ? revisions.external(args) : revisions.resolve(args);
    } catch (Revisions.Failure f) {
      if (!gitExternal || args.size() < 7) {
        throw UserException.of(f);
      }
      return lineDiff(revisions, args, UserException.of(f), out, err);
    }
    DiffResult diff = RevisionDiff.compare(pair.old().loaded().checklist(),
        pair.neu().loaded().checklist());
    Set<Impact> gate = EnumSet.noneOf(Impact.class);
    failOn.forEach(g -> gate.add(g.impact));
    AckReader.Result acks = acks();
    Review review = Review.of(diff, acks.acks(), gate);
    DiffReport report = new DiffReport(pair.old().label(), pair.neu().label(), diff,
        pair.old().loaded().checklist(), pair.neu().loaded(), pair.neu().file(), review, gate,
        ack != null || !gate.isEmpty());
    format.get().renderer(Palette.of(common.color.enabled(terminal)), common.lang(terminal),
        terminal.width())
        .render(out, report);
    unusedAcks(review, acks, err);
    if (gitExternal) {
      return ExitCode.OK;
    }
    if (!review.failing().isEmpty()) {
      unacknowledged(review, err);
      return ExitCode.FOUND;
    }
    return exitCode && diff.hasChanges() ? ExitCode.FOUND : ExitCode.OK;
  }

  private void unusedAcks(Review review, AckReader.Result acks, Stderr err) {
    for (Ack a : review.unused()) {
      Loc at = acks.places().get(a.fingerprint());
      err.note(Msg.of("%s: fingerprint %s matches no change of this diff", at == null
          ? ack.toString() : ack + ":" + at.line() + ":" + at.column(), a.fingerprint()));
    }
  }

  /** The changes that --fail-on stops on, each with the fingerprint that acknowledges it. */
  private void unacknowledged(Review review, Stderr err) {
    String gates = String.join(",", failOn.stream().map(Gate::name).distinct().toList());
    int n = review.failing().size();
    err.say(n == 1
        ? Msg.of("--fail-on %s: 1 change is not acknowledged (once reviewed, acknowledge with "
            + "--ack FILE):", gates)
        : Msg.of("--fail-on %s: %d changes are not acknowledged (once reviewed, acknowledge "
            + "with --ack FILE):", gates, n));
    PrintWriter w = err.err();
    for (Change c : review.failing()) {
      w.print("  " + c.fingerprint() + "  " + Messages.text(describe(c, err.lang()),
          err.lang()) + "\n");
    }
    w.flush();
  }

  /**
   * git stops a whole {@code git diff} or {@code git log -p} when its external command fails: say
   * why, and show the lines that changed instead.
   */
  private static int lineDiff(Revisions revisions, List<String> args, UserException why,
      PrintWriter out, Stderr err) {
    List<String> lines = why.lines(err.lang());
    if (lines.size() == 1) {
      err.error(Msg.verbatim(lines.get(0)));
    } else {
      lines.forEach(l -> err.say(Msg.verbatim(l)));
    }
    err.say(Msg.of("showing a line diff of %s instead", args.get(0)));
    try {
      out.print(revisions.plainDiff(args));
    } catch (Revisions.Failure f) {
      throw UserException.of(f);
    }
    out.flush();
    return ExitCode.OK;
  }

  private AckReader.Result acks() {
    if (ack == null) {
      return new AckReader.Result(List.of(), java.util.Map.of(), List.of());
    }
    Path file = directory == null ? ack : directory.resolve(ack);
    AckReader.Result r;
    try {
      r = AckReader.read(file, ack.toString(), common.links(directory == null ? Path.of("")
          : directory));
    } catch (InputException e) {
      throw UserException.of(e);
    }
    List<Problem> errors = r.problems();
    if (!errors.isEmpty()) {
      throw UserException.of(errors);
    }
    return r;
  }

  private static Msg describe(Change c, Lang lang) {
    String id = DiffWords.subject(c, lang);
    String impact = DiffWords.word(c.impact(), lang);
    return switch (c.change()) {
      case ADDED -> Msg.of("%s added (%s)", id, impact);
      case REMOVED -> Msg.of("%s removed (%s)", id, impact);
      default -> Msg.of("%s %s: %s → %s (%s)", id, DiffWords.field(c, lang), c.old(), c.neu(),
          impact);
    };
  }

  @Override
  public List<List<String>> training() {
    return List.of(
        List.of("diff", "{home}/policies.yaml", "{home}/examples/policies-revised.yaml"),
        List.of("diff", "{home}/policies.yaml", "{home}/examples/policies-revised.yaml", "--format",
            "json"));
  }

  @Override
  public List<String> outputs() {
    return List.of("diff");
  }
}
