package dev.qingdan.render;

import dev.qingdan.compute.Change;
import dev.qingdan.compute.ChangeDetail;
import dev.qingdan.compute.ChangeKind;
import dev.qingdan.compute.DiffResult;
import dev.qingdan.compute.Impact;
import dev.qingdan.text.DisplayWidth;
import dev.qingdan.text.Lang;
import dev.qingdan.text.Msg;
import dev.qingdan.text.Printable;
import dev.qingdan.model.Ack;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The diff for a terminal, shaped like a unified diff: {@code ---}/{@code +++} naming the
 * revisions, {@code -} for what was removed (red), {@code +} for what was added (green), {@code ~}
 * for a row with changed fields, each field's old and new value on lines of their own.
 */
public final class DiffText implements DiffRenderer {
  /** What a line of the diff starts with: its colour, its indent and its mark. */
  private static final Pattern LEAD =
      Pattern.compile("^((?:\u001B\\[[0-9;]*m)*)( *(?:[-+~=] )?)");

  private final Palette palette;
  private final Lang lang;
  private final int width;

  /** A diff for a terminal {@code width} columns wide (0: no limit, for a file or a pipe). */
  public DiffText(Palette palette, Lang lang, int width) {
    this.palette = palette;
    this.lang = lang;
    this.width = width;
  }

  /**
   * Prints the diff with each line that is wider than the terminal wrapped between words or
   * characters, its further lines under its text (past its indent and its {@code -}, {@code +},
   * {@code ~} mark), as {@link TextTable} wraps a cell.
   */
  @Override
  public void render(PrintWriter out, DiffReport r) {
    StringWriter all = new StringWriter();
    write(new PrintWriter(all), r);
    for (String line : all.toString().split("\n")) {
      if (width <= 0 || DisplayWidth.of(line) <= width) {
        out.print(line + "\n");
        continue;
      }
      Matcher m = LEAD.matcher(line);
      m.find();
      int indent = m.group(2).length();
      String lead = m.group();
      for (String part : DisplayWidth.wrap(line.substring(lead.length()),
          Math.max(1, width - indent))) {
        out.print(lead + part + "\n");
        lead = " ".repeat(indent);
      }
    }
    out.flush();
  }

  private void write(PrintWriter out, DiffReport r) {
    // the revisions' names quote the command line and the repository: no line of their own
    out.print(palette.bold("--- " + Printable.escape(r.from())) + "\n");
    out.print(palette.bold("+++ " + Printable.escape(r.to())) + "\n");
    registerAndDocument(out, r);
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
    if (!r.diff().hasChanges()) {
      out.print(lang.text(Msg.of("no changes")) + "\n");
    } else {
      out.print("\n" + lang.text(Msg.of("%d added, %d removed, %d modified, %d renumbered%s (%s)",
          s.added(), s.removed(), s.modified(), s.renumbered(), others(r.diff()),
          impacts(r.diff()))) + "\n");
    }
    out.flush();
  }

  /** The register's and the document's changes, counted where there are any. */
  private String others(DiffResult d) {
    String out = "";
    int units = d.register().size();
    int doc = d.document().size();
    if (units > 0) {
      out += lang.text(units == 1 ? Msg.of(", %d register change", units)
          : Msg.of(", %d register changes", units));
    }
    if (doc > 0) {
      out += lang.text(doc == 1 ? Msg.of(", %d document change", doc)
          : Msg.of(", %d document changes", doc));
    }
    return out;
  }

  /**
   * The document's changed fields under one head, then the unit register's changes: a unit or
   * generic phrase added ({@code +}) or removed ({@code -}), a unit renamed or with other aliases
   * ({@code ~}).
   */
  private void registerAndDocument(PrintWriter out, DiffReport r) {
    List<Change> doc = r.diff().document();
    if (!doc.isEmpty()) {
      out.print(palette.bold("~ " + shown(DiffWords.subject(doc.get(0), lang))) + "\n");
      doc.forEach(m -> field(out, r, m));
    }
    List<Change> reg = r.diff().register();
    for (int k = 0; k < reg.size(); k++) {
      Change c = reg.get(k);
      String word = lang.text("generic".equals(c.field()) ? Msg.in("change", "generic")
          : Msg.in("change", "unit")) + " ";
      switch (c.change()) {
        case ADDED -> out.print(palette.green("+ " + word + shown(c.neu())) + "  "
            + verdict(r, c, lang.text(Msg.in("change", "added"))) + fingerprint(r, c) + more(c)
            + "\n");
        case REMOVED -> out.print(palette.red("- " + word + shown(c.old())) + "  "
            + verdict(r, c, lang.text(Msg.in("change", "removed"))) + fingerprint(r, c) + "\n");
        default -> {
          if (k == 0 || reg.get(k - 1).oldIndex() != c.oldIndex()
              || reg.get(k - 1).change() != ChangeKind.MODIFIED) {
            out.print(palette.bold("~ " + shown(DiffWords.subject(c, lang))) + "\n");
          }
          field(out, r, c);
        }
      }
    }
  }

