package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two reports of 9223372036854775807, the most a figure may be: their sum does not fit 64 bits.
 * {@code ratio} shows it exactly; {@code deadlines} and {@code report}, which judge it against a
 * plan, refuse it by id; none shows a wrapped, negative figure.
 */
class HugeFiguresTest {
  private static final String MOST = "9223372036854775807";
  private static final String SUM = "18446744073709551614";
  private static final String REFUSED = "qingdan: error: the count figures reported for 13.1 add "
      + "up to more than 9223372036854775807, the most a sum may be; check the reports of 13.1\n";

  @TempDir Path dir;

  private String reports() throws Exception {
    Path p = dir.resolve("huge.csv");
    Files.writeString(p, "period,id,unit,numerator,denominator,count,done,note\n"
        + "2022-06,13.1,,,," + MOST + ",,\n"
        + "2022-07,13.1,,,," + MOST + ",,\n"
        + "2022-06,1.1,," + MOST + "," + MOST + ",,,\n"
        + "2022-07,1.1,," + MOST + "," + MOST + ",,,\n");
    return p.toString();
  }

  @Test
  void deadlinesAndReportRefuseTheSum() throws Exception {
    String data = reports();
    for (String format : new String[] {"text", "json"}) {
      Cli.Run d = Cli.run("deadlines", "--as-of", "2022-08-31", "--data", data, "--format",
          format);
      assertEquals(new Cli.Run(2, "", REFUSED), d);
      Cli.Run r = Cli.run("report", "--as-of", "2022-08-31", "--data", data, "--format", format);
      assertEquals(new Cli.Run(2, "", REFUSED), r);
    }
  }

  @Test
  void ratioAddsExactly() throws Exception {
    Cli.Run r = Cli.run("ratio", "--data", reports(), "--format", "json");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\"numerator\": " + SUM + ",\n      \"denominator\": " + SUM),
        r.out());
    assertTrue(r.out().contains("\"count\": " + SUM + ","), r.out());
    assertFalse(r.out().contains("-2"), r.out());
  }
}
