package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.qingdan.load.office.OfficeFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken and hostile inputs: each one, through the command a user would run on it,
 * ends in one clear message with the contract's exit code, never a stack trace, with stdout clean
 * and nothing written.
 *
 * <p>Small inputs are in {@code src/test/resources/hostile/}; big and binary ones (other encodings,
 * NUL bytes, 50,000-deep nesting, alias bombs, a 100 MB file, truncated and bomb ZIPs) are made in
 * {@code target/hostile/} when the class starts.
 */
class HostileInputTest {
  private static final String R = "src/test/resources/hostile/";
  private static final String G = "target/hostile/";
  private static final String HDR = "period,id,unit,numerator,denominator,count,done,note\n";
  /** A class name of an exception or error, as a stack trace or a careless message shows it. */
  private static final Pattern EXCEPTION =
      Pattern.compile("\\b(?:[a-z]+\\.)*[A-Z][A-Za-z]*(?:Exception|Error)\\b");

  @BeforeAll
  static void makeTheGeneratedInputs() throws IOException {
    Path g = Path.of(G);
    Files.createDirectories(g.resolve("a-directory.yaml"));
    String valid = Files.readString(Path.of(R + "valid.yaml"));
    String csv = HDR + "2022-06,13.1,区人力社保局,,,410,,第一批培训\n";
    write("gbk.yaml", valid.getBytes(Charset.forName("GBK")));
    write("gbk.csv", csv.getBytes(Charset.forName("GBK")));
    write("utf16le-bom.yaml", concat(bytes(0xFF, 0xFE), valid.getBytes(StandardCharsets.UTF_16LE)));
    write("utf16be-bom.yaml", concat(bytes(0xFE, 0xFF), valid.getBytes(StandardCharsets.UTF_16BE)));
    write("utf16le.yaml", valid.getBytes(StandardCharsets.UTF_16LE));
    write("utf16be.yaml", valid.getBytes(StandardCharsets.UTF_16BE));
    write("utf16le.csv", concat(bytes(0xFF, 0xFE), csv.getBytes(StandardCharsets.UTF_16LE)));
    write("utf32be-bom.yaml", concat(bytes(0, 0, 0xFE, 0xFF),
        valid.getBytes(Charset.forName("UTF-32BE"))));
    write("utf32le.yaml", valid.getBytes(Charset.forName("UTF-32LE")));
    write("utf16le.txt", concat(bytes(0xFF, 0xFE), "序号\t政策事项\n".getBytes(
        StandardCharsets.UTF_16LE)));
    write("bom-twice.yaml", concat(bytes(0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF),
        valid.getBytes(StandardCharsets.UTF_8)));
    write("bom.csv", concat(bytes(0xEF, 0xBB, 0xBF), csv.getBytes(StandardCharsets.UTF_8)));
    write("nul.yaml", valid.replace("title: 免征增值税", "title: 免征\0增值税")
        .getBytes(StandardCharsets.UTF_8));
    write("nul.csv", (HDR + "2022-06,13.1,,,,4\0" + "10,,\n").getBytes(StandardCharsets.UTF_8));
    write("nul.txt", "序号\t政策事项\0\n".getBytes(StandardCharsets.UTF_8));
    // nested over many lines: on one line, the line limit would refuse it before the depth limit
    write("deep-list.yaml", ("rows: " + "[\n  ".repeat(50_000) + "]".repeat(50_000) + "\n")
        .getBytes(StandardCharsets.UTF_8));
    StringBuilder deepMap = new StringBuilder("reports: ");
    for (int i = 0; i < 50_000; i++) {
      deepMap.append("{a: \n  ");
    }
    deepMap.append("1").append("}".repeat(50_000)).append('\n');
    write("deep-map.yaml", deepMap.toString().getBytes(StandardCharsets.UTF_8));
    write("alias-bomb.yaml", billionLaughs().getBytes(StandardCharsets.UTF_8));
    write("alias-bomb-progress.yaml", ("reports:\n  - &r {period: 2022-06, id: \"13.1\", count: 1}\n"
        + "  - *r\n".repeat(30)).getBytes(StandardCharsets.UTF_8));
    write("long-string.yaml", valid.replace("title: 免征增值税",
            "title: >-\n" + String.join("\n", java.util.Collections.nCopies(110,
                "      " + "长".repeat(10_000))))
        .getBytes(StandardCharsets.UTF_8));
    write("ten-megabyte-line.yaml", ("title: \"" + "a".repeat(10 * 1024 * 1024) + "\"\n")
        .getBytes(StandardCharsets.UTF_8));
    write("long-cell.csv", (HDR + "2022-06,13.1,,,,1,," + "x".repeat(1_100_000) + "\n")
        .getBytes(StandardCharsets.UTF_8));
    StringBuilder many = new StringBuilder("reports:\n");
    for (int i = 0; i <= 1_000_000; i++) {
      many.append("- 1\n");
    }
    write("a-million-values.yaml", many.toString().getBytes(StandardCharsets.UTF_8));
    sparse("100mb.yaml", 100L * 1024 * 1024);
    sparse("100mb.txt", 100L * 1024 * 1024);
    sparse("300mb.csv", 300L * 1024 * 1024);
    byte[] docx = Files.readAllBytes(Path.of("examples/plan-2022.docx"));
    write("truncated.docx", Arrays.copyOf(docx, docx.length / 2));
    write("truncated-head.docx", Arrays.copyOf(docx, 100));
    write("zip-bomb.docx", zipBomb(docx));
    write("not-office.zip", zip("readme.txt", "hello".getBytes(StandardCharsets.UTF_8)));
    write("merged-everything.xlsx", workbook(false));
    write("far-cell.xlsx", workbook(true));
    write("core-entity.docx", OfficeFiles.withPart(docx, "docProps/core.xml",
        OfficeFiles.CORE_WITH_ENTITY.getBytes(StandardCharsets.UTF_8)));
    write("merged-sheets.xlsx", mergedSheets());
    write("last-row.xlsx", OfficeFiles.xlsx(Map.of("表1", OfficeFiles.sheet("",
        "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"1048576\"><c r=\"A1048576\">"
        + "<v>1</v></c></row>", ""))));
    write("formula.xlsx", OfficeFiles.xlsx(Map.of("Sheet1", OfficeFiles.sheet("",
        "<row r=\"7\"><c r=\"A7\"><v>1</v></c><c r=\"C7\"><f>SUM(A1:A6)</f></c></row>", ""))));
    StringBuilder paragraphs = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      paragraphs.append("<w:p><w:r><w:t>").append(i).append("</w:t></w:r></w:p>");
    }
    write("paragraphs.docx", OfficeFiles.docx(paragraphs.toString()));
    write("deep.docx", OfficeFiles.docx("<!--" + OfficeFiles.digits(50_000) + "--><w:p>"
        + "<w:smartTag>".repeat(20_000) + "</w:smartTag>".repeat(20_000) + "</w:p>"));
    write("old-word.doc", concat(bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
        new byte[512]));
  }

  /** Every input with the command run on it, the exit code the contract asks, and its name. */
  static Stream<Arguments> corpus() {
    List<Arguments> c = new ArrayList<>();
    // checklists: every problem inside a file is 1 for validate, a missing file 2
    c.add(of("tab-indent", 1, "validate", R + "tab-indent.yaml"));
    c.add(of("duplicate-keys", 1, "validate", R + "duplicate-keys.yaml"));
    c.add(of("unknown-fields", 1, "validate", R + "unknown-fields.yaml"));
    c.add(of("wrong-types", 1, "validate", R + "wrong-types.yaml"));
    c.add(of("truncated-yaml", 1, "validate", R + "truncated.yaml"));
    c.add(of("impossible-dates-yaml", 1, "validate", R + "impossible-dates.yaml"));
    c.add(of("huge-numbers-yaml", 1, "validate", R + "huge-numbers.yaml"));
    c.add(of("two-documents", 1, "validate", R + "two-documents.yaml"));
    c.add(of("comments-only", 1, "validate", R + "comments-only.yaml"));
    c.add(of("flow-garbage", 1, "validate", R + "flow-garbage.yaml"));
    c.add(of("scalar-root", 1, "validate", R + "scalar-root.yaml"));
    c.add(of("json-in-yaml", 1, "validate", R + "json-in-yaml.yaml"));
    c.add(of("crlf-mixed", 0, "validate", R + "crlf-mixed.yaml"));
    c.add(of("gbk-yaml", 1, "validate", G + "gbk.yaml"));
    c.add(of("gbk-yaml-json", 1, "validate", "--format", "json", G + "gbk.yaml"));
    c.add(of("utf16le-bom-yaml", 1, "validate", G + "utf16le-bom.yaml"));
    c.add(of("utf16be-bom-yaml", 1, "validate", G + "utf16be-bom.yaml"));
    c.add(of("utf16le-yaml", 1, "validate", G + "utf16le.yaml"));
    c.add(of("utf16be-yaml", 1, "validate", G + "utf16be.yaml"));
    c.add(of("utf32be-bom-yaml", 1, "validate", G + "utf32be-bom.yaml"));
    c.add(of("utf32le-yaml", 1, "validate", G + "utf32le.yaml"));
    c.add(of("bom-twice", 0, "validate", G + "bom-twice.yaml"));
    c.add(of("nul-yaml", 1, "validate", G + "nul.yaml"));
    c.add(of("deep-list", 1, "validate", G + "deep-list.yaml"));
    c.add(of("alias-bomb", 1, "validate", G + "alias-bomb.yaml"));
    c.add(of("long-string", 1, "validate", G + "long-string.yaml"));
    c.add(of("ten-megabyte-line", 1, "validate", G + "ten-megabyte-line.yaml"));
    c.add(of("100mb-yaml", 1, "validate", G + "100mb.yaml"));
    c.add(of("100mb-yaml-json", 1, "validate", "--format", "json", G + "100mb.yaml"));
    c.add(of("missing-yaml", 2, "validate", R + "no-such-file.yaml"));
    c.add(of("missing-yaml-json", 2, "validate", "--format", "json", R + "no-such-file.yaml"));
    c.add(of("directory-yaml", 2, "validate", G + "a-directory.yaml"));
    c.add(of("broken-policies-for-list", 2, "list", "-p", R + "tab-indent.yaml", "--format",
        "json"));
    // progress files: validate --data finds (1), the commands that compute refuse (2)
    c.add(of("impossible-dates-csv", 1, "validate", "--data", R + "impossible-dates.csv"));
    c.add(of("impossible-dates-csv-ratio", 2, "ratio", "--data", R + "impossible-dates.csv"));
    c.add(of("missing-columns-csv", 2, "ratio", "--data", R + "missing-columns.csv"));
    c.add(of("extra-columns-csv", 2, "deadlines", "--as-of", "2022-12-31", "--data",
        R + "extra-columns.csv"));
    c.add(of("quoted-newline-csv", 2, "ratio", "--data", R + "quoted-newline.csv"));
    c.add(of("unclosed-quote-csv", 2, "ratio", "--format", "json", "--data",
        R + "unclosed-quote.csv"));
    c.add(of("huge-numbers-csv", 2, "ratio", "--data", R + "huge-numbers.csv"));
    c.add(of("semicolons-csv", 2, "ratio", "--data", R + "semicolons.csv"));
    c.add(of("header-only-wrong-csv", 1, "validate", "--data", R + "header-only-wrong.csv"));
    c.add(of("progress-wrong-types", 2, "deadlines", "--as-of", "2022-12-31", "--data",
        R + "progress-wrong-types.yaml"));
    c.add(of("progress-duplicate-keys", 1, "validate", "--data",
        R + "progress-duplicate-keys.yaml"));
    c.add(of("progress-not-a-list", 2, "ratio", "--data", R + "progress-not-a-list.yaml"));
    c.add(of("gbk-csv", 1, "validate", "--data", G + "gbk.csv"));
    c.add(of("gbk-csv-ratio", 2, "ratio", "--data", G + "gbk.csv"));
    c.add(of("utf16le-csv", 2, "deadlines", "--as-of", "2022-12-31", "--data",
        G + "utf16le.csv"));
    c.add(of("bom-csv", 0, "validate", "--data", G + "bom.csv"));
    c.add(of("nul-csv", 2, "ratio", "--data", G + "nul.csv"));
    c.add(of("deep-map-progress", 2, "ratio", "--data", G + "deep-map.yaml"));
    c.add(of("alias-bomb-progress", 1, "validate", "--data", G + "alias-bomb-progress.yaml"));
    c.add(of("a-million-values", 2, "ratio", "--data", G + "a-million-values.yaml"));
    c.add(of("long-cell-csv", 2, "ratio", "--data", G + "long-cell.csv"));
    c.add(of("300mb-csv", 2, "ratio", "--format", "json", "--data", G + "300mb.csv"));
    c.add(of("300mb-csv-validate", 1, "validate", "--data", G + "300mb.csv"));
    c.add(of("missing-csv", 2, "validate", "--data", R + "no-such-file.csv"));
    c.add(of("missing-csv-ratio", 2, "ratio", "--format", "json", "--data",
        R + "no-such-file.csv"));
    c.add(of("directory-csv", 2, "deadlines", "--format", "json", "--data",
        G + "a-directory.yaml"));
    // tables to import: everything wrong is 2, and nothing is written
    c.add(of("no-table", 2, "import", R + "no-table.txt"));
    c.add(of("missing-columns-table", 2, "import", R + "missing-columns.txt"));
    c.add(of("ragged-rows-table", 0, "import", "--year", "2022", R + "ragged-rows.txt"));
    c.add(of("html-as-docx", 2, "import", R + "html.docx"));
    c.add(of("utf16-table", 2, "import", G + "utf16le.txt"));
    c.add(of("nul-table", 2, "import", G + "nul.txt"));
    c.add(of("truncated-docx", 2, "import", G + "truncated.docx"));
    c.add(of("truncated-head-docx", 2, "import", G + "truncated-head.docx"));
    c.add(of("zip-bomb-docx", 2, "import", G + "zip-bomb.docx"));
    c.add(of("not-office-zip", 2, "import", G + "not-office.zip"));
    c.add(of("old-word-doc", 2, "import", G + "old-word.doc"));
    c.add(of("zstd-entry-docx", 2, "import", "src/test/resources/dev/qingdan/load/table/"
        + "TableImporterFuzzTestInputs/office/crash-c41816fda1dd7f014d04a2fa1cbd037f37502ac3"));
    c.add(of("merged-everything-xlsx", 2, "import", G + "merged-everything.xlsx"));
    c.add(of("core-entity-docx", 2, "import", G + "core-entity.docx"));
    c.add(of("merged-sheets-xlsx", 2, "import", G + "merged-sheets.xlsx"));
    c.add(of("last-row-xlsx", 2, "import", G + "last-row.xlsx"));
    c.add(of("formula-xlsx", 2, "import", G + "formula.xlsx"));
    c.add(of("paragraphs-docx", 2, "import", G + "paragraphs.docx"));
    c.add(of("deep-docx", 2, "import", G + "deep.docx"));
    c.add(of("far-cell-xlsx", 2, "import", G + "far-cell.xlsx"));
    c.add(of("100mb-table", 2, "import", G + "100mb.txt"));
    c.add(of("directory-table", 2, "import", G + "a-directory.yaml"));
    c.add(of("missing-table", 2, "import", R + "no-such-file.txt"));
    c.add(of("import-over-existing", 2, "import", "-o", R + "valid.yaml", "examples/plan-2022.txt"));
    c.add(of("import-into-directory", 2, "import", "--force", "-o", G + "a-directory.yaml",
        "examples/plan-2022.txt"));
    // report: the same inputs, and its output file
    c.add(of("report-bad-csv", 2, "report", "--as-of", "2022-12-31", "--data",
        R + "huge-numbers.csv"));
    c.add(of("report-over-existing", 2, "report", "--as-of", "2022-12-31", "--data",
        "examples/progress-2022.csv", "-o", R + "valid.yaml"));
    c.add(of("report-into-directory", 2, "report", "--as-of", "2022-12-31", "--force", "--data",
        "examples/progress-2022.csv", "-o", G + "a-directory.yaml"));
    c.add(of("report-json-missing-data", 2, "report", "--as-of", "2022-12-31", "--format", "json",
        "--data", R + "no-such-file.csv"));
    // diff: broken sides, and git revisions with options smuggled in
    c.add(of("diff-broken-file", 2, "diff", R + "tab-indent.yaml", "policies.yaml"));
    c.add(of("diff-gbk-file", 2, "diff", "--format", "json", G + "gbk.yaml", "policies.yaml"));
    c.add(of("diff-missing-file", 2, "diff", R + "no-such-file.yaml"));
    c.add(of("diff-directory", 2, "diff", G + "a-directory.yaml", "policies.yaml"));
    c.add(of("diff-output-option", 2, "diff", "--output=/tmp/qingdan-hostile-x"));
    c.add(of("diff-output-after-dashes", 2, "diff", "--", "--output=/tmp/qingdan-hostile-x"));
    c.add(of("diff-p-after-dashes", 2, "diff", "--", "-p", "HEAD"));
    c.add(of("diff-exec-after-head", 2, "diff", "HEAD", "--exec=touch /tmp/qingdan-hostile-x"));
    c.add(of("diff-range-to-option", 2, "diff", "HEAD..--output=/tmp/qingdan-hostile-x"));
    c.add(of("diff-merge-base-option", 2, "diff", "--", "--all...HEAD"));
    c.add(of("diff-path-option", 2, "diff", "HEAD:--output=/tmp/qingdan-hostile-x", "policies.yaml"));
    c.add(of("log-option-after-dashes", 2, "log", "--", "--output=/tmp/qingdan-hostile-x"));
    return c.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  @Timeout(120)
  void corpus(String name, int exit, String[] args) throws IOException {
    TreeMap<String, String> before = snapshot();
    Cli.Run run = Cli.run(args);
    assertEquals(exit, run.exit(), name + ": exit code\n" + run.block());
    assertClean(name, args, run);
    assertEquals(before, snapshot(), name + ": a file was written or changed");
    assertFalse(Files.exists(Path.of("/tmp/qingdan-hostile-x")), name + ": git wrote a file");
    Cli.verify(name, run);
  }

  /**
   * The whole corpus again for a reader with a Chinese locale: the same exit codes, the messages
   * in Chinese, as one approved file (English words left in it are the ones that stay: codes,
   * keys, values quoted from the file, texts of the operating system and git).
   */
  @Test
  @Timeout(600)
  void corpusInChinese() throws IOException {
    Terminal zh = new Terminal(false, 0, java.util.Map.of("LANG", "zh_CN.UTF-8"));
    StringBuilder all = new StringBuilder();
    for (Arguments a : corpus().toList()) {
      Object[] c = a.get();
      String name = (String) c[0];
      String[] args = (String[]) c[2];
      Cli.Run run = Cli.run(zh, args);
      assertEquals((int) c[1], run.exit(), name + ": exit code\n" + run.block());
      assertClean(name, args, run);
      all.append("## ").append(name).append('\n').append(run.block()).append('\n');
    }
    org.approvaltests.Approvals.verify(all.toString());
  }

  /** No trace, no class name, stdout empty or a JSON document that does not say valid. */
  static void assertClean(String name, String[] args, Cli.Run run) throws IOException {
    List<String> a = Arrays.asList(args);
    for (String s : List.of(run.out(), run.err())) {
      assertFalse(s.contains("\tat "), name + ": a stack trace\n" + s);
      assertFalse(EXCEPTION.matcher(s).find(), name + ": an exception's name\n" + s);
      assertFalse(s.contains("internal error"), name + ": a bug\n" + s);
    }
    boolean json = a.contains("json");
    if (json && !run.out().isEmpty()) {
      JsonNode doc = new ObjectMapper().readTree(run.out());
      assertEquals(1, doc.get("schemaVersion").asInt(), name);
      if (run.exit() != 0) {
        assertFalse(doc.path("valid").asBoolean(true), name + ": a failed run says valid");
      }
    }
    if (run.exit() == ExitCode.TROUBLE && !a.get(0).equals("validate")) {
      assertEquals("", run.out(), name + ": output on stdout after an error");
    }
    if (!json && !a.get(0).equals("validate")) {
      assertTrue(run.out().isEmpty() || run.exit() == 0, name);
    }
  }

  @Test
  void theCorpusIsLargeEnough() {
    assertTrue(corpus().count() >= 40);
  }

  @Test
  void tooManyProblemsAreCutAtAThousand() throws IOException {
    Path f = Path.of(G, "many-rows.yaml");
    write("many-rows.yaml", ("rows:\n" + "- 1\n".repeat(5000)).getBytes(StandardCharsets.UTF_8));
    Cli.Run run = Cli.run("validate", f.toString());
    assertEquals(1, run.exit());
    long lines = run.out().lines().filter(l -> l.contains(": error: ")).count();
    assertEquals(1001, lines, "1000 problems and the one that says so");
    assertTrue(run.out().contains(G + "many-rows.yaml: error: more than 1000 problems; only the "
        + "first 1000 are reported [too-many-problems]"), run.out());
  }

  @Test
  void specialFilesAreReadWithinTheLimits() {
    // /dev/zero has no size and no end: the limits stop it
    Path zero = Path.of("/dev/zero");
    if (!Files.exists(zero)) {
      return;
    }
    Cli.Run v = Cli.run("validate", zero.toString());
    assertEquals(1, v.exit(), v.block());
    assertTrue(v.out().contains("larger than the limit"), v.block());
    Cli.Run r = Cli.run("ratio", "--data", "/dev/zero");
    assertEquals(2, r.exit(), r.block());
  }

  // ---- making the inputs ----

  private static Arguments of(String name, int exit, String... args) {
    return Arguments.of(name, exit, args);
  }

  /** Every regular file of the places a run could write to, with its size and time. */
  private static TreeMap<String, String> snapshot() throws IOException {
    TreeMap<String, String> m = new TreeMap<>();
    for (String dir : List.of(".", R, G, "examples")) {
      try (Stream<Path> s = Files.list(Path.of(dir))) {
        for (Path p : s.toList()) {
          if (Files.isRegularFile(p) && !p.getFileName().toString().startsWith("hsperfdata")) {
            m.put(p.toString(), Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis());
          }
        }
      }
    }
    return m;
  }

  private static void write(String name, byte[] bytes) throws IOException {
    Files.createDirectories(Path.of(G));
    Files.write(Path.of(G, name), bytes);
  }

  /** A file of {@code size} bytes that takes no room on disk. */
  private static void sparse(String name, long size) throws IOException {
    Files.createDirectories(Path.of(G));
    try (RandomAccessFile f = new RandomAccessFile(G + name, "rw")) {
      f.setLength(size);
    }
  }

  private static byte[] bytes(int... b) {
    byte[] r = new byte[b.length];
    for (int i = 0; i < b.length; i++) {
      r[i] = (byte) b[i];
    }
    return r;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] r = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  /** Ten levels of nine aliases each: a billion strings once expanded. */
  private static String billionLaughs() {
    StringBuilder b = new StringBuilder("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\","
        + "\"lol\",\"lol\",\"lol\"]\n");
    for (int i = 1; i < 10; i++) {
      b.append('a').append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 9; j++) {
        b.append(j == 0 ? "" : ",").append("*a").append(i - 1);
      }
      b.append("]\n");
    }
    return b.toString();
  }

  /**
   * A 9 KB workbook of 20 sheets, each with a cell at its far corner (5,000 rows of 1,000
   * columns) and one merged region over the whole sheet: 100 million merged cells.
   */
  private static byte[] mergedSheets() throws IOException {
    Map<String, String> sheets = new java.util.LinkedHashMap<>();
    for (int s = 1; s <= 20; s++) {
      sheets.put("S" + s, OfficeFiles.sheet("", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>"
          + "<t>序号</t></is></c></row><row r=\"5000\"><c r=\"ALL5000\"><v>1</v></c></row>",
          "<mergeCells><mergeCell ref=\"A1:XFD1048576\"/></mergeCells>"));
    }
    return OfficeFiles.xlsx(sheets);
  }

  /**
   * A 3 KB workbook with one cell and one merged region of a billion cells (A2:ALL1000001: POI
   * refuses larger ones), and with {@code far} a second cell in its last corner.
   */
  private static byte[] workbook(boolean far) throws IOException {
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      org.apache.poi.ss.usermodel.Sheet s = wb.createSheet("表1");
      s.createRow(0).createCell(0).setCellValue("序号");
      s.addMergedRegionUnsafe(new org.apache.poi.ss.util.CellRangeAddress(1, 1_000_000, 0,
          999));
      if (far) {
        s.createRow(1_000_000).createCell(999).setCellValue("x");
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] zip(String entry, byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry(entry));
      z.write(content);
      z.closeEntry();
    }
    return out.toByteArray();
  }

  /**
   * The plan as .docx with 200 MB of blanks in a comment of its document part: a megabyte or so
   * packed, more than any limit unpacked.
   */
  private static byte[] zipBomb(byte[] docx) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(docx));
        ZipOutputStream z = new ZipOutputStream(out)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        byte[] data = in.readAllBytes();
        z.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals("word/document.xml")) {
          String xml = new String(data, StandardCharsets.UTF_8);
          int k = xml.indexOf("?>") + 2;
          z.write(xml.substring(0, k).getBytes(StandardCharsets.UTF_8));
          z.write("<!--".getBytes(StandardCharsets.UTF_8));
          byte[] blanks = new byte[1 << 20];
          Arrays.fill(blanks, (byte) ' ');
          for (int i = 0; i < 200; i++) {
            z.write(blanks);
          }
          z.write("-->".getBytes(StandardCharsets.UTF_8));
          z.write(xml.substring(k).getBytes(StandardCharsets.UTF_8));
        } else {
          z.write(data);
        }
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
