package dev.qingdan.cli;

import dev.qingdan.compute.RevisionDiff;
import dev.qingdan.load.ChecklistReader;
import dev.qingdan.load.Git;
import dev.qingdan.load.InputException;
import dev.qingdan.load.LoadedChecklist;
import dev.qingdan.load.Msg;
import dev.qingdan.load.SourceText;
import dev.qingdan.model.Checklist;
import dev.qingdan.render.Lang;
import dev.qingdan.render.Palette;
import dev.qingdan.render.RevisionLog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "List the revisions of the checklist in the git history, with what each one changed.",
      "The commits that changed the file (git log -- policies.yaml), newest first, each with "
          + "the rows and goals added, removed, modified and renumbered against its first "
          + "parent, as qingdan diff counts them."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:listed (possibly no revisions)",
        "2:not in a git repository, or git failed"})
public final class LogCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format {
    text,
    json
  }

  private final Terminal terminal;

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Option(names = {"-n", "--max-count"}, paramLabel = "N",
      description = "Only the N newest revisions.")
  int max;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

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
    Git git = new Git(dir);
    if (!git.inRepository()) {
      throw new UserException(ExitCode.TROUBLE, directory == null
          ? Msg.of("log reads the git history, but this directory is not in a git repository")
          : Msg.of("log reads the git history, but %s is not in a git repository", directory));
    }
    String shown = common.policies == null ? Policies.DEFAULT : common.policies.toString();
    String object = DiffInputs.objectPath(dir, common.policies);
    List<RevisionLog.Entry> entries = new ArrayList<>();
    try {
      if (revision != null) {
        DiffInputs.refuseOption(revision);
      }
      List<Git.Commit> commits = git.log(revision, object, max);
      List<String> wanted = new ArrayList<>();
      for (Git.Commit c : commits) {
        wanted.add(c.commit() + ":" + object);
        if (c.parent() != null) {
          wanted.add(c.parent() + ":" + object);
        }
      }
      Map<String, byte[]> blobs = git.blobs(wanted);
      for (Git.Commit c : commits) {
        byte[] now = blobs.get(c.commit() + ":" + object);
        byte[] before = c.parent() == null ? null : blobs.get(c.parent() + ":" + object);
        entries.add(entry(c, shown, blank(before) ? null : before, blank(now) ? null : now,
            common.lang(terminal)));
      }
    } catch (Git.GitException e) {
      throw new UserException(ExitCode.TROUBLE, e.msg());
    }
    RevisionLog r = new RevisionLog(spec.commandLine().getOut(),
        Palette.of(common.color.enabled(terminal)), terminal.width(), common.lang(terminal));
    switch (format) {
      case text -> r.text(shown, entries);
      case json -> r.json(shown, entries);
    }
    return ExitCode.OK;
  }

  private static RevisionLog.Entry entry(
      Git.Commit c, String path, byte[] before, byte[] now, Lang lang) {
    String shortId = c.commit().substring(0, 7);
    try {
      Checklist a = read(shortId + "^:" + path, before);
      Checklist b = read(shortId + ":" + path, now);
      return new RevisionLog.Entry(c.commit(), c.date(), c.author(), c.subject(),
          before == null && now != null, now == null && before != null,
          RevisionDiff.compare(a, b).summary(), null);
    } catch (UserException e) {
      String first = e.lines(lang).get(0);
      return new RevisionLog.Entry(c.commit(), c.date(), c.author(), c.subject(),
          before == null && now != null, now == null && before != null, null, first);
    }
  }

  /** An empty file in the history is no checklist yet, as if it did not exist. */
  private static boolean blank(byte[] bytes) {
    if (bytes == null) {
      return true;
    }
    for (byte b : bytes) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  /** A revision's checklist; none at all (the file did not exist) is an empty one. */
  private static Checklist read(String name, byte[] bytes) {
    if (bytes == null) {
      return new Checklist(null, List.of(), List.of(), List.of(), List.of());
    }
    try {
      LoadedChecklist lc = ChecklistReader.parse(name, SourceText.decode(name, bytes));
      return DiffInputs.checked(lc).checklist();
    } catch (InputException e) {
      throw UserException.of(e);
    }
  }
}
