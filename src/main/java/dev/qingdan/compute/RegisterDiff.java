package dev.qingdan.compute;

import static dev.qingdan.compute.ChangeCollector.SEP;

import dev.qingdan.compute.Change.Part;
import dev.qingdan.model.Checklist;
import dev.qingdan.model.Row;
import dev.qingdan.model.Unit;
import dev.qingdan.model.UnitRegister;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The unit register of two revisions: which unit is which across them, the register's own changes,
 * and the lead and partner units of a row compared as sets of register units.
 */
final class RegisterDiff {
  private final Checklist a;
  private final Checklist b;
  private final UnitRegister ra;
  private final UnitRegister rb;
  private final ChangeCollector collector;
  /**
   * Which register unit is which across the revisions: the old unit's index for an old unit and
   * for the new unit paired with it, a number past the old register for a new unit of its own.
   */
  private final Map<String, Integer> oldTokens = new HashMap<>();
  private final Map<String, Integer> newTokens = new HashMap<>();

  RegisterDiff(Checklist a, Checklist b, ChangeCollector collector) {
    this.a = a;
    this.b = b;
    this.collector = collector;
    ra = UnitRegister.of(a);
    rb = UnitRegister.of(b);
  }

  /**
   * The unit register. Units are paired by name, then by a name one of them has as an alias (a
   * unit renamed that keeps its old name as an alias), then by their place in the register; a unit
   * paired with another name is renamed. Every change is neutral, except where a name that a row
   * writes now stands for another unit than it did: that change is definitional.
   */
  void register() {
    List<Unit> ua = a.units();
    List<Unit> ub = b.units();
    int[] match = pairUnits(ua, ub);
    boolean[] paired = new boolean[ua.size()];
    for (int j = 0; j < ub.size(); j++) {
      if (match[j] >= 0) {
        paired[match[j]] = true;
      }
      newTokens.putIfAbsent(ub.get(j).name(), match[j] >= 0 ? match[j] : ua.size() + j);
    }
    for (int i = 0; i < ua.size(); i++) {
      oldTokens.putIfAbsent(ua.get(i).name(), i);
    }
    Map<Integer, List<ChangeDetail.Remap>> remapped = remapped();
    int nextOld = 0;
    for (int j = 0; j < ub.size(); j++) {
      Unit n = ub.get(j);
      List<ChangeDetail.Remap> moved = remapped.getOrDefault(j, List.of());
      if (match[j] < 0) {
        collector.add(ChangeKind.ADDED, n.name(), null, n.name(), "unit", null, names(n),
            moved.isEmpty() ? Impact.NEUTRAL : Impact.DEFINITIONAL, moved.isEmpty() ? null
                : new ChangeDetail.Names(List.of(), List.of(), moved), "unit" + SEP + n.name(),
            -1, j, Part.REGISTER);
        continue;
      }
      for (; nextOld < match[j]; nextOld++) {
        if (!paired[nextOld]) {
          removedUnit(nextOld);
        }
      }
      nextOld = Math.max(nextOld, match[j] + 1);
      unit(ua.get(match[j]), n, match[j], j, moved);
    }
    for (; nextOld < ua.size(); nextOld++) {
      if (!paired[nextOld]) {
        removedUnit(nextOld);
      }
    }
    Set<String> go = new LinkedHashSet<>(a.generic());
    Set<String> gn = new LinkedHashSet<>(b.generic());
    for (String g : go) {
      if (!gn.contains(g)) {
        collector.add(ChangeKind.REMOVED, null, g, g, "generic", g, null, Impact.NEUTRAL, null,
            "generic" + SEP + g, -1, -1, Part.REGISTER);
      }
    }
    for (String g : gn) {
      if (!go.contains(g)) {
        collector.add(ChangeKind.ADDED, g, null, g, "generic", null, g, Impact.NEUTRAL, null,
            "generic" + SEP + g, -1, -1, Part.REGISTER);
      }
    }
  }

  private void removedUnit(int i) {
    Unit o = a.units().get(i);
    collector.add(ChangeKind.REMOVED, null, o.name(), o.name(), "unit", names(o), null,
        Impact.NEUTRAL, null, "unit" + SEP + o.name(), i, -1, Part.REGISTER);
  }

  /**
   * A unit in both revisions: its name, then its aliases (a set: their order is no change). A unit
   * renamed that keeps its old name as an alias (and drops the new one from its aliases) is one
   * change of its name, with the aliases as its detail.
   */
  private void unit(Unit o, Unit n, int i, int j, List<ChangeDetail.Remap> moved) {
    String identity = "unit" + SEP + o.name();
    boolean renamed = !o.name().equals(n.name());
    Set<String> ao = new LinkedHashSet<>(o.aliases());
    Set<String> an = new LinkedHashSet<>(n.aliases());
    List<String> plus = an.stream().filter(x -> !ao.contains(x)).toList();
    List<String> minus = ao.stream().filter(x -> !an.contains(x)).toList();
    boolean swapped = renamed && plus.stream().allMatch(o.name()::equals)
        && minus.stream().allMatch(n.name()::equals);
    List<ChangeDetail.Remap> byName = moved.stream()
        .filter(m -> swapped || renamed && m.written().equals(n.name())).toList();
    List<ChangeDetail.Remap> byAlias = moved.stream().filter(m -> !byName.contains(m)).toList();
    if (renamed) {
      collector.add(ChangeKind.MODIFIED, n.name(), o.name(), n.name(), "name", o.name(), n.name(),
          byName.isEmpty() ? Impact.NEUTRAL : Impact.DEFINITIONAL,
          byName.isEmpty() && (!swapped || plus.isEmpty() && minus.isEmpty()) ? null
              : new ChangeDetail.Names(swapped ? plus : List.of(), swapped ? minus : List.of(),
                  byName), identity, i, j, Part.REGISTER);
    }
    if (!swapped && (!plus.isEmpty() || !minus.isEmpty() || !byAlias.isEmpty())) {
      collector.add(ChangeKind.MODIFIED, n.name(), o.name(), n.name(), "aliases",
          RevisionDiff.joined(o.aliases()), RevisionDiff.joined(n.aliases()),
          byAlias.isEmpty() ? Impact.NEUTRAL : Impact.DEFINITIONAL,
          new ChangeDetail.Names(plus, minus, byAlias), identity, i, j, Part.REGISTER);
    }
  }

