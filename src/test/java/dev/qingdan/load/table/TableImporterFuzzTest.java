package dev.qingdan.load.table;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.qingdan.load.FuzzChecks;
import dev.qingdan.load.InputException;
import dev.qingdan.load.Problem;
import dev.qingdan.load.SourceText;
import dev.qingdan.load.Warning;
import dev.qingdan.load.YamlTree;
import dev.qingdan.load.office.OfficeReader;
import dev.qingdan.render.ChecklistYamlWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fuzzes the table importer with arbitrary text (as pasted from Word or Excel) and arbitrary
 * Office files: only {@link InputException} may escape, no input takes more than ten seconds,
 * every warning reads on one line, and the YAML written for what was imported reads back as YAML.
 *
 * <p>Seeds: {@code src/test/resources/dev/qingdan/load/table/TableImporterFuzzTestInputs/text/} and
 * {@code .../office/}. To fuzz: {@code JAZZER_FUZZ=1 mvn test -Dtest=TableImporterFuzzTest#text
 * -Djazzer.max_duration=10m}.
 */
class TableImporterFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void text(byte[] input) {
    FuzzChecks.within(() -> importText(input));
  }

  private static void importText(byte[] input) {
    TableImporter.Result r;
    try {
      r = TableImporter.fromText("fuzz.txt", SourceText.decode("fuzz.txt", input), null);
    } catch (InputException e) {
      FuzzChecks.wellFormed(e.problem());
      return;
    }
    check(r);
  }

  @FuzzTest(maxDuration = "2m")
  void office(byte[] input) {
    FuzzChecks.within(() -> importOffice(input));
  }

  private static void importOffice(byte[] input) {
    TableImporter.Result r;
    try {
      r = TableImporter.fromDocument(OfficeReader.read("fuzz.docx", input), 2022);
    } catch (InputException e) {
      FuzzChecks.wellFormed(e.problem());
      return;
    }
    check(r);
  }

  private static void check(TableImporter.Result r) {
    for (Warning w : r.warnings()) {
      assertFalse(w.message().contains("\n"), w.toString());
    }
    StringWriter out = new StringWriter();
    PrintWriter w = new PrintWriter(out);
    ChecklistYamlWriter.write(w, r.checklist(), Map.of());
    w.flush();
    List<Problem> problems = new ArrayList<>();
    YamlTree.parse("imported.yaml", out.toString(), problems);
    for (Problem p : problems) {
      assertFalse(p.code().startsWith("yaml-"), "the import wrote YAML that does not read back: "
          + p + "\n" + out);
    }
  }
}
