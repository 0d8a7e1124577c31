package dev.qingdan.cli;

import dev.qingdan.text.Msg;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qingdan schema}: the JSON Schemas of qingdan's input files and JSON outputs. */
@Command(
    name = "schema",
    footerHeading = "%nExamples:%n",
    footer = {
      "  qingdan schema > policies.schema.json",
      "  qingdan schema output ratio"},
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Print the JSON Schema of the checklist (policies.yaml), of the progress files, or of a "
          + "command's JSON output (schema output validate).",
      "The same schemas are in the repository's schema/ folder; printed, each is whole (what it "
          + "shares with the others is embedded under $defs), so that it validates alone. "
          + "policies.yaml names its schema in its first line, so that editors check the file as "
          + "you type."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:printed", "2:no such schema"})
public final class SchemaCommand implements Callable<Integer>, Described {
  /** The JSON outputs that have a schema: each command's, in the order of the help. */
  static List<String> jsonOutputs() {
    List<String> out = new ArrayList<>();
    QingdanCommand.described().forEach(d -> out.addAll(d.outputs()));
    return List.copyOf(out);
  }

  /** What {@code schema output} completes. */
  static final class Outputs implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return jsonOutputs().iterator();
    }
  }

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "KIND",
      arity = "0..1",
      defaultValue = "policies",
      completionCandidates = Kinds.class,
      description = "policies, progress or output (default: ${DEFAULT-VALUE}).")
  String kind;

  @Parameters(
      index = "1",
      paramLabel = "COMMAND",
      completionCandidates = Outputs.class,
      arity = "0..1",
      description = "With output: the command whose JSON output to describe.")
  String command;

  @Override
  public Integer call() throws IOException {
    String name = switch (kind) {
      case "policies", "progress" -> {
        if (command != null) {
          throw new UserException(ExitCode.TROUBLE, Msg.of("'schema %s' takes no command",
              kind));
        }
        yield kind;
      }
      case "output" -> {
        List<String> outputs = jsonOutputs();
        if (command == null || !outputs.contains(command)) {
          throw new UserException(ExitCode.TROUBLE, command == null
              ? Msg.of("'schema output' needs one of: %s", String.join(", ", outputs))
              : Msg.of("'schema output' needs one of: %s; not '%s'", String.join(", ", outputs),
                  command));
        }
        yield "output/" + command;
      }
      default -> throw new UserException(ExitCode.TROUBLE, Msg.of("no schema '%s': use policies, "
          + "progress or output COMMAND", kind));
    };
    PrintWriter out = spec.commandLine().getOut();
    out.print(SchemaBundle.of(name));
    out.flush();
    return ExitCode.OK;
  }

  /** Completion candidates of KIND. */
  static final class Kinds implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return List.of("policies", "progress", "output").iterator();
    }
  }

  @Override
  public List<List<String>> training() {
    return List.of(
        List.of("schema"),
        List.of("schema", "output", "list"));
  }
}
