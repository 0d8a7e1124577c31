package dev.qingdan.render;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * CSV rows as RFC 4180 asks: quoted where needed, {@code \n} line ends. Written with the CSV
 * generator alone: a {@code CsvMapper} would set up all of Jackson's data binding to write a row of
 * strings.
 */
public final class Csv {
  private static final CsvFactory FACTORY = CsvFactory.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .build();
  private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\n");

  private Csv() {}

  public static void writeRow(PrintWriter out, List<String> cells) {
    StringWriter row = new StringWriter();
    try (CsvGenerator g = FACTORY.createGenerator(row)) {
      g.setSchema(SCHEMA);
      g.writeStartArray();
      for (String cell : cells) {
        g.writeString(cell);
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.print(row);
  }
}
