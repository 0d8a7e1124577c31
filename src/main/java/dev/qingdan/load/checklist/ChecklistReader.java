package dev.qingdan.load.checklist;

import dev.qingdan.load.Binder;
import dev.qingdan.load.DidYouMean;
import dev.qingdan.load.InputException;
import dev.qingdan.load.Links;
import dev.qingdan.load.Problem;
import dev.qingdan.load.ProblemList;
import dev.qingdan.load.SourceText;
import dev.qingdan.load.YNode.YList;
import dev.qingdan.load.YNode.YMap;
import dev.qingdan.load.YNode;
import dev.qingdan.load.YamlTree;
import dev.qingdan.model.Checklist;
import dev.qingdan.model.Definition;
import dev.qingdan.model.Document;
import dev.qingdan.model.Goal;
import dev.qingdan.model.Milestone;
import dev.qingdan.model.Op;
import dev.qingdan.model.Row;
import dev.qingdan.model.RowId;
import dev.qingdan.model.Schedule;
import dev.qingdan.model.ScheduleKind;
import dev.qingdan.model.Target;
import dev.qingdan.model.Unit;
import dev.qingdan.text.Msg;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads a checklist YAML file strictly: every problem of the file is collected in one pass. */
public final class ChecklistReader {
  static final List<String> TOP = List.of("schemaVersion", "document", "units", "generic", "goals",
      "rows");
  static final List<String> DOCUMENT = List.of("title", "number", "issuer", "date", "year",
      "checklist");
  static final List<String> UNIT = List.of("name", "aliases");
  static final List<String> GOAL = List.of("id", "indicator", "text", "target", "schedule");
  static final List<String> ROW = List.of("id", "title", "points", "lead", "partners", "goal",
      "indicator", "target", "schedule", "definition", "method", "extra");
  static final List<String> TARGET =
      List.of("text", "op", "value", "unit", "upper", "tolerance", "growth", "baseline");
  static final List<String> SCHEDULE = List.of("text", "kind", "from", "to", "milestones");
  static final List<String> MILESTONE = List.of("due", "cumulative", "deliverable");
  static final List<String> DEFINITION = List.of("text", "numerator", "denominator");
  static final Pattern GOAL_ID = Pattern.compile("G[1-9][0-9]*");

  private final Binder b;
  private final List<String> rowPaths = new ArrayList<>();

  private ChecklistReader(Binder b) {
    this.b = b;
  }

  /** Reads a file; a missing or unreadable file is an {@link InputException}. */
  public static LoadedChecklist read(Path path, String name) throws InputException {
    return read(path, name, Links.STRICT);
  }

  /** Reads a file, following symbolic links as {@code links} says. */
  public static LoadedChecklist read(Path path, String name, Links links) throws InputException {
    String shown = SourceText.shown(path, name);
    return parse(shown, SourceText.read(path, shown, SourceText.DEFAULT_MAX_BYTES, links));
  }

  /** Reads checklist YAML text; problems of its content are in the result. */
  public static LoadedChecklist parse(String name, String text) {
    List<Problem> problems = new ProblemList();
    Binder b = new Binder(name, problems);
    Optional<YNode> root = YamlTree.parse(name, text, problems);
    ChecklistReader reader = new ChecklistReader(b);
    Checklist c = root.map(reader::checklist).orElse(null);
    problems.sort(null);
    return new LoadedChecklist(name, c, b.places, reader.rowPaths, problems);
  }

  private Checklist checklist(YNode root) {
    YMap m = b.map(root, "");
    if (m == null) {
      return null;
    }
    b.onlyKnown(m, "", TOP);
    YNode version = b.required(m, "schemaVersion", "");
    Long v = b.count(version, "schemaVersion", false);
    if (v != null && v != 1) {
      b.error("schema-version", Msg.of("schemaVersion %d is not supported; this qingdan reads 1",
          v), version.loc(), "schemaVersion");
    }
    Document doc = document(b.required(m, "document", ""));
    List<Unit> units = new ArrayList<>();
    YList ul = listOf(b.required(m, "units", ""), "units");
    for (int i = 0; ul != null && i < ul.items().size(); i++) {
      Unit u = unit(ul.items().get(i), "units[" + i + "]");
      if (u != null) {
        units.add(u);
      }
    }
    List<String> generic = b.texts(b.optional(m, "generic", ""), "generic");
    List<Goal> goals = new ArrayList<>();
    YList gl = listOf(b.optional(m, "goals", ""), "goals");
    for (int i = 0; gl != null && i < gl.items().size(); i++) {
      Goal g = goal(gl.items().get(i), "goals[" + i + "]");
      if (g != null) {
        goals.add(g);
      }
    }
    List<Row> rows = new ArrayList<>();
    YList rl = listOf(b.required(m, "rows", ""), "rows");
    for (int i = 0; rl != null && i < rl.items().size(); i++) {
      Row r = row(rl.items().get(i), "rows[" + i + "]");
      if (r != null) {
        rows.add(r);
        rowPaths.add("rows[" + i + "]");
      }
    }
    return new Checklist(doc, units, generic, goals, rows);
  }

