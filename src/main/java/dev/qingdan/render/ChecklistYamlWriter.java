package dev.qingdan.render;

import dev.qingdan.model.Checklist;
import dev.qingdan.model.Definition;
import dev.qingdan.model.Document;
import dev.qingdan.model.Goal;
import dev.qingdan.model.Milestone;
import dev.qingdan.model.Row;
import dev.qingdan.model.Schedule;
import dev.qingdan.model.Target;
import dev.qingdan.model.Unit;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * Writes a checklist as YAML in the layout and key order of {@code policies.yaml}, so that an
 * imported revision and the hand-kept file diff line by line.
 */
public final class ChecklistYamlWriter {
  /** The modeline that lets editors validate the file against the checklist schema. */
  public static final String MODELINE =
      "# yaml-language-server: $schema=schema/policies.schema.json";

  private final PrintWriter out;

  private ChecklistYamlWriter(PrintWriter out) {
    this.out = out;
  }

  /**
   * Writes {@code c}; {@code comments} maps a row id ({@code 23.2}) to comment lines written above
   * that row.
   */
  public static void write(PrintWriter out, Checklist c, Map<String, List<String>> comments) {
    new ChecklistYamlWriter(out).checklist(c, comments);
    out.flush();
  }

  private void line(String s) {
    out.print(s);
    out.print('\n');
  }

  private void checklist(Checklist c, Map<String, List<String>> comments) {
    line(MODELINE);
    line("schemaVersion: 1");
    Document d = c.document();
    line("document:");
    line("  title: " + YamlText.scalar(d.title()));
    line("  number: " + YamlText.scalar(d.number()));
    line("  issuer: " + YamlText.scalar(d.issuer()));
    line("  date: " + d.date());
    line("  year: " + d.year());
    line("  checklist: " + YamlText.scalar(d.checklist()));
    // a table that names no unit (a department's own list) still writes a list: an empty one
    line(c.units().isEmpty() ? "units: []" : "units:");
    for (Unit u : c.units()) {
      line("  - name: " + YamlText.scalar(u.name()));
      if (!u.aliases().isEmpty()) {
        line("    aliases: " + YamlText.flowList(u.aliases()));
      }
    }
    line("generic: " + YamlText.flowList(c.generic()));
    if (!c.goals().isEmpty()) {
      line("goals:");
      for (Goal g : c.goals()) {
        goal(g, "  - ", "    ");
      }
    }
    line("rows:");
    for (Row r : c.rows()) {
      for (String comment : comments.getOrDefault(r.id().toString(), List.of())) {
        line("  # " + comment);
      }
      row(r, "  - ", "    ");
    }
  }

  /** Writes one row; {@code first} starts its first line, {@code in} the others. */
  private void row(Row r, String first, String in) {
    line(first + "id: \"" + r.id() + "\"");
    line(in + "title: " + YamlText.scalar(r.title()));
    line(in + "points: " + YamlText.scalar(r.points()));
    line(in + "lead: " + YamlText.flowList(r.lead()));
    line(in + "partners: " + YamlText.flowList(r.partners()));
    line(in + "goal: " + YamlText.scalar(r.goal()));
    line(in + "indicator: " + YamlText.scalar(r.indicator()));
    target(r.target(), in);
    schedule(r.schedule(), in);
    definition(r.definition(), in);
    line(in + "method: " + YamlText.scalar(r.method()));
    if (!r.extra().isEmpty()) {
      line(in + "extra:");
      r.extra().forEach((k, v) -> line(in + "  " + YamlText.scalar(k) + ": " + YamlText.scalar(v)));
    }
  }

  private void goal(Goal g, String first, String in) {
    line(first + "id: " + YamlText.scalar(g.id()));
    line(in + "indicator: " + YamlText.scalar(g.indicator()));
    if (g.text() != null) {
      line(in + "text: " + YamlText.scalar(g.text()));
    }
    target(g.target(), in);
    schedule(g.schedule(), in);
  }

  /** Writes one row as a YAML document of its own, in the layout of the checklist's rows. */
  public static void writeRow(PrintWriter out, Row r) {
    new ChecklistYamlWriter(out).row(r, "", "");
    out.flush();
  }

  /** Writes the rows of an item. */
  public static void writeItem(PrintWriter out, int item, List<Row> rows) {
    ChecklistYamlWriter w = new ChecklistYamlWriter(out);
    w.line("item: " + item);
    w.line("rows:");
    for (Row r : rows) {
      w.row(r, "  - ", "    ");
    }
    out.flush();
  }

  /** Writes one goal as a YAML document of its own. */
  public static void writeGoal(PrintWriter out, Goal g) {
    new ChecklistYamlWriter(out).goal(g, "", "");
    out.flush();
  }

  private void target(Target t, String in) {
    line(in + "target:");
    line(in + "  text: " + YamlText.scalar(t.text()));
    line(in + "  op: " + (t.op() == null ? "null" : YamlText.scalar(t.op().symbol())));
    line(in + "  value: " + (t.value() == null ? "null" : t.value().toPlainString()));
    line(in + "  unit: " + YamlText.scalar(t.unit()));
    if (t.upper() != null) {
      line(in + "  upper: " + t.upper().toPlainString());
    }
    if (t.tolerance() != null) {
      line(in + "  tolerance: " + t.tolerance().toPlainString());
    }
    if (t.growth()) {
      line(in + "  growth: true");
      line(in + "  baseline: " + (t.baseline() == null ? "null" : t.baseline().toPlainString()));
    }
  }

  private void schedule(Schedule s, String in) {
    line(in + "schedule:");
    line(in + "  text: " + YamlText.scalar(s.text()));
    line(in + "  kind: " + s.kind().yaml());
    if (s.from() != null) {
      line(in + "  from: " + s.from());
    }
    if (s.to() != null) {
      line(in + "  to: " + s.to());
    }
    if (!s.milestones().isEmpty()) {
      line(in + "  milestones:");
      for (Milestone m : s.milestones()) {
        line(in + "    - due: " + m.due());
        if (m.cumulative() != null) {
          line(in + "      cumulative: " + m.cumulative());
        }
        if (m.deliverable() != null) {
          line(in + "      deliverable: " + YamlText.scalar(m.deliverable()));
        }
      }
    }
  }

  private void definition(Definition d, String in) {
    line(in + "definition:");
    line(in + "  text: " + YamlText.scalar(d.text()));
    line(in + "  numerator: " + YamlText.scalar(d.numerator()));
    line(in + "  denominator: " + YamlText.scalar(d.denominator()));
  }
}
