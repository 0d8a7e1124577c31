package dev.qingdan.load.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import dev.qingdan.load.InputException;
import dev.qingdan.load.checklist.ChecklistReader;
import dev.qingdan.model.Checklist;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The progress schema and the loader agree: on the examples, and on what both refuse. */
class ProgressSchemaTest {
  private static Schema schema;
  private static Checklist checklist;

  @BeforeAll
  static void load() throws IOException, InputException {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder()
            .pathType(PathType.JSON_POINTER).formatAssertionsEnabled(true).build()));
    schema = registry.getSchema(new JsonMapper().readTree(
        Files.readString(Path.of("schema/progress.schema.json"), StandardCharsets.UTF_8)));
    checklist = ChecklistReader.read(Path.of("policies.yaml"), "policies.yaml").checklist();
  }

  private static List<Error> validate(String yaml) throws IOException {
    return schema.validate(new YAMLMapper().readTree(yaml));
  }

  @ParameterizedTest
  @ValueSource(strings = {"examples/progress-2022.yaml", "src/test/resources/progress/good.yaml",
      "src/test/resources/progress/done-when.yaml"})
  void filesTheLoaderAcceptsPassTheSchema(String file) throws IOException, InputException {
    String yaml = Files.readString(Path.of(file), StandardCharsets.UTF_8);
    assertEquals(List.of(), validate(yaml));
    assertEquals(List.of(), ProgressReader.read(List.of(Path.of(file)), checklist).problems());
  }

  /** Reports both refuse: the schema by its rules, the loader with an error. */
  @ParameterizedTest
  @ValueSource(strings = {
      "{period: 2022-13, id: \"1.1\", numerator: 1, denominator: 1}",
      "{period: 2022-06, id: \"1.1\", numerator: -1, denominator: 1}",
      "{period: 2022-06, id: \"1.1\", numerator: 1.5, denominator: 2}",
      "{period: 2022-06, id: \"1.1\", numerator: 1}",
      "{period: 2022-06, id: \"1.1\", denominator: 1}",
      "{period: 2022-06, id: \"1.1\", count: 9223372036854775808}",
      "{period: 2022-06, id: \"1.1\", unit: \"\", numerator: 1, denominator: 1}",
      "{period: 2022-06, id: \"1.1\", numerator: \"1\", denominator: 1}",
      "{period: 2022-06, id: \"1.1\", remark: x}",
      "{period: 2022-06, id: \"1.1.1\"}",
      "{period: 2022-09, id: \"19.1\", done: 2022-09}",
      "{id: \"1.1\"}",
  })
  void reportsBothRefuse(String report) throws IOException {
    String yaml = "reports:\n  - " + report + "\n";
    assertFalse(validate(yaml).isEmpty(), "the schema accepts " + report);
    assertTrue(ProgressReader.parse("r.yaml", yaml, checklist).hasErrors(),
        "the loader accepts " + report);
  }

  @Test
  void anEmptyNoteIsFineForBoth() throws IOException {
    String yaml = "reports:\n  - {period: 2022-06, id: G1, count: 1, note: }\n";
    assertEquals(List.of(), validate(yaml));
    assertEquals(List.of(), ProgressReader.parse("r.yaml", yaml, checklist).problems());
  }
}