  private YList listOf(YNode n, String path) {
    return n == null ? null : b.list(n, path);
  }

  private Document document(YNode n) {
    if (n == null) {
      return null;
    }
    YMap m = b.map(n, "document");
    if (m == null) {
      return null;
    }
    String p = "document";
    b.onlyKnown(m, p, DOCUMENT);
    String title = b.text(b.required(m, "title", p), p + ".title", false);
    String number = b.text(b.required(m, "number", p), p + ".number", false);
    String issuer = b.text(b.required(m, "issuer", p), p + ".issuer", false);
    LocalDate date = b.date(b.required(m, "date", p), p + ".date", false);
    Long year = b.count(b.required(m, "year", p), p + ".year", false);
    String checklist = b.text(b.required(m, "checklist", p), p + ".checklist", false);
    if (year != null && (year < 1900 || year > 2999)) {
      b.error("year", Msg.of("'document.year' %d is not a plausible year", year),
          b.place(p + ".year"), p + ".year");
      year = null;
    }
    return new Document(title, number, issuer, date, year == null ? 0 : year.intValue(), checklist);
  }

  private Unit unit(YNode n, String p) {
    YMap m = b.map(n, p);
    if (m == null) {
      return null;
    }
    b.onlyKnown(m, p, UNIT);
    String name = b.text(b.required(m, "name", p), p + ".name", false);
    List<String> aliases = b.texts(b.optional(m, "aliases", p), p + ".aliases");
    return name == null ? null : new Unit(name, aliases);
  }

  private Goal goal(YNode n, String p) {
    YMap m = b.map(n, p);
    if (m == null) {
      return null;
    }
    b.onlyKnown(m, p, GOAL);
    String id = b.text(b.required(m, "id", p), p + ".id", false);
    if (id != null && !GOAL_ID.matcher(id).matches()) {
      b.error("id", Msg.of("goal id '%s' should be G followed by a number, like G1", id),
          b.place(p + ".id"), p + ".id");
    }
    String indicator = b.text(b.required(m, "indicator", p), p + ".indicator", false);
    String text = b.text(b.optional(m, "text", p), p + ".text", true);
    Target target = target(b.required(m, "target", p), p + ".target");
    Schedule schedule = schedule(b.required(m, "schedule", p), p + ".schedule");
    if (id == null || indicator == null || target == null || schedule == null) {
      return null;
    }
    return new Goal(id, indicator, text, target, schedule);
  }

  private Row row(YNode n, String p) {
    YMap m = b.map(n, p);
    if (m == null) {
      return null;
    }
    b.onlyKnown(m, p, ROW);
    String idText = b.text(b.required(m, "id", p), p + ".id", false);
    RowId id = null;
    if (idText != null) {
      id = RowId.parse(idText).orElse(null);
      if (id == null) {
        b.error("id", Msg.of("row id '%s' should be N.k (item N, k-th row), like 13.1", idText),
            b.place(p + ".id"), p + ".id");
      }
    }
    String title = b.text(b.required(m, "title", p), p + ".title", false);
    String points = b.text(b.required(m, "points", p), p + ".points", false);
    List<String> lead = b.texts(b.required(m, "lead", p), p + ".lead");
    List<String> partners = b.texts(b.required(m, "partners", p), p + ".partners");
    String goal = b.text(b.required(m, "goal", p), p + ".goal", false);
    String indicator = b.text(b.required(m, "indicator", p), p + ".indicator", false);
    Target target = target(b.required(m, "target", p), p + ".target");
    Schedule schedule = schedule(b.required(m, "schedule", p), p + ".schedule");
    Definition definition = definition(b.required(m, "definition", p), p + ".definition");
    String method = b.text(b.required(m, "method", p), p + ".method", false);
    if (Arrays.asList(id, title, points, goal, indicator, target, schedule, definition, method)
        .contains(null)) {
      return null;
    }
    return new Row(id, title, points, lead, partners, goal, indicator, target, schedule,
        definition, method, extra(b.optional(m, "extra", p), p + ".extra"));
  }

