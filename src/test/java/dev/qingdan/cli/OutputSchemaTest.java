package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every JSON output conforms to the schema that {@code schema output COMMAND} prints. */
class OutputSchemaTest {
  private static final String BASE = "https://qingdan.dev/schema/";
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12,
      b -> b.schemas(OutputSchemaTest::local));

  /** Serves the schemas under {@code $id}s of qingdan from the repository's schema/ folder. */
  private static String local(String iri) {
    if (!iri.startsWith(BASE)) {
      return null;
    }
    try {
      return java.nio.file.Files.readString(Path.of("schema", iri.substring(BASE.length())));
    } catch (java.io.IOException e) {
      return null;
    }
  }

  static List<Error> check(String command, String json) throws Exception {
    Schema schema = REGISTRY.getSchema(SchemaLocation.of(BASE + "output/" + command
        + ".schema.json"));
    JsonNode doc = new ObjectMapper().readTree(json);
    return schema.validate(doc);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "validate|validate --format json",
    "validate|validate --format json src/test/resources/checklists/many-problems.yaml",
    "list|list --format json",
    "list|list --format json --grep 不存在的文字",
    "show|show 20.1 --format json",
    "show|show 8 --format json",
    "show|show G2 --format json",
    "report|report --format json --data examples/progress-2022.yaml --as-of 2022-08-31",
    "report|report --format json --data examples/progress-2022.csv --as-of 2022-12-15 --lang zh",
  })
  void outputsConform(String schema, String args) throws Exception {
    Cli.Run run = Cli.run(args.split(" "));
    List<Error> errors = check(schema, run.out());
    assertEquals(List.of(), errors, run.out());
  }

  @Test
  void theSchemasRejectAWrongShape() throws Exception {
    assertFalse(check("list", "{\"schemaVersion\": 1, \"rows\": [{\"id\": 3}]}").isEmpty());
    assertFalse(check("validate", "{\"schemaVersion\": 2, \"valid\": true, \"problems\": []}")
        .isEmpty());
    assertFalse(check("report", "{\"schemaVersion\": 1, \"asOf\": \"2022-08-31\"}").isEmpty());
  }

  @Test
  void schemaOutputPrintsTheFile() throws Exception {
    assertEquals(java.nio.file.Files.readString(Path.of("schema/output/list.schema.json"))
        .stripTrailing() + "\n", Cli.run("schema", "output", "list").out());
    Cli.verify("unknown", "schema", "output", "frobnicate");
    Cli.verify("missing", "schema", "output");
  }
}
