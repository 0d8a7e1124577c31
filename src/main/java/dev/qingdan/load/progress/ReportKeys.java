package dev.qingdan.load.progress;

import java.util.Arrays;

/**
 * The (month, id, unit) of every report read, each packed in a long, with where it was first
 * reported: a set of a million keys without an object per key.
 *
 * <p>A key is packed by {@link #key}: the month's index in its 16 high bits, the id's index in
 * the next 24, the unit's index plus two in the low 24 (1 for no unit), so that no key is 0, the
 * mark of an empty slot. Where the checklist bounds the ids and units, the places of a month are
 * an array with a slot for each (id, unit), made when the month's first report comes: the lines
 * alone while the month's reports are of one file (a year of a country's reports is twelve
 * arrays of 0.4 MB whatever the number of reports), lines and files once they come from several.
 * The place of the first of a key reported twice is there without keeping the reports. Other
 * keys go to a table, whose slot mixes the high bits into the low ones before it multiplies, so
 * that keys that differ only in their month or id do not share their low bits' slots.
 */
final class ReportKeys {
  /** What {@link #putIfAbsent} answers when the key was not there. */
  static final long ABSENT = -1;

  /** Takes a key, as its month's, id's and unit's indices (-1 for no unit), and its place. */
  interface Sink {
    void put(int month, int id, int unit, long place);
  }

  /** The most slots of a month's array: 8 MiB. */
  private static final int MAX_SLOTS = 1 << 20;

  /**
   * The lines of each month's reports by (id, unit), line + 1 so that 0 is none, where the
   * month's reports are all of one file ({@link #monthFile}): 4 bytes a report; null until used.
   */
  private final int[][] lines;
  /** The file of each month's reports, while they are of one; -1 before the first. */
  private final int[] monthFile;
  /**
   * The places of each month whose reports come from several files, by (id, unit), place + 1 so
   * that 0 is none; null for the others.
   */
  private final long[][] places;
  private final int ids;
  private final int units;

  private static final long MIX = 0x9E3779B97F4A7C15L;
  /** A table alone. */
  ReportKeys() {
    this(0, 0, 0);
  }

  /**
   * Keys of fewer than {@code months}, {@code ids} and {@code units} (no unit included) of each.
   */
  ReportKeys(int months, int ids, int units) {
    long n = (long) ids * units;
    boolean dense = months > 0 && n > 0 && n <= MAX_SLOTS;
    this.lines = dense ? new int[months][] : null;
    this.places = dense ? new long[months][] : null;
    this.monthFile = dense ? new int[months] : null;
    if (dense) {
      Arrays.fill(monthFile, -1);
    }
    this.ids = ids;
    this.units = units;
  }

  /** Whether {@code key}'s place is in a month's array rather than in the table. */
  private boolean dense(long key) {
    return places != null && (int) (key >>> 48) < places.length
        && ((int) (key >>> 24) & 0xFF_FFFF) < ids && (int) (key & 0xFF_FFFF) - 1 < units;
  }

  /** The place in month {@code m} at {@code slot}, or {@link #ABSENT}. */
  private long at(int m, int slot) {
    if (places[m] != null) {
      return places[m][slot] - 1;
    }
    int line = lines[m] == null ? 0 : lines[m][slot];
    return line == 0 ? ABSENT : place(monthFile[m], line - 1);
  }

  /** Makes month {@code m} ready for a report of {@code file}. */
  private void ready(int m, int file) {
    if (places[m] != null) {
      return;
    }
    if (lines[m] == null) {
      lines[m] = new int[ids * units];
      monthFile[m] = file;
    } else if (monthFile[m] != file) { // a second file: each place names its file
      long[] a = new long[lines[m].length];
      for (int s = 0; s < a.length; s++) {
        a[s] = lines[m][s] == 0 ? 0 : place(monthFile[m], lines[m][s] - 1) + 1;
      }
      places[m] = a;
      lines[m] = null;
    }
  }

  private int slot(long key) {
    return ((int) (key >>> 24) & 0xFF_FFFF) * units + (int) (key & 0xFF_FFFF) - 1;
  }

  /** Whether some report has the key: as {@link #get}, for a report kept as figures. */
  boolean addFigures(long key, long place) {
    return putIfAbsent(key, place) == ABSENT;
  }

  /** Hands every key and its place to {@code sink}: the months' arrays, then the table. */
  void each(Sink sink) {
    each(null, sink);
  }

