package dev.qingdan.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The id of one checklist row, {@code N.k}: item N, k-th row of that item, both from 1.
 *
 * @param item the item number (序号)
 * @param k the row's place within its item
 */
public record RowId(int item, int k) implements Comparable<RowId> {
  private static final Pattern FULL = Pattern.compile("([1-9][0-9]{0,5})\\.([1-9][0-9]{0,3})");

  public RowId {
    if (item < 1 || k < 1) {
      throw new IllegalArgumentException("row ids start at 1.1: " + item + "." + k);
    }
  }

  /** Parses {@code N.k} exactly as written; an item alone ({@code N}) is not a row id here. */
  public static Optional<RowId> parse(String text) {
    Matcher m = FULL.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new RowId(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
  }

  @Override
  public int compareTo(RowId o) {
    return item != o.item ? Integer.compare(item, o.item) : Integer.compare(k, o.k);
  }

  // Written out: a record's own equals and hashCode are linked at run time on first use, which
  // costs a short run more than all its comparisons of row ids (docs/performance.md).
  @Override
  public boolean equals(Object o) {
    return o instanceof RowId r && r.item == item && r.k == k;
  }

  @Override
  public int hashCode() {
    return 31 * item + k;
  }

  @Override
  public String toString() {
    return item + "." + k;
  }
}
