package dev.qingdan.load.progress;

import dev.qingdan.load.Encoding;
import dev.qingdan.load.InputException;
import dev.qingdan.load.Loc;
import dev.qingdan.load.Problem;
import dev.qingdan.load.SourceText;
import dev.qingdan.text.Msg;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Reads a Parquet file of progress reports, as Spark, Trino, DuckDB or pandas write it: a column
 * per field of the CSV header, by the field's name, in any order; period and id are required, the
 * others may be left out. Each value becomes the text the CSV reader would have read (a DATE
 * {@code 2022-09-20}, an INT64 {@code 1520}, a DOUBLE {@code 1520.0} as {@code 1520}) and goes
 * through the same checks, so a Parquet file and a CSV file with the same figures give the same
 * reports and the same problems, placed at {@code file.parquet:row N column NAME} (rows from 1).
 *
 * <p>Only this class names parquet-java: its classes are loaded when a .parquet file is read, and
 * never for a run without one.
 */
final class ProgressParquet {
  /** The magic bytes a Parquet file starts and ends with. */
  private static final byte[] MAGIC = {'P', 'A', 'R', '1'};

  private final String name;
  private final List<Problem> errors;
  private final Consumer<ProgressReport> reports;
  /** Where a row of plain figures goes at once (see {@link #figures}); or null. */
  private final ProgressChecks checks;

  private ProgressParquet(String name, List<Problem> errors, Consumer<ProgressReport> reports,
      ProgressChecks checks) {
    this.name = name;
    this.errors = errors;
    this.reports = reports;
    this.checks = checks;
  }

  /**
   * Reads a file into {@code checks}: a row whose figures are plain and right is taken as its
   * figures ({@link ProgressChecks#acceptFigures}), as the CSV reader takes it, so that a year of
   * every county's reports is added up as it is read; every other row is checked in full.
   *
   * @throws InputException only when the file cannot be read at all
   */
  static void read(Path path, String name, ProgressChecks checks) throws InputException {
    checks.sheet(name, ProgressReport.ROWS);
    new ProgressParquet(name, checks.errors, checks::accept, checks).read(path);
  }

  /**
   * Reads a file, at most {@link ProgressCsv#MAX_BYTES}; its problems go to {@code errors}, its
   * reports as written to {@code reports}.
   *
   * @throws InputException only when the file cannot be read at all
   */
  static void read(Path path, String name, List<Problem> errors,
      Consumer<ProgressReport> reports) throws InputException {
    new ProgressParquet(name, errors, reports, null).read(path);
  }

  private void read(Path path) throws InputException {
    try {
      long size = Files.size(path);
      if (size > ProgressCsv.MAX_BYTES) {
        error(Msg.of("the file is %s, more than the limit of %s for a Parquet progress file; split "
            + "it (by month or unit)", String.format("%.1f MiB", size / (1024.0 * 1024.0)),
            ProgressCsv.MAX_BYTES / (1024 * 1024) + ".0 MiB"));
        return;
      }
      if (!whole(path, size)) {
        return;
      }
      try (ParquetFileReader file = open(path)) {
        Column[] columns = columns(file.getFooter().getFileMetaData().getSchema());
        if (columns != null) {
          rows(file, columns);
        }
      }
    } catch (AccessDeniedException e) {
      throw SourceText.unreadable(name, "file-unreadable", Msg.of("permission denied"));
    } catch (NoSuchFileException e) {
      throw SourceText.unreadable(name, "file-unreadable", SourceText.cannotRead(e));
    } catch (ProgressParquetCodecs.Unsupported e) {
      error(Msg.of("the file is compressed with %s, which is not read; write it with SNAPPY, ZSTD, "
          + "GZIP, LZ4_RAW or no compression", e.codec));
    } catch (IOException e) {
      error(Msg.of("the Parquet file is damaged and cannot be read: %s", detail(e)));
    }
  }

  /**
   * parquet-java says what is wrong with a damaged file by an exception of its own or of the JDK
   * (a page header that reads past its end, a dictionary index out of range): around its calls,
   * and only there, such an exception is an {@link IOException}, so that a fault of qingdan's own
   * checks is not taken for a damaged file.
   */
  private interface Parquet<T> {
    T call() throws IOException;
  }

