package dev.qingdan.render;

import dev.qingdan.compute.Change;
import dev.qingdan.compute.ChangeDetail;
import dev.qingdan.compute.ChangeKind;
import dev.qingdan.compute.DiffResult;
import dev.qingdan.compute.Impact;
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
      out.print(lang.pick("无变化", "no changes") + "\n");
    } else if (lang == Lang.zh) {
      out.print("\n新增 " + s.added() + "，删除 " + s.removed() + "，修改 " + s.modified()
          + "，重新编号 " + s.renumbered() + others(r.diff()) + "（" + impacts(r.diff()) + "）\n");
    } else {
      out.print("\n" + s.added() + " added, " + s.removed() + " removed, " + s.modified()
          + " modified, " + s.renumbered() + " renumbered" + others(r.diff()) + " ("
          + impacts(r.diff()) + ")\n");
    }
    out.flush();
  }

  /** The register's and the document's changes, counted where there are any. */
  private String others(DiffResult d) {
    String out = "";
    int units = d.register().size();
    int doc = d.document().size();
    if (units > 0) {
      out += lang.pick("，单位名单 " + units, ", " + units + " register change"
          + (units == 1 ? "" : "s"));
    }
    if (doc > 0) {
      out += lang.pick("，文件信息 " + doc, ", " + doc + " document change" + (doc == 1 ? "" : "s"));
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
      out.print(palette.bold("~ " + DiffWords.subject(doc.get(0), lang)) + "\n");
      doc.forEach(m -> field(out, r, m));
    }
    List<Change> reg = r.diff().register();
    for (int k = 0; k < reg.size(); k++) {
      Change c = reg.get(k);
      String word = "generic".equals(c.field()) ? lang.pick("泛指用语 ", "generic ")
          : lang.pick("单位 ", "unit ");
      switch (c.change()) {
        case ADDED -> out.print(palette.green("+ " + word + c.neu()) + "  "
            + verdict(r, c, lang.pick("新增", "added")) + fingerprint(r, c) + more(c) + "\n");
        case REMOVED -> out.print(palette.red("- " + word + c.old()) + "  "
            + verdict(r, c, lang.pick("删除", "removed")) + fingerprint(r, c) + "\n");
        default -> {
          if (k == 0 || reg.get(k - 1).oldIndex() != c.oldIndex()
              || reg.get(k - 1).change() != ChangeKind.MODIFIED) {
            out.print(palette.bold("~ " + DiffWords.subject(c, lang)) + "\n");
          }
          field(out, r, c);
        }
      }
    }
  }

  /** The detail of an added unit (the rows that now name it), on a line of its own. */
  private String more(Change c) {
    String d = detail(c.detail());
    return d.isEmpty() ? "" : "\n    " + d;
  }

  private static boolean sameSubject(Change a, Change b) {
    return a.goal() == b.goal() && a.oldIndex() == b.oldIndex() && a.newIndex() == b.newIndex()
        && a.change() != ChangeKind.ADDED && a.change() != ChangeKind.REMOVED;
  }

  private String impacts(DiffResult d) {
    List<String> parts = new ArrayList<>();
    for (Impact i : Impact.values()) {
      parts.add(lang == Lang.zh ? DiffWords.word(i, lang) + " " + d.count(i)
          : d.count(i) + " " + i.word());
    }
    return String.join(lang.pick("，", ", "), parts);
  }

  /** The changes of one row or goal. */
  private void subject(PrintWriter out, DiffReport r, List<Change> cs) {
    Change c = cs.get(0);
    switch (c.change()) {
      case ADDED -> out.print(palette.green("+ " + c.id() + " " + c.title()) + "  "
          + verdict(r, c, lang.pick("新增", "added")) + fingerprint(r, c) + "\n");
      case REMOVED -> out.print(palette.red("- " + c.oldId() + " " + c.title()) + "  "
          + verdict(r, c, lang.pick("删除", "removed")) + fingerprint(r, c) + "\n");
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
    String more = m.detail() instanceof ChangeDetail.Names n && "aliases".equals(m.field())
        ? names(n, false) : detail(m.detail());
    String field = lang == Lang.zh ? DiffWords.field(m) : m.field();
    out.print("    " + field + lang.pick("：", ": ") + verdict(r, m, null)
        + (more.isEmpty() ? "" : lang.pick("（", " (") + more + lang.pick("）", ")"))
        + fingerprint(r, m) + "\n");
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
    String comma = lang.pick("，", ", ");
    String s = what == null ? impact : what + comma + impact;
    if (r.reviewing()) {
      Ack a = r.review().ack(c);
      if (a != null) {
        s += comma + lang.pick("已确认 ", "acknowledged ") + a.date() + lang.pick("：", ": ")
            + a.reason();
      } else if (r.review().failing().contains(c)) {
        s += comma + palette.red(lang.pick("未确认", "not acknowledged"));
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
      return String.join(lang.pick("，", ", "), parts);
    }
    if (d instanceof ChangeDetail.Milestones m) {
      return DiffWords.some(DiffWords.shifts(m), 3, lang);
    }
    if (d instanceof ChangeDetail.Names n) {
      return names(n, true);
    }
    if (d instanceof ChangeDetail.Ratio q) {
      List<String> parts = new ArrayList<>();
      if (!Objects.equals(q.oldNumerator(), q.newNumerator())) {
        parts.add(lang.pick("分子 ", "numerator ") + side(q.oldNumerator()) + " → "
            + side(q.newNumerator()));
      }
      if (!Objects.equals(q.oldDenominator(), q.newDenominator())) {
        parts.add(lang.pick("分母 ", "denominator ") + side(q.oldDenominator()) + " → "
            + side(q.newDenominator()));
      }
      return String.join(lang.pick("；", "; "), parts);
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
      parts.add((prefix ? lang.pick("别名 ", "aliases ") : "")
          + String.join(lang.pick("，", ", "), names));
    }
    if (!n.remapped().isEmpty()) {
      parts.add(lang.pick("现指本单位：", "now naming this unit: ")
          + DiffWords.some(DiffWords.remaps(n, lang), 3, lang));
    }
    return String.join(lang.pick("；", "; "), parts);
  }

  private String side(String s) {
    return s == null ? lang.pick("无", "none") : s;
  }
}
