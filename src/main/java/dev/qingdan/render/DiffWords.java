package dev.qingdan.render;

import dev.qingdan.compute.Change;
import dev.qingdan.compute.ChangeDetail;
import dev.qingdan.compute.Impact;
import dev.qingdan.load.Msg;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The words the diff renderers share: field names in Chinese, milestone shifts. */
public final class DiffWords {
  /** The contract glossary's column names of row and goal fields. */
  static final Map<String, String> FIELDS = Map.ofEntries(
      Map.entry("title", "政策事项"),
      Map.entry("points", "政策要点"),
      Map.entry("lead", "牵头单位"),
      Map.entry("partners", "协同单位"),
      Map.entry("goal", "定性目标"),
      Map.entry("indicator", "量化指标"),
      Map.entry("target", "量化指标值"),
      Map.entry("schedule", "进度安排"),
      Map.entry("definition", "指标说明"),
      Map.entry("method", "实现方式"),
      Map.entry("text", "目标表述"));

  /** A goal's fields by the words of the plan's 工作目标. */
  static final Map<String, String> GOAL_FIELDS = Map.of("indicator", "指标", "text", "目标表述",
      "target", "目标值", "schedule", "进度安排");

  private DiffWords() {}

  /** The field of a change as people read it: its name in English, its column in Chinese. */
  public static String field(Change c, Lang lang) {
    return lang == Lang.zh ? field(c) : c.field();
  }

  /** The field of a change in Chinese. */
  static String field(Change c) {
    return (c.goal() ? GOAL_FIELDS : FIELDS).getOrDefault(c.field(), c.field());
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
    };
  }

  static String chinese(Impact i) {
    return switch (i) {
      case TIGHTENING -> "收紧";
      case LOOSENING -> "放宽";
      case NEUTRAL -> "中性";
      case DEFINITIONAL -> "统计口径变化，前后数据不可比";
    };
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