  /** For each new unit, by index, which old unit it is (its index), or -1 for a new one. */
  private static int[] pairUnits(List<Unit> ua, List<Unit> ub) {
    int[] match = new int[ub.size()];
    Arrays.fill(match, -1);
    boolean[] used = new boolean[ua.size()];
    Map<String, Integer> oldByName = new HashMap<>();
    for (int i = 0; i < ua.size(); i++) {
      oldByName.putIfAbsent(ua.get(i).name(), i);
    }
    for (int j = 0; j < ub.size(); j++) {
      Integer i = oldByName.get(ub.get(j).name());
      if (i != null && !used[i]) {
        match[j] = i;
        used[i] = true;
      }
    }
    Map<String, Integer> oldByAnyName = new HashMap<>();
    for (int i = 0; i < ua.size(); i++) {
      if (!used[i]) {
        for (String x : allNames(ua.get(i))) {
          oldByAnyName.putIfAbsent(x, i);
        }
      }
    }
    for (int j = 0; j < ub.size(); j++) {
      for (String x : match[j] < 0 ? allNames(ub.get(j)) : List.<String>of()) {
        Integer i = oldByAnyName.get(x);
        if (i != null && !used[i]) {
          match[j] = i;
          used[i] = true;
          break;
        }
      }
    }
    for (int j = 0; j < Math.min(ua.size(), ub.size()); j++) {
      if (match[j] < 0 && !used[j]) {
        match[j] = j;
        used[j] = true;
      }
    }
    return match;
  }

  private static List<String> allNames(Unit u) {
    List<String> out = new ArrayList<>();
    out.add(u.name());
    out.addAll(u.aliases());
    return out;
  }

  /** A unit as the register lists it: its name, and its aliases in brackets. */
  private static String names(Unit u) {
    return u.aliases().isEmpty() ? u.name() : u.name() + " (" + String.join("、", u.aliases())
        + ")";
  }

  /**
   * The names that the new revision's rows write and that the new register reads as another unit
   * than the old register did, by the index of the new unit they now stand for.
   */
  private Map<Integer, List<ChangeDetail.Remap>> remapped() {
    Map<Integer, List<ChangeDetail.Remap>> out = new HashMap<>();
    Map<String, Integer> newIndex = new HashMap<>();
    for (int j = 0; j < b.units().size(); j++) {
      newIndex.putIfAbsent(b.units().get(j).name(), j);
    }
    Set<String> seen = new HashSet<>();
    for (Row r : b.rows()) {
      for (String field : List.of("lead", "partners")) {
        for (String w : field.equals("lead") ? r.lead() : r.partners()) {
          UnitRegister.Resolution o = ra.resolve(w);
          UnitRegister.Resolution n = rb.resolve(w);
          if (o.unit() == null || n.unit() == null
              || oldTokens.get(o.unit().name()).equals(newTokens.get(n.unit().name()))
              || !seen.add(r.id() + SEP + field + SEP + w)) {
            continue;
          }
          out.computeIfAbsent(newIndex.get(n.unit().name()), k -> new ArrayList<>())
              .add(new ChangeDetail.Remap(r.id().toString(), field, w, o.unit().name()));
        }
      }
    }
    return out;
  }

  /**
   * Unit lists are sets of register units: an alias for the same unit (区人力社保局 for 区人社局)
   * is no change, nor is a name the register now reads as another unit (the register's change
   * says so). A unit renamed in the register is the same unit. Partners in another order are no
   * change; lead units in another order are (neutral): the first leads.
   */
  void units(List<String> o, List<String> n, String field, ChangeCollector.Subject at) {
    if (o.equals(n)) {
      return;
    }
    Map<String, String> so = canonical(o, ra, oldTokens);
    Map<String, String> sn = canonical(n, rb, newTokens);
    if (so.keySet().equals(sn.keySet())) {
      if (field.equals("lead") && !List.copyOf(so.keySet()).equals(List.copyOf(sn.keySet()))) {
        collector.add(at, field, RevisionDiff.joined(o), RevisionDiff.joined(n), Impact.NEUTRAL,
            new ChangeDetail.Units(List.of(), List.of()));
      }
      return;
    }
    List<String> plus = new ArrayList<>();
    sn.forEach((k, v) -> {
      if (!so.containsKey(k)) {
        plus.add(v);
      }
    });
    List<String> minus = new ArrayList<>();
    so.forEach((k, v) -> {
      if (!sn.containsKey(k)) {
        minus.add(v);
      }
    });
    collector.add(at, field, RevisionDiff.joined(o), RevisionDiff.joined(n), Impact.NEUTRAL,
        new ChangeDetail.Units(plus, minus));
  }

  private static Map<String, String> canonical(List<String> names, UnitRegister r,
      Map<String, Integer> tokens) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String w : names) {
      UnitRegister.Resolution res = r.resolve(w);
      String key = res.unit() != null ? "#" + tokens.get(res.unit().name())
          + (res.etCetera() ? UnitRegister.ET_CETERA : "") : w.strip();
      out.putIfAbsent(key, w);
    }
    return out;
  }
}
