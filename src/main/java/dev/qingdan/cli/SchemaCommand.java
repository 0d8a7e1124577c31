package dev.qingdan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qingdan schema}: the JSON Schemas of qingdan's input files, for editors and CI. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Print the JSON Schema of the checklist (policies.yaml), or of the progress files.",
      "The same schemas are in the repository's schema/ folder; policies.yaml names its schema "
          + "in its first line, so that editors check the file as you type."
    })
public final class SchemaCommand implements Callable<Integer> {
  /** The schemas qingdan has. */
  enum Kind {
    policies,
    progress
  }

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "KIND",
      arity = "0..1",
      defaultValue = "policies",
      description = "Which schema: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Kind kind;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    String name = "/dev/qingdan/schema/" + kind + ".schema.json";
    try (InputStream in = SchemaCommand.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the schema " + name + " is missing from the jar");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      out.print(text.endsWith("\n") ? text : text + "\n");
    }
    out.flush();
    return ExitCode.OK;
  }
}
