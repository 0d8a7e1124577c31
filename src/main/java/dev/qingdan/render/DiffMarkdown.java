package dev.qingdan.render;

import static dev.qingdan.render.Markdown.inline;

import dev.qingdan.compute.Change;
import dev.qingdan.compute.ChangeDetail;
import dev.qingdan.compute.ChangeKind;
import dev.qingdan.compute.DiffResult;
import dev.qingdan.compute.Impact;
import dev.qingdan.compute.RevisionDiff;
import dev.qingdan.text.Lang;
import dev.qingdan.text.Msg;
import dev.qingdan.text.Printable;
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
  private static final String[] SECTION = {"一", "二", "三", "四", "五", "六", "七"};

  @Override
  public void render(PrintWriter out, DiffReport r) {
    Checklist neu = r.newChecklist();
    String name = neu.document() != null && neu.document().checklist() != null
        ? "《" + inline(neu.document().checklist()) + "》" : "清单";
    out.print("# " + name + "修订说明\n\n");
    out.print("修订对照：" + Markdown.code(r.from()) + " → " + Markdown.code(r.to()) + "。\n\n");
    DiffResult d = r.diff();
    DiffResult.Summary s = d.summary();
    if (!d.hasChanges()) {
      out.print("两个版本的清单内容一致，本次无修订事项。\n");
      out.flush();
      return;
    }
    out.print(overview(d) + "\n");
    int section = 0;
    List<Change> added = of(d, ChangeKind.ADDED);
    if (!added.isEmpty()) {
      heading(out, section++, "新增" + holds(added));
      int n = 1;
      for (Change c : added) {
        out.print(n++ + ". " + addedLine(c, r) + "（影响：" + DiffWords.chinese(c.impact())
            + "）\n");
      }
    }
    List<Change> removed = of(d, ChangeKind.REMOVED);
    if (!removed.isEmpty()) {
      heading(out, section++, "删除" + holds(removed));
      int n = 1;
      for (Change c : removed) {
        String what = c.goal() ? "原工作目标" + inline(c.oldId()) + "（" + inline(c.title()) + "）"
            : "原第" + inline(item(c.oldId())) + "项（" + inline(c.oldId()) + "）"
                + inline(c.title());
        out.print(n++ + ". " + what + "。（影响：" + DiffWords.chinese(c.impact()) + "）\n");
      }
    }
    Map<String, List<Change>> modified = new LinkedHashMap<>();
    for (Change c : of(d, ChangeKind.MODIFIED)) {
      modified.computeIfAbsent((c.goal() ? "g" : "r") + c.newIndex(), k -> new ArrayList<>())
          .add(c);
    }
    if (!modified.isEmpty()) {
      heading(out, section++, "修改" + holds(of(d, ChangeKind.MODIFIED)));
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
    if (!d.register().isEmpty()) {
      heading(out, section++, "单位名单调整");
      int n = 1;
      for (Change c : d.register()) {
        out.print(n++ + ". " + unitLine(c) + "\n");
      }
    }
    if (!d.document().isEmpty()) {
      heading(out, section++, "文件信息调整");
      int n = 1;
      for (Change c : d.document()) {
        out.print(n++ + ". " + clause(c) + "。\n");
      }
    }
    List<Change> renumbered = of(d, ChangeKind.RENUMBERED);
    if (!renumbered.isEmpty()) {
      heading(out, section, "编号调整");
      out.print(renumberedCaption(d, renumbered) + "\n\n");
      new Table<>(Lang.zh, List.of(Column.of(Msg.of("old id"), Change::oldId),
          Column.of(Msg.of("new id"), Change::id), Column.of(Msg.in("field", "title"),
          Change::title))).markdown(out, renumbered, Table.Styles.none());
    }
    out.flush();
  }

  /** Why rows were renumbered: rows before them added or removed, or rows moved. */
  private static String why(List<Change> renumbered) {
    for (int k = 1; k < renumbered.size(); k++) {
      if (renumbered.get(k).oldIndex() < renumbered.get(k - 1).oldIndex()) {
        return "事项增删或顺序调整";
      }
    }
    return "前序事项增删";
  }

  /** 本次修订新增1行、删除1行、修改5处，另有15行重新编号。其中收紧3处、放宽3处、中性1处。 */
  private static String overview(DiffResult d) {
    DiffResult.Summary s = d.summary();
    List<String> what = new ArrayList<>();
    counted(what, "新增", of(d, ChangeKind.ADDED));
    counted(what, "删除", of(d, ChangeKind.REMOVED));
    if (s.modified() > 0) {
      what.add("修改" + s.modified() + "处");
    }
    if (!d.register().isEmpty()) {
      what.add("调整单位名单" + d.register().size() + "处");
    }
    if (!d.document().isEmpty()) {
      what.add("调整文件信息" + d.document().size() + "处");
    }
    String text = what.isEmpty() ? "本次修订只调整编号" : "本次修订" + String.join("、", what);
    if (s.renumbered() > 0) {
      text += (what.isEmpty() ? "：" : "，另有") + s.renumbered() + "行因"
          + why(of(d, ChangeKind.RENUMBERED)) + "而重新编号";
    }
    List<String> impacts = new ArrayList<>();
    for (Impact i : Impact.values()) {
      long n = d.count(i);
      if (n > 0) {
        impacts.add((i == Impact.DEFINITIONAL ? "统计口径变化" : DiffWords.chinese(i)) + n + "处");
      }
    }
    return text + "。" + (impacts.isEmpty() ? "" : "其中" + String.join("、", impacts) + "。");
  }

  /** 新增2行, 新增工作目标1个: rows counted as rows (an item may have several), goals apart. */
  private static void counted(List<String> what, String verb, List<Change> changes) {
    long goals = changes.stream().filter(Change::goal).count();
    long rows = changes.size() - goals;
    if (rows > 0) {
      what.add(verb + rows + "行");
    }
    if (goals > 0) {
      what.add(verb + "工作目标" + goals + "个");
    }
  }

  /** What a section of added, removed or modified entries holds: 清单行, 工作目标, or both. */
  private static String holds(List<Change> changes) {
    boolean goals = changes.stream().anyMatch(Change::goal);
    boolean rows = changes.stream().anyMatch(c -> !c.goal());
    return rows && goals ? "清单行和工作目标" : goals ? "工作目标" : "清单行";
  }

  /**
   * The caption of the renumbering table: how many rows it lists and why, and how many of them
   * also changed (listed above) or that none did.
   */
  private static String renumberedCaption(DiffResult d, List<Change> renumbered) {
    List<String> changed = of(d, ChangeKind.MODIFIED).stream().filter(c -> !c.goal())
        .map(Change::oldId).distinct().toList();
    long also = renumbered.stream().filter(c -> changed.contains(c.oldId())).count();
    return "下表" + renumbered.size() + "行因" + why(renumbered) + "而重新编号，"
        + (also == 0 ? "内容未变。" : "其中" + also + "行另有修改，已列于上文，其余内容未变。");
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
      return "工作目标" + inline(c.id()) + "（" + inline(c.title()) + "）";
    }
    String was = Objects.equals(c.id(), c.oldId()) ? "" : "，原" + inline(c.oldId());
    return "第" + inline(item(c.id())) + "项（" + inline(c.id()) + was + "）" + inline(c.title());
  }

  /** 新增单位“区民政局”, 单位“区人社局”更名为“区人力社保局”, 删除泛指用语“…”, with the impact. */
  private static String unitLine(Change c) {
    boolean generic = "generic".equals(c.field());
    String what = generic ? "泛指用语" : "单位";
    String s = switch (c.change()) {
      case ADDED -> "新增" + what + "“" + inline(c.neu()) + "”";
      case REMOVED -> "删除" + what + "“" + inline(c.old()) + "”";
      default -> "name".equals(c.field())
          ? "单位“" + inline(c.old()) + "”更名为“" + inline(c.neu()) + "”"
          : "单位“" + inline(c.id()) + "”的别名由“" + inline(c.old()) + "”调整为“"
              + inline(c.neu()) + "”";
    };
    List<String> notes = new ArrayList<>();
    if (c.detail() instanceof ChangeDetail.Names n) {
      if (!n.added().isEmpty()) {
        notes.add("别名增加" + inline(String.join("、", n.added())));
      }
      if (!n.removed().isEmpty()) {
        notes.add("别名减少" + inline(String.join("、", n.removed())));
      }
      List<String> rows = new ArrayList<>();
      for (ChangeDetail.Remap m : n.remapped()) {
        rows.add(inline(m.id()) + Lang.zh.text(DiffWords.rowField(m.field())) + "“"
            + inline(m.written()) + "”原指" + inline(m.was()));
      }
      if (!rows.isEmpty()) {
        notes.add(String.join("、", rows) + "，现指" + inline(c.id()));
      }
    }
    notes.add("影响：" + DiffWords.chinese(c.impact()));
    return s + "（" + String.join("，", notes) + "）。";
  }

  private static String clause(Change m) {
    String field = DiffWords.field(m);
    String s = Objects.equals(m.old(), m.neu()) ? field + "“" + inline(m.old()) + "”的节点调整"
        : field + "由“" + inline(m.old()) + "”调整为“" + inline(m.neu()) + "”";
    List<String> notes = new ArrayList<>();
    String marked = DiffWords.marked(m.old(), m.neu(), gone -> "[-" + gone + "-]",
        come -> "{+" + come + "+}");
    if (marked != null) {
      notes.add("改动处“" + inline(marked) + "”");
    }
    if (m.detail() instanceof ChangeDetail.Milestones ms) {
      notes.add(milestones(ms));
    }
    if (m.detail() instanceof ChangeDetail.GoalEdit g) {
      notes.add("目标表述同步由“" + inline(g.oldText()) + "”调整为“" + inline(g.newText()) + "”");
      if (g.milestones() != null) {
        notes.add(milestones(g.milestones()));
      }
    }
    if (m.detail() instanceof ChangeDetail.Units u) {
      if (!u.added().isEmpty()) {
        notes.add("增加" + inline(String.join("、", u.added())));
      }
      if (!u.removed().isEmpty()) {
        notes.add("减少" + inline(String.join("、", u.removed())));
      }
    }
    notes.add("影响：" + DiffWords.chinese(m.impact()));
    return s + "（" + String.join("，", notes) + "）";
  }

  /** 完成时限由2022-09-30调整为2022-10-31, 2022-05-31累计由2调整为4, … 等7个节点. */
  private static String milestones(ChangeDetail.Milestones m) {
    List<String> parts = new ArrayList<>();
    for (ChangeDetail.Shift s : m.shifts()) {
      if (s.oldDue() == null) {
        parts.add("新增节点" + s.newDue() + amount(s.newAmount()));
      } else if (s.newDue() == null) {
        parts.add("删除节点" + s.oldDue() + amount(s.oldAmount()));
      } else if (s.oldDue().equals(s.newDue())) {
        parts.add(s.oldDue() + "累计由" + s.oldAmount() + "调整为" + s.newAmount());
      } else if (Objects.equals(s.oldAmount(), s.newAmount())) {
        parts.add("完成时限由" + s.oldDue() + "调整为" + s.newDue());
      } else {
        parts.add("节点由" + s.oldDue() + amount(s.oldAmount()) + "调整为" + s.newDue()
            + amount(s.newAmount()));
      }
    }
    int shown = Math.min(3, parts.size());
    String text = String.join("，", parts.subList(0, shown));
    text = parts.size() > shown ? text + "等" + parts.size() + "个节点" : text;
    return m.raised().isEmpty() && m.lowered().isEmpty() ? text
        : text + "；" + DiffWords.plan(m, Lang.zh);
  }

  private static String amount(Long a) {
    return a == null ? "" : "（累计" + a + "）";
  }

  private static String addedLine(Change c, DiffReport r) {
    if (c.goal()) {
      Goal g = r.newChecklist().goals().get(c.newIndex());
      return "工作目标" + inline(c.id()) + "（" + inline(g.indicator()) + "）：目标值"
          + inline(g.target().text()) + "，进度安排“" + inline(g.schedule().text()) + "”。";
    }
    Row row = r.newChecklist().rows().get(c.newIndex());
    return "第" + inline(item(c.id())) + "项（" + inline(c.id()) + "）" + inline(row.title())
        + "。牵头单位："
        + inline(RevisionDiff.joined(row.lead())) + "；协同单位："
        + inline(RevisionDiff.joined(row.partners())) + "；量化指标：" + inline(row.indicator())
        + "；量化指标值：" + inline(row.target().text()) + "；进度安排："
        + inline(row.schedule().text()) + "。";
  }
}
