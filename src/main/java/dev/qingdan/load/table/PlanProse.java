package dev.qingdan.load.table;

import dev.qingdan.load.InputException;
import dev.qingdan.load.Loc;
import dev.qingdan.load.Problem;
import dev.qingdan.load.office.SourceDocument.Block;
import dev.qingdan.load.office.SourceDocument.Paragraph;
import dev.qingdan.load.office.SourceDocument.SourceRow;
import dev.qingdan.model.Document;
import dev.qingdan.model.Goal;
import dev.qingdan.model.Target;
import dev.qingdan.phrase.ScheduleParser;
import dev.qingdan.phrase.TargetParser;
import dev.qingdan.text.Cells;
import dev.qingdan.text.Msg;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prose around an imported table: the document's title, number, issuer and date, the plan's
 * year, and its overall goals (一、工作目标).
 */
final class PlanProse {
  private static final String BLANK = "[\\s\\u3000\\u00A0]*";
  private static final Pattern NUMBER = Pattern.compile("[\\p{IsHan}]{1,10}〔\\d{4}〕\\d+号");
  private static final Pattern DATE = Pattern.compile(
      "(\\d{4})" + BLANK + "年" + BLANK + "(\\d{1,2})" + BLANK + "月" + BLANK + "(\\d{1,2})" + BLANK
          + "日");
  private static final Pattern GOAL = Pattern.compile("力争全年(?:实现)?([^，,；;。]+?)(?:达到|达)?"
      + "(\\d+(?:\\.\\d+)?万?[\\p{IsHan}]{1,2}(?:以上)?)(?=[，,；;。]|$)");
  static final Pattern ANNEX =
      Pattern.compile("^附件" + BLANK + "([0-9０-９一二三四五六七八九]+)" + BLANK + "$");
  /** A title that names the year it plans: 某县2023年优化营商环境重点任务清单. */
  private static final Pattern TITLE_YEAR =
      Pattern.compile("[^\\t]*?((?:19|20)\\d{2})年[^0-9月\\t]*(?:清单|方案|计划|要点)");
  /** A year in a cell's date: 2021年11月, 2021年底, 2021.8, 2021-08. */
  private static final Pattern CELL_YEAR = Pattern.compile(
      "(?<!\\d)(20\\d{2})(?:" + BLANK + "年|[.．/-](?=(?:0?[1-9]|1[0-2])(?!\\d)))");

  private PlanProse() {}

  static String prose(Block b) {
    return b instanceof Paragraph p ? p.text() : null;
  }

  static Document document(ImportLog log, List<Block> blocks, Integer yearOverride)
      throws InputException {
    String number = null;
    LocalDate date = null;
    String issuer = null;
    String title = null;
    String checklist = null;
    Integer titleYear = null;
    for (int i = 0; i < blocks.size(); i++) {
      String l = prose(blocks.get(i));
      if (l == null) {
        continue;
      }
      Matcher ty = TITLE_YEAR.matcher(l);
      if (titleYear == null && l.length() <= 200 && ty.matches()) {
        titleYear = Integer.parseInt(ty.group(1));
      }
      if (number == null && NUMBER.matcher(l).matches()) {
        number = l;
      }
      Matcher d = DATE.matcher(l);
      if (date == null && d.matches()) {
        try {
          date = LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)),
              Integer.parseInt(d.group(3)));
          issuer = previousStatement(blocks, i);
        } catch (DateTimeException e) {
          log.warn("date", Msg.of("'%s' is not a date", l), blocks.get(i).place(), 0);
        }
      }
      if (title == null && l.endsWith("实施方案") && !l.startsWith("关于")) {
        title = l;
      }
      Matcher a = ANNEX.matcher(l);
      if (checklist == null && a.matches() && annex(a, 1)) {
        checklist = nextStatement(blocks, i);
      }
    }
    int year;
    String file = log.file();
    if (yearOverride != null) {
      year = yearOverride;
      log.note("year", Msg.of("year %d, from --year", year), file, 0);
    } else if (titleYear != null) {
      // 2023年…任务清单 names the year it plans, which a document dated in December may not
      year = titleYear;
      log.note("year", Msg.of("year %d, from the title", year), file, 0);
    } else if (date != null) {
      year = date.getYear();
      log.note("year", Msg.of("year %d, from the document's date", year), file, 0);
    } else {
      Integer cells = yearOfCells(blocks);
      if (cells == null) {
        throw new InputException(Problem.error("no-year", Msg.of("cannot tell the plan's year "
            + "from the document (no title like 2023年…清单, no date like 2022年5月25日 outside the "
            + "table, no date like 2023年6月 or 2023.6 in its cells); pass --year"), file,
            Loc.FILE, ""), false);
      }
      year = cells;
      log.note("year", Msg.of("year %d, from the dates in the cells", year), file, 0);
    }
    return new Document(orEmpty(title), orEmpty(number), orEmpty(issuer),
        date == null ? LocalDate.of(year, 1, 1) : date, year, orEmpty(checklist));
  }

  static boolean annex(Matcher a, int n) {
    String s = a.group(1);
    return s.equals("一二三四五六七八九".substring(n - 1, n))
        || s.chars().map(c -> Character.digit(c, 10)).reduce(0, (x, y) -> x * 10 + y) == n;
  }

  /**
   * The year the table's cells name most often in a date ({@code 2021年11月}, {@code 2021.8},
   * {@code 2021年底}), the earliest of equals; null when they name none.
   */
  static Integer yearOfCells(List<Block> blocks) {
    Map<Integer, Integer> counts = new TreeMap<>();
    for (Block b : blocks) {
      if (b instanceof SourceRow r) {
        for (String c : r.cells()) {
          Matcher m = CELL_YEAR.matcher(c);
          while (m.find()) {
            counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
          }
        }
      }
    }
    Integer best = null;
    for (var e : counts.entrySet()) {
      if (best == null || e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /** The issuer is the last line before the date that is not a parenthesised remark. */
  private static String previousStatement(List<Block> blocks, int i) {
    for (int j = i - 1; j >= 0; j--) {
      String l = prose(blocks.get(j));
      if (l != null && !l.isEmpty() && !l.startsWith("（") && !l.startsWith("(")) {
        return l;
      }
    }
    return null;
  }

  private static String nextStatement(List<Block> blocks, int i) {
    for (int j = i + 1; j < blocks.size(); j++) {
      String l = prose(blocks.get(j));
      if (l == null) {
        return null;
      }
      if (!l.isEmpty()) {
        return l;
      }
    }
    return null;
  }

  static List<Goal> goals(List<Block> blocks, int year) {
    List<Goal> goals = new ArrayList<>();
    for (Block b : blocks) {
      String l = prose(b);
      if (l == null) {
        continue;
      }
      Matcher m = GOAL.matcher(l);
      while (m.find()) {
        Optional<Target> t = TargetParser.parse(m.group(2));
        if (t.isEmpty() || t.get().value() == null) {
          continue;
        }
        ScheduleParser.Result s = ScheduleParser.parse("全年", year, t.get());
        goals.add(new Goal("G" + (goals.size() + 1), Cells.clean(m.group(1)),
            Cells.clean(m.group(0)), t.get(), s.schedule()));
      }
    }
    return goals;
  }
}