  /**
   * Hands the keys and their places to {@code sink}, as {@link #each(Sink)} does. Of an id
   * of index {@code i}, the keys of no unit and of the units {@code only[i]} names (indices in
   * order), or of every unit where {@code only} or {@code only[i]} is null.
   */
  void each(int[][] only, Sink sink) {
    for (int m = 0; places != null && m < places.length; m++) {
      if (places[m] == null && lines[m] == null) {
        continue;
      }
      for (int i = 0; i < ids; i++) {
        int[] wanted = only == null || i >= only.length ? null : only[i];
        int first = i * units; // the slot of (i, no unit)
        if (wanted == null) {
          for (int u = -1, s = first; u < units - 1; u++, s++) {
            put(sink, m, i, u, at(m, s));
          }
          continue;
        }
        put(sink, m, i, -1, at(m, first));
        for (int u : wanted) {
          if (u < units - 1) {
            put(sink, m, i, u, at(m, first + u + 1));
          }
        }
      }
    }
    for (int j = 0; j < keys.length; j++) {
      long k = keys[j];
      if (k == 0) {
        continue;
      }
      int i = (int) (k >>> 24) & 0xFF_FFFF;
      int u = (int) (k & 0xFF_FFFF) - 2;
      int[] wanted = only == null || i >= only.length ? null : only[i];
      if (u < 0 || wanted == null || Arrays.binarySearch(wanted, u) >= 0) {
        sink.put((int) (k >>> 48), i, u, values[j]);
      }
    }
  }

  private static void put(Sink sink, int m, int i, int u, long place) {
    if (place != ABSENT) {
      sink.put(m, i, u, place);
    }
  }

  private long[] keys = new long[1 << 10];
  private long[] values = new long[1 << 10];
  private int size;

  /** The key of a month, an id and a unit (or -1 for none), each by its index. */
  static long key(int month, int id, int unit) {
    return ((long) month << 48) | ((long) id << 24) | (unit + 2L);
  }

  /** Where a report was first made: its file's index and its line. */
  static long place(int file, int line) {
    return ((long) file << 32) | (line & 0xFFFF_FFFFL);
  }

  static int file(long place) {
    return (int) (place >>> 32);
  }

  static int line(long place) {
    return (int) place;
  }

  /** The place of {@code key}, or {@link #ABSENT}. */
  long get(long key) {
    if (!dense(key)) {
      return find(key);
    }
    return at((int) (key >>> 48), slot(key));
  }

  private long find(long key) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); keys[i] != 0; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return values[i];
      }
    }
    return ABSENT;
  }

  /** Keeps {@code place} for {@code key} unless it has one: then answers that one. */
  long putIfAbsent(long key, long place) {
    if (!dense(key)) {
      return put(key, place);
    }
    int m = (int) (key >>> 48);
    int at = slot(key);
    ready(m, file(place));
    long before = at(m, at);
    if (before == ABSENT) {
      if (places[m] != null) {
        places[m][at] = place + 1;
      } else {
        lines[m][at] = line(place) + 1;
      }
    }
    return before;
  }

  /** Keeps {@code place} for {@code key} in the table unless it has one there. */
  private long put(long key, long place) {
    int mask = keys.length - 1;
    int i = slot(key, mask);
    for (; keys[i] != 0; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return values[i];
      }
    }
    keys[i] = key;
    values[i] = place;
    if (++size > keys.length / 4 * 3) {
      grow(keys.length * 2);
    }
    return ABSENT;
  }

  /** Makes room for {@code more} keys at once, where they go to the table. */
  void expect(int more) {
    if (places != null) {
      return; // the months' arrays hold most of them
    }
    int n = keys.length;
    while ((long) size + more > n / 4 * 3 && n < 1 << 30) {
      n *= 2;
    }
    if (n > keys.length) {
      grow(n);
    }
  }

  /** Forgets the keys first reported in the file of index {@code file}. */
  void removeFile(int file) {
    long[] oldKeys = keys;
    long[] oldValues = values;
    keys = new long[oldKeys.length];
    values = new long[oldKeys.length];
    size = 0;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != 0 && file(oldValues[j]) != file) {
        put(oldKeys[j], oldValues[j]);
      }
    }
    if (places != null) {
      for (long[] a : places) {
        for (int s = 0; a != null && s < a.length; s++) {
          if (a[s] != 0 && file(a[s] - 1) == file) {
            a[s] = 0;
          }
        }
      }
      for (int m = 0; m < lines.length; m++) {
        if (lines[m] != null && monthFile[m] == file) {
          lines[m] = null;
          monthFile[m] = -1;
        }
      }
    }
  }

  int size() {
    return size;
  }

  private static int slot(long key, int mask) {
    long h = (key ^ (key >>> 33)) * MIX;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private void grow(int n) {
    long[] oldKeys = keys;
    long[] oldValues = values;
    keys = new long[n];
    values = new long[n];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != 0) {
        int i = slot(oldKeys[j], mask);
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
      }
    }
  }
}
