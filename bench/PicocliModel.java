import dev.qingdan.cli.QingdanCommand;
import dev.qingdan.cli.Terminal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * How much of {@code validate}'s start-up is picocli reading annotations: builds the model of the
 * root and of {@code validate} and parses {@code validate}, either as qingdan does (annotations)
 * or with picocli's programmatic API and the same options (programmatic). Nothing is run. How to
 * measure it is in bench/RESULTS.md ("What is left").
 */
public class PicocliModel {
  public static void main(String[] args) {
    PrintWriter w = new PrintWriter(new StringWriter());
    CommandLine cl;
    if (args[0].equals("annotations")) {
      cl = QingdanCommand.commandLine(Terminal.pipe(), w, w, "validate");
    } else {
      CommandSpec root = CommandSpec.create().name("qingdan").mixinStandardHelpOptions(true);
      CommandSpec v = CommandSpec.create().name("validate").mixinStandardHelpOptions(true);
      v.addOption(option("-p", "--policies").paramLabel("FILE").type(Path.class).build());
      v.addOption(option("--color").paramLabel("WHEN").type(String.class).defaultValue("auto")
          .build());
      v.addOption(option("--debug").build());
      v.addOption(option("--lang").paramLabel("LANG").type(String.class).build());
      v.addOption(option("--format").paramLabel("FORMAT").type(String.class).defaultValue("text")
          .build());
      v.addOption(option("--strict").build());
      v.addOption(option("-v", "--verbose").build());
      v.addOption(option("--data").paramLabel("FILE").arity("1..*").type(List.class)
          .auxiliaryTypes(Path.class).build());
      v.addPositional(PositionalParamSpec.builder().paramLabel("FILE").arity("0..*")
          .type(List.class).auxiliaryTypes(Path.class).description("files").build());
      cl = new CommandLine(root);
      cl.addSubcommand("validate", new CommandLine(v));
    }
    cl.parseArgs("validate");
    System.out.println(args[0]);
  }

  private static OptionSpec.Builder option(String... names) {
    return OptionSpec.builder(names).description("an option");
  }
}
