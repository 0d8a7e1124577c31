package dev.qingdan.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** CSV rows as RFC 4180 asks: quoted where needed, {@code \n} line ends. */
public final class Csv {
  private static final CsvMapper MAPPER = CsvMapper.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .build();
  private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\n");

  private Csv() {}

  public static void writeRow(PrintWriter out, List<String> cells) {
    try {
      out.print(MAPPER.writer(SCHEMA).writeValueAsString(cells.toArray(new String[0])));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
