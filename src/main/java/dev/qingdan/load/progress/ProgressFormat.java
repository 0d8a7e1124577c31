package dev.qingdan.load.progress;

import dev.qingdan.load.Encoding;
import dev.qingdan.load.InputException;
import dev.qingdan.load.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The formats a progress file may have, told by its name or else by its first line. */
enum ProgressFormat {
  YAML,
  CSV,
  /** An Excel workbook, a filled form of {@code qingdan template} or any sheet with the fields. */
  XLSX,
  /** A Parquet file with the fields as columns, as Spark, Trino or DuckDB export it. */
  PARQUET;

  /**
   * The format a name says ({@code .yaml}, {@code .yml}, {@code .csv}, {@code .xlsx},
   * {@code .parquet}); null for another.
   */
  static ProgressFormat ofName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".yaml") || n.endsWith(".yml")) {
      return YAML;
    }
    if (n.endsWith(".xlsx")) {
      return XLSX;
    }
    if (n.endsWith(".parquet")) {
      return PARQUET;
    }
    return n.endsWith(".csv") ? CSV : null;
  }

  /** Whether a name says an old binary Excel workbook ({@code .xls}), which is not read. */
  static boolean isOldExcel(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".xls");
  }

  /**
   * The format of a file named {@code name} whose text starts with {@code head}: by the name, else
   * CSV where the first line that is not blank or a comment is the header's start.
   */
  static ProgressFormat of(String name, String head) {
    ProgressFormat byName = ofName(name);
    if (byName != null) {
      return byName;
    }
    for (String line : head.split("\n", -1)) {
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      return s.startsWith("period,") || s.equals("period") ? CSV : YAML;
    }
    return YAML;
  }

  /**
   * The format of a file: by its name, else by its first few kilobytes, leniently decoded; a ZIP
   * package is a workbook, a file that starts with PAR1 is Parquet.
   */
  static ProgressFormat of(Path path, String name) throws InputException {
    ProgressFormat byName = ofName(name);
    if (byName != null) {
      return byName;
    }
    try (InputStream in = Files.newInputStream(path)) {
      byte[] head = in.readNBytes(4096);
      if (Encoding.startsWith(head, 0x50, 0x4B, 0x03, 0x04)) {
        return XLSX;
      }
      if (Encoding.startsWith(head, 'P', 'A', 'R', '1')) {
        return PARQUET;
      }
      // the head stays bytes: the magic numbers above are read from the raw file, and the text
      // is only sniffed here (the reader refuses a file that is not UTF-8 with its own message)
      return of(name, Encoding.withoutBom(new String(head, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw SourceText.unreadable(name, "file-unreadable", SourceText.cannotRead(e));
    }
  }
}