  /** The cells of a row's other columns by their header; an empty mapping where there is none. */
  private Map<String, String> extra(YNode n, String p) {
    Map<String, String> out = new LinkedHashMap<>();
    YMap m = n == null ? null : b.map(n, p);
    if (m != null) {
      for (YNode.Entry e : m.entries().values()) {
        String v = b.text(e.value(), Binder.child(p, e.key().name()), false);
        if (v != null) {
          out.put(e.key().name(), v);
        }
      }
    }
    return out;
  }

  private Target target(YNode n, String p) {
    if (n == null) {
      return null;
    }
    YMap m = b.map(n, p);
    if (m == null) {
      return null;
    }
    b.onlyKnown(m, p, TARGET);
    String text = b.text(b.required(m, "text", p), p + ".text", false);
    String opText = b.text(b.required(m, "op", p), p + ".op", true);
    Op op = null;
    if (opText != null) {
      op = Op.fromSymbol(opText);
      if (op == null) {
        b.error("op", Msg.of("'%s.op' should be \">=\", \">\", \"<=\", \"<\", \"between\" or null, "
            + "found '%s'", p, opText),
            b.place(p + ".op"), p + ".op");
      }
    }
    BigDecimal value = b.number(b.required(m, "value", p), p + ".value", true);
    String unit = b.text(b.required(m, "unit", p), p + ".unit", true);
    if (value != null && value.signum() < 0) {
      b.error("negative", Msg.of("'%s.value' must not be negative", p), b.place(p + ".value"),
          p + ".value");
    }
    BigDecimal upper = b.number(b.optional(m, "upper", p), p + ".upper", true);
    BigDecimal tolerance = b.number(b.optional(m, "tolerance", p), p + ".tolerance", true);
    Boolean growth = b.flag(b.optional(m, "growth", p), p + ".growth");
    BigDecimal baseline = b.number(b.optional(m, "baseline", p), p + ".baseline", true);
    return text == null ? null : new Target(text, op, value, unit, upper, tolerance,
        Boolean.TRUE.equals(growth), baseline);
  }

  private Schedule schedule(YNode n, String p) {
    if (n == null) {
      return null;
    }
    YMap m = b.map(n, p);
    if (m == null) {
      return null;
    }
    b.onlyKnown(m, p, SCHEDULE);
    String text = b.text(b.required(m, "text", p), p + ".text", false);
    String kindText = b.text(b.required(m, "kind", p), p + ".kind", false);
    ScheduleKind kind = null;
    if (kindText != null) {
      kind = ScheduleKind.fromYaml(kindText);
      if (kind == null) {
        List<String> kinds = Arrays.stream(ScheduleKind.values()).map(ScheduleKind::yaml).toList();
        b.error("kind", Msg.of("unknown schedule kind '%s'%s; one of %s", kindText,
            DidYouMean.hint(kindText, kinds), String.join(", ", kinds)), b.place(p + ".kind"),
            p + ".kind");
      }
    }
    YearMonth from = b.month(b.optional(m, "from", p), p + ".from", true);
    YearMonth to = b.month(b.optional(m, "to", p), p + ".to", true);
    List<Milestone> milestones = new ArrayList<>();
    YList ml = listOf(b.optional(m, "milestones", p), p + ".milestones");
    for (int i = 0; ml != null && i < ml.items().size(); i++) {
      Milestone ms = milestone(ml.items().get(i), p + ".milestones[" + i + "]");
      if (ms != null) {
        milestones.add(ms);
      }
    }
    return text == null || kind == null ? null : new Schedule(text, kind, from, to, milestones);
  }

  private Milestone milestone(YNode n, String p) {
    YMap m = b.map(n, p);
    if (m == null) {
      return null;
    }
    b.onlyKnown(m, p, MILESTONE);
    LocalDate due = b.date(b.required(m, "due", p), p + ".due", false);
    Long cumulative = b.count(b.optional(m, "cumulative", p), p + ".cumulative", true);
    String deliverable = b.text(b.optional(m, "deliverable", p), p + ".deliverable", true);
    return due == null ? null : new Milestone(due, cumulative, deliverable);
  }

  private Definition definition(YNode n, String p) {
    if (n == null) {
      return null;
    }
    YMap m = b.map(n, p);
    if (m == null) {
      return null;
    }
    b.onlyKnown(m, p, DEFINITION);
    String text = b.text(b.required(m, "text", p), p + ".text", false);
    String num = b.text(b.optional(m, "numerator", p), p + ".numerator", true);
    String den = b.text(b.optional(m, "denominator", p), p + ".denominator", true);
    return text == null ? null : new Definition(text, num, den);
  }
}
