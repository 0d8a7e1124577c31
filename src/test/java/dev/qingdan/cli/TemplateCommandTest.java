package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code qingdan template}: the forms a unit fills in, and every error a user may meet. */
class TemplateCommandTest {
  private static final String DATA = "examples/progress-2022.csv";
  /** Relative, so that messages are the same on every machine. */
  private static final Path DIR = Path.of("target/template-test");

  @BeforeEach
  void clean() throws IOException {
    if (Files.exists(DIR)) {
      try (Stream<Path> all = Files.walk(DIR)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(DIR);
  }

  @Test
  void help() {
    Cli.verify("help", "template", "--help");
  }

  /**
   * The form as a spreadsheet shows it: each cell with its text and whether it is locked, the
   * validations, the frozen panes, the widths and the protection.
   */
  static String dump(Path file) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook b = new XSSFWorkbook(in)) {
      XSSFSheet s = b.getSheetAt(0);
      DataFormatter f = new DataFormatter();
      sb.append("sheet ").append(s.getSheetName()).append(", protected: ")
          .append(s.getProtect()).append(", frozen: ").append(s.getPaneInformation()
              .getVerticalSplitLeftColumn()).append(" columns, ").append(s.getPaneInformation()
              .getHorizontalSplitTopRow()).append(" rows\n");
      XSSFRow header = s.getRow(0);
      for (int c = 0; c < header.getLastCellNum(); c++) {
        sb.append("column ").append(c).append(" width ").append(s.getColumnWidth(c) / 256)
            .append(": ").append(header.getCell(c).getStringCellValue().replace("\n", " / "))
            .append('\n');
      }
      for (int r = 1; r <= s.getLastRowNum(); r++) {
        XSSFRow row = s.getRow(r);
        sb.append("row ").append(r + 1).append(':');
        for (int c = 0; c < row.getLastCellNum(); c++) {
          XSSFCell cell = row.getCell(c);
          String text = f.formatCellValue(cell);
          sb.append(" | ").append(cell.getCellStyle().getLocked() ? "" : "[input] ")
              .append(text.length() > 12 ? text.substring(0, 12) + "…" : text);
        }
        sb.append('\n');
      }
      for (XSSFDataValidation v : s.getDataValidations()) {
        List<String> cells = Stream.of(v.getRegions().getCellRangeAddresses())
            .map(CellRangeAddress::formatAsString).sorted().toList();
        sb.append("validation ").append(v.getValidationConstraint().getFormula1())
            .append(v.getValidationConstraint().getFormula2() == null ? ""
                : " .. " + v.getValidationConstraint().getFormula2())
            .append(" blank allowed ").append(v.getEmptyCellAllowed())
            .append(": ").append(String.join(" ", cells)).append('\n');
      }
    }
    return sb.toString();
  }

  @Test
  void theFormOfAUnitHasItsRowsAndTheFiguresOfTheMonthsBefore() throws IOException {
    Path form = DIR.resolve("form.xlsx");
    Cli.Run run = Cli.run("template", "--unit", "区人力社保局", "--period", "2022-06", "--data",
        DATA, "-o", form.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals("qingdan: wrote target/template-test/form.xlsx: 4 rows of 区人社局 for 2022-06\n",
        run.err());
    Approvals.verify(dump(form));
  }

  @Test
  void everyLeadUnitGetsAFormInTheFolderAndNoneIsReplacedWithoutForce() throws IOException {
    Path forms = DIR.resolve("forms");
    Cli.Run run = Cli.run("template", "--unit", "all", "--period", "2022-06", "-o",
        forms.toString());
    assertEquals(0, run.exit(), run.err());
    try (Stream<Path> files = Files.list(forms)) {
      assertEquals(List.of("区人社局-2022-06.xlsx", "区卫生健康局-2022-06.xlsx", "区发改局-2022-06.xlsx",
          "区国资中心-2022-06.xlsx", "区地方金融监管局-2022-06.xlsx", "区市场监管局-2022-06.xlsx",
          "区税务局-2022-06.xlsx", "区财政局-2022-06.xlsx"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    // one form replaced by hand: a second run without --force writes nothing at all
    Path kept = forms.resolve("区财政局-2022-06.xlsx");
    Files.writeString(kept, "kept");
    Files.delete(forms.resolve("区人社局-2022-06.xlsx"));
    Cli.Run again = Cli.run("template", "--unit", "all", "--period", "2022-06", "-o",
        forms.toString());
    assertEquals(2, again.exit());
    assertFalse(Files.exists(forms.resolve("区人社局-2022-06.xlsx")));
    assertEquals("kept", Files.readString(kept));
    Cli.Run forced = Cli.run("template", "--unit", "all", "--period", "2022-06", "-o",
        forms.toString(), "--force");
    assertEquals(0, forced.exit(), forced.err());
    assertTrue(Files.size(kept) > 1000);
  }

  @Test
  void aFilledFormReadsBackAsItsFigures() throws IOException {
    Path form = DIR.resolve("区税务局-2022-06.xlsx");
    assertEquals(0, Cli.run("template", "--unit", "区税务局", "--period", "2022-06", "-o",
        form.toString()).exit());
    try (InputStream in = Files.newInputStream(form); XSSFWorkbook b = new XSSFWorkbook(in)) {
      XSSFSheet s = b.getSheetAt(0);
      s.getRow(1).getCell(8).setCellValue(1520); // 1.1
      s.getRow(1).getCell(9).setCellValue(1600);
      s.getRow(2).getCell(8).setCellValue(900); // 2.1, above its denominator
      s.getRow(2).getCell(9).setCellValue(800);
      try (OutputStream out = Files.newOutputStream(form)) {
        b.write(out);
      }
    }
    Cli.verify("filled", "validate", "--data", form.toString());
  }

  @Test
  void errors() throws IOException {
    Files.writeString(DIR.resolve("exists.xlsx"), "");
    Files.writeString(DIR.resolve("a-file"), "");
    String[][] cases = {
      {"unknown-unit", "template", "--unit", "区人设局", "--period", "2022-06"},
      {"generic", "template", "--unit", "区级有关单位", "--period", "2022-06"},
      {"no-rows", "template", "--unit", "区统计局", "--period", "2022-06"},
      {"all-without-folder", "template", "--unit", "all", "--period", "2022-06"},
      {"all-into-a-file", "template", "--unit", "all", "--period", "2022-06", "-o",
          DIR.resolve("a-file").toString()},
      {"exists", "template", "--unit", "区税务局", "--period", "2022-06", "-o",
          DIR.resolve("exists.xlsx").toString()},
      {"bad-month", "template", "--unit", "区税务局", "--period", "2022-13"},
      {"no-period", "template", "--unit", "区税务局"},
      {"bad-data", "template", "--unit", "区税务局", "--period", "2022-06", "-o",
          DIR.resolve("x.xlsx").toString(), "--data", "src/test/resources/progress/bad.csv"},
    };
    for (String[] c : cases) {
      Cli.verify(c[0], java.util.Arrays.copyOfRange(c, 1, c.length));
    }
    assertFalse(Files.exists(DIR.resolve("x.xlsx")));
  }
}