  /** The detail of an added unit (the rows that now name it), on a line of its own. */
  private String more(Change c) {
    String d = shown(detail(c.detail()));
    return d.isEmpty() ? "" : "\n    " + d;
  }

  private static boolean sameSubject(Change a, Change b) {
    return a.goal() == b.goal() && a.oldIndex() == b.oldIndex() && a.newIndex() == b.newIndex()
        && a.change() != ChangeKind.ADDED && a.change() != ChangeKind.REMOVED;
  }

  private String impacts(DiffResult d) {
    List<String> parts = new ArrayList<>();
    for (Impact i : Impact.values()) {
      // mixed only where there is one: most revisions have none
      if (i != Impact.MIXED || d.count(i) > 0) {
        parts.add(lang.text(Msg.in("word first", "%d %s", d.count(i), DiffWords.word(i))));
      }
    }
    return String.join(lang.text(Msg.of(", ")), parts);
  }

  /** The changes of one row or goal. */
  private void subject(PrintWriter out, DiffReport r, List<Change> cs) {
    Change c = cs.get(0);
    switch (c.change()) {
      case ADDED -> out.print(palette.green("+ " + c.id() + " " + shown(c.title())) + "  "
          + verdict(r, c, lang.text(Msg.of("added"))) + fingerprint(r, c) + "\n");
      case REMOVED -> out.print(palette.red("- " + c.oldId() + " " + shown(c.title())) + "  "
          + verdict(r, c, lang.text(Msg.of("removed"))) + fingerprint(r, c) + "\n");
      default -> {
        boolean modified = cs.stream().anyMatch(x -> x.change() == ChangeKind.MODIFIED);
        String ids = Objects.equals(c.oldId(), c.id()) ? c.id() : c.oldId() + " → " + c.id();
        String head = (modified ? "~ " : "  ") + ids + " " + shown(c.title());
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
    String more = shown(m.detail() instanceof ChangeDetail.Names n && "aliases".equals(m.field())
        ? names(n, false) : detail(m.detail()));
    out.print("    " + lang.text(Msg.of("%s: %s", DiffWords.field(m, lang), verdict(r, m, null)))
        + (more.isEmpty() ? "" : lang.text(Msg.of(" (%s)", more))) + fingerprint(r, m) + "\n");
    if (Objects.equals(m.old(), m.neu())) {
      // The same text with other milestones: the detail above says what moved.
      out.print(palette.dim("    = " + shown(m.old())) + "\n");
      return;
    }
    out.print(palette.red("    - " + shown(m.old())) + "\n");
    out.print(palette.green("    + " + shown(m.neu())) + "\n");
    // where the two share characters, the changed ones marked: a changed 9 in a long cell
    String marked = DiffWords.marked(shown(m.old()), shown(m.neu()),
        gone -> palette.red("[-" + gone + "-]"), come -> palette.green("{+" + come + "+}"));
    if (marked != null) {
      out.print("    ~ " + marked + "\n");
    }
  }

  private static String shown(String s) {
    // a value quotes the file: on one line, and no control character reaches the terminal
    return s == null ? "" : Printable.escape(s.replace("\r\n", "⏎").replace("\n", "⏎"));
  }

  /** The impact, coloured, with the acknowledgement or gate where there is a review. */
  private String verdict(DiffReport r, Change c, String what) {
    String word = DiffWords.word(c.impact(), lang);
    String impact = switch (c.impact()) {
      case LOOSENING, MIXED, DEFINITIONAL -> palette.yellow(word);
      case TIGHTENING -> word;
      case NEUTRAL -> palette.dim(word);
    };
    String comma = lang.text(Msg.of(", "));
    String s = what == null ? impact : what + comma + impact;
    if (r.reviewing()) {
      Ack a = r.review().ack(c);
      if (a != null) {
        s += comma + shown(lang.text(Msg.of("acknowledged %s: %s", a.date(), a.reason())));
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
      return DiffWords.plan(m, lang);
    }
    if (d instanceof ChangeDetail.Names n) {
      return names(n, true);
    }
    if (d instanceof ChangeDetail.GoalEdit g) {
      return DiffWords.goalEdit(g, lang);
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

  /** Aliases added and removed (prefixed where the field is not the aliases), then remappings. */
  private String names(ChangeDetail.Names n, boolean prefix) {
    List<String> names = new ArrayList<>();
    n.added().forEach(x -> names.add("+" + x));
    n.removed().forEach(x -> names.add("-" + x));
    List<String> parts = new ArrayList<>();
    if (!names.isEmpty()) {
      parts.add((prefix ? lang.text(Msg.in("register", "aliases")) + " " : "")
          + String.join(lang.text(Msg.of(", ")), names));
    }
    if (!n.remapped().isEmpty()) {
      parts.add(lang.text(Msg.of("now naming this unit: "))
          + DiffWords.some(DiffWords.remaps(n, lang), 3, lang));
    }
    return String.join(lang.text(Msg.of("; ")), parts);
  }

  private String side(String s) {
    return s == null ? lang.text(Msg.of("none")) : s;
  }
}
