package dev.qingdan.load.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qingdan.load.checklist.ChecklistReader;
import dev.qingdan.load.checklist.LoadedChecklist;
import dev.qingdan.model.Checklist;
import dev.qingdan.model.Row;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Holds policies.yaml to the seed document: every cell of every row, read straight from the seed's
 * tab-separated table, must equal the transcription, so the two cannot drift apart.
 */
class SeedTranscriptionTest {
  private static final Path SEED = Path.of("examples/plan-2022.txt");

  private static Checklist policies() throws Exception {
    LoadedChecklist lc = ChecklistReader.read(Path.of("policies.yaml"), "policies.yaml");
    assertFalse(lc.hasErrors(), () -> lc.problems().toString());
    return lc.checklist();
  }

  /** The table's lines, cut into cells, exactly as the seed has them. */
  private static List<String[]> seedLines() throws Exception {
    List<String[]> out = new ArrayList<>();
    for (String line : Files.readAllLines(SEED)) {
      if (line.contains("\t") && !line.startsWith("序号")) {
        out.add(line.split("\t", -1));
      }
    }
    return out;
  }

  @Test
  void everyNonBlankCellOfTheSeedIsInItsRowVerbatim() throws Exception {
    List<Row> rows = policies().rows();
    List<String[]> lines = seedLines();
    assertEquals(32, lines.size());
    assertEquals(32, rows.size());
    for (int i = 0; i < lines.size(); i++) {
      String[] c = lines.get(i);
      Row r = rows.get(i);
      String where = "seed table line " + (i + 1) + " = row " + r.id();
      assertEquals(11, c.length, where);
      if (!c[0].isEmpty()) {
        assertEquals(c[0], Integer.toString(r.id().item()), where);
        assertEquals(1, r.id().k(), where);
        assertEquals(c[1], r.title(), where);
      }
      boolean shifted = r.id().toString().equals("23.2");
      checkCell(c[2], r.points(), where + " 政策要点");
      checkUnits(c[3], r.lead(), where + " 牵头单位");
      checkUnits(c[4], r.partners(), where + " 协同单位");
      if (shifted) {
        // The contract: this one row is shifted one column to the left in the seed.
        assertEquals(c[5], r.indicator(), where);
        assertEquals(c[6], r.target().text(), where);
        continue;
      }
      checkCell(c[5], r.goal(), where + " 定性目标");
      assertEquals(c[6], r.indicator(), where + " 量化指标");
      assertEquals(c[7], r.target().text(), where + " 量化指标值");
      checkCell(c[8], r.schedule().text(), where + " 进度安排");
      assertEquals(c[9], r.definition().text(), where + " 指标说明");
      checkCell(c[10], r.method(), where + " 实现方式");
    }
  }

  /** A non-blank cell is kept verbatim; a blank one was a merged cell (checked below). */
  private static void checkCell(String cell, String value, String where) {
    if (!cell.isEmpty()) {
      assertEquals(cell, value, where);
    }
  }

  private static void checkUnits(String cell, List<String> units, String where) {
    if (cell.isEmpty()) {
      return;
    }
    if (cell.equals("-")) {
      assertEquals(List.of(), units, where);
      return;
    }
    assertEquals(List.of(cell.split("[、,，]")), units, where);
  }

  @Test
  void mergedCellsAreResolvedAsTheContractSays() throws Exception {
    Checklist c = policies();
    Row r11 = row(c, "1.1");
    assertEquals(r11.method(), row(c, "2.1").method());
    assertEquals(r11.method(), row(c, "3.1").method());
    assertEquals(row(c, "4.1").method(), row(c, "5.1").method());
    assertEquals(row(c, "5.1").method(), row(c, "5.2").method());
    assertEquals(List.of(), row(c, "7.2").partners());
    assertEquals(List.of("区财政局", "区税务局"), row(c, "7.2").lead());
    assertEquals(row(c, "22.1").lead(), row(c, "22.2").lead());
    assertEquals(row(c, "22.1").title(), row(c, "22.2").title());
    Row r232 = row(c, "23.2");
    assertEquals("降低贷记支付手续费和运费险单数", r232.indicator());
    assertEquals("暂无", r232.target().text());
    assertEquals(row(c, "23.1").goal(), r232.goal());
    assertEquals(row(c, "23.1").schedule().text(), r232.schedule().text());
    assertEquals("", r232.definition().text());
    assertEquals(row(c, "24.1").lead(), row(c, "24.2").lead());
  }

  @Test
  void theUnitRegisterIsAttachmentTwo() throws Exception {
    Checklist c = policies();
    String seed = Files.readString(SEED);
    String annex = seed.substring(seed.lastIndexOf("区级有关单位名单") + "区级有关单位名单".length());
    List<String> names = new ArrayList<>();
    for (String n : annex.replaceAll("\\s", "").split("、")) {
      names.add(n);
    }
    assertEquals(names, c.units().stream().map(u -> u.name()).toList());
    assertEquals(List.of("区人力社保局"), c.units().stream()
        .filter(u -> u.name().equals("区人社局")).findFirst().orElseThrow().aliases());
  }

  @Test
  void theDocumentAndGoalsAreTheSeeds() throws Exception {
    Checklist c = policies();
    String seed = Files.readString(SEED);
    assertTrue(seed.contains(c.document().title()));
    assertTrue(seed.contains(c.document().number()));
    assertTrue(seed.contains(c.document().checklist()));
    assertEquals("2022-05-25", c.document().date().toString());
    assertEquals(2022, c.document().year());
    assertEquals(List.of("G1", "G2"), c.goals().stream().map(g -> g.id()).toList());
    for (var g : c.goals()) {
      assertNotNull(g.text());
      assertTrue(seed.contains(g.text()), g.text());
    }
    assertEquals(3000, c.goals().get(0).target().value().intValueExact());
    assertEquals(10000, c.goals().get(1).target().value().intValueExact());
  }

  @Test
  void importingTheSeedGivesTheSameRows() throws Exception {
    TableImporter.Result imported = TableImporter.fromText("seed", Files.readString(SEED), null);
    assertEquals(policies().rows(), imported.checklist().rows());
    assertEquals(policies().units(), imported.checklist().units());
    assertEquals(policies().document(), imported.checklist().document());
    assertEquals(policies().goals(), imported.checklist().goals());
  }

  @Test
  void theDiffOfTheImportedSeedAgainstPoliciesHasNoChange() throws Exception {
    TableImporter.Result imported = TableImporter.fromText("seed", Files.readString(SEED), null);
    dev.qingdan.compute.DiffResult d =
        dev.qingdan.compute.RevisionDiff.compare(policies(), imported.checklist());
    assertEquals(List.of(), d.changes());
  }

  @Test
  void theFileStartsWithTheSchemaModeline() throws Exception {
    String first = Files.readAllLines(Path.of("policies.yaml")).get(0);
    assertTrue(Pattern.matches("# yaml-language-server: \\$schema=\\S+\\.json", first), first);
    String target = first.substring(first.indexOf('=') + 1);
    assertTrue(Files.exists(Path.of(target)), target);
  }

  @Test
  void theBundledPlanIsTheSeed() throws Exception {
    // The seed lives beside the repository where the project is developed; the copy in examples/
    // travels with every clone.
    Path shared = Path.of("../shared/seed/000_dc8a8aecc8708b06.txt");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(shared), "no shared seed here");
    assertEquals(Files.readString(shared), Files.readString(SEED));
  }

  private static Row row(Checklist c, String id) {
    return c.rows().stream().filter(r -> r.id().toString().equals(id)).findFirst().orElseThrow();
  }
}
