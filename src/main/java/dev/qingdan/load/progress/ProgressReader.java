package dev.qingdan.load.progress;

import dev.qingdan.load.Encoding;
import dev.qingdan.load.InputException;
import dev.qingdan.load.Links;
import dev.qingdan.load.Loc;
import dev.qingdan.load.Problem;
import dev.qingdan.load.SourceText;
import dev.qingdan.model.Checklist;
import dev.qingdan.text.Msg;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads monthly progress reports, YAML, CSV, Excel .xlsx or Parquet, strictly and against a
 * checklist: every problem of every file is collected in one run, each with its file, line and
 * column.
 *
 * <p>The work is shared out: {@link ProgressFormat} tells YAML from CSV, {@link ProgressYaml} and
 * {@link ProgressCsv} read the reports as written ({@link ProgressReport}), and
 * {@link ProgressChecks} checks each against the checklist and keeps the good ones.
 */
public final class ProgressReader {
  /** The fields of a report, in the order of the CSV header. */
  public static final List<String> FIELDS = ProgressField.CSV_KEYS;

  /** The CSV header, exactly. */
  public static final String CSV_HEADER = ProgressCsv.HEADER;

  /** The Chinese label of each field of {@link #FIELDS}, by field: a sheet's header may use it. */
  public static final Map<String, String> LABELS = ProgressXlsx.labels();

  private ProgressReader() {}

  /**
   * Reads progress files: {@code .yaml}/{@code .yml} as YAML, {@code .csv} as CSV, {@code .xlsx}
   * as a workbook, {@code .parquet} as Parquet, any other name by its content; a folder gives
   * every such file in it. Several files add up (one per month, or per unit).
   *
   * @throws InputException only when a file is missing or cannot be read at all; everything wrong
   *     inside a file (its encoding included) is among the problems of the result
   */
  public static LoadedProgress read(List<Path> files, Checklist checklist) throws InputException {
    return read(files, checklist, Links.STRICT);
  }

  /** {@link #read(List, Checklist)}, following symbolic links as {@code links} says. */
  public static LoadedProgress read(List<Path> files, Checklist checklist, Links links)
      throws InputException {
    return read(files, checklist, links, ReadMeter.NONE);
  }

  /** {@link #read(List, Checklist, Links)}, telling {@code meter} how far it has come. */
  public static LoadedProgress read(List<Path> files, Checklist checklist, Links links,
      ReadMeter meter) throws InputException {
    return read(files, new ProgressChecks(checklist), links, meter);
  }

  /**
   * {@link #read(List, Checklist, Links, ReadMeter)}, every report checked alike, but the reports
   * of figures alone added up by file, month and id as they come instead of kept: the result's
   * {@link LoadedProgress#figures} holds them, its {@link LoadedProgress#entries} does not. Its
   * memory does not grow with the reports, only with the months they fall in.
   */
  public static LoadedProgress sums(List<Path> files, Checklist checklist, Links links,
      ReadMeter meter) throws InputException {
    ProgressChecks checks = new ProgressChecks(checklist);
    checks.summing();
    return read(files, checks, links, meter);
  }

  private static LoadedProgress read(List<Path> files, ProgressChecks checks, Links links,
      ReadMeter meter) throws InputException {
    checks.meter = meter;
    Set<Path> read = new HashSet<>();
    try {
      for (Path f : files) {
        if (!SourceText.isStdin(f) && !read.add(f.toAbsolutePath().normalize())) {
          checks.warnings.add(Problem.warning("file-twice", Msg.of("the file is given more than "
              + "once; it is read once"), f.toString(), Loc.FILE, ""));
          continue;
        }
        if (!SourceText.isStdin(f) && Files.isDirectory(f)) {
          for (Path in : folder(f, links)) {
            if (read.add(in.toAbsolutePath().normalize())) {
              readFile(in, in.toString(), checks, links);
            }
          }
          continue;
        }
        readFile(f, f.toString(), checks, links);
      }
    } finally {
      meter.done();
    }
    return result(checks);
  }

  /**
   * The progress files of a folder, by name: every file that {@link ProgressFormat#ofName} knows,
   * and old .xls workbooks (to be refused by name). Hidden files and the lock files that Excel and
   * LibreOffice leave beside an open workbook ({@code ~$form.xlsx}, {@code .~lock.form.xlsx#}) are
   * left out; so are folders inside it.
   */
  private static List<Path> folder(Path dir, Links links) throws InputException {
    String name = dir.toString();
    links.check(dir, name);
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> in = Files.newDirectoryStream(dir)) {
      for (Path p : in) {
        String n = p.getFileName().toString();
        if (n.startsWith(".") || n.startsWith("~$") || Files.isDirectory(p)) {
          continue;
        }
        if (ProgressFormat.ofName(n) != null || ProgressFormat.isOldExcel(n)) {
          files.add(p);
        }
      }
    } catch (IOException e) {
      throw SourceText.unreadable(name, "file-unreadable", SourceText.cannotRead(e));
    }
    if (files.isEmpty()) {
      throw SourceText.unreadable(name, "file-missing", Msg.of("a folder without progress files "
          + "(.yaml, .yml, .csv, .xlsx, .parquet)"));
    }
    files.sort(null);
    return files;
  }

  /** Reads one text, named {@code name} in messages; the format from the name or the content. */
  public static LoadedProgress parse(String name, String text, Checklist checklist) {
    ProgressChecks checks = new ProgressChecks(checklist);
    String body = Encoding.withoutBom(text);
    if (ProgressFormat.of(name, body) == ProgressFormat.CSV) {
      ProgressCsv.read(name, new StringReader(body), checks.errors, checks::accept);
    } else {
      ProgressYaml.read(name, body, checks.errors, checks::accept);
    }
    return result(checks);
  }

  static LoadedProgress result(ProgressChecks checks) {
    List<Problem> all = new ArrayList<>(checks.errors.size() + checks.warnings.size());
    all.addAll(checks.errors);
    all.addAll(checks.warnings);
    all.sort(null);
    return new LoadedProgress(checks.entries, all);
  }

  private static void readFile(Path given, String name, ProgressChecks checks, Links links)
      throws InputException {
    // standard input, a FIFO or <(...) can be read once: read whole, then told and parsed
    boolean stream = SourceText.isStream(given);
    Path path = given;
    if (!stream) {
      path = SourceText.checkReadable(given, name, links);
      if (ProgressFormat.isOldExcel(name)) {
        checks.errors.add(ProgressXlsx.oldExcel(name));
        return;
      }
      ProgressFormat format = ProgressFormat.of(path, name);
      if (format == ProgressFormat.CSV) {
        ProgressCsv.read(path, name, checks);
        return;
      }
      if (format == ProgressFormat.XLSX) {
        ProgressXlsx.read(path, name, links, checks.errors, checks::accept);
        return;
      }
      if (format == ProgressFormat.PARQUET) {
        ProgressParquet.read(path, name, checks);
        return;
      }
    }
    String shown = SourceText.shown(path, name);
    String text;
    try {
      text = SourceText.read(path, shown, SourceText.DEFAULT_MAX_BYTES, links);
    } catch (InputException e) {
      if (e.unreadable()) {
        throw e;
      }
      checks.errors.add(e.problem());
      return;
    }
    if (stream && ProgressFormat.of(shown, text) == ProgressFormat.CSV) {
      ProgressCsv.read(shown, new StringReader(text), checks.errors, checks::accept);
    } else {
      ProgressYaml.read(shown, text, checks.errors, checks::accept);
    }
  }
}
