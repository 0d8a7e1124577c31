package dev.qingdan.render;

import dev.qingdan.compute.Change;
import dev.qingdan.compute.ChangeDetail;
import dev.qingdan.compute.Exact;
import dev.qingdan.compute.Impact;
import dev.qingdan.text.Lang;
import dev.qingdan.text.Msg;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.math3.fraction.BigFraction;
import org.apache.commons.collections4.sequence.CommandVisitor;
import org.apache.commons.collections4.sequence.SequencesComparator;

/** The words the diff renderers share: field names in Chinese, milestone shifts. */
public final class DiffWords {
  private DiffWords() {}

  /**
   * What a change is about, as people read it: a row's or goal's id ({@code 19.1 → 18.1} where it
   * was renumbered), a unit ({@code unit 区人社局 → 区人力社保局}), a generic phrase, or the document.
   */
  public static String subject(Change c, Lang lang) {
    String ids = c.id() == null ? c.oldId() : c.oldId() == null || c.oldId().equals(c.id())
        ? c.id() : c.oldId() + " → " + c.id();
    return switch (c.part()) {
      case DOCUMENT -> lang.text(Msg.in("change", "document"));
      case REGISTER -> lang.text("generic".equals(c.field()) ? Msg.in("change", "generic")
          : Msg.in("change", "unit")) + " " + ids;
      default -> ids;
    };
  }