  private static <T> T parquet(Parquet<T> call) throws IOException {
    try {
      return call.call();
    } catch (ProgressParquetCodecs.Unsupported e) {
      throw e;
    } catch (RuntimeException e) {
      throw new IOException(e);
    }
  }

  private static ParquetFileReader open(Path path) throws IOException {
    return parquet(() -> new ParquetFileReader(new LocalInputFile(path), OPTIONS));
  }

  private static final ParquetReadOptions OPTIONS = ParquetReadOptions
      .builder(new PlainParquetConfiguration())
      .withCodecFactory(new ProgressParquetCodecs())
      .build();

  /**
   * Whether the file starts and ends with the magic bytes; says what is wrong where it does not.
   */
  private boolean whole(Path path, long size) throws IOException {
    byte[] head;
    byte[] tail;
    try (InputStream in = Files.newInputStream(path)) {
      head = in.readNBytes(MAGIC.length);
      in.skipNBytes(Math.max(0, size - 2 * MAGIC.length));
      tail = in.readNBytes(MAGIC.length);
    }
    if (!Arrays.equals(head, MAGIC)) {
      error(Msg.of("not a Parquet file (it does not start with PAR1); write it with Spark, Trino, "
          + "DuckDB or pandas, or give the reports as .csv, .yaml or .xlsx"));
      return false;
    }
    if (size < 3L * MAGIC.length || !Arrays.equals(tail, MAGIC)) {
      error(Msg.of("the Parquet file is cut short (it does not end with PAR1): it was not "
          + "written to the end, or copied in part"));
      return false;
    }
    return true;
  }

  private void error(Msg message) {
    errors.add(Problem.error("format", message, name, Loc.FILE, ""));
  }

  /** The message of a failure of parquet-java, and of its cause where it has one. */
  private static String detail(Throwable e) {
    StringBuilder sb = new StringBuilder();
    for (Throwable t = e; t != null && sb.length() < 300; t = t.getCause()) {
      String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
      if (sb.indexOf(m) < 0) {
        sb.append(sb.length() == 0 ? "" : ": ").append(m);
      }
    }
    return sb.toString();
  }

  /** How a column's values are written. */
  private enum Kind {
    TEXT, WHOLE, UNSIGNED, DECIMAL, REAL, DATE
  }

  /** A column of the file that holds a field: where it is and how its values are written. */
  private record Column(ProgressField field, int index, Kind kind, int scale) {}

  /** The columns of the schema by field, by the field's ordinal; null after reporting a problem. */
  private Column[] columns(MessageType schema) {
    Column[] byField = new Column[ProgressField.values().length];
    int before = errors.size();
    for (int i = 0; i < schema.getFieldCount(); i++) {
      Type t = schema.getType(i);
      ProgressField f = field(t.getName());
      if (f == null) {
        errors.add(Problem.error("parquet-columns", Msg.of("column %s is not a field of progress "
            + "data; the columns are %s", t.getName(), String.join(", ",
            ProgressField.CSV_KEYS)), name, Loc.FILE, ""));
        continue;
      }
      if (!t.isPrimitive() || t.isRepetition(Type.Repetition.REPEATED)) {
        columnError(f, Msg.of("column %s is a list or a group; each field is one value a row",
            t.getName()));
        continue;
      }
      Column c = column(f, i, t.asPrimitiveType());
      if (c == null) {
        columnError(f, Msg.of("column %s is %s; %s is written as %s", t.getName(),
            typeName(t.asPrimitiveType()), f.key, expected(f)));
        continue;
      }
      byField[f.ordinal()] = c;
    }
    for (ProgressField f : List.of(ProgressField.PERIOD, ProgressField.ID)) {
      if (byField[f.ordinal()] == null && field(schema, f) == null) {
        errors.add(Problem.error("parquet-columns", Msg.of("no column %s; every report names its "
            + "month (period) and row (id), and the columns are %s", f.key,
            String.join(", ", ProgressField.CSV_KEYS)), name, Loc.FILE, ""));
      }
    }
    return errors.size() == before ? byField : null;
  }

  private void columnError(ProgressField f, Msg message) {
    errors.add(Problem.error("type", message, name + ":column " + f.key, Loc.FILE, ""));
  }

