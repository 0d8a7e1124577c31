package dev.qingdan.load.progress;

import dev.qingdan.model.ProgressEntry;
import dev.qingdan.model.ProgressFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * The reports kept, column by column: a year of a country's reports (a million) is a few arrays of
 * numbers, 32 bytes a report, not a million objects. Months, ids, units, notes and files are kept
 * once each and named by their index, a file once for each run of its reports; a figure is kept in
 * 32 bits, and the rare one past them beside, as are days and levels, which few reports have. A
 * figure that is absent is {@link #NONE}. Read as a list, each element is made when asked for.
 *
 * <p>It is filled by one thread ({@link ProgressChecks}); indices may be asked for by others.
 */
final class ProgressColumns extends AbstractList<ProgressEntry>
    implements RandomAccess, ProgressFigures {

  /** Values kept once each, named by their index in the order they were first met. */
  static final class Dict<T> {
    private final List<T> values = new ArrayList<>();
    private final Map<T, Integer> index = new HashMap<>();

    synchronized int indexOf(T value) {
      Integer i = index.get(value);
      if (i == null) {
        i = values.size();
        values.add(value);
        index.put(value, i);
      }
      return i;
    }

    /** The index of a value, or -1 where it was not met. */
    synchronized int find(T value) {
      Integer i = index.get(value);
      return i == null ? -1 : i;
    }

    /** How many values there are. */
    synchronized int size() {
      return values.size();
    }

    /** Every value, by its index. */
    synchronized T[] toArray(IntFunction<T[]> array) {
      return values.toArray(array.apply(values.size()));
    }

    /** The value of an index: asked once the files are read, or by the thread that adds. */
    T get(int i) {
      return values.get(i);
    }
  }

  final Dict<YearMonth> months = new Dict<>();
  final Dict<String> ids = new Dict<>();
  final Dict<String> units = new Dict<>();
  final Dict<String> files = new Dict<>();
  /** Notes, kept once each: a note such as 进展正常 is written on many reports. */
  final Dict<String> notes = new Dict<>();

  private int size;
  private int[] month = new int[16];
  private int[] id = new int[16];
  private int[] unit = new int[16];
  private int[] line = new int[16];
  /** The figures, each in 32 bits where it fits (see {@link #put}). */
  private int[] numerator = new int[16];
  private int[] denominator = new int[16];
  private int[] count = new int[16];
  /** A note's index, or -1 for none. */
  private int[] note = new int[16];
  /** The reports of a file follow each other: the first report of each run and its file. */
  private int[] runStart = new int[4];
  private int[] runFile = new int[4];
  private int runs;
  /** The figures past 32 bits, by {@code 3 × report + field}. */
  private final Map<Long, Long> large = new HashMap<>();
  /** The days done, as the days since 1970-01-01, by report: few reports have one. */
  private final Map<Integer, Integer> done = new HashMap<>();
  private final Map<Integer, BigDecimal> value = new HashMap<>();
  /**
   * Where reports of figures alone are added up as they come rather than kept ({@link #sum}): by
   * file and month ({@code file << 16 | month}), then by id, the numerators, denominators and
   * counts, which of them were given, and the unit of the first report; null where every report
   * is kept.
   */
  private Map<Long, long[][]> sums;
  /** The sums of the file and month of the report before: most reports are of the same. */
  private long lastKey = -1;
  private long[][] last;
  /** The reports added up, by file's index. */
  private long[] summed = new long[4];
  /** The (month, id, unit) of every report, so that a unit that reported is still seen. */
  private ReportKeys reported;
  /** A figure in its column: absent, or kept in {@link #large}. */
  private static final int ABSENT = Integer.MIN_VALUE;
  private static final int LARGE = Integer.MIN_VALUE + 1;

  /** Keeps a report as made. */
  void keep(ProgressEntry e) {
    int i = keep(months.indexOf(e.period()), ids.indexOf(e.id()), unitIndex(e.unit()),
        orNone(e.numerator()), orNone(e.denominator()), orNone(e.count()),
        e.note() == null ? -1 : notes.indexOf(e.note()), files.indexOf(e.source()), e.line());
    if (e.done() != null) {
      done.put(i, (int) e.done().toEpochDay());
    }
    if (e.value() != null) {
      value.put(i, e.value());
    }
  }

  /** Keeps a report of figures and a note (or -1), each part by its index; answers its place. */
  int keep(int monthIndex, int idIndex, int unitIndex, long num, long den, long cnt,
      int noteIndex, int fileIndex, int lineNumber) {
    if (size == month.length) {
      grow(size * 2);
    }
    if (runs == 0 || runFile[runs - 1] != fileIndex) {
      if (runs == runStart.length) {
        runStart = Arrays.copyOf(runStart, runs * 2);
        runFile = Arrays.copyOf(runFile, runs * 2);
      }
      runStart[runs] = size;
      runFile[runs++] = fileIndex;
    }
    month[size] = monthIndex;
    id[size] = idIndex;
    unit[size] = unitIndex;
    line[size] = lineNumber;
    numerator[size] = put(num, 0);
    denominator[size] = put(den, 1);
    count[size] = put(cnt, 2);
    note[size] = noteIndex;
    return size++;
  }

  /** A figure of report {@link #size} as its column holds it. */
  private int put(long v, int field) {
    if (v == NONE) {
      return ABSENT;
    }
    if (v <= Integer.MAX_VALUE) {
      return (int) v;
    }
    large.put(3L * size + field, v);
    return LARGE;
  }

  /** A figure of report {@code i} from its column. */
  private long figure(int[] column, int i, int field) {
    int v = column[i];
    return v == ABSENT ? NONE : v == LARGE ? large.get(3L * i + field) : v;
  }

  /** The file of report {@code i}. */
  private int file(int i) {
    int r = Arrays.binarySearch(runStart, 0, runs, i);
    return runFile[r >= 0 ? r : -r - 2];
  }

  /**
   * From now on, reports of figures alone are added up as they come ({@link #sum}); {@code keys}
   * names the units that reported.
   */
  void summing(ReportKeys keys) {
    sums = new HashMap<>();
    reported = keys;
  }

  /**
   * Adds up a report of figures alone, where reports are added up; false where they are kept, or
   * where a sum would outgrow 64 bits (then it is to be kept).
   */
  boolean sum(int monthIndex, int idIndex, int unitIndex, long num, long den, long cnt,
      int fileIndex) {
    if (sums == null) {
      return false;
    }
    long k = (long) fileIndex << 16 | monthIndex;
    long[][] byId = k == lastKey ? last : sums.get(k);
    if (byId == null || idIndex >= byId.length) {
      byId = byId == null ? new long[Math.max(ids.size(), idIndex + 1)][]
          : Arrays.copyOf(byId, Math.max(ids.size(), idIndex + 1));
      sums.put(k, byId);
    }
    lastKey = k;
    last = byId;
    long[] s = byId[idIndex];
    if (s == null) {
      s = new long[] {0, 0, 0, 0, unitIndex};
      byId[idIndex] = s;
    }
    boolean ratio = num != NONE && den != NONE;
    if (ratio && (s[0] > Long.MAX_VALUE - num || s[1] > Long.MAX_VALUE - den)
        || cnt != NONE && s[2] > Long.MAX_VALUE - cnt) {
      return false;
    }
    if (ratio) {
      s[0] += num;
      s[1] += den;
      s[3] |= 1;
    }
    if (cnt != NONE) {
      s[2] += cnt;
      s[3] |= 2;
    }
    if (fileIndex >= summed.length) {
      summed = Arrays.copyOf(summed, Math.max(fileIndex + 1, summed.length * 2));
    }
    summed[fileIndex]++;
    return true;
  }

  /** How many reports were taken: kept and added up. */
  long taken() {
    long n = size;
    for (long c : summed) {
      n += c;
    }
    return n;
  }

  /** How many reports were taken from the files whose names {@code file} accepts. */
  long taken(Predicate<String> file) {
    long n = 0;
    for (int i = 0; i < size; i++) {
      n += file.test(files.get(file(i))) ? 1 : 0;
    }
    for (int f = 0; f < summed.length; f++) {
      n += summed[f] > 0 && file.test(files.get(f)) ? summed[f] : 0;
    }
    return n;
  }

  /** The latest month of a report kept, if any. */
  Optional<YearMonth> latestMonth() {
    boolean[] used = new boolean[months.values.size()];
    for (int i = 0; i < size; i++) {
      used[month[i]] = true;
    }
    if (sums != null) {
      sums.keySet().forEach(k -> used[(int) (k & 0xFFFF)] = true);
    }
    YearMonth latest = null;
    for (int m = 0; m < used.length; m++) {
      if (used[m] && (latest == null || months.get(m).isAfter(latest))) {
        latest = months.get(m);
      }
    }
    return Optional.ofNullable(latest);
  }

  /** Forgets the reports from the {@code n}-th on. */
  void truncate(int n) {
    size = Math.min(size, n);
    value.keySet().removeIf(i -> i >= n);
    done.keySet().removeIf(i -> i >= n);
    large.keySet().removeIf(k -> k >= 3L * n);
    while (runs > 0 && runStart[runs - 1] >= n) {
      runs--;
    }
  }

  /** Makes room for {@code more} reports at once, where their number is foreseen. */
  void expect(int more) {
    if (size + more > month.length) {
      grow(size + more);
    }
  }

  private void grow(int n) {
    month = Arrays.copyOf(month, n);
    id = Arrays.copyOf(id, n);
    unit = Arrays.copyOf(unit, n);
    line = Arrays.copyOf(line, n);
    numerator = Arrays.copyOf(numerator, n);
    denominator = Arrays.copyOf(denominator, n);
    count = Arrays.copyOf(count, n);
    note = Arrays.copyOf(note, n);
  }

  /** The index of a unit's register name, or -1 for none. */
  int unitIndex(String name) {
    return name == null ? -1 : units.indexOf(name);
  }

  @Override
  public ProgressEntry get(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException(i);
    }
    return new ProgressEntry(months.get(month[i]), ids.get(id[i]),
        unit[i] < 0 ? null : units.get(unit[i]), boxed(figure(numerator, i, 0)),
        boxed(figure(denominator, i, 1)), boxed(figure(count, i, 2)), day(i),
        note[i] < 0 ? null : notes.get(note[i]), files.get(file(i)), line[i],
        value.isEmpty() ? null : value.get(i));
  }

  /** Forgets the sums of the file of index {@code file}. */
  void forgetSums(int file) {
    if (sums != null) {
      sums.keySet().removeIf(k -> (int) (k >>> 16) == file);
      if (file < summed.length) {
        summed[file] = 0;
      }
      lastKey = -1;
    }
  }

  /**
   * Hands over the reports kept; where reports were added up, also each sum as one report of its
   * first unit, and a report without figures for each (month, id, unit) reported, so that every
   * unit that reported is seen.
   */
  @Override
  public void each(Sink sink) {
    for (int i = 0; i < size; i++) {
      sink.report(months.get(month[i]), ids.get(id[i]), name(unit[i]), figure(numerator, i, 0),
          figure(denominator, i, 1), figure(count, i, 2), day(i),
          value.isEmpty() ? null : value.get(i));
    }
    if (sums == null) {
      return;
    }
    sums.forEach((k, byId) -> {
      for (int i = 0; i < byId.length; i++) {
        long[] s = byId[i];
        if (s != null) {
          sink.report(months.get((int) (k & 0xFFFF)), ids.get(i), name((int) s[4]),
              (s[3] & 1) != 0 ? s[0] : NONE, (s[3] & 1) != 0 ? s[1] : NONE,
              (s[3] & 2) != 0 ? s[2] : NONE, null, null);
        }
      }
    });
    // a million keys: each index named from an array, not asked of its Dict
    YearMonth[] monthOf = months.toArray(YearMonth[]::new);
    String[] idOf = ids.toArray(String[]::new);
    String[] unitOf = units.toArray(String[]::new);
    reported.each(reporters(sink, idOf), (m, i, u, place) -> sink.report(monthOf[m], idOf[i],
        u < 0 ? null : unitOf[u], NONE, NONE, NONE, null, null));
  }

  /**
   * By id's index, the indices of the units whose reports {@code sink} is to see one by one, in
   * order; null for every unit (see {@link ProgressFigures.Sink#reporters}).
   */
  private int[][] reporters(Sink sink, String[] idOf) {
    int[][] out = new int[idOf.length][];
    for (int i = 0; i < idOf.length; i++) {
      Set<String> names = sink.reporters(idOf[i]);
      if (names != null) {
        out[i] = names.stream().mapToInt(units::find).filter(u -> u >= 0).sorted().toArray();
      }
    }
    return out;
  }

  private String name(int unitIndex) {
    return unitIndex < 0 ? null : units.get(unitIndex);
  }

  private LocalDate day(int i) {
    Integer d = done.isEmpty() ? null : done.get(i);
    return d == null ? null : LocalDate.ofEpochDay(d);
  }

  @Override
  public int size() {
    return size;
  }

  private static long orNone(Long v) {
    return ProgressFigures.orNone(v);
  }

  private static Long boxed(long v) {
    return ProgressFigures.boxed(v);
  }
}
