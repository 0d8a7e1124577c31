package dev.qingdan.load.checklist;

import dev.qingdan.load.Binder;
import dev.qingdan.load.InputException;
import dev.qingdan.load.Links;
import dev.qingdan.load.Loc;
import dev.qingdan.load.Problem;
import dev.qingdan.load.ProblemList;
import dev.qingdan.load.SourceText;
import dev.qingdan.load.YNode.YList;
import dev.qingdan.load.YNode.YMap;
import dev.qingdan.load.YNode;
import dev.qingdan.load.YamlTree;
import dev.qingdan.model.Ack;
import dev.qingdan.text.Msg;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an acknowledgements file of {@code diff --ack}: a YAML list of reviewed changes, each
 * {@code {fingerprint, reason, date}}, all three required and nothing else allowed.
 */
public final class AckReader {
  static final List<String> FIELDS = List.of("fingerprint", "reason", "date");
  private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{16}");

  /**
   * A file as read.
   *
   * @param acks the acknowledgements, in file order
   * @param places where each fingerprint was written, for notes on acknowledgements that match no
   *     change
   * @param problems every problem of the file; any makes the file unusable
   */
  public record Result(List<Ack> acks, Map<String, Loc> places, List<Problem> problems) {
    public Result {
      acks = List.copyOf(acks);
      places = Map.copyOf(places);
      problems = List.copyOf(problems);
    }
  }

  private AckReader() {}

  public static Result read(Path path, String name, Links links) throws InputException {
    return parse(name, SourceText.read(path, name, SourceText.DEFAULT_MAX_BYTES, links));
  }

  public static Result parse(String name, String text) {
    List<Problem> problems = new ProblemList();
    Binder b = new Binder(name, problems);
    Optional<YNode> root = YamlTree.parse(name, text, problems);
    List<Ack> acks = new ArrayList<>();
    Map<String, Loc> places = new HashMap<>();
    YList list = root.map(r -> b.list(r, "")).orElse(null);
    for (int i = 0; list != null && i < list.items().size(); i++) {
      String p = "[" + i + "]";
      YMap m = b.map(list.items().get(i), p);
      if (m == null) {
        continue;
      }
      b.onlyKnown(m, p, FIELDS);
      YNode fpNode = b.required(m, "fingerprint", p);
      String fp = b.text(fpNode, p + ".fingerprint", false);
      String reason = b.text(b.required(m, "reason", p), p + ".reason", false);
      LocalDate date = b.date(b.required(m, "date", p), p + ".date", false);
      if (fp != null && !FINGERPRINT.matcher(fp).matches()) {
        problems.add(Problem.error("fingerprint", Msg.of("'%s' is not a fingerprint: 16 "
            + "lowercase hex digits, as qingdan diff prints them", fp), name, fpNode.loc(),
            p + ".fingerprint"));
        fp = null;
      } else if (fp != null && places.containsKey(fp)) {
        Loc first = places.get(fp);
        problems.add(Problem.error("duplicate-fingerprint", Msg.of("fingerprint %s is "
            + "acknowledged twice (first at line %d)", fp, first.line()), name, fpNode.loc(),
            p + ".fingerprint"));
        fp = null;
      }
      if (reason != null && reason.isBlank()) {
        problems.add(Problem.error("reason", Msg.of("the reason is empty: say why the change is "
            + "accepted"), name, b.place(p + ".reason"), p + ".reason"));
        reason = null;
      }
      if (fp != null) {
        places.put(fp, fpNode.loc());
      }
      if (fp != null && reason != null && date != null) {
        acks.add(new Ack(fp, reason.strip(), date));
      }
    }
    problems.sort(null);
    return new Result(acks, places, problems);
  }
}
