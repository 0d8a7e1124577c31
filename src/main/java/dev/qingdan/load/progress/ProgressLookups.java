package dev.qingdan.load.progress;

import dev.qingdan.load.DidYouMean;
import dev.qingdan.load.checklist.Ids;
import dev.qingdan.model.Checklist;
import dev.qingdan.model.Goal;
import dev.qingdan.model.Measure;
import dev.qingdan.model.Row;
import dev.qingdan.model.ScheduleKind;
import dev.qingdan.model.Selection;
import dev.qingdan.model.UnitRegister;
import dev.qingdan.text.Msg;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the ids, units and months of progress reports stand for, each worked out once: a file of a
 * million reports names a few dozen ids, units and months, again and again. The CSV reader's
 * threads ask at once.
 */
final class ProgressLookups {
  /** What an id as written stands for; exactly one of {@code id} and {@code error} is set. */
  record Resolved(String id, Measure measure, boolean deliverable, Msg error) {}

  /** What a unit as written stands for; exactly one of {@code name} and {@code error} is set. */
  record UnitName(String name, Msg error) {}

  private final Checklist checklist;
  private final UnitRegister register;
  private final List<String> allIds;
  private final Map<String, Resolved> ids = new HashMap<>();
  private final Map<String, UnitName> units = new HashMap<>();
  /** One instance of each month, shared by every report of it. */
  private final Map<YearMonth, YearMonth> months = new HashMap<>();

  ProgressLookups(Checklist checklist) {
    this.checklist = checklist;
    this.register = UnitRegister.of(checklist);
    this.allIds = Stream.concat(checklist.rows().stream().map(r -> r.id().toString()),
        checklist.goals().stream().map(Goal::id)).toList();
  }

  /** How many names the unit register knows, aliases included. */
  int unitNames() {
    return register.allNames().size();
  }

  /** The month, as the one instance every report of it shares. */
  synchronized YearMonth month(YearMonth m) {
    return months.computeIfAbsent(m, k -> k);
  }

  synchronized Resolved id(String text) {
    return ids.computeIfAbsent(text, this::resolveId);
  }

  synchronized UnitName unit(String text) {
    return units.computeIfAbsent(text, this::resolveUnit);
  }

  private Resolved resolveId(String text) {
    Selection s;
    try {
      s = Ids.select(checklist, text);
    } catch (Ids.IdException e) {
      Msg hint = DidYouMean.closest(text.strip(), allIds)
          .filter(c -> !e.getMessage().contains(c))
          .map(c -> Msg.of(" (did you mean '%s'?)", c)).orElse(Msg.verbatim(""));
      return new Resolved(null, null, false, Msg.of("unknown id '%s': %s%s", text,
          e.msg(), hint));
    }
    if (s instanceof Selection.OneRow one) {
      Row row = one.row();
      return new Resolved(row.id().toString(), Measure.of(row),
          row.schedule().kind() == ScheduleKind.DELIVERABLE, null);
    }
    if (s instanceof Selection.OneGoal g) {
      return new Resolved(g.goal().id(), Measure.of(g.goal()),
          g.goal().schedule().kind() == ScheduleKind.DELIVERABLE, null);
    }
    Selection.Item item = (Selection.Item) s;
    return new Resolved(null, null, false, Msg.of("id '%s' is item %d, which has %d rows (%s); "
        + "name one of them", text, item.item(), item.rows().size(), String.join(", ",
            item.rows().stream().map(r -> r.id().toString()).toList())));
  }

  private UnitName resolveUnit(String t) {
    UnitRegister.Resolution res = register.resolve(t);
    if (res.kind() == UnitRegister.Kind.GENERIC) {
      return new UnitName(null, Msg.of("'%s' stands for several units; a report names the "
          + "one unit that reports", t));
    }
    if (res.kind() == UnitRegister.Kind.UNKNOWN) {
      return new UnitName(null, Msg.of("unknown unit '%s'%s; units are those of the "
          + "checklist's register", t, DidYouMean.hint(t.strip(), register.allNames())));
    }
    if (res.etCetera()) {
      return new UnitName(null, Msg.of("'%s' ends in %s (and others); a report names the one "
          + "unit that reports", t, UnitRegister.ET_CETERA));
    }
    return new UnitName(res.unit().name(), null);
  }
}
