package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code qingdan schema} prints the checked-in schemas of the input files unchanged. */
class SchemaCommandTest {
  @Test
  void printsThePoliciesSchema() throws Exception {
    Cli.Run run = Cli.run("schema");
    assertEquals(0, run.exit());
    assertEquals(Files.readString(Path.of("schema/policies.schema.json"), StandardCharsets.UTF_8)
        .stripTrailing() + "\n", run.out());
  }

  @Test
  void printsTheProgressSchema() throws Exception {
    assertEquals(Files.readString(Path.of("schema/progress.schema.json"), StandardCharsets.UTF_8)
        .stripTrailing() + "\n", Cli.run("schema", "progress").out());
  }

  /** What is printed, read alone (no other file can be loaded), accepts the real files. */
  @ParameterizedTest
  @CsvSource({
    "policies, policies.yaml",
    "policies, examples/policies-revised.yaml",
    "progress, examples/progress-2022.yaml",
  })
  void thePrintedSchemaAloneAcceptsTheRealFiles(String kind, String file) throws Exception {
    String schema = Cli.run("schema", kind).out();
    // As qingdan reads YAML: an unquoted 2022-05-31 stays a string.
    assertEquals(List.of(), OutputSchemaTest.ALONE.getSchema(schema)
        .validate(new YAMLMapper().readTree(Files.readString(Path.of(file)))));
  }

  @Test
  void anUnknownSchemaIsBadUsage() {
    Cli.verify("unknown", "schema", "reports");
  }
}
