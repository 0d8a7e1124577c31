package dev.qingdan.load.progress;

import dev.qingdan.load.Encoding;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * One stretch of a CSV progress file's bytes, read row by row into cells as Jackson's CSV parser
 * reads them (see {@link ProgressCsv}), so that either reader gives the same cells at the same
 * places: a row's leading spaces skipped, lines of spaces skipped, a {@code #} line a comment, a
 * cell quoted only when it starts with {@code "}, and columns counted in UTF-16 units.
 *
 * <p>A row whose cells are all plain and right (see {@link ProgressChecks#acceptFigures}) is kept
 * as a few numbers, without a string; every other row is kept as its cells' text and places, to
 * be checked and reported by the same code as a row that Jackson read. Where the bytes hold
 * something this reader leaves to Jackson (a NUL, a byte that is not UTF-8, a bare CR, a quote
 * that does not close, an overlong cell), the piece stops before that row: {@link #odd}.
 */
final class CsvPiece {
  /** A row kept as figures. */
  static final byte FIGURES = 0;
  /** A row kept as text. */
  static final byte TEXT = 1;

  private static final int CELLS = ProgressField.CSV_KEYS.size();
  private static final boolean[] STOP = new boolean[256];

  static {
    STOP[','] = true;
    STOP['\n'] = true;
    STOP['\r'] = true;
    STOP[0] = true;
  }

  private final byte[] b;
  private final int bufEnd;
  private final boolean eof;
  private final CharsetDecoder utf8 = Encoding.strictUtf8();
  private final Meanings meanings;

  /** Where the piece starts; after {@link #parse}, where its last whole row ends. */
  int start;
  int end;
  /** The lines from {@link #start} to {@link #end}. */
  int lines;
  /** Whether the piece stopped at a row that runs past the bytes there are. */
  boolean incomplete;
  /** Where the piece stopped at a row left to Jackson, and that row's line in the piece; or -1. */
  int odd = -1;
  int oddLine;

  int rows;
  byte[] kind = new byte[0];
  int[] rowStart = new int[0];
  int[] rowLine = new int[0];
  int[] month = new int[0];
  int[] id = new int[0];
  int[] unit = new int[0];
  long[] numerator = new long[0];
  long[] denominator = new long[0];
  long[] count = new long[0];
  int[] note = new int[0];
  final List<Text> texts = new ArrayList<>();

  /** A row as text: its cells and their places, lines counted from the row's first (0). */
  record Text(List<String> cells, int[] lines, int[] columns) {}

  // the cells of the row being read
  private int cells;
  private int[] cellStart = new int[16];
  private int[] cellEnd = new int[16];
  private int[] cellLine = new int[16];
  private int[] cellLineStart = new int[16];
  private boolean quoted;
  private int line;
  private int lineStart;

  /**
   * A piece of {@code b}, whose bytes end at {@code bufEnd}: the file's end when {@code eof}; its
   * cells' meanings are looked up in {@code meanings} (null for a piece that only reads a row as
   * {@link #text}), which one piece uses at a time.
   */
  CsvPiece(byte[] b, int bufEnd, boolean eof, Meanings meanings) {
    this.b = b;
    this.bufEnd = bufEnd;
    this.eof = eof;
    this.meanings = meanings;
  }

  /**
   * What the cells of a load's files stand for, by their bytes: a file of a million rows names a
   * few dozen months and ids and a few thousand units, each decoded and looked up once for each
   * piece that is read at the same time. One piece's at a time: it is not safe for several.
   */
  static final class Meanings {
    private final Cache periods = new Cache();
    private final Cache ids = new Cache();
    private final Cache units = new Cache();
    private final Cache notes = new Cache();
    // made once: a method reference made at each call is an object at each call
    private final ToIntFunction<String> monthIndex;
    private final ToIntFunction<String> idCode;
    private final ToIntFunction<String> unitIndex;
    private final ToIntFunction<String> noteIndex;

    Meanings(ProgressChecks checks) {
      this.monthIndex = checks::monthIndex;
      this.idCode = checks::idCode;
      this.unitIndex = checks::unitIndex;
      this.noteIndex = checks::noteIndex;
    }
  }

  /** Takes over the arrays of a piece whose rows were taken: a file's pieces make no garbage. */
  CsvPiece reusing(CsvPiece spent) {
    if (spent != null) {
      kind = spent.kind;
      rowStart = spent.rowStart;
      rowLine = spent.rowLine;
      month = spent.month;
      id = spent.id;
      unit = spent.unit;
      numerator = spent.numerator;
      denominator = spent.denominator;
      count = spent.count;
      note = spent.note;
    }
    return this;
  }

  /** Reads the rows that start from {@code from} up to {@code limit}. */
  CsvPiece parse(int from, int limit) {
    int foreseen = Math.max(16, (limit - from) / 24); // a row is seldom under 30 bytes
    if (kind.length < foreseen) {
      grow(foreseen);
    }
    start = from;
    end = from;
    line = 0;
    int p = from;
    while (p < limit) {
      int rowLine0 = line;
      int next;
      try {
        next = row(p);
        if (next < 0) {
          incomplete = true;
          line = rowLine0;
          return this;
        }
        if (cells > 0) {
          keep(p, rowLine0);
        }
      } catch (Odd e) {
        odd = p;
        oddLine = rowLine0;
        return this;
      }
      p = next;
      end = p;
      lines = line;
    }
    return this;
  }

  /** Reads the row at {@code p} as text, its lines counted from {@code p} (0). */
  Text text(int p) {
    line = 0;
    try {
      row(p);
      return text();
    } catch (Odd e) {
      throw new IllegalStateException("a row read before is not read again", e);
    }
  }

  private static final class Odd extends Exception {
    Odd() {
      super(null, null, false, false);
    }
  }

  private static final Odd ODD = new Odd();

  /**
   * Reads the row at {@code p} into the cell arrays (none for a blank or comment line); answers
   * where the next row starts, or -1 when the row runs past the bytes there are.
   */
  private int row(int p) throws Odd {
    cells = 0;
    quoted = false;
    lineStart = p;
    while (p < bufEnd && b[p] == ' ') {
      p++;
    }
    if (p == bufEnd) {
      return eof ? p : -1;
    }
    if (b[p] == '#') {
      int e = p;
      while (e < bufEnd && b[e] != '\n' && b[e] != '\r') {
        e++;
      }
      if (e == bufEnd && !eof) {
        return -1;
      }
      decode(p, e); // Jackson decodes a comment too
      return e == bufEnd ? e : lineEnd(e);
    }
    if (b[p] == '\n' || b[p] == '\r') {
      return lineEnd(p);
    }
    while (true) {
      if (cells == cellStart.length) {
        int n = cells * 2;
        cellStart = Arrays.copyOf(cellStart, n);
        cellEnd = Arrays.copyOf(cellEnd, n);
        cellLine = Arrays.copyOf(cellLine, n);
        cellLineStart = Arrays.copyOf(cellLineStart, n);
      }
      cellStart[cells] = p;
      cellLine[cells] = line;
      cellLineStart[cells] = lineStart;
      if (p < bufEnd && b[p] == '"') {
        quoted = true;
        p++;
        while (true) {
          if (p >= bufEnd) {
            if (eof) {
              throw ODD; // no closing quote: Jackson says so
            }
            return -1;
          }
          byte c = b[p];
          if (c == '"') {
            if (p + 1 < bufEnd && b[p + 1] == '"') {
              p += 2;
              continue;
            }
            if (p + 1 == bufEnd && !eof) {
              return -1;
            }
            p++;
            break;
          }
          if (c == 0) {
            throw ODD;
          }
          if (c == '\r') {
            if (p + 1 >= bufEnd || b[p + 1] != '\n') {
              throw ODD;
            }
            p++;
            continue;
          }
          if (c == '\n') {
            line++;
            lineStart = p + 1;
          }
          p++;
        }
        if (p < bufEnd && !(b[p] == ',' || b[p] == '\n' || b[p] == '\r')) {
          throw ODD; // text after a closing quote: Jackson says so
        }
      } else {
        while (p < bufEnd && !STOP[b[p] & 0xff]) {
          p++;
        }
        if (p < bufEnd && b[p] == 0) {
          throw ODD;
        }
      }
      cellEnd[cells] = p;
      if (p - cellStart[cells] > ProgressCsv.MAX_CELL) {
        throw ODD;
      }
      cells++;
      if (p == bufEnd) {
        return eof ? p : -1;
      }
      if (b[p] == ',') {
        p++;
        continue;
      }
      return lineEnd(p);
    }
  }

  /** The start of the next line after the line end at {@code p} (CR LF or LF). */
  private int lineEnd(int p) throws Odd {
    if (b[p] == '\r') {
      if (p + 1 == bufEnd && !eof) {
        return -1;
      }
      if (p + 1 >= bufEnd || b[p + 1] != '\n') {
        throw ODD; // a bare CR: left to Jackson
      }
      p++;
    }
    line++;
    return p + 1;
  }

  private void grow(int n) {
    kind = Arrays.copyOf(kind, n);
    rowStart = Arrays.copyOf(rowStart, n);
    rowLine = Arrays.copyOf(rowLine, n);
    month = Arrays.copyOf(month, n);
    id = Arrays.copyOf(id, n);
    unit = Arrays.copyOf(unit, n);
    numerator = Arrays.copyOf(numerator, n);
    denominator = Arrays.copyOf(denominator, n);
    count = Arrays.copyOf(count, n);
    note = Arrays.copyOf(note, n);
  }

  private void keep(int p, int rowLine0) throws Odd {
    if (rows == kind.length) {
      grow(rows * 2);
    }
    int r = rows;
    rowStart[r] = p;
    rowLine[r] = rowLine0;
    if (figures(r)) {
      kind[r] = FIGURES;
    } else {
      Text t = text();
      if (t.cells.size() == 1 && t.cells.get(0).isBlank()) {
        return; // a blank row, as ProgressCsv skips it
      }
      kind[r] = TEXT;
      texts.add(t);
    }
    rows++;
  }

  /** Whether the row just read is plain and right: then its figures are in row {@code r}. */
  private boolean figures(int r) throws Odd {
    if (cells != CELLS || quoted || cellEnd[6] != cellStart[6]) {
      return false;
    }
    Meanings k = meanings;
    int m = meaning(k.periods, 0, k.monthIndex);
    if (m < 0) {
      return false;
    }
    int i = meaning(k.ids, 1, k.idCode);
    if (i < 0) {
      return false;
    }
    int u = meaning(k.units, 2, k.unitIndex);
    if (u < -1) {
      return false;
    }
    long num = number(3);
    long den = number(4);
    long cnt = number(5);
    if (num == BAD || den == BAD || cnt == BAD) {
      return false;
    }
    if (!ProgressChecks.plain(i, num, den, cnt)) {
      return false;
    }
    note[r] = cellEnd[7] == cellStart[7] ? -1 : meaning(k.notes, 7, k.noteIndex);
    month[r] = m;
    id[r] = i >>> 3;
    unit[r] = u;
    numerator[r] = num;
    denominator[r] = den;
    count[r] = cnt;
    return true;
  }

  /** What cell {@code c} stands for, looked up once for each text by each thread. */
  private int meaning(Cache cache, int c, ToIntFunction<String> lookup) throws Odd {
    int s = cellStart[c];
    int e = cellEnd[c];
    int v = cache.get(b, s, e);
    return v != Cache.MISSING ? v : cache.put(b, s, e, lookup.applyAsInt(decode(s, e)));
  }
  private static final long BAD = -1;

  /** Cell {@code c} as a count of 1 to 18 digits, {@link ProgressColumns#NONE} when empty. */
  private long number(int c) {
    int s = cellStart[c];
    int e = cellEnd[c];
    if (s == e) {
      return ProgressColumns.NONE;
    }
    if (e - s > 18) {
      return BAD;
    }
    long v = 0;
    for (int p = s; p < e; p++) {
      int d = b[p] - '0';
      if (d < 0 || d > 9) {
        return BAD;
      }
      v = v * 10 + d;
    }
    return v;
  }

  /** The row just read as text and places. */
  private Text text() throws Odd {
    List<String> out = new ArrayList<>(cells);
    int[] lines = new int[cells];
    int[] columns = new int[cells];
    for (int c = 0; c < cells; c++) {
      int s = cellStart[c];
      int e = cellEnd[c];
      String v;
      if (s < e && b[s] == '"') {
        v = decode(s + 1, e - 1).replace("\"\"", "\"");
      } else {
        v = decode(s, e);
      }
      out.add(v);
      lines[c] = cellLine[c] - cellLine[0];
      columns[c] = units16(cellLineStart[c], s) + 1;
    }
    return new Text(out, lines, columns);
  }

  /** The UTF-16 units that the UTF-8 bytes from {@code s} to {@code e} decode to. */
  private int units16(int s, int e) {
    int n = 0;
    for (int p = s; p < e; p++) {
      int x = b[p] & 0xff;
      if ((x & 0xC0) != 0x80) {
        n += x >= 0xF0 ? 2 : 1;
      }
    }
    return n;
  }

  private String decode(int s, int e) throws Odd {
    try {
      utf8.reset();
      return utf8.decode(ByteBuffer.wrap(b, s, e - s)).toString();
    } catch (CharacterCodingException x) {
      throw ODD;
    }
  }

  /**
   * What the cells of one column stand for, by their bytes. A cell of up to 32 bytes (a month,
   * an id, most units) is its own key, packed in four longs, so that a look-up compares four
   * numbers; a longer one is kept as its bytes. A cell found here has no NUL (see {@link #row}):
   * the zeros that pad a short cell's longs are none of its bytes.
   */
  private static final class Cache {
    static final int MISSING = Integer.MIN_VALUE;
    private static final int PACKED = 32;
    /** The packed keys, four longs each, and their values: MISSING where a slot is empty. */
    private long[] packed = new long[4 * 64];
    private int[] packedValues = filled(64);
    private int packedSize;
    private byte[][] keys = new byte[64][];
    private int[] values = new int[64];
    private int size;

    private static int[] filled(int n) {
      int[] a = new int[n];
      Arrays.fill(a, MISSING);
      return a;
    }

    int get(byte[] b, int s, int e) {
      if (e - s <= PACKED) {
        long k0 = word(b, s, e);
        long k1 = word(b, s + 8, e);
        long k2 = word(b, s + 16, e);
        long k3 = word(b, s + 24, e);
        int mask = packedValues.length - 1;
        for (int i = mix(k0, k1, k2, k3) & mask; ; i = (i + 1) & mask) {
          int v = packedValues[i];
          if (v == MISSING || packed[4 * i] == k0 && packed[4 * i + 1] == k1
              && packed[4 * i + 2] == k2 && packed[4 * i + 3] == k3) {
            return v;
          }
        }
      }
      int mask = keys.length - 1;
      for (int i = hash(b, s, e) & mask; keys[i] != null; i = (i + 1) & mask) {
        if (Arrays.equals(keys[i], 0, keys[i].length, b, s, e)) {
          return values[i];
        }
      }
      return MISSING;
    }

    int put(byte[] b, int s, int e, int value) {
      if (e - s <= PACKED) {
        if (packedSize * 2 >= packedValues.length) {
          long[] oldKeys = packed;
          int[] oldValues = packedValues;
          packed = new long[oldKeys.length * 2];
          packedValues = filled(oldValues.length * 2);
          for (int j = 0; j < oldValues.length; j++) {
            if (oldValues[j] != MISSING) {
              insert(oldKeys[4 * j], oldKeys[4 * j + 1], oldKeys[4 * j + 2], oldKeys[4 * j + 3],
                  oldValues[j]);
            }
          }
        }
        insert(word(b, s, e), word(b, s + 8, e), word(b, s + 16, e), word(b, s + 24, e), value);
        packedSize++;
        return value;
      }
      if (size * 2 >= keys.length) {
        byte[][] oldKeys = keys;
        int[] oldValues = values;
        keys = new byte[oldKeys.length * 2][];
        values = new int[oldKeys.length * 2];
        for (int j = 0; j < oldKeys.length; j++) {
          if (oldKeys[j] != null) {
            insert(oldKeys[j], oldValues[j]);
          }
        }
      }
      insert(Arrays.copyOfRange(b, s, e), value);
      size++;
      return value;
    }

    private void insert(long k0, long k1, long k2, long k3, int value) {
      int mask = packedValues.length - 1;
      int i = mix(k0, k1, k2, k3) & mask;
      while (packedValues[i] != MISSING) {
        i = (i + 1) & mask;
      }
      packed[4 * i] = k0;
      packed[4 * i + 1] = k1;
      packed[4 * i + 2] = k2;
      packed[4 * i + 3] = k3;
      packedValues[i] = value;
    }

    private void insert(byte[] key, int value) {
      int mask = keys.length - 1;
      int i = hash(key, 0, key.length) & mask;
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = key;
      values[i] = value;
    }

    /** The bytes from {@code s} to {@code e}, at most eight, in a long; 0 when there are none. */
    private static long word(byte[] b, int s, int e) {
      long w = 0;
      for (int p = s, end = Math.min(e, s + 8); p < end; p++) {
        w = w << 8 | (b[p] & 0xff);
      }
      return w;
    }

    private static int mix(long k0, long k1, long k2, long k3) {
      long h = ((k0 * MIX + k1) * MIX + k2) * MIX + k3;
      h *= MIX;
      return (int) (h ^ h >>> 32);
    }

    private static final long MIX = 0x9E3779B97F4A7C15L;

    private static int hash(byte[] a, int s, int e) {
      int h = 0;
      for (int p = s; p < e; p++) {
        h = 31 * h + a[p];
      }
      return h ^ (h >>> 16) * 0x9E3779B9;
    }
  }
}
