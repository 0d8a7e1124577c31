package dev.qingdan.model;

import java.util.List;

/**
 * A unit of the register (附件2).
 *
 * @param name its name in the register
 * @param aliases other names it goes by in the table
 */
public record Unit(String name, List<String> aliases) {
  public Unit {
    aliases = List.copyOf(aliases);
  }
}
