package dev.qingdan.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.qingdan.load.YNode.ScalarType;
import dev.qingdan.load.YNode.YList;
import dev.qingdan.load.YNode.YMap;
import dev.qingdan.load.YNode.YScalar;
import dev.qingdan.model.Checklist;
import dev.qingdan.model.Goal;
import dev.qingdan.model.Measure;
import dev.qingdan.model.ProgressEntry;
import dev.qingdan.model.Row;
import dev.qingdan.model.ScheduleKind;
import dev.qingdan.model.Selection;
import dev.qingdan.model.UnitRegister;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads monthly progress reports, YAML or CSV, strictly and against a checklist: every problem of
 * every file is collected in one run, each with its file, line and column.
 *
 * <p>CSV is read as a stream, one row at a time, so a file of a million rows is never held as text.
 * The checks: the shape of each report, months ({@code 2022-13}), ids (unknown ids with a
 * suggestion, an item {@code N} of several rows), units (the register and its aliases), figures
 * (whole, not negative, within 64 bits, a numerator not above its denominator), days, the same
 * (period, id, unit) twice in any of the files, and, as warnings, a figure of the wrong kind for its
 * row.
 */
public final class ProgressReader {
  /** The fields of a report, in the order of the CSV header. */
  public static final List<String> FIELDS =
      List.of("period", "id", "unit", "numerator", "denominator", "count", "done", "note");

  /** The fields of a YAML report: those of the CSV header and a level's {@code value}. */
  static final List<String> YAML_FIELDS = List.of("period", "id", "unit", "numerator",
      "denominator", "count", "done", "note", "value");

  /** The CSV header, exactly. */
  public static final String CSV_HEADER = String.join(",", FIELDS);

  static final List<String> TOP = List.of("reports");

  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  /**
   * The largest CSV progress file read. CSV is streamed, so this bounds the reports kept, not a
   * buffer: 100 MB (2.8 million reports) is read in a heap of 512 MB.
   */
  public static final long MAX_CSV_BYTES = 256L * 1024 * 1024;

  /** The longest cell of a CSV file, in characters (a note is a sentence or two). */
  public static final int MAX_CELL = YamlTree.MAX_STRING;

