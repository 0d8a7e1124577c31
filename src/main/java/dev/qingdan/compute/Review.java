package dev.qingdan.compute;

import dev.qingdan.model.Ack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A diff held against the reviewed changes: which changes are acknowledged, which fail a gate on
 * some impacts, and which acknowledgements match no change any more.
 *
 * @param acknowledged the acknowledgement of each acknowledged change, by fingerprint
 * @param failing the changes with a gated impact that are not acknowledged, in diff order
 * @param unused acknowledgements whose fingerprint is not among the changes
 */
public record Review(Map<String, Ack> acknowledged, List<Change> failing, List<Ack> unused) {
  public Review {
    acknowledged = Map.copyOf(acknowledged);
    failing = List.copyOf(failing);
    unused = List.copyOf(unused);
  }

  /**
   * Holds {@code diff} against {@code acks}, failing on unacknowledged changes of {@code gate}; a
   * gate on loosening fails on a mixed change too, since it lowers the plan somewhere.
   */
  public static Review of(DiffResult diff, List<Ack> acks, Set<Impact> gate) {
    Map<String, Ack> byPrint = new LinkedHashMap<>();
    acks.forEach(a -> byPrint.putIfAbsent(a.fingerprint(), a));
    Map<String, Ack> acknowledged = new LinkedHashMap<>();
    List<Change> failing = new ArrayList<>();
    for (Change c : diff.all()) {
      Ack a = byPrint.get(c.fingerprint());
      if (a != null) {
        acknowledged.put(c.fingerprint(), a);
      } else if ((gate.contains(c.impact()) || gate.contains(c.impact().contractual()))
          && c.change() != ChangeKind.RENUMBERED) {
        failing.add(c);
      }
    }
    List<Ack> unused = byPrint.values().stream()
        .filter(a -> !acknowledged.containsKey(a.fingerprint())).toList();
    return new Review(acknowledged, failing, unused);
  }

  public Ack ack(Change c) {
    return acknowledged.get(c.fingerprint());
  }
}
