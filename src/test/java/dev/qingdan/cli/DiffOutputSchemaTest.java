package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON of diff and log conforms to the schemas that {@code schema output} prints. */
class DiffOutputSchemaTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "diff|diff policies.yaml examples/policies-revised.yaml --format json",
    "diff|diff policies.yaml src/test/resources/diff/goals-and-definitions.yaml --format json",
    "diff|diff policies.yaml policies.yaml --format json",
    "diff|diff policies.yaml src/test/resources/diff/register.yaml --format json",
    "diff|diff policies.yaml src/test/resources/diff/remapped.yaml --format json --fail-on "
        + "definitional",
    "diff|diff policies.yaml src/test/resources/diff/moved.yaml --format json",
    "diff|diff policies.yaml src/test/resources/diff/lowered.yaml --format json",
    "diff|diff policies.yaml examples/policies-revised.yaml --format json --fail-on loosening "
        + "--ack src/test/resources/diff/acks-some.yaml",
  })
  void diffConforms(String schema, String args) throws Exception {
    Cli.Run run = Cli.run(args.split(" "));
    assertEquals(List.of(), OutputSchemaTest.check(schema, run.out()), run.out());
  }

  @Test
  void logConforms() throws Exception {
    String log = "{\"schemaVersion\": 1, \"path\": \"policies.yaml\", \"revisions\": ["
        + "{\"commit\": \"f3a65da1e972a44cf1b142aa50e3caab9a361eac\", \"date\": \"2022-07-01\","
        + " \"author\": \"Reviewer\", \"subject\": \"Revise\", \"created\": false,"
        + " \"deleted\": false, \"summary\": {\"added\": 1, \"removed\": 1, \"modified\": 5,"
        + " \"renumbered\": 15, \"units\": 0, \"document\": 0}, \"impacts\": {\"tightening\": 3,"
        + " \"loosening\": 3, \"mixed\": 0, \"neutral\": 1, \"definitional\": 0},"
        + " \"error\": null},"
        + "{\"commit\": \"5fa360b1e972a44cf1b142aa50e3caab9a361eac\", \"date\": \"2022-07-01\","
        + " \"author\": \"Reviewer\", \"subject\": \"Break\", \"created\": false,"
        + " \"deleted\": false, \"summary\": null, \"impacts\": null,"
        + " \"error\": \"malformed\"}]}";
    assertEquals(List.of(), OutputSchemaTest.check("log", log));
    // The real output over a history is checked in DiffGitTest.
  }

  @Test
  void theSchemasRejectAWrongShape() throws Exception {
    assertFalse(OutputSchemaTest.check("diff", "{\"schemaVersion\": 1, \"from\": \"a\", \"to\": "
        + "\"b\", \"changes\": [{\"change\": \"removed\", \"id\": \"1.1\", \"title\": \"t\", "
        + "\"field\": null, \"old\": \"t\", \"new\": null, \"impact\": \"loosening\", "
        + "\"fingerprint\": \"0123456789abcdef\"}], \"summary\": {\"added\": 0, \"removed\": 1, "
        + "\"modified\": 0, \"renumbered\": 0}}").isEmpty(), "a removed row has no id");
    assertFalse(OutputSchemaTest.check("diff", "{\"schemaVersion\": 1, \"from\": \"a\", \"to\": "
        + "\"b\", \"changes\": [], \"summary\": {\"added\": 0}}").isEmpty());
    assertFalse(OutputSchemaTest.check("log", "{\"schemaVersion\": 1, \"path\": \"p\", "
        + "\"revisions\": [{\"commit\": \"xyz\"}]}").isEmpty());
  }

  @Test
  void schemaOutputPrintsThem() {
    assertEquals(0, Cli.run("schema", "output", "diff").exit());
    assertEquals(0, Cli.run("schema", "output", "log").exit());
  }
}