  /**
   * The CSV parser's factory alone: a {@code CsvMapper} would set up all of Jackson's data binding
   * (280 classes) for a reader that only takes tokens.
   */
  private static final CsvFactory CSV = CsvFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_CELL).build())
      .build();
  private static final CsvSchema CSV_SCHEMA = CsvSchema.emptySchema().withComments();
  private static final char BOM = '\uFEFF';

  /** The formats a progress file may have. */
  enum Format {
    YAML,
    CSV
  }

  /** What an id as written stands for; exactly one of {@code id} and {@code error} is set. */
  private record Resolved(String id, Measure measure, boolean deliverable, Msg error) {}

  /** What a unit as written stands for; exactly one of {@code name} and {@code error} is set. */
  private record UnitName(String name, Msg error) {}

  /**
   * The key that may occur once over all files. Its hash mixes the month into the low bits:
   * YearMonth's own hash keeps the month in the high bits, and a year of reports then falls into
   * few buckets. Each part is multiplied by a large odd constant, not 31: ids (1.1, 1.2) and unit
   * names (合成0011县, 合成0012县) differ by small steps of 31, so 31·h + … gave the 1.1 million
   * reports of 2,846 units in a year 27,648 distinct hashes, and the map's lookups took most of
   * the run.
   */
  record Key(YearMonth period, String id, String unit) {
    private static final int MIX = 0x9E3779B9;

    @Override
    public int hashCode() {
      int h = period.getYear() * 12 + period.getMonthValue();
      h = MIX * h + id.hashCode();
      h = MIX * h + (unit == null ? 0 : unit.hashCode());
      return h ^ (h >>> 15);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && period.equals(k.period) && id.equals(k.id)
          && java.util.Objects.equals(unit, k.unit);
    }
  }

  private final Checklist checklist;
  private final UnitRegister register;
  private final List<String> allIds;
  private final Map<String, Resolved> ids = new HashMap<>();
  private final Map<String, UnitName> units = new HashMap<>();
  private final Map<Integer, YearMonth> months = new HashMap<>();
  private final Map<Key, ProgressEntry> seen = new HashMap<>();
  private final Map<String, ProgressEntry> doneBy = new HashMap<>();
  private final List<ProgressEntry> entries = new ArrayList<>();
  private final List<Problem> errors = new ProblemList();
  private final List<Problem> warnings = new ProblemList();

  private ProgressReader(Checklist checklist) {
    this.checklist = checklist;
    this.register = UnitRegister.of(checklist);
    this.allIds = Stream.concat(checklist.rows().stream().map(r -> r.id().toString()),
        checklist.goals().stream().map(Goal::id)).toList();
  }

  /**
   * Reads progress files: {@code .yaml}/{@code .yml} as YAML, {@code .csv} as CSV, any other name
   * by its content. Several files add up (one per month, or per unit).
   *
   * @throws InputException only when a file is missing or cannot be read at all; everything wrong
   *     inside a file (its encoding included) is among the problems of the result
   */
  public static LoadedProgress read(List<Path> files, Checklist checklist) throws InputException {
    ProgressReader r = new ProgressReader(checklist);
    Set<Path> read = new HashSet<>();
    for (Path f : files) {
      if (!read.add(f.toAbsolutePath().normalize())) {
        r.warnings.add(Problem.warning("file-twice", Msg.of("the file is given more than once; "
            + "it is read once"), f.toString(), Loc.FILE, ""));
        continue;
      }
      r.readFile(f, f.toString());
    }
    return r.result();
  }

  /** Reads one text, named {@code name} in messages; the format from the name or the content. */
  public static LoadedProgress parse(String name, String text, Checklist checklist) {
    ProgressReader r = new ProgressReader(checklist);
    String body = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    if (format(name, body) == Format.CSV) {
      r.readCsv(name, new StringReader(body), null);
    } else {
      r.readYaml(name, body);
    }
    return r.result();
  }

  private LoadedProgress result() {
    List<Problem> all = new ArrayList<>(errors.size() + warnings.size());
    all.addAll(errors);
    all.addAll(warnings);
    all.sort(null);
    return new LoadedProgress(entries, all);
  }

  // ---- files and formats ----

  private void readFile(Path path, String name) throws InputException {
    checkReadable(path, name);
    Format f = formatOfName(name);
    if (f == null) {
      f = format(name, sniff(path, name));
    }
    if (f == Format.YAML) {
      String text;
      try {
        text = SourceText.read(path, name, SourceText.DEFAULT_MAX_BYTES);
      } catch (InputException e) {
        if (e.unreadable()) {
          throw e;
        }
        errors.add(e.problem());
        return;
      }
      readYaml(name, text);
      return;
    }
    try {
      if (Files.size(path) > MAX_CSV_BYTES) {
        errors.add(tooLarge(name, Files.size(path)));
        return;
      }
    } catch (IOException e) {
      throw unreadable(name, "file-unreadable", Msg.of("cannot read the file: %s", e.getMessage()));
    }
    try (InputStream in = new BufferedInputStream(new Bounded(Files.newInputStream(path)),
        1 << 16)) {
      Reader reader = utf8(in, name);
      if (reader != null) {
        readCsv(name, reader, path);
      }
    } catch (AccessDeniedException e) {
      throw unreadable(name, "file-unreadable", Msg.of("permission denied"));
    } catch (IOException e) {
      throw unreadable(name, "file-unreadable", Msg.of("cannot read the file: %s", e.getMessage()));
    }
  }

  private static void checkReadable(Path path, String name) throws InputException {
    if (Files.isDirectory(path)) {
      throw unreadable(name, "file-unreadable", Msg.of("is a directory, not a file"));
    }
    if (!Files.exists(path)) {
      throw unreadable(name, "file-missing", Msg.of("no such file"));
    }
    if (!Files.isReadable(path)) {
      throw unreadable(name, "file-unreadable", Msg.of("permission denied"));
    }
  }

  private static InputException unreadable(String name, String code, Msg message) {
    return new InputException(Problem.error(code, message, name, Loc.FILE, ""), true);
  }

  private static Format formatOfName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".yaml") || n.endsWith(".yml")) {
      return Format.YAML;
    }
    return n.endsWith(".csv") ? Format.CSV : null;
  }

  /** The format of a file named {@code name} whose text starts with {@code head}. */
  static Format format(String name, String head) {
    Format byName = formatOfName(name);
    if (byName != null) {
      return byName;
    }
    for (String line : head.split("\n", -1)) {
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      return s.startsWith("period,") || s.equals("period") ? Format.CSV : Format.YAML;
    }
    return Format.YAML;
  }

  /** The first few kilobytes of a file, leniently decoded: enough to tell YAML from CSV. */
  private static String sniff(Path path, String name) throws InputException {
    try (InputStream in = Files.newInputStream(path)) {
      byte[] head = in.readNBytes(4096);
      String s = new String(head, StandardCharsets.UTF_8);
      return !s.isEmpty() && s.charAt(0) == BOM ? s.substring(1) : s;
    } catch (IOException e) {
      throw unreadable(name, "file-unreadable", Msg.of("cannot read the file: %s", e.getMessage()));
    }
  }

  /**
   * A strict UTF-8 reader over a stream, past a UTF-8 byte order mark; null after reporting a
   * UTF-16 or UTF-32 one.
   */
  private Reader utf8(InputStream in, String name) throws IOException {
    in.mark(4);
    byte[] head = in.readNBytes(4);
    in.reset();
    int b0 = head.length > 0 ? head[0] & 0xff : -1;
    int b1 = head.length > 1 ? head[1] & 0xff : -1;
    boolean utf16or32 = b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE
        || head.length == 4 && b0 == 0 && b1 == 0 && (head[2] & 0xff) == 0xFE
            && (head[3] & 0xff) == 0xFF;
    if (utf16or32) {
      try {
        SourceText.decode(name, head);
      } catch (InputException e) {
        errors.add(e.problem());
        return null;
      }
    }
    if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB
        && (head[2] & 0xff) == 0xBF) {
      in.skipNBytes(3);
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new InputStreamReader(in, decoder);
  }

  // ---- YAML ----

  private void readYaml(String name, String text) {
    Binder b = new Binder(name, errors);
    Optional<YNode> root = YamlTree.parse(name, text, errors);
    if (root.isEmpty()) {
      return;
    }
    YMap m = b.map(root.get(), "");
    if (m == null) {
      return;
    }
    b.onlyKnown(m, "", TOP);
    YNode reports = b.required(m, "reports", "");
    YList list = reports == null ? null : b.list(reports, "reports");
    for (int i = 0; list != null && i < list.items().size(); i++) {
      String p = "reports[" + i + "]";
      int before = ProblemList.offered(errors);
      YMap e = b.map(list.items().get(i), p);
      if (e == null) {
        continue;
      }
      b.onlyKnown(e, p, YAML_FIELDS);
      Report r = new Report(name, i, e.loc());
      r.period = yamlText(b, b.required(e, "period", p), p + ".period", r);
      r.id = yamlText(b, b.required(e, "id", p), p + ".id", r);
      r.unit = yamlText(b, b.optional(e, "unit", p), p + ".unit", r);
      r.numerator = yamlNumber(b.optional(e, "numerator", p), "numerator", r);
      r.denominator = yamlNumber(b.optional(e, "denominator", p), "denominator", r);
      r.count = yamlNumber(b.optional(e, "count", p), "count", r);
      r.value = yamlNumber(b.optional(e, "value", p), "value", r);
      r.done = yamlText(b, b.optional(e, "done", p), p + ".done", r);
      YNode note = b.optional(e, "note", p);
      r.note = note == null ? null : b.text(note, p + ".note", true);
      r.broken |= ProblemList.offered(errors) > before;
      accept(r);
    }
  }

  /** A scalar field as text, remembering where it was written. */
  private static String yamlText(Binder b, YNode n, String path, Report r) {
    if (n == null) {
      return null;
    }
    r.place(path.substring(path.lastIndexOf('.') + 1), n.loc());
    if (Binder.isAlias(n)) {
      r.broken = true;
      return null;
    }
    return b.text(n, path, false);
  }

  /** A number field as written; YAML text such as {@code "15"} is refused, as the schema does. */
  private String yamlNumber(YNode n, String field, Report r) {
    if (n == null) {
      return null;
    }
    r.place(field, n.loc());
    if (Binder.isAlias(n)) {
      r.broken = true;
      return null;
    }
    if (n instanceof YScalar s && (s.type() == ScalarType.INTEGER || s.type() == ScalarType.FLOAT)) {
      return s.text().replace("_", "");
    }
    Msg found = n instanceof YScalar s && s.isNull()
        ? Msg.of("nothing; leave the field out instead") : n.description();
    error(r, field, "type", field.equals("value")
        ? Msg.of("value should be a number, found %s", found)
        : Msg.of("%s should be a whole number, found %s", field, found));
    return "";
  }

  // ---- CSV ----

  /** Reads CSV rows one by one; {@code path} is given for a file, to explain an encoding error. */
  private void readCsv(String name, Reader in, Path path) {
    try (CsvParser p = CSV.createParser(in)) {
      p.setSchema(CSV_SCHEMA);
      p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
      List<String> cells = new ArrayList<>(FIELDS.size());
      List<Loc> places = new ArrayList<>(FIELDS.size());
      boolean header = true;
      int index = 0;
      int depth = 0;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.START_ARRAY) {
          depth++;
          cells.clear();
          places.clear();
        } else if (t == JsonToken.VALUE_STRING) {
          cells.add(p.getText());
          places.add(YamlTree.loc(p.currentTokenLocation()));
        } else if (t == JsonToken.END_ARRAY && --depth == 1) {
          if (cells.isEmpty() || cells.size() == 1 && cells.get(0).isBlank()) {
            continue;
          }
          if (hasNul(cells)) {
            errors.add(Problem.error("encoding", Msg.of("the file contains a NUL byte: it is "
                + "binary or UTF-16, not UTF-8 text"), name, places.get(0), ""));
            return;
          }
          if (header) {
            if (!header(name, cells, places.get(0))) {
              return;
            }
            header = false;
          } else {
            csvRow(name, index++, cells, places);
          }
        }
      }
      if (header) {
        errors.add(Problem.error("empty", Msg.of("the file is empty: a CSV progress file starts "
            + "with the header %s", CSV_HEADER), name, Loc.FILE, ""));
      }
    } catch (StreamConstraintsException e) {
      errors.add(Problem.error("too-long", Msg.of("a cell is longer than %s characters",
          String.format("%,d", MAX_CELL)), name, YamlTree.loc(e.getLocation()), ""));
    } catch (JsonProcessingException e) {
      errors.add(Problem.error("csv-syntax", Msg.of("malformed CSV: %s", csvMessage(e)), name,
          YamlTree.loc(e.getLocation()), ""));
    } catch (CharacterCodingException e) {
      encodingError(name, path);
    } catch (IOException e) {
      if (e instanceof Bounded.TooLarge || e.getCause() instanceof Bounded.TooLarge) {
        errors.add(tooLarge(name, -1));
      } else if (e.getCause() instanceof CharacterCodingException) {
        encodingError(name, path);
      } else {
        errors.add(Problem.error("file-unreadable", Msg.of("cannot read the file: %s",
            e.getMessage()), name, Loc.FILE, ""));
      }
    }
  }

  private static Problem tooLarge(String name, long size) {
    String limit = MAX_CSV_BYTES / (1024 * 1024) + ".0 MiB";
    return Problem.error("too-large", size < 0 ? Msg.of("the file is larger than the limit of %s",
        limit) : Msg.of("the file is %s, more than the limit of %s for a CSV progress file; split "
        + "it (by month or unit)", String.format("%.1f MiB", size / (1024.0 * 1024.0)), limit),
        name, Loc.FILE, "");
  }

  /** A stream that fails past {@link #MAX_CSV_BYTES}: the file may grow while it is read. */
  private static final class Bounded extends FilterInputStream {
    private long read;

    /** Thrown when the file passed the limit. */
    static final class TooLarge extends IOException {
      private static final long serialVersionUID = 1L;
    }

    Bounded(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(long n) throws IOException {
      read += n;
      if (read > MAX_CSV_BYTES) {
        throw new TooLarge();
      }
    }
  }

  private static boolean hasNul(List<String> cells) {
    for (String c : cells) {
      if (c.indexOf('\0') >= 0) {
        return true;
      }
    }
    return false;
  }

  private boolean header(String name, List<String> cells, Loc at) {
    List<String> got = new ArrayList<>(cells);
    if (!got.isEmpty() && !got.get(0).isEmpty() && got.get(0).charAt(0) == BOM) {
      got.set(0, got.get(0).substring(1));
    }
    if (got.equals(FIELDS)) {
      return true;
    }
    errors.add(Problem.error("csv-header", Msg.of("the header should be exactly %s, found %s",
        CSV_HEADER, String.join(",", got)), name, at, ""));
    return false;
  }

  private void csvRow(String name, int index, List<String> cells, List<Loc> places) {
    Report r = new Report(name, index, places.get(0));
    if (cells.size() != FIELDS.size()) {
      errors.add(Problem.error("csv-fields", Msg.of("the line has %d fields, the header %d (%s)",
          cells.size(), FIELDS.size(), CSV_HEADER), name, places.get(0), r.path()));
      return;
    }
    String[] v = new String[FIELDS.size()];
    for (int i = 0; i < v.length; i++) {
      String s = cells.get(i).strip();
      v[i] = s.isEmpty() ? null : s;
      r.at[i] = places.get(i);
    }
    r.period = v[0];
    r.id = v[1];
    r.unit = v[2];
    r.numerator = v[3];
    r.denominator = v[4];
    r.count = v[5];
    r.done = v[6];
    r.note = cells.get(7).isEmpty() ? null : cells.get(7);
    if (r.period == null) {
      error(r, "period", "missing-field", Msg.of("period is empty; every report names its month "
          + "(YYYY-MM)"));
    }
    if (r.id == null) {
      error(r, "id", "missing-field", Msg.of("id is empty; every report names its row (N.k) or "
          + "goal (G1)"));
    }
    accept(r);
  }

  private static String csvMessage(JsonProcessingException e) {
    String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    return m.lines().findFirst().orElse(m);
  }

  /** Explains an invalid byte the way {@link SourceText} does, with its place and a guess. */
  private void encodingError(String name, Path path) {
    if (path != null) {
      try {
        SourceText.read(path, name, SourceText.DEFAULT_MAX_BYTES);
      } catch (InputException e) {
        if (e.problem().code().equals("encoding")) {
          errors.add(e.problem());
          return;
        }
      }
    }
    errors.add(Problem.error("encoding", Msg.of("the file is not UTF-8; save it as UTF-8"), name,
        Loc.FILE, ""));
  }

  // ---- one report ----

  /** One report as written, before it is checked against the checklist. */
  private static final class Report {
    final String file;
    final int index;
    final Loc start;
    final Loc[] at = new Loc[FIELDS.size()];
    String period;
    String id;
    String unit;
    String numerator;
    String denominator;
    String count;
    String done;
    String note;
    String value;
    Loc valueAt;
    boolean broken;

    Report(String file, int index, Loc start) {
      this.file = file;
      this.index = index;
      this.start = start;
    }

    String path() {
      return "reports[" + index + "]";
    }

    void place(String field, Loc loc) {
      if (field.equals("value")) {
        valueAt = loc;
      } else {
        at[FIELDS.indexOf(field)] = loc;
      }
    }

    Loc loc(String field) {
      Loc l = field.equals("value") ? valueAt : at[FIELDS.indexOf(field)];
      return l == null ? start : l;
    }
  }

  private void error(Report r, String field, String code, Msg message) {
    errors.add(Problem.error(code, message, r.file, r.loc(field), r.path() + "." + field));
    r.broken = true;
  }

  private void warning(Report r, String field, String code, Msg message) {
    warnings.add(Problem.warning(code, message, r.file, r.loc(field), r.path() + "." + field));
  }

  /** Checks one report, every field of it, and keeps it when nothing is wrong. */
  private void accept(Report r) {
    YearMonth period = r.period == null ? null : month(r);
    Resolved id = r.id == null ? null : resolveId(r.id);
    if (id != null && id.error() != null) {
      error(r, "id", "unknown-id", id.error());
      id = null;
    }
    String unit = null;
    boolean unitOk = true;
    if (r.unit != null) {
      UnitName u = resolveUnit(r.unit);
      if (u.error() != null) {
        error(r, "unit", "unknown-unit", u.error());
        unitOk = false;
      }
      unit = u.name();
    }
    Long numerator = count(r, "numerator", r.numerator);
    Long denominator = count(r, "denominator", r.denominator);
    Long count = count(r, "count", r.count);
    BigDecimal value = level(r);
    LocalDate done = r.done == null ? null : date(r);
    if (numerator != null && denominator != null && numerator > denominator) {
      error(r, "numerator", "numerator-above-denominator", Msg.of("numerator %d is above its "
          + "denominator %d", numerator, denominator));
    } else if (numerator != null && denominator == null && r.denominator == null) {
      error(r, "numerator", "missing-denominator", Msg.of("numerator %d has no denominator; a "
          + "ratio is reported with both", numerator));
    } else if (denominator != null && numerator == null && r.numerator == null) {
      error(r, "denominator", "missing-numerator", Msg.of("denominator %d has no numerator; a "
          + "ratio is reported with both", denominator));
    }
    Key key = period != null && id != null && unitOk ? new Key(period, id.id(), unit) : null;
    if (key != null) {
      ProgressEntry first = seen.get(key);
      if (first != null) {
        errors.add(Problem.error("duplicate", Msg.of("%s %s %s is reported twice; the first "
            + "report is at %s:%d", period, id.id(), unit == null ? Msg.of("(no unit)") : unit,
            first.source(), first.line()), r.file, r.start, r.path()));
        r.broken = true;
      }
    }
    if (done != null && period != null && done.isAfter(period.atEndOfMonth())) {
      warning(r, "done", "done-after-period", Msg.of("done %s is after the month reported (%s)",
          done, period));
    }
    if (id != null) {
      // a figure of the wrong kind is left out, with a warning
      Measure m = id.measure();
      boolean ratio = numerator != null || denominator != null;
      if (ratio && (m == Measure.COUNT || m == Measure.DONE)) {
        warning(r, "numerator", "wrong-figure", wrongFigure(id, "numerator"));
        numerator = null;
        denominator = null;
      }
      if (count != null && (m == Measure.RATIO || m == Measure.DONE)) {
        warning(r, "count", "wrong-figure", wrongFigure(id, "count"));
        count = null;
      }
      if (value != null && m != Measure.LEVEL) {
        warning(r, "value", "wrong-figure", wrongFigure(id, "value"));
        value = null;
      }
      if ((ratio || count != null) && m == Measure.LEVEL) {
        warning(r, ratio ? "numerator" : "count", "wrong-figure",
            wrongFigure(id, ratio ? "numerator" : "count"));
        numerator = null;
        denominator = null;
        count = null;
      }
      if (done != null && !id.deliverable()) {
        warning(r, "done", "wrong-figure", wrongFigure(id, "done"));
        done = null;
      }
    }
    ProgressEntry e = new ProgressEntry(period, id == null ? null : id.id(), unit, numerator,
        denominator, count, done, r.note, r.file, r.start.line(), value);
    if (key != null) {
      seen.putIfAbsent(key, e);
    }
    if (r.broken) {
      return;
    }
    if (done != null) {
      ProgressEntry before = doneBy.putIfAbsent(id.id(), e);
      if (before != null) {
        warning(r, "done", "done-twice", Msg.of("%s was reported done before, on %s (%s:%d)",
            id.id(), before.done(), before.source(), before.line()));
      }
    }
    entries.add(e);
  }

  /** Why the figure {@code given} (numerator, count or done) of a report is left out. */
  private static Msg wrongFigure(Resolved id, String given) {
    if (given.equals("done") && id.measure() != Measure.DONE) {
      return Msg.of("%s has no deliverable; done is left out", id.id());
    }
    Msg what = switch (id.measure()) {
      case RATIO -> Msg.of("is measured by numerator and denominator");
      case COUNT -> Msg.of("is measured by a count");
      case DONE -> Msg.of("is a deliverable: report the day it was done (done)");
      case NONE -> Msg.of("has no indicator");
      case LEVEL -> Msg.of("is measured by a level (value)");
    };
    return switch (given) {
      case "numerator" -> Msg.of("%s %s; numerator and denominator are left out", id.id(), what);
      case "count" -> Msg.of("%s %s; count is left out", id.id(), what);
      case "value" -> Msg.of("%s %s; value is left out", id.id(), what);
      default -> Msg.of("%s %s; done is left out", id.id(), what);
    };
  }

  private YearMonth month(Report r) {
    String t = r.period;
    if (t.length() == 7 && t.charAt(4) == '-' && digits(t, 0, 4) && digits(t, 5, 7)) {
      int year = Integer.parseInt(t, 0, 4, 10);
      int month = Integer.parseInt(t, 5, 7, 10);
      if (month >= 1 && month <= 12) {
        return months.computeIfAbsent(year * 12 + month - 1, k -> YearMonth.of(year, month));
      }
    }
    Matcher m = MONTH.matcher(r.period);
    if (!m.matches()) {
      error(r, "period", "period", Msg.of("period should be a month YYYY-MM, found '%s'",
          r.period));
      return null;
    }
    int year = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    if (month < 1 || month > 12) {
      error(r, "period", "period", Msg.of("period %s has no month %d; months are 01 to 12",
          r.period, month));
      return null;
    }
    return months.computeIfAbsent(year * 12 + month - 1, k -> YearMonth.of(year, month));
  }

  private LocalDate date(Report r) {
    Matcher m = DATE.matcher(r.done);
    if (!m.matches()) {
      error(r, "done", "date", Msg.of("done should be a day YYYY-MM-DD, found '%s'", r.done));
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      error(r, "done", "date", Msg.of("done %s is not a day of the calendar", r.done));
      return null;
    }
  }

  /** A level: a number, not negative; null when absent or wrong. */
  private BigDecimal level(Report r) {
    if (r.value == null || r.value.isEmpty()) {
      return null;
    }
    if (r.value.length() > 64 || !NUMBER.matcher(r.value).matches()) {
      error(r, "value", "type", Msg.of("value should be a number, found '%s'", r.value));
      return null;
    }
    BigDecimal v = new BigDecimal(r.value);
    if (v.signum() < 0) {
      error(r, "value", "negative", Msg.of("value must not be negative, found %s", r.value));
      return null;
    }
    return v;
  }

  /** A figure: a whole number, not negative, that fits 64 bits; null when absent or wrong. */
  private Long count(Report r, String field, String text) {
    if (text == null || text.isEmpty()) {
      return null; // absent, or reported already
    }
    if (text.length() <= 18 && digits(text, 0, text.length())) {
      return Long.parseLong(text);
    }
    if (text.length() > 64) {
      // as YAML numbers: longer ones are refused before they are parsed (that takes quadratic time)
      error(r, field, "too-large", Msg.of("%s is longer than 64 characters; the most is %d",
          field, Long.MAX_VALUE));
      return null;
    }
    if (!NUMBER.matcher(text).matches()) {
      error(r, field, "type", Msg.of("%s should be a whole number, found '%s'", field, text));
      return null;
    }
    BigDecimal v = new BigDecimal(text);
    if (v.signum() < 0) {
      error(r, field, "negative", Msg.of("%s must not be negative, found %s", field, text));
      return null;
    }
    if (v.stripTrailingZeros().scale() > 0) {
      error(r, field, "fraction", Msg.of("%s must be a whole number, found %s", field, text));
      return null;
    }
    if (v.compareTo(LONG_MAX) > 0) {
      error(r, field, "too-large", Msg.of("%s %s is too large (the most is %d)", field, text,
          Long.MAX_VALUE));
      return null;
    }
    return v.longValueExact();
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private Resolved resolveId(String text) {
    return ids.computeIfAbsent(text, this::resolveUncached);
  }

  private Resolved resolveUncached(String text) {
    Selection s;
    try {
      s = Ids.select(checklist, text);
    } catch (Ids.IdException e) {
      Msg hint = DidYouMean.closest(text.strip(), allIds)
          .filter(c -> !e.getMessage().contains(c))
          .map(c -> Msg.of(" (did you mean '%s'?)", c)).orElse(Msg.verbatim(""));
      return new Resolved(null, null, false, Msg.of("unknown id '%s': %s%s", text,
          e.msg(), hint));
    }
    if (s instanceof Selection.OneRow one) {
      Row row = one.row();
      return new Resolved(row.id().toString(), Measure.of(row),
          row.schedule().kind() == ScheduleKind.DELIVERABLE, null);
    }
    if (s instanceof Selection.OneGoal g) {
      return new Resolved(g.goal().id(), Measure.of(g.goal()),
          g.goal().schedule().kind() == ScheduleKind.DELIVERABLE, null);
    }
    Selection.Item item = (Selection.Item) s;
    return new Resolved(null, null, false, Msg.of("id '%s' is item %d, which has %d rows (%s); "
        + "name one of them", text, item.item(), item.rows().size(), String.join(", ",
            item.rows().stream().map(r -> r.id().toString()).toList())));
  }

  private UnitName resolveUnit(String text) {
    return units.computeIfAbsent(text, t -> {
      UnitRegister.Resolution res = register.resolve(t);
      if (res.kind() == UnitRegister.Kind.GENERIC) {
        return new UnitName(null, Msg.of("'%s' stands for several units; a report names the "
            + "one unit that reports", t));
      }
      if (res.kind() == UnitRegister.Kind.UNKNOWN) {
        return new UnitName(null, Msg.of("unknown unit '%s'%s; units are those of the "
            + "checklist's register", t, DidYouMean.hint(t.strip(), register.allNames())));
      }
      if (res.etCetera()) {
        return new UnitName(null, Msg.of("'%s' ends in %s (and others); a report names the one "
            + "unit that reports", t, UnitRegister.ET_CETERA));
      }
      return new UnitName(res.unit().name(), null);
    });
  }
}
