package dev.qingdan.load.progress;

import dev.qingdan.load.Binder;
import dev.qingdan.load.Problem;
import dev.qingdan.load.ProblemList;
import dev.qingdan.load.YNode.ScalarType;
import dev.qingdan.load.YNode.YList;
import dev.qingdan.load.YNode.YMap;
import dev.qingdan.load.YNode.YScalar;
import dev.qingdan.load.YNode;
import dev.qingdan.load.YamlTree;
import dev.qingdan.text.Msg;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Reads a YAML progress file: {@code reports:}, a list of reports, each handed on as written. */
final class ProgressYaml {
  static final List<String> TOP = List.of("reports");

  private ProgressYaml() {}

  /** Reads {@code text}, named {@code name}, adding its problems to {@code errors}. */
  static void read(String name, String text, List<Problem> errors,
      Consumer<ProgressReport> reports) {
    Binder b = new Binder(name, errors);
    Optional<YNode> root = YamlTree.parse(name, text, errors);
    if (root.isEmpty()) {
      return;
    }
    YMap m = b.map(root.get(), "");
    if (m == null) {
      return;
    }
    b.onlyKnown(m, "", TOP);
    YNode list = b.required(m, "reports", "");
    YList items = list == null ? null : b.list(list, "reports");
    for (int i = 0; items != null && i < items.items().size(); i++) {
      String p = "reports[" + i + "]";
      int before = ProblemList.offered(errors);
      YMap e = b.map(items.items().get(i), p);
      if (e == null) {
        continue;
      }
      b.onlyKnown(e, p, ProgressField.KEYS);
      ProgressReport r = new ProgressReport(name, i, e.loc());
      for (ProgressField f : ProgressField.values()) {
        YNode n = f.required ? b.required(e, f.key, p) : b.optional(e, f.key, p);
        if (n == null) {
          continue;
        }
        if (f.kind != ProgressField.Kind.NOTE) {
          r.place(f, n.loc());
          if (Binder.isAlias(n)) {
            // refused where YAML was read
            r.broken = true;
            continue;
          }
        }
        r.set(f, switch (f.kind) {
          case TEXT -> b.text(n, r.path(f), false);
          case NUMBER -> number(n, f, r, errors);
          case NOTE -> b.text(n, r.path(f), true);
        });
      }
      r.broken |= ProblemList.offered(errors) > before;
      reports.accept(r);
    }
  }

  /** A number field as written; YAML text such as {@code "15"} is refused, as the schema does. */
  private static String number(YNode n, ProgressField f, ProgressReport r,
      List<Problem> errors) {
    if (n instanceof YScalar s
        && (s.type() == ScalarType.INTEGER || s.type() == ScalarType.FLOAT)) {
      return s.text().replace("_", "");
    }
    Msg found = n instanceof YScalar s && s.isNull()
        ? Msg.of("nothing; leave the field out instead") : n.description();
    errors.add(r.error(f, "type", f == ProgressField.VALUE
        ? Msg.of("value should be a number, found %s", found)
        : Msg.of("%s should be a whole number, found %s", f.key, found)));
    return "";
  }
}
