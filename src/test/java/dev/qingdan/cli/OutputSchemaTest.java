package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JSON output conforms to the schema that {@code schema output COMMAND} prints, and that
 * schema is read from the printed text alone: the validator is given no way to load another file.
 */
class OutputSchemaTest {
  private static final String BOUNDS = "src/test/resources/deadlines/bounds.yaml";
  private static final String BOUNDS_DATA = "src/test/resources/deadlines/bounds-progress.yaml";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** {@code "format": "date"} is checked, as a careful consumer does. */
  private static final SchemaRegistryConfig FORMATS =
      SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();

  /** Every IRI a validator asked {@link #ALONE} to load: none, when each schema is whole. */
  private static final Set<String> FETCHED = ConcurrentHashMap.newKeySet();

  /** A registry whose only loader records what it is asked for and finds nothing. */
  static final SchemaRegistry ALONE = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12,
      b -> b.schemaRegistryConfig(FORMATS).schemaCacheEnabled(false)
          .schemaLoader(l -> l.resourceLoaders(r -> r.values(list -> {
            list.clear();
            list.add(iri -> {
              FETCHED.add(iri.toString());
              return null;
            });
          }))));

  /** The schema files as they are in schema/, siblings loaded from there: what is bundled. */
  private static final SchemaRegistry FILES = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12,
      b -> b.schemaRegistryConfig(FORMATS).schemas(iri -> iri.startsWith(SchemaBundle.BASE)
          ? read(Path.of("schema", iri.substring(SchemaBundle.BASE.length()))) : null));

  private static final Map<String, Schema> PRINTED = new ConcurrentHashMap<>();

  /** The runs of {@link #runs()}, each made once. */
  private static final Map<String, Cli.Run> RUNS = new ConcurrentHashMap<>();

  /** The real runs, by the output schema each must conform to; log's are in DiffGitTest. */
  static Stream<Arguments> runs() {
    return Stream.of(
        "validate|validate --format json",
        "validate|validate --format json src/test/resources/checklists/many-problems.yaml",
        "list|list --format json",
        "list|list --format json --grep 不存在的文字",
        "row|show 20.1 --format json",
        "show|show 20.1 --format json",
        "show|show 8 --format json",
        "show|show G2 --format json",
        "ratio|ratio --format json --data examples/progress-2022.yaml",
        "ratio|ratio --format json --data examples/progress-2022.csv --period 2022-04 --by unit",
        "deadlines|deadlines --format json",
        "deadlines|deadlines --format json --as-of 2022-08-31",
        "deadlines|deadlines --format json --data examples/progress-2022.yaml --as-of 2022-01-15",
        "deadlines|deadlines --format json --data examples/progress-2022.yaml --as-of 2022-05-31 "
            + "--lang zh",
        "deadlines|deadlines --format json --data examples/progress-2022.yaml --as-of 2022-08-31",
        "deadlines|deadlines --format json --data examples/progress-2022.yaml --as-of 2022-08-31 "
            + "--within 10",
        "deadlines|deadlines --format json --data examples/progress-2022.yaml --as-of 2022-08-31 "
            + "--within 0 --unit 区税务局",
        "deadlines|deadlines --format json --data examples/progress-2022.csv --as-of 2022-10-31 "
            + "--unit 区人力社保局 --fail-on behind",
        "deadlines|deadlines --format json --data examples/progress-2022.yaml --as-of 2022-12-31",
        "deadlines|deadlines --format json --data examples/progress-2022.yaml --as-of 2023-03-01 "
            + "--yellow 2.5 --red 12.75 --due-soon 0",
        "deadlines|deadlines --format json -p examples/policies-revised.yaml --as-of 2022-09-30",
        "deadlines|deadlines --format json -p " + BOUNDS + " --as-of 2022-01-15",
        "deadlines|deadlines --format json -p " + BOUNDS + " --data " + BOUNDS_DATA
            + " --as-of 2022-02-28",
        "deadlines|deadlines --format json -p " + BOUNDS + " --data " + BOUNDS_DATA
            + " --as-of 2022-09-30",
        "deadlines|deadlines --format json -p " + BOUNDS + " --data " + BOUNDS_DATA
            + " --as-of 2023-01-15",
        "report|report --format json -p " + BOUNDS + " --data " + BOUNDS_DATA
            + " --as-of 2022-09-30",
        "diff|diff policies.yaml examples/policies-revised.yaml --format json",
        "report|report --format json --data examples/progress-2022.yaml --as-of 2022-08-31",
        "report|report --format json --data examples/progress-2022.csv --as-of 2022-12-15 "
            + "--lang zh")
        .map(s -> Arguments.of(s.substring(0, s.indexOf('|')), s.substring(s.indexOf('|') + 1)));
  }

  /** The errors of a document against what {@code schema output COMMAND} prints. */
  static List<Error> check(String command, String json) throws Exception {
    return printed(command).validate(JSON.readTree(json));
  }

  private static Schema printed(String command) {
    return PRINTED.computeIfAbsent(command, c -> {
      Cli.Run run = Cli.run("schema", "output", c);
      assertEquals(0, run.exit(), run.err());
      Schema schema = ALONE.getSchema(run.out());
      schema.initializeValidators();
      return schema;
    });
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("runs")
  void outputsConform(String schema, String args) throws Exception {
    Cli.Run run = RUNS.computeIfAbsent(args, a -> Cli.run(a.split(" ")));
    assertEquals("", run.err());
    assertEquals(List.of(), check(schema, run.out()), run.out());
  }

  @Test
  void everyOutputIsCheckedOnARealRun() throws Exception {
    Set<String> covered = new TreeSet<>(runs().map(a -> (String) a.get()[0]).toList());
    covered.add("log"); // DiffGitTest runs log in a repository it makes
    assertEquals(new TreeSet<>(SchemaCommand.jsonOutputs()), covered);
    try (Stream<Path> files = Files.list(Path.of("schema/output"))) {
      assertEquals(covered, new TreeSet<>(files.map(f -> f.getFileName().toString()
          .replace(".schema.json", "")).toList()), "schema output prints every file");
    }
  }

  /** Each printed schema compiles, every reference resolved, without a single file loaded. */
  @Test
  void everyPrintedSchemaStandsAlone() {
    Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    List<List<String>> all = new ArrayList<>(List.of(List.of("schema"), List.of("schema",
        "progress")));
    SchemaCommand.jsonOutputs().forEach(o -> all.add(List.of("schema", "output", o)));
    for (List<String> args : all) {
      String text = Cli.run(args.toArray(String[]::new)).out();
      for (String ref : refs(text)) {
        assertTrue(ref.startsWith("#"), args + " refers to another file: " + ref);
      }
      FETCHED.clear();
      ALONE.getSchema(text).initializeValidators();
      assertEquals(Set.of(), FETCHED, args + " needs other files");
      assertEquals(List.of(), meta.validate(readTree(text)), args + " is not a 2020-12 schema");
    }
  }

  /** The check above can fail: a file that refers to its siblings does not compile alone. */
  @Test
  void aSchemaFileWithSiblingsDoesNotStandAlone() {
    FETCHED.clear();
    String file = read(Path.of("schema/output/list.schema.json"));
    assertThrows(RuntimeException.class, () -> ALONE.getSchema(file).initializeValidators());
    assertEquals(Set.of(SchemaBundle.BASE + "output/row.schema.json"), FETCHED);
  }

  /**
   * Bundling keeps the meaning: for real outputs and seeded random damage to them, the printed
   * schema and the files it was bundled from find the same errors at the same places.
   */
  @Test
  void thePrintedSchemaJudgesAsTheFilesDo() throws Exception {
    Random random = new Random(20221231);
    int rejected = 0;
    for (Arguments a : runs().toList()) {
      String command = (String) a.get()[0];
      Schema files = FILES.getSchema(SchemaLocation.of(SchemaBundle.BASE + "output/" + command
          + ".schema.json"));
      String args = (String) a.get()[1];
      JsonNode real = readTree(RUNS.computeIfAbsent(args, s -> Cli.run(s.split(" "))).out());
      for (int i = 0; i < 40; i++) {
        JsonNode doc = i == 0 ? real : damaged(real, random);
        List<String> expected = places(files.validate(doc));
        assertEquals(expected, places(printed(command).validate(doc)), command + ": " + doc);
        rejected += expected.isEmpty() ? 0 : 1;
      }
    }
    assertTrue(rejected > 100, "the damage is caught too rarely to compare: " + rejected);
  }

  @Test
  void theSchemasRejectAWrongShape() throws Exception {
    assertFalse(check("list", "{\"schemaVersion\": 1, \"rows\": [{\"id\": 3}]}").isEmpty());
    assertFalse(check("validate", "{\"schemaVersion\": 2, \"valid\": true, \"problems\": []}")
        .isEmpty());
    assertFalse(check("report", "{\"schemaVersion\": 1, \"asOf\": \"2022-08-31\"}").isEmpty());
    // A reference into an embedded file still bites: through is ratio's month.
    String report = Cli.run("report", "--format", "json", "--data",
        "examples/progress-2022.yaml", "--as-of", "2022-08-31").out();
    assertFalse(check("report", report.replace("\"through\": \"2022-08\"",
        "\"through\": \"2022-8\"")).isEmpty());
  }

  /** Each damage of a real deadlines output that the schema must refuse. */
  @Test
  void theDeadlinesSchemaRejectsWhatDeadlinesNeverPrints() throws Exception {
    String out = Cli.run("deadlines", "--format", "json", "--data", "examples/progress-2022.yaml",
        "--as-of", "2022-08-31").out();
    ObjectNode good = (ObjectNode) readTree(out);
    assertEquals(List.of(), printed("deadlines").validate(good));
    Map<String, Consumer<ObjectNode>> damage = Map.of(
        "an unknown status", d -> row(d, "20.1").put("status", "late"),
        "a row without a plan with a light", d -> row(d, "1.1").put("light", "green"),
        "a planned row without a light", d -> row(d, "20.1").putNull("light"),
        "a deliverable without what it delivers",
            d -> ((ObjectNode) row(d, "7.1").get("milestones").get(0)).remove("deliverable"),
        "a count reached on a day", d -> ((ObjectNode) row(d, "20.1").get("milestones").get(0))
            .put("reached", "2022-05-20"),
        "a yellow row with nothing to turn it green", d -> row(d, "20.1").putNull("toGreen"),
        "an overdue row with a green light", d -> row(d, "G2").put("status", "overdue"),
        "no thresholds", d -> d.remove("thresholds"),
        "a bad as-of date", d -> d.put("asOf", "2022-08-32"),
        "a count with a forecast but no report", d -> row(d, "G1").putNull("actual"));
    damage.forEach((what, change) -> {
      ObjectNode doc = good.deepCopy();
      change.accept(doc);
      assertNotEquals(List.of(), printed("deadlines").validate(doc), what);
    });
  }

  @Test
  void schemaOutputPrintsTheFileOrItsBundle() throws Exception {
    assertEquals(read(Path.of("schema/output/deadlines.schema.json")).stripTrailing() + "\n",
        Cli.run("schema", "output", "deadlines").out(), "a file with no sibling is printed as is");
    JsonNode list = readTree(Cli.run("schema", "output", "list").out());
    JsonNode row = readTree(read(Path.of("schema/output/row.schema.json")));
    assertEquals("#/$defs/row", list.at("/properties/rows/items/$ref").asText());
    assertEquals(row.at("/properties/id"), list.at("/$defs/row/properties/id"));
    assertEquals("#/$defs/row/$defs/target", list.at("/$defs/row/properties/target/$ref")
        .asText(), "a reference inside the embedded file points inside it");
    assertEquals(row.at("/$defs/target/properties/text"),
        list.at("/$defs/row/$defs/target/properties/text"));
    assertFalse(list.at("/$defs/row").has("$id"), "the embedded file is no resource of its own");
    Cli.verify("unknown", "schema", "output", "frobnicate");
    Cli.verify("missing", "schema", "output");
  }

  private static ObjectNode row(JsonNode doc, String id) {
    for (JsonNode r : doc.get("rows")) {
      if (r.get("id").asText().equals(id)) {
        return (ObjectNode) r;
      }
    }
    throw new AssertionError("no row " + id);
  }

  /** A copy with one value somewhere replaced by another of any type, or one key removed. */
  private static JsonNode damaged(JsonNode doc, Random random) {
    JsonNode copy = doc.deepCopy();
    List<JsonNode> containers = new ArrayList<>();
    collect(copy, containers);
    JsonNode at = containers.get(random.nextInt(containers.size()));
    JsonNodeFactory f = JsonNodeFactory.instance;
    List<JsonNode> values = List.of(f.nullNode(), f.textNode("x"), f.textNode("2022-13"),
        f.numberNode(-1), f.numberNode(1.5), f.booleanNode(true), f.objectNode(), f.arrayNode());
    JsonNode value = values.get(random.nextInt(values.size()));
    if (at instanceof ObjectNode o) {
      List<String> keys = new ArrayList<>();
      o.fieldNames().forEachRemaining(keys::add);
      String key = keys.get(random.nextInt(keys.size()));
      if (random.nextInt(4) == 0) {
        o.remove(key);
      } else {
        o.set(key, value);
      }
    } else {
      ((ArrayNode) at).set(random.nextInt(at.size()), value);
    }
    return copy;
  }

  private static void collect(JsonNode node, List<JsonNode> into) {
    if (node.isContainerNode() && !node.isEmpty()) {
      into.add(node);
    }
    node.forEach(child -> collect(child, into));
  }

  private static List<String> places(List<Error> errors) {
    return errors.stream().map(e -> e.getInstanceLocation() + " " + e.getKeyword() + " "
        + e.getMessage()).sorted().toList();
  }

  private static List<String> refs(String schema) {
    List<String> refs = new ArrayList<>();
    readTree(schema).findValues("$ref").forEach(r -> refs.add(r.asText()));
    return refs;
  }

  private static JsonNode readTree(String json) {
    try {
      return JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
