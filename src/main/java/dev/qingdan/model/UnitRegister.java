package dev.qingdan.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Resolves the unit names a table writes to the units of the register, aliases included. */
public final class UnitRegister {
  /** The generic suffix the table puts after a unit ({@code 区供电公司等}). */
  public static final String ET_CETERA = "等";

  private final Map<String, Unit> byName = new LinkedHashMap<>();
  private final List<String> generic;

  public UnitRegister(List<Unit> units, List<String> generic) {
    for (Unit u : units) {
      byName.putIfAbsent(u.name(), u);
      for (String a : u.aliases()) {
        byName.putIfAbsent(a, u);
      }
    }
    this.generic = List.copyOf(generic);
  }

  public static UnitRegister of(Checklist c) {
    return new UnitRegister(c.units(), c.generic());
  }

  /** How a name written in the table was understood. */
  public enum Kind {
    /** The register's own name. */
    NAME,
    /** A declared alias of a register unit. */
    ALIAS,
    /** A generic phrase such as 区级有关单位. */
    GENERIC,
    /** Not known. */
    UNKNOWN
  }

  /**
   * The result of resolving one written name.
   *
   * @param written the name as written
   * @param kind how it resolved
   * @param unit the register unit, or null for generic and unknown names
   * @param etCetera whether the name ended in 等 (and others)
   */
  public record Resolution(String written, Kind kind, Unit unit, boolean etCetera) {}

  public Resolution resolve(String written) {
    String name = written.strip();
    boolean etc = false;
    if (name.endsWith(ET_CETERA) && name.length() > 1 && !byName.containsKey(name)) {
      name = name.substring(0, name.length() - 1);
      etc = true;
    }
    if (generic.contains(name)) {
      return new Resolution(written, Kind.GENERIC, null, etc);
    }
    Unit u = byName.get(name);
    if (u == null) {
      return new Resolution(written, Kind.UNKNOWN, null, etc);
    }
    return new Resolution(written, u.name().equals(name) ? Kind.NAME : Kind.ALIAS, u, etc);
  }

  /** The register unit a name stands for, if any. */
  public Optional<Unit> unit(String written) {
    return Optional.ofNullable(resolve(written).unit());
  }

  /**
   * Which written names stand for the unit a user asked for ({@code --unit}): the same register
   * unit by any of its names, or the same generic phrase; spaces around a name and a trailing 等
   * do not matter. Empty when {@code wanted} is neither a unit nor a generic phrase.
   */
  public Optional<Predicate<String>> matcher(String wanted) {
    Resolution w = resolve(wanted);
    if (w.kind() == Kind.UNKNOWN) {
      return Optional.empty();
    }
    if (w.unit() != null) {
      return Optional.of(name -> w.unit().equals(resolve(name).unit()));
    }
    String phrase = bare(wanted);
    return Optional.of(name -> resolve(name).kind() == Kind.GENERIC && bare(name).equals(phrase));
  }

  private static String bare(String written) {
    String s = written.strip();
    return s.endsWith(ET_CETERA) ? s.substring(0, s.length() - 1) : s;
  }

  /** Every name and alias, for suggestions and completion. */
  public List<String> allNames() {
    List<String> all = new ArrayList<>(byName.keySet());
    all.addAll(generic);
    return all;
  }
}
