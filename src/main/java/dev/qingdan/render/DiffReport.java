package dev.qingdan.render;

import dev.qingdan.compute.DiffResult;
import dev.qingdan.compute.Impact;
import dev.qingdan.compute.Review;
import dev.qingdan.load.checklist.LoadedChecklist;
import dev.qingdan.model.Checklist;
import java.util.Set;

/**
 * Everything a diff renderer shows.
 *
 * @param from how the old revision is named ({@code HEAD~1:policies.yaml})
 * @param to how the new revision is named
 * @param diff the changes
 * @param old the old revision
 * @param neu the new revision as loaded, with the places of its fields (for annotations)
 * @param file the new revision's path in the repository, for annotations
 * @param review the acknowledgements and the gate
 * @param gate the impacts {@code --fail-on} fails on; empty without it
 * @param reviewing whether {@code --ack} or {@code --fail-on} was given: then fingerprints are
 *     shown
 */
public record DiffReport(String from, String to, DiffResult diff, Checklist old,
    LoadedChecklist neu, String file, Review review, Set<Impact> gate, boolean reviewing) {
  public DiffReport {
    gate = Set.copyOf(gate);
  }

  public Checklist newChecklist() {
    return neu.checklist();
  }
}