  /** The field a column holds, by its name (in any case), or null; a level is YAML only. */
  private static ProgressField field(String column) {
    String n = column.strip().toLowerCase(Locale.ROOT);
    return ProgressField.CSV.stream().filter(f -> f.key.equals(n)).findFirst().orElse(null);
  }

  /** The name of the schema's column of {@code f}, or null. */
  private static String field(MessageType schema, ProgressField f) {
    return schema.getFields().stream().map(Type::getName).filter(n -> field(n) == f).findFirst()
        .orElse(null);
  }

  /** How column {@code index} of type {@code t} is read as field {@code f}; null if it is not. */
  private static Column column(ProgressField f, int index, PrimitiveType t) {
    LogicalTypeAnnotation a = t.getLogicalTypeAnnotation();
    Kind kind = switch (t.getPrimitiveTypeName().name()) {
      case "BINARY" -> a == null || a.equals(LogicalTypeAnnotation.stringType())
          || a.equals(LogicalTypeAnnotation.enumType()) ? Kind.TEXT
          : a instanceof DecimalLogicalTypeAnnotation ? Kind.DECIMAL : null;
      case "FIXED_LEN_BYTE_ARRAY" -> a instanceof DecimalLogicalTypeAnnotation ? Kind.DECIMAL
          : null;
      case "INT32", "INT64" -> a == null ? Kind.WHOLE
          : a instanceof IntLogicalTypeAnnotation i ? (i.isSigned() ? Kind.WHOLE : Kind.UNSIGNED)
          : a instanceof DecimalLogicalTypeAnnotation ? Kind.DECIMAL
          : a.equals(LogicalTypeAnnotation.dateType()) ? Kind.DATE : null;
      case "FLOAT", "DOUBLE" -> a == null ? Kind.REAL : null;
      default -> null; // BOOLEAN, INT96 (an old timestamp)
    };
    if (kind == null || !takes(f, kind)) {
      return null;
    }
    int scale = a instanceof DecimalLogicalTypeAnnotation d ? d.getScale() : 0;
    return new Column(f, index, kind, scale);
  }

  /** Whether field {@code f} may be written as {@code kind}. */
  private static boolean takes(ProgressField f, Kind kind) {
    if (kind == Kind.TEXT) {
      return true;
    }
    return switch (f) {
      case PERIOD, DONE -> kind == Kind.DATE;
      case ID -> kind == Kind.WHOLE || kind == Kind.UNSIGNED;
      case NUMERATOR, DENOMINATOR, COUNT -> kind != Kind.DATE;
      default -> false;
    };
  }

  /** How field {@code f} may be written, for a message. */
  private static Msg expected(ProgressField f) {
    return switch (f) {
      case PERIOD -> Msg.of("text YYYY-MM or a DATE (the first of its month)");
      case DONE -> Msg.of("a DATE or text YYYY-MM-DD");
      case ID -> Msg.of("text (N.k) or a whole number (N)");
      case NUMERATOR, DENOMINATOR, COUNT -> Msg.of("a whole number (INT32, INT64, DECIMAL, or a "
          + "DOUBLE without a fraction) or text");
      default -> Msg.of("text (a UTF8 string)");
    };
  }

  /** A column's type as Parquet tools show it: {@code BOOLEAN}, {@code INT64 (TIMESTAMP(...))}. */
  private static String typeName(PrimitiveType t) {
    LogicalTypeAnnotation a = t.getLogicalTypeAnnotation();
    String physical = t.getPrimitiveTypeName().name(); // parquet-java's BINARY is BYTE_ARRAY
    return (physical.equals("BINARY") ? "BYTE_ARRAY" : physical) + (a == null ? "" : " (" + a
        + ")");
  }

  /** Reads the rows of every row group, numbered from 1 across them. */
  private void rows(ParquetFileReader file, Column[] columns) throws IOException {
    MessageType schema = file.getFooter().getFileMetaData().getSchema();
    ColumnIOFactory io = new ColumnIOFactory();
    List<Column> present = Arrays.stream(columns).filter(c -> c != null).toList();
    Figures figures = checks == null ? null : Figures.of(columns, checks, name);
    int row = 0;
    PageReadStore pages;
    while ((pages = parquet(file::readNextRowGroup)) != null) {
      PageReadStore group = pages;
      RecordReader<Group> records = parquet(() -> io.getColumnIO(schema).getRecordReader(group,
          new GroupRecordConverter(schema)));
      for (long i = 0; i < pages.getRowCount(); i++) {
        row++;
        Group g = parquet(records::read);
        if (figures == null || !figures.take(g, row)) {
          report(g, row, present);
        }
      }
    }
  }

