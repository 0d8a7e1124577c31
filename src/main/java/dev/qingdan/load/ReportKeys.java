package dev.qingdan.load;

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

  private static final long MIX = 0x9E3779B97F4A7C15L;
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
        putIfAbsent(oldKeys[j], oldValues[j]);
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
