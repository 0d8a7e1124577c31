package dev.qingdan.load.table;

import dev.qingdan.load.DidYouMean;
import dev.qingdan.load.Place;
import dev.qingdan.load.office.SourceDocument.Block;
import dev.qingdan.model.Row;
import dev.qingdan.model.RowId;
import dev.qingdan.model.Unit;
import dev.qingdan.model.UnitRegister;
import dev.qingdan.text.Cells;
import dev.qingdan.text.Msg;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The units of an imported plan: 附件2's register, or the units its table names. */
final class PlanUnits {
  private PlanUnits() {}

  /**
   * 附件2: the names after its heading, split at 、. Lines are joined first, since the source breaks
   * names across lines (区文广|旅游体育局), unless no line has a 、, as in a list of one name a
   * line. Null when the document has no 附件2.
   */
  static List<Unit> register(List<Block> blocks) {
    int start = -1;
    for (int i = 0; i < blocks.size(); i++) {
      String l = PlanProse.prose(blocks.get(i));
      Matcher a = l == null ? null : PlanProse.ANNEX.matcher(l);
      if (a != null && a.matches() && PlanProse.annex(a, 2)) {
        start = i + 1;
      }
    }
    if (start < 0) {
      return null;
    }
    List<String> lines = new ArrayList<>();
    boolean heading = false;
    for (int i = start; i < blocks.size(); i++) {
      String l = PlanProse.prose(blocks.get(i));
      if (l == null || l.isEmpty()) {
        continue;
      }
      if (!heading && l.endsWith("名单")) {
        heading = true;
        continue;
      }
      if (PlanProse.ANNEX.matcher(l).matches()) {
        break;
      }
      lines.add(l);
    }
    boolean separated = lines.stream().anyMatch(l -> l.matches(".*[、,，;；].*"));
    String joined = String.join(separated ? "" : "、", lines);
    List<Unit> units = new ArrayList<>();
    for (String name : joined.split("[、,，;；]")) {
      String n = Cells.clean(name);
      if (!n.isEmpty() && units.stream().noneMatch(u -> u.name().equals(n))) {
        units.add(new Unit(n, List.of()));
      }
    }
    return units;
  }

  /** Without a register, the units the table names, in order, less generic phrases and 等. */
  static List<Unit> unitsOfTable(List<Row> rows, List<String> generic) {
    List<Unit> units = new ArrayList<>();
    UnitRegister none = new UnitRegister(List.of(), generic);
    for (Row r : rows) {
      for (String n : r.units()) {
        UnitRegister.Resolution res = none.resolve(n);
        if (res.kind() == UnitRegister.Kind.GENERIC) {
          continue;
        }
        String bare = res.etCetera() ? n.substring(0, n.length() - 1) : n;
        if (units.stream().noneMatch(u -> u.name().equals(bare))) {
          units.add(new Unit(bare, List.of()));
        }
      }
    }
    return units;
  }

  /**
   * A name the table uses that is not in the register is taken as an alias of the one register
   * unit whose name it contains in order (区人力社保局 contains 区…人…社…局), with a warning at the
   * first row that uses it.
   */
  static List<Unit> inferAliases(ImportLog log, List<Unit> units, List<String> generic,
      List<Row> rows, Map<RowId, Place> places) {
    Map<String, List<String>> aliases = new LinkedHashMap<>();
    units.forEach(u -> aliases.put(u.name(), new ArrayList<>(u.aliases())));
    for (Row r : rows) {
      for (String n : r.units()) {
        UnitRegister reg = new UnitRegister(rebuild(aliases), generic);
        if (reg.resolve(n).kind() != UnitRegister.Kind.UNKNOWN) {
          continue;
        }
        String bare = n.endsWith(UnitRegister.ET_CETERA) ? n.substring(0, n.length() - 1) : n;
        List<String> matches = aliases.keySet().stream()
            .filter(u -> isAbbreviation(u, bare)).toList();
        Place at = places.get(r.id());
        if (matches.size() == 1) {
          aliases.get(matches.get(0)).add(bare);
          log.warn("alias", Msg.of("row %s: '%s' is not in the register; read as an alias of '%s'",
              r.id().toString(), bare, matches.get(0)), at, 0);
        } else {
          log.warn("unknown-unit", Msg.of("row %s: '%s' is not in the register%s",
              r.id().toString(), n, DidYouMean.hint(bare, aliases.keySet())), at, 0);
        }
      }
    }
    return rebuild(aliases);
  }

  private static List<Unit> rebuild(Map<String, List<String>> aliases) {
    List<Unit> out = new ArrayList<>();
    aliases.forEach((n, a) -> out.add(new Unit(n, a)));
    return out;
  }

  /** Whether {@code shortName}'s characters appear in {@code longName} in order, ends matching. */
  static boolean isAbbreviation(String shortName, String longName) {
    if (shortName.length() >= longName.length() || shortName.length() < 2
        || shortName.charAt(0) != longName.charAt(0)
        || shortName.charAt(shortName.length() - 1) != longName.charAt(longName.length() - 1)) {
      return false;
    }
    int j = 0;
    for (int i = 0; i < longName.length() && j < shortName.length(); i++) {
      if (longName.charAt(i) == shortName.charAt(j)) {
        j++;
      }
    }
    return j == shortName.length();
  }

  /**
   * A lead cell that says who leads and who helps ({@code 办公室牵头，各科室配合}): the units marked
   * 牵头 lead, those marked 配合, 协助, 协同 or 参与 are partners, each without its mark.
   */
  static void splitRoles(List<String> lead, List<String> partners) {
    if (lead.stream().noneMatch(u -> HELPS.matcher(u).find())) {
      return;
    }
    List<String> leads = new ArrayList<>();
    for (String u : lead) {
      Matcher h = HELPS.matcher(u);
      if (h.find()) {
        partners.add(u.substring(0, h.start()));
      } else {
        leads.add(u.replaceFirst("牵头$", ""));
      }
    }
    lead.clear();
    lead.addAll(leads);
  }

  /**
   * Whether a cell reads as unit names: each of its names (split as a lead cell is, without a mark
   * such as 牵头 or 配合, a closing 等 or a bracket) short, without digits or a sentence's stop, and
   * ending as units are named (局, 委, 办, 室, 科, 中心, 政府, 街道 …).
   */
  static boolean looksLikeUnits(String cell) {
    List<String> names = Cells.units(cell);
    return !names.isEmpty() && names.stream().allMatch(n -> UNIT.matcher(
        n.replaceAll("[(（][^)）]*[)）]$", "").replaceFirst("(?:牵头|配合|协助|协同|参与)$", "")
            .replaceFirst("等$", "")).matches());
  }

  private static final Pattern UNIT = Pattern.compile("[\\p{IsHan}A-Za-z（）()]{1,24}"
      + "(?:局|委|办|室|科|部|处|厅|院|所|站|队|会|中心|公司|集团|政府|镇|乡|街道|社区|组|社|行|校|馆"
      + "|单位|部门|机关|法院|检察院|园区|开发区|管委会|专班)");

  private static final Pattern HELPS = Pattern.compile("(?:配合|协助|协同|参与)$");
}
