package dev.qingdan.render;

import dev.qingdan.compute.Change;
import dev.qingdan.compute.ChangeDetail;
import dev.qingdan.compute.ChangeKind;
import dev.qingdan.compute.DiffResult;
import dev.qingdan.compute.Impact;
import dev.qingdan.compute.RevisionDiff;
import dev.qingdan.model.Checklist;
import dev.qingdan.model.Goal;
import dev.qingdan.model.Row;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A revision notice (修订说明) ready to publish: what the revision adds, removes and changes, item
 * by item, in Chinese, then the rows that only got another number.
 */
public final class DiffMarkdown implements DiffRenderer {
  private static final String[] SECTION = {"一", "二", "三", "四", "五"};
  private static final Map<String, String> GOAL_FIELDS = Map.of("indicator", "指标", "text",
      "目标表述", "target", "目标值", "schedule", "进度安排");

  @Override
  public void render(PrintWriter out, DiffReport r) {
    Checklist neu = r.newChecklist();
    String name = neu.document() != null && neu.document().checklist() != null
        ? "《" + neu.document().checklist() + "》" : "清单";
    out.print("# " + name + "修订说明\n\n");
    out.print("修订对照：" + code(r.from()) + " → " + code(r.to()) + "。\n\n");
    DiffResult d = r.diff();
    DiffResult.Summary s = d.summary();
    if (d.changes().isEmpty()) {
      out.print("两个版本的清单内容一致，本次无修订事项。\n");
      out.flush();
      return;
    }
    out.print("本次修订新增" + s.added() + "项、删除" + s.removed() + "项、修改" + s.modified()
        + "处，" + s.renumbered() + "行因前序事项增删重新编号。修改及增删中，收紧"
        + d.count(Impact.TIGHTENING) + "处、放宽" + d.count(Impact.LOOSENING) + "处、中性"
        + d.count(Impact.NEUTRAL) + "处、统计口径变化" + d.count(Impact.DEFINITIONAL) + "处。\n");
    int section = 0;
    List<Change> added = of(d, ChangeKind.ADDED);
    if (!added.isEmpty()) {
      heading(out, section++, "新增事项");
      int n = 1;
      for (Change c : added) {
        out.print(n++ + ". " + addedLine(c, r) + "（影响：" + DiffWords.chinese(c.impact())
            + "）\n");
      }
    }
    List<Change> removed = of(d, ChangeKind.REMOVED);
    if (!removed.isEmpty()) {
      heading(out, section++, "删除事项");
      int n = 1;
      for (Change c : removed) {
        String what = c.goal() ? "原工作目标" + c.oldId() + "（" + inline(c.title()) + "）"
            : "原第" + item(c.oldId()) + "项（" + c.oldId() + "）" + inline(c.title());
        out.print(n++ + ". " + what + "。（影响：" + DiffWords.chinese(c.impact()) + "）\n");
      }
    }
    Map<String, List<Change>> modified = new LinkedHashMap<>();
    for (Change c : of(d, ChangeKind.MODIFIED)) {
      modified.computeIfAbsent((c.goal() ? "g" : "r") + c.newIndex(), k -> new ArrayList<>())
          .add(c);
    }
    if (!modified.isEmpty()) {
      heading(out, section++, "修改事项");
      int n = 1;
      for (List<Change> cs : modified.values()) {
        Change c = cs.get(0);
        List<String> clauses = new ArrayList<>();
        for (Change m : cs) {
          clauses.add(clause(m));
        }
        out.print(n++ + ". " + label(c) + "：" + String.join("；", clauses) + "。\n");
      }
    }
    List<Change> renumbered = of(d, ChangeKind.RENUMBERED);
    if (!renumbered.isEmpty()) {
      heading(out, section, "编号调整");
      out.print("下列各行因前序事项增删而重新编号，内容未变（有修改的已列于上文）。\n\n");
      Markdown.row(out, List.of("原编号", "新编号", "政策事项"));
      out.print("| --- | --- | --- |\n");
      for (Change c : renumbered) {
        Markdown.row(out, List.of(c.oldId(), c.id(), c.title()));
      }
    }
    out.flush();
  }

  private static List<Change> of(DiffResult d, ChangeKind k) {
    return d.changes().stream().filter(c -> c.change() == k).toList();
  }

  private static void heading(PrintWriter out, int section, String title) {
    out.print("\n## " + SECTION[section] + "、" + title + "\n\n");
  }

  private static String item(String id) {
    int dot = id.indexOf('.');
    return dot < 0 ? id : id.substring(0, dot);
  }

  /** 第19项（19.1，原20.1）加快个体工商户准入准营, or 工作目标G1（…）. */
  private static String label(Change c) {
    if (c.goal()) {
      return "工作目标" + c.id() + "（" + inline(c.title()) + "）";
    }
    String was = Objects.equals(c.id(), c.oldId()) ? "" : "，原" + c.oldId();
    return "第" + item(c.id()) + "项（" + c.id() + was + "）" + inline(c.title());
  }

  private static String clause(Change m) {
    String field = m.goal() ? GOAL_FIELDS.getOrDefault(m.field(), m.field())
        : DiffWords.FIELDS.getOrDefault(m.field(), m.field());
    String s = field + "由“" + inline(m.old()) + "”调整为“" + inline(m.neu()) + "”";
    List<String> notes = new ArrayList<>();
    if (m.detail() instanceof ChangeDetail.Units u) {
      if (!u.added().isEmpty()) {
        notes.add("增加" + String.join("、", u.added()));
      }
      if (!u.removed().isEmpty()) {
        notes.add("减少" + String.join("、", u.removed()));
      }
    }
    notes.add("影响：" + DiffWords.chinese(m.impact()));
    return s + "（" + String.join("，", notes) + "）";
  }

  private static String addedLine(Change c, DiffReport r) {
    if (c.goal()) {
      Goal g = r.newChecklist().goals().get(c.newIndex());
      return "工作目标" + c.id() + "（" + inline(g.indicator()) + "）：目标值"
          + inline(g.target().text()) + "，进度安排“" + inline(g.schedule().text()) + "”。";
    }
    Row row = r.newChecklist().rows().get(c.newIndex());
    return "第" + item(c.id()) + "项（" + c.id() + "）" + inline(row.title()) + "。牵头单位："
        + inline(RevisionDiff.joined(row.lead())) + "；协同单位："
        + inline(RevisionDiff.joined(row.partners())) + "；量化指标：" + inline(row.indicator())
        + "；量化指标值：" + inline(row.target().text()) + "；进度安排："
        + inline(row.schedule().text()) + "。";
  }

  private static String code(String s) {
    return "`" + s.replace("`", "'") + "`";
  }

  /** Text inside a paragraph: one line, and nothing that Markdown would read as markup. */
  static String inline(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (char ch : s.replace("\r\n", " ").replace('\n', ' ').toCharArray()) {
      if ("\\`*_[]<>#|".indexOf(ch) >= 0) {
        sb.append('\\');
      }
      sb.append(ch);
    }
    return sb.toString();
  }
}
