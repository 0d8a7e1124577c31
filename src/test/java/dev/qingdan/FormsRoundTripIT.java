package dev.qingdan;

import static dev.qingdan.Programs.onPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monthly forms with the tools units fill them in: the built jar writes the forms, a Python
 * script fills them with openpyxl, and LibreOffice opens them. CI installs both (.ci/run).
 */
@Timeout(300)
class FormsRoundTripIT {
  private static final Path JAR = Path.of("target", "qingdan.jar").toAbsolutePath();
  private static final String DATA = "examples/progress-2022.csv";

  @TempDir Path tmp;

  @BeforeAll
  static void needsTheJar() {
    assumeTrue(Files.isRegularFile(JAR), "the jar is not built");
  }

  /** A Python that has openpyxl: Debian's python3-openpyxl is for /usr/bin/python3. */
  private static String python() throws Exception {
    for (String p : List.of("/usr/bin/python3", "python3")) {
      try {
        if (run(List.of(p, "-c", "import openpyxl")).exit == 0) {
          return p;
        }
      } catch (IOException e) {
        // not there
      }
    }
    return null;
  }

  private record Result(int exit, String out, String err) {}

  private static Result run(List<String> command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command);
    Path out = Files.createTempFile("qingdan-it", ".out");
    Path err = Files.createTempFile("qingdan-it", ".err");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    assertTrue(p.waitFor(240, TimeUnit.SECONDS), String.join(" ", command));
    Result r = new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    Files.delete(out);
    Files.delete(err);
    return r;
  }

  private static Result qingdan(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return run(command);
  }

  @Test
  void formsFilledWithOpenpyxlGiveTheRatiosOfTheSameFiguresInCsv() throws Exception {
    String python = python();
    assumeTrue(python != null, "no python3 with openpyxl here");
    // the months before September in CSV; September in the forms, as units send them back
    Path before = tmp.resolve("before.csv");
    Files.write(before, Files.readAllLines(Path.of(DATA)).stream()
        .filter(l -> !l.matches("2022-(09|1[012]),.*")).toList());
    Path forms = tmp.resolve("forms");
    Result made = qingdan("template", "--unit", "all", "--period", "2022-09", "--data",
        before.toString(), "-o", forms.toString());
    assertEquals(0, made.exit, made.err);
    Path filled = tmp.resolve("filled.csv");
    Result fill = run(List.of(python, "src/test/resources/forms/fill.py", DATA, "2022-09",
        forms.toString(), filled.toString()));
    assertEquals(0, fill.exit, fill.err);
    // every report of September but those of the goals G1 and G2, which no unit leads
    assertEquals("31", fill.out.strip());

    Result fromForms = qingdan("ratio", "--format", "json", "--data", before.toString(),
        "--data", forms.toString());
    Result fromCsv = qingdan("ratio", "--format", "json", "--data", before.toString(), "--data",
        filled.toString());
    assertEquals(0, fromForms.exit, fromForms.err);
    assertEquals(0, fromCsv.exit, fromCsv.err);
    assertEquals(fromCsv.out, fromForms.out);
    assertTrue(fromForms.out.contains("\"through\": \"2022-09\""), fromForms.out);

    // a formula that openpyxl writes has no saved value: refused at its cell
    Path one = forms.resolve("区税务局-2022-09.xlsx");
    Result formula = run(List.of(python, "-c", "import openpyxl, sys\n"
        + "b = openpyxl.load_workbook(sys.argv[1]); b.worksheets[0]['I2'] = '=1+1'\n"
        + "b.save(sys.argv[1])", one.toString()));
    assertEquals(0, formula.exit, formula.err);
    Result refused = qingdan("validate", "--data", one.toString());
    assertEquals(1, refused.exit, refused.err);
    assertTrue(refused.out.startsWith(one + ":Sheet1!I2: error: a formula without a saved value"),
        refused.out);
  }

  @Test
  void libreOfficeOpensTheFormAndConvertsItToCsvWithoutLoss() throws Exception {
    assumeTrue(onPath("soffice"), "no LibreOffice (soffice) here");
    Path form = tmp.resolve("form.xlsx");
    Result made = qingdan("template", "--unit", "区市场监管局", "--period", "2022-09", "--data",
        DATA, "-o", form.toString());
    assertEquals(0, made.exit, made.err);
    Result converted = run(List.of("soffice", "-env:UserInstallation=" + tmp.resolve("profile")
        .toUri(), "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1",
        "--outdir", tmp.toString(), form.toString()));
    assertEquals(0, converted.exit, converted.err);
    Path csv = tmp.resolve("form.csv");
    assertTrue(Files.isRegularFile(csv), converted.out + converted.err);

    List<List<String>> expected = new ArrayList<>();
    try (InputStream in = Files.newInputStream(form); XSSFWorkbook b = new XSSFWorkbook(in)) {
      XSSFSheet s = b.getSheetAt(0);
      DataFormatter f = new DataFormatter();
      for (int r = 0; r <= s.getLastRowNum(); r++) {
        XSSFRow row = s.getRow(r);
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < s.getRow(0).getLastCellNum(); c++) {
          cells.add(row.getCell(c) == null ? "" : f.formatCellValue(row.getCell(c)));
        }
        expected.add(cells);
      }
    }
    List<List<String>> actual = new ArrayList<>();
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
        .readValues(Files.readString(csv, StandardCharsets.UTF_8))) {
      it.forEachRemaining(actual::add);
    }
    assertEquals(expected, actual);
    assertEquals(13, expected.get(0).size());
    assertTrue(expected.size() > 10, "the unit leads more than 9 rows");
    assertTrue(Stream.of("分子\nnumerator", "完成日期\ndone").allMatch(expected.get(0)::contains));
  }
}
