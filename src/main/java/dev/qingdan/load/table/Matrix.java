package dev.qingdan.load.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A matrix of places and indicators (a 完成情况表 by 地区): one place a row, and across, one group
 * of columns an indicator, each group under the same sub-headers (目标任务 | 进度 | 完成比例(%)). Its
 * targets are bare numbers whose units and comparators stand only in the header rows, so import
 * does not read it as a task list: it says what it found instead.
 *
 * @param headerRows how many rows the header runs over, down to the repeated sub-headers
 * @param group the sub-headers each indicator repeats
 * @param indicators the names over the groups, left to right (城镇新增就业(人), …)
 * @param places the name of the first column (地区), or empty
 */
record Matrix(int headerRows, List<String> group, List<String> indicators, String places) {
  /** Rows looked at for the header. */
  private static final int HEADER_ROWS = 8;

  /**
   * The matrix {@code rows} (the table's first rows) make: a header row that repeats one group of
   * two to five names, without figures, at least twice across the columns, with a row above that
   * names each group; empty when there is none.
   */
  static Optional<Matrix> of(List<List<String>> rows) {
    for (int r = 1; r < Math.min(HEADER_ROWS, rows.size()); r++) {
      List<String> cells = trimmed(rows.get(r));
      for (int width = 2; width <= 5; width++) {
        for (int start = 0; start < width && start + 2 * width <= cells.size(); start++) {
          List<String> group = cells.subList(start, start + width);
          int groups = repeats(cells, start, group);
          List<String> names = groups >= 2 ? names(rows, r, start, width, groups) : List.of();
          if (!names.isEmpty()) {
            String places = rows.get(0).isEmpty() ? "" : rows.get(0).get(0).strip();
            return Optional.of(new Matrix(r + 1, List.copyOf(group), names, places));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** How many times {@code group}, all names without a figure, repeats from {@code start} on. */
  private static int repeats(List<String> cells, int start, List<String> group) {
    if (group.stream().anyMatch(c -> c.isEmpty() || c.chars().anyMatch(Character::isDigit))
        || group.stream().distinct().count() < group.size()) {
      return 0;
    }
    int n = 0;
    int at = start;
    while (at + group.size() <= cells.size()
        && cells.subList(at, at + group.size()).equals(group)) {
      n++;
      at += group.size();
    }
    // the group must run to the end of the row: nothing else stands beside it
    return cells.subList(at, cells.size()).stream().allMatch(String::isEmpty) ? n : 0;
  }

  /** The names over the groups: the nearest row above with a distinct name over each one. */
  private static List<String> names(List<List<String>> rows, int r, int start, int width,
      int groups) {
    for (int above = r - 1; above >= 0; above--) {
      List<String> row = trimmed(rows.get(above));
      List<String> names = new ArrayList<>();
      for (int g = 0; g < groups; g++) {
        int at = start + g * width;
        String name = at < row.size() ? row.get(at) : "";
        if (name.isEmpty()) {
          break;
        }
        names.add(name);
      }
      if (names.size() == groups && names.stream().distinct().count() == groups) {
        return names;
      }
    }
    return List.of();
  }

  private static List<String> trimmed(List<String> cells) {
    return cells.stream().map(String::strip).toList();
  }
}
