package dev.qingdan.load.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.qingdan.load.InputException;
import dev.qingdan.load.Problem;
import dev.qingdan.load.checklist.ChecklistReader;
import dev.qingdan.model.Checklist;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV reader that works on every core gives what Jackson's reader gives, row after row, on
 * files cut into small blocks and pieces: the same reports, the same problems at the same
 * places, for quoted cells that hold line ends and cuts that fall inside them, comments, blank
 * lines, leading spaces, CR LF, notes, duplicates, wrong figures, NUL and bytes that are not UTF-8.
 */
class ProgressCsvParallelTest {
  private static final Checklist CHECKLIST = checklist();
  private static final String[] IDS = {"1.1", "2.1", "8.2", "13.1", "19.1", "24.1", "G1", "13",
      "5", "99.1", " 3.1 ", ""};
  private static final String[] UNITS = {"区税务局", "区人社局", "区人力社保局", "", "区级有关单位",
      "某某局", " 区税务局"};
  private static final String[] NUMBERS = {"", "", "0", "7", "120", "-3", "1.5", "x", " 12",
      "99999999999999999999", "007"};
  private static final String[] NOTES = {"", "", "进展正常", "\"带,逗号\"", "\"两行\n说明\"",
      "\"说\"\"引\"\"号\"", "note"};

  @TempDir Path dir;

  private static Checklist checklist() {
    try {
      return ChecklistReader.read(Path.of("policies.yaml"), "policies.yaml").checklist();
    } catch (InputException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void givesWhatJacksonGivesOnRandomFiles() throws Exception {
    Random random = new Random(28);
    for (int n = 0; n < 300; n++) {
      byte[] file = file(random);
      int block = 64 + random.nextInt(4000);
      int piece = 8 + random.nextInt(200);
      assertSame(file, block, piece, "file " + n);
    }
  }

  @Test
  void givesWhatJacksonGivesOnSeveralFilesOfOneLoad() throws Exception {
    // the files of a load share their cells' meanings, the pieces' arrays and the block
    Random random = new Random(2028);
    for (int n = 0; n < 60; n++) {
      ProgressChecks serial = new ProgressChecks(CHECKLIST);
      ProgressChecks parallel = new ProgressChecks(CHECKLIST);
      StringBuilder files = new StringBuilder();
      for (int k = 0; k < 4; k++) {
        byte[] bytes = file(random);
        Path f = dir.resolve("p" + k + ".csv");
        Files.write(f, bytes);
        ProgressCsv.readSerially(f, f.getFileName().toString(), serial);
        ProgressCsv.read(f, f.getFileName().toString(), parallel, 64 + random.nextInt(4000),
            8 + random.nextInt(200));
        files.append(new String(bytes, StandardCharsets.UTF_8)).append("\n----\n");
      }
      LoadedProgress want = ProgressReader.result(serial);
      LoadedProgress got = ProgressReader.result(parallel);
      assertEquals(lines(want.problems()), lines(got.problems()), "load " + n + ":\n" + files);
      assertEquals(List.copyOf(want.entries()), List.copyOf(got.entries()), "load " + n);
    }
  }

  @Test
  void givesWhatJacksonGivesWhereACutFallsInAQuotedCell() throws Exception {
    StringBuilder b = new StringBuilder(ProgressCsv.HEADER).append('\n');
    for (int m = 1; m <= 9; m++) {
      b.append("2022-0").append(m).append(",1.1,区税务局,1,2,,,\"一\n二\n三\n四\n五\"\n");
    }
    byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
    for (int piece = 8; piece < 60; piece++) {
      assertSame(bytes, 1 << 12, piece, "pieces of " + piece);
    }
  }

  private void assertSame(byte[] bytes, int block, int piece, String what) throws Exception {
    Path f = dir.resolve("p.csv");
    Files.write(f, bytes);
    ProgressChecks serial = new ProgressChecks(CHECKLIST);
    ProgressCsv.readSerially(f, "p.csv", serial);
    ProgressChecks parallel = new ProgressChecks(CHECKLIST);
    ProgressCsv.read(f, "p.csv", parallel, block, piece);
    LoadedProgress want = ProgressReader.result(serial);
    LoadedProgress got = ProgressReader.result(parallel);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertEquals(lines(want.problems()), lines(got.problems()), what + ":\n" + text);
    assertEquals(List.copyOf(want.entries()), List.copyOf(got.entries()), what + ":\n" + text);
  }

  private static List<String> lines(List<Problem> problems) {
    return problems.stream().map(p -> p.file() + ":" + p.line() + ":" + p.column() + " "
        + p.severity() + " " + p.code() + " " + p.path() + " " + p.text()).toList();
  }

  private static byte[] file(Random r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (r.nextInt(10) == 0) {
      out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    StringBuilder s = new StringBuilder();
    if (r.nextInt(4) == 0) {
      s.append("# 合成数据\n");
    }
    s.append(r.nextInt(30) == 0 ? "period,id,unit" : ProgressCsv.HEADER).append(eol(r));
    int rows = r.nextInt(120);
    for (int i = 0; i < rows; i++) {
      switch (r.nextInt(40)) {
        case 0 -> s.append(eol(r));
        case 1 -> s.append("   ").append(eol(r));
        case 2 -> s.append("# comment, with comma").append(eol(r));
        case 3 -> s.append("  # indented comment").append(eol(r));
        case 4 -> s.append("2022-03,1.1").append(eol(r));
        case 5 -> s.append("\t").append(eol(r));
        default -> {
          String lead = r.nextInt(15) == 0 ? "  " : "";
          String period = r.nextInt(25) == 0 ? pick(r, "2022-13", "22-01", "", "2040-01")
              : String.format("2022-%02d", 1 + r.nextInt(r.nextInt(3) == 0 ? 2 : 12));
          s.append(lead).append(period).append(',').append(pick(r, IDS)).append(',')
              .append(pick(r, UNITS)).append(',').append(pick(r, NUMBERS)).append(',')
              .append(pick(r, NUMBERS)).append(',').append(pick(r, NUMBERS)).append(',')
              .append(r.nextInt(15) == 0 ? pick(r, "2022-05-01", "2022-02-30", "soon") : "")
              .append(',').append(pick(r, NOTES)).append(eol(r));
        }
      }
    }
    if (r.nextBoolean() && s.length() > 0) {
      s.setLength(s.length() - 1); // no line end at the end
    }
    byte[] text = s.toString().getBytes(StandardCharsets.UTF_8);
    switch (r.nextInt(30)) {
      case 0 -> text[r.nextInt(text.length)] = 0;
      case 1 -> text[r.nextInt(text.length)] = (byte) 0xFF;
      case 2 -> text[r.nextInt(text.length)] = '"';
      case 3 -> text[r.nextInt(text.length)] = '\r';
      default -> { }
    }
    out.writeBytes(text);
    return out.toByteArray();
  }

  private static String eol(Random r) {
    return r.nextInt(8) == 0 ? "\r\n" : "\n";
  }

  private static String pick(Random r, String... options) {
    return options[r.nextInt(options.length)];
  }
}
