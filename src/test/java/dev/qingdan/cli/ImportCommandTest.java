package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.qingdan.load.office.OfficeFiles;
import dev.qingdan.load.table.SeedDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code qingdan import}: what a user sees for the seed in each format, warnings and garbage. */
class ImportCommandTest {
  private static final String SEED = "examples/plan-2022.txt";
  private static final String FIXTURES = "src/test/resources/import/";
  /** Generated inputs and outputs; relative, so that messages are the same on every machine. */
  private static final Path DIR = Path.of("target/import-test/cli");

  @BeforeAll
  static void inputs() throws IOException {
    Files.createDirectories(DIR);
    Files.write(DIR.resolve("seed.docx"), SeedDocuments.docx());
    Files.write(DIR.resolve("seed.xlsx"), SeedDocuments.xlsx());
    Files.write(DIR.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a,
        '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    Files.write(DIR.resolve("empty.txt"), new byte[0]);
    Files.write(DIR.resolve("old.doc"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
        (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0});
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip)) {
      z.putNextEntry(new ZipEntry("hello.txt"));
      z.write("你好".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    Files.write(DIR.resolve("archive.zip"), zip.toByteArray());
    byte[] docx = SeedDocuments.docx();
    Files.write(DIR.resolve("cut.docx"), Arrays.copyOf(docx, docx.length / 2));
    Files.writeString(DIR.resolve("gbk.txt"), "序号\t政策事项\n", Charset.forName("GBK"));
  }

  @Test
  void help() {
    Cli.verify("help", "import", "--help");
  }

  @Test
  void theSeedImportsWithTheShiftedRowRepaired() throws IOException {
    Path out = DIR.resolve("seed.yaml");
    Files.deleteIfExists(out);
    Cli.verify("text", "import", SEED, "-o", out.toString());
    assertEquals(withoutComments(Files.readString(Path.of("policies.yaml"))),
        Files.readString(out), "the YAML is policies.yaml without its comments");
  }

  /** policies.yaml is the import plus comments, and nothing else. */
  private static String withoutComments(String yaml) {
    StringBuilder sb = new StringBuilder();
    for (String line : yaml.split("\n", -1)) {
      if (!line.strip().startsWith("#") || line.startsWith("# yaml-language-server:")) {
        sb.append(line).append('\n');
      }
    }
    return sb.substring(0, sb.length() - 1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void wordAndExcelFilesImportTheSameAndNameTheirPlaces(String format) throws IOException {
    Path out = DIR.resolve("seed-" + format + ".yaml");
    Files.deleteIfExists(out);
    Cli.verify(format, "import", DIR.resolve("seed." + format).toString(), "-o", out.toString());
    assertEquals(Cli.run("import", SEED).out(), Files.readString(out));
  }

  /**
   * The small table as a workbook with a row hidden inside it, a hidden column holding text and a
   * hidden sheet: what the author does not see is not imported, and each is named in a warning.
   */
  @Test
  void hiddenRowsColumnsAndSheetsAreLeftOutWithAWarning() throws IOException {
    List<String> lines = Files.readAllLines(Path.of(FIXTURES + "small.txt"));
    int width = lines.stream().mapToInt(l -> l.split("\t", -1).length).max().orElse(0);
    StringBuilder rows = new StringBuilder();
    int r = 0;
    for (String line : lines) {
      r++;
      List<String> cells = new java.util.ArrayList<>(List.of(line.split("\t", -1)));
      if (line.startsWith("序号")) {
        while (cells.size() < width) {
          cells.add("");
        }
        cells.add("备注 (hidden)");
      }
      rows.append(OfficeFiles.row(r, cells));
      if (line.startsWith("1\t")) {
        r++;
        rows.append(OfficeFiles.row(r, List.of("", "smuggled", "", "", "", "", "", "", "", "", "",
            "")).replace("<row r=\"" + r + "\">", "<row r=\"" + r + "\" hidden=\"1\">"));
      }
    }
    String cols = "<cols><col min=\"" + (width + 1) + "\" max=\"" + (width + 1)
        + "\" hidden=\"1\"/></cols>";
    Map<String, String> sheets = new LinkedHashMap<>();
    sheets.put("表", OfficeFiles.sheet(cols, rows.toString(), ""));
    sheets.put("hidden:草稿", OfficeFiles.sheet("", OfficeFiles.row(1, List.of("x")), ""));
    Path xlsx = DIR.resolve("hidden.xlsx");
    Files.write(xlsx, OfficeFiles.xlsx(sheets));
    Cli.Run run = Cli.run("import", xlsx.toString());
    Cli.verify("hidden-xlsx", run);
    assertEquals(Cli.run("import", FIXTURES + "small.txt").out(), run.out());
  }

  @Test
  void aSmallTableToStandardOutput() {
    Cli.verify("small", "import", FIXTURES + "small.txt");
  }

  @Test
  void unknownAndMissingColumnsAreWarnings() {
    Cli.verify("columns", "import", FIXTURES + "columns.txt", "-o",
        DIR.resolve("columns.yaml").toString(), "--force");
  }

  @Test
  void theColumnsOfEachHeaderAreMappedOnStderrInTheUsersLanguage() {
    Cli.verify("other-names", "import", FIXTURES + "other-shape.txt", "-o",
        DIR.resolve("other-shape.yaml").toString(), "--force");
    Cli.verify("zh", "import", FIXTURES + "columns.txt", "-o",
        DIR.resolve("columns-zh.yaml").toString(), "--force", "--lang", "zh");
  }

  /** Tables in the shape of published ones, with their own headers, each read and said so. */
  @ParameterizedTest
  @ValueSource(strings = {"minsheng", "numbered-tasks", "register", "zhengwu"})
  void tablesAsOtherPlacesPublishThemAreRead(String name) {
    Cli.verify(name, "import", FIXTURES + name + ".txt");
  }

  /** The columns kept in extra are written, valid, and shown with the row. */
  @Test
  void keptColumnsAreShownWithTheirRow() throws IOException {
    Path out = DIR.resolve("register.yaml");
    Files.deleteIfExists(out);
    assertEquals(0, Cli.run("import", FIXTURES + "register.txt", "-o", out.toString()).exit());
    assertEquals(0, Cli.run("validate", out.toString()).exit());
    Cli.verify("show", "show", "2", "-p", out.toString());
  }

  @Test
  void columnsAreMappedByHandAndABadMappingIsAUsageError() {
    Cli.verify("by-hand", "import", FIXTURES + "by-hand.txt", "--columns",
        "事项=title,单位=lead,工作进度=progress");
    Cli.verify("without", "import", FIXTURES + "by-hand.txt");
    Cli.verify("unknown-role", "import", FIXTURES + "by-hand.txt", "--columns", "计划完成时间=shedule");
    Cli.verify("unknown-header", "import", FIXTURES + "by-hand.txt", "--columns",
        "事情=title,单位=lead");
    Cli.verify("zh", "import", FIXTURES + "by-hand.txt", "--columns",
        "事项=title,单位=lead,工作进度=progress", "--lang", "zh", "-o",
        DIR.resolve("by-hand-zh.yaml").toString(), "--force");
  }

  @Test
  void itemNumberGapsAreWarnings() {
    Cli.verify("gap", "import", FIXTURES + "gap.txt", "-o", DIR.resolve("gap.yaml").toString(),
        "--force");
  }

  @Test
  void aTableWithoutItsDocumentNeedsTheYear() {
    Cli.verify("no-year", "import", FIXTURES + "no-year.txt");
    Cli.verify("year", "import", FIXTURES + "no-year.txt", "--year", "2023");
    Cli.verify("bad-year", "import", FIXTURES + "no-year.txt", "--year", "23");
  }

  /** Garbage exits 2, says why, and leaves nothing behind: no output, no temporary file. */
  @ParameterizedTest
  @ValueSource(strings = {"image.png", "empty.txt", "old.doc", "archive.zip", "cut.docx",
      "gbk.txt", "no-such-file.txt", "no-header.txt", "policies.yaml", "directory"})
  void garbageIsTroubleAndWritesNothing(String name) throws IOException {
    String input = switch (name) {
      case "no-header.txt" -> FIXTURES + name;
      case "policies.yaml" -> name;
      case "directory" -> DIR.toString();
      default -> DIR.resolve(name).toString();
    };
    Path outDir = DIR.resolve("out-" + name);
    Files.createDirectories(outDir);
    Path out = outDir.resolve("out.yaml");
    Cli.Run run = Cli.run("import", input, "-o", out.toString());
    Cli.verify(name, run);
    assertEquals(ExitCode.TROUBLE, run.exit());
    try (Stream<Path> left = Files.list(outDir)) {
      assertEquals(List.of(), left.toList());
    }
  }

  @Test
  void anExistingOutputIsNotReplacedWithoutForce() throws IOException {
    Path out = DIR.resolve("existing.yaml");
    Files.writeString(out, "keep me\n");
    Cli.verify("refused", "import", FIXTURES + "small.txt", "-o", out.toString());
    assertEquals("keep me\n", Files.readString(out));
    Cli.Run forced = Cli.run("import", FIXTURES + "small.txt", "-o", out.toString(), "--force");
    assertEquals(0, forced.exit(), forced.block());
    assertEquals(Cli.run("import", FIXTURES + "small.txt").out(), Files.readString(out));
    try (Stream<Path> left = Files.list(DIR)) {
      assertFalse(left.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
    }
  }

  @Test
  void theImportedSeedIsAValidChecklist() throws IOException {
    Path out = DIR.resolve("valid.yaml");
    Files.deleteIfExists(out);
    assertEquals(0, Cli.run("import", DIR.resolve("seed.docx").toString(), "-o", out.toString())
        .exit());
    Cli.Run v = Cli.run("validate", out.toString());
    assertEquals(0, v.exit(), v.block());
  }
}
