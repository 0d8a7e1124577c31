package dev.qingdan.render;

import dev.qingdan.compute.Change;
import dev.qingdan.compute.ChangeDetail;
import dev.qingdan.compute.Impact;
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

  /** The document's fields, by the words of the plan's heading. */
  static final Map<String, String> DOCUMENT_FIELDS = Map.of("title", "文件标题", "number", "文号",
      "issuer", "发文单位", "date", "印发日期", "year", "年度", "checklist", "清单名称");

  /** The unit register's fields. */
  static final Map<String, String> REGISTER_FIELDS = Map.of("name", "名称", "aliases", "别名",
      "unit", "单位", "generic", "泛指用语");

  private DiffWords() {}

  /**
   * What a change is about, as people read it: a row's or goal's id ({@code 19.1 → 18.1} where it
   * was renumbered), a unit ({@code unit 区人社局 → 区人力社保局}), a generic phrase, or the document.
   */
  public static String subject(Change c, Lang lang) {
    String ids = c.id() == null ? c.oldId() : c.oldId() == null || c.oldId().equals(c.id())
        ? c.id() : c.oldId() + " → " + c.id();
    return switch (c.part()) {
      case DOCUMENT -> lang.pick("文件信息", "document");
      case REGISTER -> ("generic".equals(c.field()) ? lang.pick("泛指用语 ", "generic ")
          : lang.pick("单位 ", "unit ")) + ids;
      default -> ids;
    };
  }

  /** The field of a change as people read it: its name in English, its column in Chinese. */
  public static String field(Change c, Lang lang) {
    return lang == Lang.zh ? field(c) : c.field();
  }

  /** The field of a change in Chinese. */
  static String field(Change c) {
    Map<String, String> words = switch (c.part()) {
      case GOAL -> GOAL_FIELDS;
      case DOCUMENT -> DOCUMENT_FIELDS;
      case REGISTER -> REGISTER_FIELDS;
      case ROW -> FIELDS;
    };
    return words.getOrDefault(c.field(), c.field());
  }

  /** The impact as people read it: the contract's word, or 收紧, 放宽, 中性, 口径变化. */
  public static String word(Impact i, Lang lang) {
    if (lang == Lang.en) {
      return i.word();
    }
    return switch (i) {
      case TIGHTENING -> "收紧";
      case LOOSENING -> "放宽";
      case NEUTRAL -> "中性";
      case DEFINITIONAL -> "口径变化";
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

  /** The rows that write a name the register now reads as another unit: {@code 8.1 lead 区人力社保局 (was 区人社局)}. */
  static List<String> remaps(ChangeDetail.Names n, Lang lang) {
    List<String> out = new ArrayList<>();
    for (ChangeDetail.Remap m : n.remapped()) {
      out.add(m.id() + " " + (lang == Lang.zh ? FIELDS.get(m.field()) : m.field()) + " "
          + m.written() + lang.pick("（原为", " (was ") + m.was() + lang.pick("）", ")"));
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
    String sep = lang.pick("，", ", ");
    if (items.size() <= max) {
      return String.join(sep, items);
    }
    return String.join(sep, items.subList(0, max)) + lang.pick("，另有 " + (items.size() - max)
        + " 处", ", and " + (items.size() - max) + " more");
  }
}
