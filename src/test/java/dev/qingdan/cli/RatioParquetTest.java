package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The year of examples/progress-2022.csv written by DuckDB as Parquet, in every codec and with
 * figures as BIGINT, INTEGER, DECIMAL, DOUBLE or text: ratio gives the same JSON, byte for byte.
 */
class RatioParquetTest {
  private static final String DIR = "src/test/resources/progress/parquet/";

  @ParameterizedTest
  @ValueSource(strings = {"year-snappy", "year-zstd", "year-gzip", "year-plain-v2", "year-lz4"})
  void parquetGivesTheRatiosOfTheSameCsv(String file) {
    Cli.Run csv = Cli.run("ratio", "--data", "examples/progress-2022.csv", "--format", "json");
    Cli.Run parquet = Cli.run("ratio", "--data", DIR + file + ".parquet", "--format", "json");
    assertEquals(0, csv.exit(), csv.err());
    assertEquals("", parquet.err());
    assertEquals(csv.exit(), parquet.exit());
    assertEquals(csv.out(), parquet.out());
  }
}