  /**
   * Takes a row as its figures where its cells are plain and right; the meanings of texts are
   * looked up once each. Made where the columns allow it: text for period, id, unit and note,
   * whole numbers for the figures.
   */
  private static final class Figures {
    private final ProgressChecks checks;
    private final int file;
    private final Column period;
    private final Column id;
    private final Column unit;
    private final Column numerator;
    private final Column denominator;
    private final Column count;
    private final Column done;
    private final Column note;
    private final Map<Binary, Integer> months = new HashMap<>();
    private final Map<Binary, Integer> ids = new HashMap<>();
    private final Map<Binary, Integer> units = new HashMap<>();
    private final CharsetDecoder utf8 = Encoding.strictUtf8();

    private Figures(Column[] c, ProgressChecks checks, String name) {
      this.checks = checks;
      this.file = checks.entries.files.indexOf(name);
      this.period = c[ProgressField.PERIOD.ordinal()];
      this.id = c[ProgressField.ID.ordinal()];
      this.unit = c[ProgressField.UNIT.ordinal()];
      this.numerator = c[ProgressField.NUMERATOR.ordinal()];
      this.denominator = c[ProgressField.DENOMINATOR.ordinal()];
      this.count = c[ProgressField.COUNT.ordinal()];
      this.done = c[ProgressField.DONE.ordinal()];
      this.note = c[ProgressField.NOTE.ordinal()];
    }

    static Figures of(Column[] c, ProgressChecks checks, String name) {
      boolean text = c[ProgressField.PERIOD.ordinal()] != null
          && c[ProgressField.ID.ordinal()] != null
          && Stream.of(ProgressField.PERIOD, ProgressField.ID, ProgressField.UNIT,
              ProgressField.NOTE).map(f -> c[f.ordinal()])
              .allMatch(x -> x == null || x.kind() == Kind.TEXT);
      boolean whole = Stream.of(ProgressField.NUMERATOR, ProgressField.DENOMINATOR,
          ProgressField.COUNT).map(f -> c[f.ordinal()])
          .allMatch(x -> x == null || x.kind() == Kind.WHOLE);
      return text && whole ? new Figures(c, checks, name) : null;
    }

    /** Whether the row was taken as its figures; if not, it is to be checked in full. */
    boolean take(Group g, int row) {
      if (absent(g, done) != null || absent(g, period) == null || absent(g, id) == null) {
        return false;
      }
      int m = meaning(g, period, months, checks::monthIndex);
      int i = m < 0 ? -1 : meaning(g, id, ids, checks::idCode);
      Binary u = absent(g, unit);
      int un = i < 0 ? -2 : u == null ? -1 : meaning(g, unit, units, checks::unitIndex);
      if (un < -1) {
        return false;
      }
      long num = whole(g, numerator);
      long den = whole(g, denominator);
      long cnt = whole(g, count);
      if (num == BAD || den == BAD || cnt == BAD || !ProgressChecks.plain(i, num, den, cnt)) {
        return false;
      }
      Binary n = absent(g, note);
      int noteIndex = -1;
      if (n != null && n.length() > 0) {
        String t = decode(n);
        if (t == null) {
          return false;
        }
        noteIndex = checks.noteIndex(t);
      }
      return checks.acceptFigures(m, i >>> 3, un, num, den, cnt, noteIndex, file, row);
    }

    private static final long BAD = -1;

    /** The text of a column in a row, or null where the row has none (or the column is not). */
    private static Binary absent(Group g, Column c) {
      return c == null || g.getFieldRepetitionCount(c.index()) == 0 ? null
          : c.kind() == Kind.TEXT ? g.getBinary(c.index(), 0) : EMPTY;
    }

    private static final Binary EMPTY = Binary.fromConstantByteArray(new byte[0]);

