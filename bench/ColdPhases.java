import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.qingdan.load.checklist.ChecklistReader;
import dev.qingdan.load.checklist.ChecklistValidator;
import dev.qingdan.load.checklist.LoadedChecklist;
import dev.qingdan.load.Problem;
import dev.qingdan.load.YamlTree;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Where a cold run of {@code validate} spends its time, phase by phase, in one JVM that has run
 * nothing before (run it with the launcher's flags and archive; see bench/RESULTS.md).
 * Each phase is timed once, cold, as a real run meets it; run it several times and read the
 * medians.
 *
 * <p>{@code snakeyaml}: SnakeYAML's own set-up and events alone, the floor of any reader built on
 * it. {@code jackson}: what qingdan's reader does, phase by phase: Jackson's YAML factory, the
 * parser (SnakeYAML's set-up, with its type resolver), the parse into qingdan's tree, then the
 * whole read and bind and the checks.
 */
public class ColdPhases {
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 1 ? args[1] : "policies.yaml");
    long t0 = System.nanoTime();
    String text = Files.readString(file);
    long read = System.nanoTime() - t0;
    StringBuilder out = new StringBuilder();
    out.append(args.length > 0 ? args[0] : "jackson").append(" read ").append(us(read));
    if (args.length > 0 && args[0].equals("snakeyaml")) {
      long a = System.nanoTime();
      ParserImpl p = new ParserImpl(new StreamReader(new StringReader(text)), new LoaderOptions());
      long b = System.nanoTime();
      Resolver resolver = new Resolver();
      long c = System.nanoTime();
      int events = 0;
      while (!p.checkEvent(Event.ID.StreamEnd)) {
        p.getEvent();
        events++;
      }
      long d = System.nanoTime();
      out.append(" | parser set-up ").append(us(b - a)).append(" | resolver set-up ")
          .append(us(c - b)).append(" | ").append(events).append(" events ").append(us(d - c))
          .append(" (2022 is ").append(resolver.resolve(NodeId.scalar, "2022", true)).append(')');
    } else {
      long a = System.nanoTime();
      YAMLFactory f = YAMLFactory.builder().build();
      long b = System.nanoTime();
      JsonParser p = f.createParser(text);
      long c = System.nanoTime();
      p.close();
      List<Problem> problems = new ArrayList<>();
      YamlTree.parse(file.toString(), text, problems);
      long d = System.nanoTime();
      LoadedChecklist lc = ChecklistReader.read(file, file.toString());
      long e = System.nanoTime();
      List<Problem> found = ChecklistValidator.validate(lc);
      long g = System.nanoTime();
      out.append(" | factory ").append(us(b - a)).append(" | parser set-up ").append(us(c - b))
          .append(" | tree ").append(us(d - c)).append(" | read+bind again ").append(us(e - d))
          .append(" | checks ").append(us(g - e)).append(" (").append(found.size())
          .append(" problems)");
    }
    System.out.println(out);
  }

  private static String us(long nanos) {
    return String.format("%.1f ms", nanos / 1e6);
  }
}
