package dev.qingdan.model;

import java.util.List;

/** What an id given on the command line stands for. */
public sealed interface Selection {
  /** One row. */
  record OneRow(Row row) implements Selection {}

  /** All rows of an item with several rows. */
  record Item(int item, List<Row> rows) implements Selection {
    public Item {
      rows = List.copyOf(rows);
    }
  }

  /** An overall goal. */
  record OneGoal(Goal goal) implements Selection {}
}