  /**
   * {@code neu} with the characters that changed from {@code old} marked, as {@code git diff
   * --word-diff-regex=.} marks them (Chinese has no spaces between words): {@code [-9-]{+10+}月底前}
   * by {@code removed} and {@code added}. A number is one token ({@code [-3000-]{+3500+}人次}, not
   * {@code 3{+5+}00[-0-]}). Null where the two have no character in common, or one
   * is empty: then the old and the new value say it better whole.
   */
  static String marked(String old, String neu, UnaryOperator<String> removed,
      UnaryOperator<String> added) {
    if (old == null || neu == null || old.isEmpty() || neu.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    StringBuilder gone = new StringBuilder();
    StringBuilder come = new StringBuilder();
    int[] kept = {0};
    Runnable flush = () -> {
      if (gone.length() > 0) {
        out.append(removed.apply(gone.toString()));
        gone.setLength(0);
      }
      if (come.length() > 0) {
        out.append(added.apply(come.toString()));
        come.setLength(0);
      }
    };
    new SequencesComparator<>(tokens(old), tokens(neu)).getScript().visit(
        new CommandVisitor<String>() {
          @Override
          public void visitKeepCommand(String t) {
            flush.run();
            out.append(t);
            kept[0]++;
          }

          @Override
          public void visitInsertCommand(String t) {
            come.append(t);
          }

          @Override
          public void visitDeleteCommand(String t) {
            gone.append(t);
          }
        });
    flush.run();
    return kept[0] == 0 ? null : out.toString();
  }

  /** A number (its digits, a decimal point, a thousands comma) or else one character. */
  private static final Pattern TOKEN = Pattern.compile("\\d+(?:[.,]\\d+)*|.", Pattern.DOTALL);

  private static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** The field of a change as people read it: its name in English, its column in Chinese. */
  public static String field(Change c, Lang lang) {
    return lang.text(switch (c.part()) {
      case GOAL -> goalField(c.field());
      case DOCUMENT -> documentField(c.field());
      case REGISTER -> registerField(c.field());
      case ROW -> rowField(c.field());
    });
  }

  /** The field of a change in Chinese. */
  static String field(Change c) {
    return field(c, Lang.zh);
  }

  /** A row's field by the contract glossary's column names. */
  static Msg rowField(String field) {
    return switch (field) {
      case "title" -> Msg.in("field", "title");
      case "points" -> Msg.of("points");
      case "lead" -> Msg.of("lead");
      case "partners" -> Msg.of("partners");
      case "goal" -> Msg.of("goal");
      case "indicator" -> Msg.of("indicator");
      case "target" -> Msg.in("checklist", "target");
      case "schedule" -> Msg.in("checklist", "schedule");
      case "definition" -> Msg.of("definition");
      case "method" -> Msg.of("method");
      case "text" -> Msg.in("field", "text");
      default -> Msg.verbatim(field);
    };
  }

  /** A goal's field by the words of the plan's 工作目标. */
  private static Msg goalField(String field) {
    return switch (field) {
      case "indicator" -> Msg.in("goal", "indicator");
      case "text" -> Msg.in("field", "text");
      case "target" -> Msg.in("goal", "target");
      case "schedule" -> Msg.in("checklist", "schedule");
      default -> Msg.verbatim(field);
    };
  }

  /** The document's fields, by the words of the plan's heading. */
  private static Msg documentField(String field) {
    return switch (field) {
      case "title" -> Msg.in("document", "title");
      case "number" -> Msg.in("document", "number");
      case "issuer" -> Msg.in("document", "issuer");
      case "date" -> Msg.in("document", "date");
      case "year" -> Msg.in("document", "year");
      case "checklist" -> Msg.in("document", "checklist");
      default -> Msg.verbatim(field);
    };
  }

  /** The unit register's fields. */
  private static Msg registerField(String field) {
    return switch (field) {
      case "name" -> Msg.in("register", "name");
      case "aliases" -> Msg.in("register", "aliases");
      case "unit" -> Msg.in("register", "unit");
      case "generic" -> Msg.in("register", "generic");
      default -> Msg.verbatim(field);
    };
  }

  /** The impact as people read it: the contract's word, or 收紧, 放宽, 中性, 口径变化. */
  public static String word(Impact i, Lang lang) {
    return lang.text(word(i));
  }

  static Msg word(Impact i) {
    return switch (i) {
      case TIGHTENING -> Msg.of("tightening");
      case LOOSENING -> Msg.of("loosening");
      case NEUTRAL -> Msg.of("neutral");
      case DEFINITIONAL -> Msg.of("definitional");
      case MIXED -> Msg.of("mixed");
    };
  }

  static String chinese(Impact i) {
    return switch (i) {
      case TIGHTENING -> "收紧";
      case LOOSENING -> "放宽";
      case NEUTRAL -> "中性";
      case DEFINITIONAL -> "统计口径变化，前后数据不可比";
      case MIXED -> "有紧有松";
    };
  }

  /**
   * What a plan's detail says in a line: for a mixed change the dates where the plan rose and
   * where it fell ({@code raised at 2022-06-30 (1500 → 2000); lowered at 2022-11-30 (8 → 7)}),
   * else the milestones that moved.
   */
  static String plan(ChangeDetail.Milestones m, Lang lang) {
    if (m.raised().isEmpty() && m.lowered().isEmpty()) {
      return some(shifts(m), 3, lang);
    }
    List<String> parts = new ArrayList<>();
    if (!m.raised().isEmpty()) {
      parts.add(lang.text(Msg.of("raised at %s", some(points(m.raised()), 2, lang))));
    }
    if (!m.lowered().isEmpty()) {
      parts.add(lang.text(Msg.of("lowered at %s", some(points(m.lowered()), 2, lang))));
    }
    return String.join(lang.text(Msg.of("; ")), parts);
  }

  /**
   * A goal's edit in a line: its sentence with the changed characters marked, then the milestones
   * that moved with the target ({@code sentence 力争…培训[-3000-]{+3500+}人次; 2022-12-31: 3000 → 3500}).
   */
  static String goalEdit(ChangeDetail.GoalEdit g, Lang lang) {
    String marked = marked(g.oldText(), g.newText(), gone -> "[-" + gone + "-]",
        come -> "{+" + come + "+}");
    String text = lang.text(Msg.of("sentence %s", marked != null ? marked
        : g.oldText() + " → " + g.newText()));
    return g.milestones() == null ? text
        : text + lang.text(Msg.of("; ")) + plan(g.milestones(), lang);
  }

  /** Dates with the figure before and after: {@code 2022-06-30 (1500 → 2000)}. */
  private static List<String> points(List<ChangeDetail.Point> points) {
    List<String> out = new ArrayList<>();
    for (ChangeDetail.Point p : points) {
      out.add(p.date() + " (" + figure(p.old()) + " → " + figure(p.neu()) + ")");
    }
    return out;
  }

  /** A planned figure: whole, or with one decimal (pro rata, 3000 over 7 months). */
  static String figure(BigFraction f) {
    return f.getDenominatorAsLong() == 1 ? f.getNumerator().toString()
        : Exact.halfUp(f, 1).toPlainString();
  }

  /** Milestone shifts as {@code 2022-09-30 → 2022-10-31} or {@code 2022-05-31: 2 → 4}. */
  static List<String> shifts(ChangeDetail.Milestones m) {
    List<String> out = new ArrayList<>();
    for (ChangeDetail.Shift s : m.shifts()) {
      if (s.oldDue() == null) {
        out.add("+" + point(s.newDue(), s.newAmount()));
      } else if (s.newDue() == null) {
        out.add("-" + point(s.oldDue(), s.oldAmount()));
      } else if (s.oldDue().equals(s.newDue())) {
        out.add(s.oldDue() + ": " + amount(s.oldAmount()) + " → " + amount(s.newAmount()));
      } else if (java.util.Objects.equals(s.oldAmount(), s.newAmount())) {
        out.add(s.oldDue() + " → " + s.newDue() + (s.oldAmount() == null ? ""
            : " (" + s.oldAmount() + ")"));
      } else {
        out.add(point(s.oldDue(), s.oldAmount()) + " → " + point(s.newDue(), s.newAmount()));
      }
    }
    return out;
  }

  /**
   * The rows that write a name the register now reads as another unit: {@code 8.1 lead 区人力社保局
   * (was 区人社局)}.
   */
  static List<String> remaps(ChangeDetail.Names n, Lang lang) {
    List<String> out = new ArrayList<>();
    for (ChangeDetail.Remap m : n.remapped()) {
      out.add(m.id() + " " + lang.text(rowField(m.field())) + " "
          + lang.text(Msg.of("%s (was %s)", m.written(), m.was())));
    }
    return out;
  }

  private static String point(LocalDate due, Long amount) {
    return amount == null ? due.toString() : due + ": " + amount;
  }

  private static String amount(Long a) {
    return a == null ? "-" : a.toString();
  }

  /** The first {@code max} items joined, and how many more there are. */
  static String some(List<String> items, int max, Lang lang) {
    String sep = lang.text(Msg.of(", "));
    if (items.size() <= max) {
      return String.join(sep, items);
    }
    return String.join(sep, items.subList(0, max))
        + lang.text(Msg.of(", and %d more", items.size() - max));
  }
}
