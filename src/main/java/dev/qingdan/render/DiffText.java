package dev.qingdan.render;

import dev.qingdan.compute.Change;
import dev.qingdan.compute.ChangeDetail;
import dev.qingdan.compute.ChangeKind;
import dev.qingdan.compute.DiffResult;
import dev.qingdan.compute.Impact;
import dev.qingdan.load.Msg;
import dev.qingdan.model.Ack;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The diff for a terminal, shaped like a unified diff: {@code ---}/{@code +++} naming the
 * revisions, {@code -} for what was removed (red), {@code +} for what was added (green), {@code ~}
 * for a row with changed fields, each field's old and new value on lines of their own.
 */
public final class DiffText implements DiffRenderer {
  private final Palette palette;
  private final Lang lang;

  public DiffText(Palette palette, Lang lang) {
    this.palette = palette;
    this.lang = lang;
  }

  @Override
  public void render(PrintWriter out, DiffReport r) {
    out.print(palette.bold("--- " + r.from()) + "\n");
    out.print(palette.bold("+++ " + r.to()) + "\n");
    List<Change> changes = r.diff().changes();
    int k = 0;
    while (k < changes.size()) {
      Change first = changes.get(k);
      int end = k + 1;
      while (end < changes.size() && sameSubject(first, changes.get(end))) {
        end++;
      }
      subject(out, r, changes.subList(k, end));
      k = end;
    }
    DiffResult.Summary s = r.diff().summary();
    if (changes.isEmpty()) {
      out.print(lang.text(Msg.of("no changes")) + "\n");
    } else {
      out.print("\n" + lang.text(Msg.of("%d added, %d removed, %d modified, %d renumbered (%s)",
          s.added(), s.removed(), s.modified(), s.renumbered(), impacts(r.diff()))) + "\n");
    }
    out.flush();
  }

  private static boolean sameSubject(Change a, Change b) {
    return a.goal() == b.goal() && a.oldIndex() == b.oldIndex() && a.newIndex() == b.newIndex()
        && a.change() != ChangeKind.ADDED && a.change() != ChangeKind.REMOVED;
  }

  private String impacts(DiffResult d) {
    List<String> parts = new ArrayList<>();
    for (Impact i : Impact.values()) {
      parts.add(lang.text(Msg.in("word first", "%d %s", d.count(i), DiffWords.word(i))));
    }
    return String.join(lang.text(Msg.of(", ")), parts);
  }

  /** The changes of one row or goal. */
  private void subject(PrintWriter out, DiffReport r, List<Change> cs) {
    Change c = cs.get(0);
    switch (c.change()) {
      case ADDED -> out.print(palette.green("+ " + c.id() + " " + c.title()) + "  "
          + verdict(r, c, lang.text(Msg.of("added"))) + fingerprint(r, c) + "\n");
      case REMOVED -> out.print(palette.red("- " + c.oldId() + " " + c.title()) + "  "
          + verdict(r, c, lang.text(Msg.of("removed"))) + fingerprint(r, c) + "\n");
      default -> {
        boolean modified = cs.stream().anyMatch(x -> x.change() == ChangeKind.MODIFIED);
        String ids = Objects.equals(c.oldId(), c.id()) ? c.id() : c.oldId() + " → " + c.id();
        String head = (modified ? "~ " : "  ") + ids + " " + c.title();
        out.print((modified ? palette.bold(head) : palette.dim(head)) + "\n");
        for (Change m : cs) {
          if (m.change() == ChangeKind.MODIFIED) {
            field(out, r, m);
          }
        }
      }
    }
  }

  private void field(PrintWriter out, DiffReport r, Change m) {
    String more = detail(m.detail());
    out.print("    " + lang.text(Msg.of("%s: %s", DiffWords.field(m, lang), verdict(r, m, null)))
        + (more.isEmpty() ? "" : lang.text(Msg.of(" (%s)", more))) + fingerprint(r, m) + "\n");
    if (Objects.equals(m.old(), m.neu())) {
      // The same text with other milestones: the detail above says what moved.
      out.print(palette.dim("    = " + shown(m.old())) + "\n");
      return;
    }
    out.print(palette.red("    - " + shown(m.old())) + "\n");
    out.print(palette.green("    + " + shown(m.neu())) + "\n");
  }

  private static String shown(String s) {
    return s == null ? "" : s.replace("\r\n", "⏎").replace("\n", "⏎");
  }

  /** The impact, coloured, with the acknowledgement or gate where there is a review. */
  private String verdict(DiffReport r, Change c, String what) {
    String word = DiffWords.word(c.impact(), lang);
    String impact = switch (c.impact()) {
      case LOOSENING, DEFINITIONAL -> palette.yellow(word);
      case TIGHTENING -> word;
      case NEUTRAL -> palette.dim(word);
    };
    String comma = lang.text(Msg.of(", "));
    String s = what == null ? impact : what + comma + impact;
    if (r.reviewing()) {
      Ack a = r.review().ack(c);
      if (a != null) {
        s += comma + lang.text(Msg.of("acknowledged %s: %s", a.date(), a.reason()));
      } else if (r.review().failing().contains(c)) {
        s += comma + palette.red(lang.text(Msg.of("not acknowledged")));
      }
    }
    return s;
  }

  /** The fingerprint, for writing an --ack file: shown when reviewing. */
  private String fingerprint(DiffReport r, Change c) {
    return r.reviewing() ? palette.dim("  [" + c.fingerprint() + "]") : "";
  }

  private String detail(ChangeDetail d) {
    if (d instanceof ChangeDetail.Units u) {
      List<String> parts = new ArrayList<>();
      u.added().forEach(x -> parts.add("+" + x));
      u.removed().forEach(x -> parts.add("-" + x));
      return String.join(lang.text(Msg.of(", ")), parts);
    }
    if (d instanceof ChangeDetail.Milestones m) {
      return DiffWords.some(DiffWords.shifts(m), 3, lang);
    }
    if (d instanceof ChangeDetail.Ratio q) {
      List<String> parts = new ArrayList<>();
      if (!Objects.equals(q.oldNumerator(), q.newNumerator())) {
        parts.add(lang.text(Msg.of("numerator %s → %s", side(q.oldNumerator()),
            side(q.newNumerator()))));
      }
      if (!Objects.equals(q.oldDenominator(), q.newDenominator())) {
        parts.add(lang.text(Msg.of("denominator %s → %s", side(q.oldDenominator()),
            side(q.newDenominator()))));
      }
      return String.join(lang.text(Msg.of("; ")), parts);
    }
    return "";
  }

  private String side(String s) {
    return s == null ? lang.text(Msg.of("none")) : s;
  }
}
