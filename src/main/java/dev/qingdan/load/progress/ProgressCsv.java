package dev.qingdan.load.progress;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.qingdan.load.Bounded;
import dev.qingdan.load.Encoding;
import dev.qingdan.load.InputException;
import dev.qingdan.load.Loc;
import dev.qingdan.load.Problem;
import dev.qingdan.load.SourceText;
import dev.qingdan.load.YamlTree;
import dev.qingdan.text.Msg;
import dev.qingdan.text.Printable;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Reads a CSV progress file as a stream, one row at a time, so that a file of a million rows is
 * never held as text: the header exactly, then each row as a {@link ProgressReport} handed on.
 */
final class ProgressCsv {
  /** The CSV header, exactly. */
  static final String HEADER = String.join(",", ProgressField.CSV_KEYS);

  /**
   * The largest CSV progress file read. CSV is streamed, so this bounds the reports kept, not a
   * buffer: 100 MB (2.8 million reports) is read in a heap of 512 MB.
   */
  static final long MAX_BYTES = 256L * 1024 * 1024;

  /** The longest cell, in characters (a note is a sentence or two). */
  static final int MAX_CELL = YamlTree.MAX_STRING;

  /**
   * The CSV parser's factory alone: a {@code CsvMapper} would set up all of Jackson's data binding
   * for a reader that only takes tokens.
   */
  private static final CsvFactory CSV = CsvFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_CELL).build())
      .build();
  private static final CsvSchema CSV_SCHEMA = CsvSchema.emptySchema().withComments();
  private static final int FIELDS = ProgressField.CSV_KEYS.size();

  private final String name;
  private final List<Problem> errors;
  private final Consumer<ProgressReport> reports;

  /** Its problems go to {@code errors}, its reports as written to {@code reports}. */
  private ProgressCsv(String name, List<Problem> errors, Consumer<ProgressReport> reports) {
    this.name = name;
    this.errors = errors;
    this.reports = reports;
  }

  /**
   * Reads a file, strictly UTF-8 (past a BOM), at most {@link #MAX_BYTES}: on every core
   * ({@link ProgressCsvParallel}), and with Jackson from a row whose bytes only it explains.
   *
   * @throws InputException only when the file cannot be read at all
   */
  static void read(Path path, String name, ProgressChecks checks) throws InputException {
    read(path, name, checks, ProgressCsvParallel.BLOCK, ProgressCsvParallel.PIECE);
  }

  /** {@link #read(Path, String, ProgressChecks)} in blocks and pieces of the sizes given. */
  static void read(Path path, String name, ProgressChecks checks, int block, int piece)
      throws InputException {
    ProgressCsv csv = new ProgressCsv(name, checks.errors, checks::accept);
    try {
      if (Files.size(path) > MAX_BYTES) {
        checks.errors.add(tooLarge(name, Files.size(path)));
        return;
      }
      ByteOrderMark bom;
      try (BOMInputStream in = Encoding.pastBom(Files.newInputStream(path))) {
        bom = in.getBOM();
      }
      ProgressCsvParallel.Resume resume = new ProgressCsvParallel.Resume(0, 0, 0, true);
      ProgressChecks.Mark before = checks.mark();
      if (Encoding.otherUnicode(bom) == null) {
        ProgressCsvParallel parallel = new ProgressCsvParallel(csv, checks, name, block, piece);
        try {
          resume = parallel.read(path, bom == null ? 0 : bom.length());
        } catch (ProgressCsvParallel.HeaderRefused e) {
          if (!utf8(path, name)) { // as when read serially: not UTF-8 is said first
            checks.rollback(before, name);
            csv.encodingError(path);
          }
          return;
        }
        if (resume == null) {
          if (parallel.headerPending()) {
            csv.empty();
          }
          return;
        }
      }
      csv.resume(path, resume);
      if (csv.notUtf8 && resume.offset() > 0) {
        // as when the file is read serially: a file that is not UTF-8 is refused as a whole
        Problem refused = checks.errors.get(checks.errors.size() - 1);
        checks.rollback(before, name);
        checks.errors.add(refused);
      }
    } catch (AccessDeniedException e) {
      throw SourceText.unreadable(name, "file-unreadable", Msg.of("permission denied"));
    } catch (IOException e) {
      throw SourceText.unreadable(name, "file-unreadable", SourceText.cannotRead(e));
    }
  }

  /** Whether the file is UTF-8 throughout. */
  private static boolean utf8(Path path, String name) throws IOException {
    try (Reader in = new InputStreamReader(Files.newInputStream(path), Encoding.strictUtf8())) {
      in.transferTo(Writer.nullWriter());
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** Reads a file with Jackson alone, row after row. */
  static void readSerially(Path path, String name, ProgressChecks checks) throws IOException {
    new ProgressCsv(name, checks.errors, checks::accept).resume(path,
        new ProgressCsvParallel.Resume(0, 0, 0, true));
  }

  /** Reads the rest of a file with Jackson, from where {@code at} says. */
  private void resume(Path path, ProgressCsvParallel.Resume at) throws IOException {
    baseLine = at.lines();
    try (InputStream in = new BufferedInputStream(
        Bounded.stream(Files.newInputStream(path), MAX_BYTES), 1 << 16)) {
      Reader reader;
      if (at.offset() == 0) {
        reader = utf8(in);
      } else {
        in.skipNBytes(at.offset());
        reader = new InputStreamReader(in, Encoding.strictUtf8());
      }
      if (reader != null) {
        read(reader, path, at.index(), at.header());
      }
    }
  }

  /** The lines before where Jackson started, added to the lines of its places. */
  private int baseLine;
  /** Whether a byte that is not UTF-8 was found. */
  private boolean notUtf8;

  /** Reads text already decoded. */
  static void read(String name, Reader text, List<Problem> errors,
      Consumer<ProgressReport> reports) {
    new ProgressCsv(name, errors, reports).read(text, null, 0, true);
  }

  /**
   * A strict UTF-8 reader over a stream, past a UTF-8 byte order mark; null after reporting a
   * UTF-16 or UTF-32 one.
   */
  private Reader utf8(InputStream in) throws IOException {
    BOMInputStream text = Encoding.pastBom(in);
    Msg other = Encoding.otherUnicode(text.getBOM());
    if (other != null) {
      errors.add(Encoding.refused(name, other));
      return null;
    }
    return new InputStreamReader(text, Encoding.strictUtf8());
  }

  /**
   * Reads CSV rows one by one; {@code path} is given for a file, to explain an encoding error;
   * the first row is the {@code index}-th, or the header when {@code header}.
   */
  private void read(Reader in, Path path, int index, boolean header) {
    try (CsvParser p = CSV.createParser(in)) {
      p.setSchema(CSV_SCHEMA);
      p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
      List<String> cells = new ArrayList<>(FIELDS);
      List<Loc> places = new ArrayList<>(FIELDS);
      int depth = 0;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.START_ARRAY) {
          depth++;
          cells.clear();
          places.clear();
        } else if (t == JsonToken.VALUE_STRING) {
          cells.add(p.getText());
          places.add(loc(p.currentTokenLocation()));
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
            if (!header(cells, places.get(0))) {
              return;
            }
            header = false;
          } else {
            row(index++, cells, places);
          }
        }
      }
      if (header) {
        empty();
      }
    } catch (StreamConstraintsException e) {
      errors.add(Problem.error("too-long", Msg.of("a cell is longer than %s characters",
          String.format("%,d", MAX_CELL)), name, loc(e.getLocation()), ""));
    } catch (JsonProcessingException e) {
      errors.add(Problem.error("csv-syntax", Msg.of("malformed CSV: %s", message(e)), name,
          loc(e.getLocation()), ""));
    } catch (CharacterCodingException e) {
      encodingError(path);
    } catch (IOException e) {
      if (Bounded.passed(e)) {
        errors.add(tooLarge(name, -1));
      } else if (e.getCause() instanceof CharacterCodingException) {
        encodingError(path);
      } else {
        errors.add(Problem.error("file-unreadable", Msg.of("cannot read the file: %s",
            e.getMessage()), name, Loc.FILE, ""));
      }
    }
  }

  private Loc loc(JsonLocation l) {
    Loc at = YamlTree.loc(l);
    return at.line() == 0 ? at : new Loc(baseLine + at.line(), at.column());
  }

  void empty() {
    errors.add(Problem.error("empty", Msg.of("the file is empty: a CSV progress file starts "
        + "with the header %s", HEADER), name, Loc.FILE, ""));
  }

  private static Problem tooLarge(String name, long size) {
    String limit = MAX_BYTES / (1024 * 1024) + ".0 MiB";
    return Problem.error("too-large", size < 0 ? Msg.of("the file is larger than the limit of %s",
        limit) : Msg.of("the file is %s, more than the limit of %s for a CSV progress file; split "
        + "it (by month or unit)", String.format("%.1f MiB", size / (1024.0 * 1024.0)), limit),
        name, Loc.FILE, "");
  }

  private static boolean hasNul(List<String> cells) {
    for (String c : cells) {
      if (c.indexOf('\0') >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Checks the header row; false, after saying so, when it is not the header. */
  boolean header(List<String> cells, Loc at) {
    List<String> got = new ArrayList<>(cells);
    if (!got.isEmpty()) {
      got.set(0, Encoding.withoutBom(got.get(0)));
    }
    if (got.equals(ProgressField.CSV_KEYS)) {
      return true;
    }
    errors.add(Problem.error("csv-header", Msg.of("the header should be exactly %s, found %s",
        HEADER, Printable.excerpt(String.join(",", got))), name, at, ""));
    return false;
  }

  /** Checks the {@code index}-th row after the header. */
  void row(int index, List<String> cells, List<Loc> places) {
    ProgressReport r = new ProgressReport(name, index, places.get(0));
    if (cells.size() != FIELDS) {
      errors.add(Problem.error("csv-fields", Msg.of("the line has %d fields, the header %d (%s)",
          cells.size(), FIELDS, HEADER), name, places.get(0), r.path()));
      return;
    }
    for (ProgressField f : ProgressField.CSV) {
      String cell = cells.get(f.ordinal());
      String v = f.kind == ProgressField.Kind.NOTE ? cell : cell.strip();
      r.set(f, v.isEmpty() ? null : v);
      r.place(f, places.get(f.ordinal()));
    }
    r.checkNamed(errors);
    reports.accept(r);
  }

  private static String message(JsonProcessingException e) {
    String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    return m.lines().findFirst().orElse(m);
  }

  /** Explains an invalid byte the way {@link SourceText} does, with its place and a guess. */
  private void encodingError(Path path) {
    notUtf8 = true;
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
}