    /** What a text stands for, by {@code lookup}; -1 where it is not UTF-8. */
    private int meaning(Group g, Column c, Map<Binary, Integer> cache,
        ToIntFunction<String> lookup) {
      Binary b = g.getBinary(c.index(), 0);
      Integer v = cache.get(b);
      if (v == null) {
        String t = decode(b);
        v = t == null ? -1 : lookup.applyAsInt(t);
        cache.put(b.copy(), v);
      }
      return v;
    }

    private String decode(Binary b) {
      try {
        utf8.reset();
        return utf8.decode(b.toByteBuffer()).toString();
      } catch (CharacterCodingException e) {
        return null;
      }
    }

    /** A figure of a row, NONE where it has none, BAD where it is negative. */
    private static long whole(Group g, Column c) {
      if (c == null || g.getFieldRepetitionCount(c.index()) == 0) {
        return ProgressColumns.NONE;
      }
      long v = g.getType().getType(c.index()).asPrimitiveType().getPrimitiveTypeName()
          == PrimitiveType.PrimitiveTypeName.INT32 ? g.getInteger(c.index(), 0)
          : g.getLong(c.index(), 0);
      return v < 0 ? BAD : v;
    }
  }

  private void report(Group g, int row, List<Column> columns) {
    ProgressReport r = new ProgressReport(name, row - 1, new Loc(row,
        ProgressField.PERIOD.ordinal() + 1));
    r.sheet = ProgressReport.ROWS;
    for (Column c : columns) {
      r.place(c.field(), new Loc(row, c.field().ordinal() + 1));
      if (g.getFieldRepetitionCount(c.index()) == 0) {
        continue; // null
      }
      String v;
      try {
        v = text(g, c);
      } catch (CharacterCodingException e) {
        errors.add(r.error(c.field(), "encoding", Msg.of("%s is not UTF-8 text", c.field().key)));
        continue;
      }
      v = c.field().kind == ProgressField.Kind.NOTE ? v : v.strip();
      r.set(c.field(), v.isEmpty() ? null : v);
    }
    r.checkNamed(errors);
    reports.accept(r);
  }

  /** The value of a column in a row, as the CSV reader would have read it. */
  private static String text(Group g, Column c) throws CharacterCodingException {
    int i = c.index();
    return switch (c.kind()) {
      case TEXT -> Encoding.strictUtf8()
          .decode(ByteBuffer.wrap(g.getBinary(i, 0).getBytes())).toString();
      case WHOLE -> Long.toString(g.getType().getType(i).asPrimitiveType().getPrimitiveTypeName()
          == PrimitiveType.PrimitiveTypeName.INT32 ? g.getInteger(i, 0) : g.getLong(i, 0));
      case UNSIGNED -> g.getType().getType(i).asPrimitiveType().getPrimitiveTypeName()
          == PrimitiveType.PrimitiveTypeName.INT32 ? Integer.toUnsignedString(g.getInteger(i, 0))
          : Long.toUnsignedString(g.getLong(i, 0));
      case DECIMAL -> new BigDecimal(unscaled(g, i), c.scale()).toPlainString();
      case REAL -> real(g.getType().getType(i).asPrimitiveType().getPrimitiveTypeName()
          == PrimitiveType.PrimitiveTypeName.FLOAT ? g.getFloat(i, 0) : g.getDouble(i, 0));
      case DATE -> date(c.field(), LocalDate.ofEpochDay(g.getInteger(i, 0)));
    };
  }

  private static BigInteger unscaled(Group g, int i) {
    return switch (g.getType().getType(i).asPrimitiveType().getPrimitiveTypeName().name()) {
      case "INT32" -> BigInteger.valueOf(g.getInteger(i, 0));
      case "INT64" -> BigInteger.valueOf(g.getLong(i, 0));
      default -> new BigInteger(g.getBinary(i, 0).getBytes());
    };
  }

  /** A whole double as a whole number ({@code 1520.0} as {@code 1520}), another as written. */
  private static String real(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return Double.toString(d);
    }
    BigDecimal v = new BigDecimal(Double.toString(d)).stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
  }

  /** A DATE as text: a period's on the first of a month is that month; any other is the day. */
  private static String date(ProgressField f, LocalDate day) {
    return f == ProgressField.PERIOD && day.getDayOfMonth() == 1
        ? day.toString().substring(0, 7) : day.toString();
  }
}
