package dev.qingdan.load.progress;

/**
 * The (month, id, unit) of every report read, each packed in a long, with where it was first
 * reported: a set of a million keys as two arrays, without an object per key.
 *
 * <p>A key is packed by {@link #key}: the month's index in its 16 high bits, the id's index in
 * the next 24, the unit's index plus two in the low 24 (1 for no unit), so that no key is 0, the
 * mark of an empty slot. The slot mixes the high bits into the low ones before it multiplies, so that keys
 * that differ only in their month or id do not share their low bits' slots.
 */
final class ReportKeys {
  /** What {@link #putIfAbsent} answers when the key was not there. */
  static final long ABSENT = -1;

  /** The keys and places of the reports kept as figures only, for {@link #get} to look in. */
  interface Kept {
    void each(Sink sink);
  }

  /** Takes a key and its place. */
  interface Sink {
    void put(long key, long place);
  }

  /** The largest set of bits kept for a dense key space: 8 MiB. */
  private static final long MAX_BITS = 64L << 20;

  /**
   * One bit for each key of a dense space (months × ids × units, when the checklist bounds it):
   * a year's million keys take 1.7 MB that the processor's cache holds, not two tables of 16 MB
   * that it does not. A report kept as figures sets only its bit; its place is looked up in
   * {@link #kept} the first time a report repeats a key ({@link #index}).
   */
  private final long[] bits;
  private final int months;
  private final int ids;
  private final int units;
  private final Kept kept;
  /** Whether every key is in the table: after a repeat, or where there are no bits. */
  private boolean indexed;

  private static final long MIX = 0x9E3779B97F4A7C15L;
  /** A table alone. */
  ReportKeys() {
    this(0, 0, 0, null);
  }

  /**
   * Keys of fewer than {@code months}, {@code ids} and {@code units} (no unit included) of each;
   * {@code kept} names the reports kept as figures.
   */
  ReportKeys(int months, int ids, int units, Kept kept) {
    long n = (long) months * ids * units;
    this.bits = n > 0 && n <= MAX_BITS ? new long[(int) ((n + 63) >>> 6)] : null;
    this.months = months;
    this.ids = ids;
    this.units = units;
    this.kept = kept;
    this.indexed = bits == null;
  }

  /** The bit of {@code key}, or -1 when it has none (then it is in the table). */
  private int bit(long key) {
    if (indexed) {
      return -1;
    }
    int m = (int) (key >>> 48);
    int i = (int) (key >>> 24) & 0xFF_FFFF;
    int u = (int) (key & 0xFF_FFFF) - 1;
    return m < months && i < ids && u < units ? (int) (((long) m * ids + i) * units + u) : -1;
  }

  private boolean has(int bit) {
    return (bits[bit >>> 6] & (1L << bit)) != 0;
  }

  private void set(int bit) {
    bits[bit >>> 6] |= 1L << bit;
  }

  /** Keeps the key of a report kept as figures at {@code place}; false when it was there. */
  boolean addFigures(long key, long place) {
    int b = bit(key);
    if (b < 0) {
      return putIfAbsent(key, place) == ABSENT;
    }
    if (has(b)) {
      return false;
    }
    set(b);
    return true;
  }

  /** Puts the keys of the reports kept as figures in the table, and every key from now on. */
  private void index() {
    indexed = true;
    kept.each(this::put);
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
    long first = find(key);
    if (first == ABSENT) {
      int b = bit(key);
      if (b >= 0 && has(b)) {
        index();
        first = find(key);
      }
    }
    return first;
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
    int b = bit(key);
    if (b >= 0) {
      set(b);
    }
    return put(key, place);
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

  /** Makes room for {@code more} keys at once. */
  void expect(int more) {
    if (!indexed) {
      return; // the bits hold them
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
    if (!indexed) {
      java.util.Arrays.fill(bits, 0);
      for (int j = 0; j < keys.length; j++) {
        if (keys[j] != 0 && bit(keys[j]) >= 0) {
          set(bit(keys[j]));
        }
      }
      kept.each((key, place) -> set(bit(key)));
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
