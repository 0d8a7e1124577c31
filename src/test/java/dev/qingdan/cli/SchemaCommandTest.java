package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code qingdan schema} prints the checked-in schemas unchanged. */
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

  @Test
  void anUnknownSchemaIsBadUsage() {
    Cli.verify("unknown", "schema", "reports");
  }
}
