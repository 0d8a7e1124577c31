package dev.qingdan.render;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * CSV rows as RFC 4180 asks: quoted where needed, {@code \n} line ends. Written with the CSV
 * generator alone: a {@code CsvMapper} would set up all of Jackson's data binding to write a row of
 * strings.
 *
 * <p>A text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return gets a leading {@code '}, so that a spreadsheet opening the file shows it instead of
 * running it as a formula (OWASP's advice on CSV injection): a title {@code =HYPERLINK(...)} from a
 * checklist stays text. A number is written as it is ({@code -3} stays a number): whether a cell is
 * text or a number is its value's type, never the look of the string.
 */
public final class Csv {
  private static final CsvFactory FACTORY = CsvFactory.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .build();
  private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\n");

  private Csv() {}

  /**
   * Writes one row: a {@link Number} as a number, null as an empty cell, anything else as text
   * ({@code toString}), neutralised where a spreadsheet would run it.
   */
  public static void writeRow(PrintWriter out, List<?> cells) {
    StringWriter row = new StringWriter();
    try (CsvGenerator g = FACTORY.createGenerator(row)) {
      g.setSchema(SCHEMA);
      g.writeStartArray();
      for (Object cell : cells) {
        g.writeString(cell == null ? "" : cell instanceof BigDecimal d ? d.toPlainString()
            : cell instanceof Number n ? n.toString() : text(cell.toString()));
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.print(row);
  }

  /** A text cell as written: with a leading {@code '} where a spreadsheet would run it. */
  static String text(String s) {
    return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }
}
