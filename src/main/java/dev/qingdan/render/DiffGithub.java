package dev.qingdan.render;

import dev.qingdan.compute.Change;
import dev.qingdan.compute.ChangeDetail;
import dev.qingdan.compute.ChangeKind;
import dev.qingdan.compute.DiffResult;
import dev.qingdan.load.Loc;
import dev.qingdan.text.Lang;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.Set;

/**
 * GitHub Actions annotations on the new revision's lines: one per added, removed or modified row
 * or goal ({@code error} where {@code --fail-on} fails on it, {@code warning} for loosening and
 * definitional changes, {@code notice} otherwise), then a notice with the summary. Renumbered rows
 * get none: a pull request shows them anyway, and GitHub keeps only a few annotations a step.
 */
public final class DiffGithub implements DiffRenderer {
  private static final Set<String> TEXT_FIELDS = Set.of("target", "schedule", "definition");

  @Override
  public void render(PrintWriter out, DiffReport r) {
    for (Change c : r.diff().all()) {
      if (c.change() == ChangeKind.RENUMBERED) {
        continue;
      }
      String level;
      if (r.review().failing().contains(c)) {
        level = "error";
      } else if (r.review().ack(c) != null) {
        level = "notice";
      } else {
        level = switch (c.impact()) {
          case LOOSENING, MIXED, DEFINITIONAL -> "warning";
          case TIGHTENING, NEUTRAL -> "notice";
        };
      }
      StringBuilder sb = new StringBuilder("::").append(level).append(" file=")
          .append(ValidationGithub.property(r.file()));
      Loc at = place(r, c);
      if (at.line() > 0) {
        sb.append(",line=").append(at.line());
      }
      sb.append(",title=").append(ValidationGithub.property("qingdan diff: "
          + c.impact().word()));
      sb.append("::").append(ValidationGithub.data(message(r, c)));
      out.print(sb + "\n");
    }
    DiffResult.Summary s = r.diff().summary();
    out.print("::notice file=" + ValidationGithub.property(r.file()) + ",title="
        + ValidationGithub.property("qingdan diff") + "::" + ValidationGithub.data(r.from() + " → "
        + r.to() + ": " + s.added() + " added, " + s.removed() + " removed, " + s.modified()
        + " modified, " + s.renumbered() + " renumbered" + others(r.diff())) + "\n");
    out.flush();
  }

  /** The register's and the document's changes, counted where there are any. */
  private static String others(DiffResult d) {
    return (d.register().isEmpty() ? "" : ", " + d.register().size() + " in the register")
        + (d.document().isEmpty() ? "" : ", " + d.document().size() + " in the document");
  }

  private static String message(DiffReport r, Change c) {
    String ids = DiffWords.subject(c, Lang.en);
    String what = switch (c.change()) {
      case ADDED -> "added: " + (c.neu() == null ? c.title() : c.neu());
      case REMOVED -> "removed: " + (c.old() == null ? c.title() : c.old());
      default -> c.field() + ": " + c.old() + " → " + c.neu()
          + (c.detail() instanceof ChangeDetail.Milestones m
              ? " (" + DiffWords.plan(m, Lang.en) + ")"
              : c.detail() instanceof ChangeDetail.GoalEdit g
              ? " (" + DiffWords.goalEdit(g, Lang.en) + ")" : "");
    };
    String s = ids + " " + what + " (" + c.impact().word() + ")";
    if (r.review().ack(c) != null) {
      s += ", acknowledged: " + r.review().ack(c).reason();
    }
    return s + " [" + c.fingerprint() + "]";
  }

  /** The line of the change in the new revision: the field, the row, or what follows a removal. */
  private static Loc place(DiffReport r, Change c) {
    if (c.part() == Change.Part.DOCUMENT) {
      return r.neu().place("document." + c.field());
    }
    if (c.part() == Change.Part.REGISTER) {
      if ("generic".equals(c.field())) {
        return r.neu().place("generic");
      }
      if (c.newIndex() < 0) {
        return r.neu().place("units");
      }
      Loc aliases = r.neu().place("units[" + c.newIndex() + "].aliases");
      return "aliases".equals(c.field()) && aliases.line() > 0 ? aliases
          : r.neu().place("units[" + c.newIndex() + "].name");
    }
    String list = c.goal() ? "goals" : "rows";
    int size = c.goal() ? r.newChecklist().goals().size() : r.newChecklist().rows().size();
    if (c.change() == ChangeKind.MODIFIED) {
      String p = path(r, c.goal(), c.newIndex()) + "." + c.field();
      return r.neu().place(TEXT_FIELDS.contains(c.field()) ? p + ".text" : p);
    }
    int at = Math.min(c.newPosition(), size - 1);
    if (at < 0) {
      return r.neu().place(list);
    }
    return r.neu().place(path(r, c.goal(), at) + ".id");
  }

  /** A row's field path in the file, which differs from its index when rows were unreadable. */
  private static String path(DiffReport r, boolean goal, int index) {
    if (!goal && index < r.neu().rowPaths().size()) {
      return r.neu().rowPaths().get(index);
    }
    return (goal ? "goals[" : "rows[") + index + "]";
  }
}
