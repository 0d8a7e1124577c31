package dev.qingdan.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.qingdan.load.YNode.Entry;
import dev.qingdan.load.YNode.Key;
import dev.qingdan.load.YNode.ScalarType;
import dev.qingdan.load.YNode.YList;
import dev.qingdan.load.YNode.YMap;
import dev.qingdan.load.YNode.YScalar;
import dev.qingdan.text.Msg;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text into a tree of {@link YNode}s that keep their places.
 *
 * <p>Strict on purpose: duplicate keys are errors (YAML says so, most parsers keep the last one
 * silently), aliases are refused (they are how "billion laughs" bombs are built and a checklist
 * needs none), and depth and size are bounded.
 */
public final class YamlTree {
  /** The deepest nesting a qingdan file needs is 6; anything past this is hostile or broken. */
  public static final int MAX_DEPTH = 64;

  /** Longest scalar accepted, in characters. */
  public static final int MAX_STRING = 1_000_000;

  /**
   * The most values (mappings, lists and scalars) one file may hold. The real checklist has about
   * 1,500 and a year of monthly reports of a district a few tens of thousands; a tree of a million
   * is read in a heap of 512 MB, and a file of tens of millions would exhaust any heap. Larger
   * progress data goes in CSV, which is streamed.
   */
  public static final int MAX_VALUES = 1_000_000;

  private final String file;
  private final List<Problem> problems;
  private int depth;
  private int values;
  private int aliases;
  private Problem firstAlias;
  /**
   * The path of the value being read, segment by segment: a key, or (where the key is null) an
   * index in a list. It is written out only for a problem: a register of thousands of units would
   * otherwise spell a path for every value.
   */
  private final String[] keys = new String[MAX_DEPTH + 2];
  private final int[] indices = new int[MAX_DEPTH + 2];
  private int segments;

  private YamlTree(String file, List<Problem> problems) {
    this.file = file;
    this.problems = problems;
  }

  /**
   * Parses one YAML document; problems are added to {@code problems}. Returns empty when the text
   * could not be parsed at all (the reason is among the problems).
   */
  public static Optional<YNode> parse(String file, String text, List<Problem> problems) {
    YamlTree t = new YamlTree(file, problems);
    try (JsonParser p = factory(text.length()).createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        problems.add(Problem.error("empty", Msg.of("the file is empty"), file, Loc.FILE, ""));
        return Optional.empty();
      }
      YNode root = t.value(p);
      if (p.nextToken() != null) {
        problems.add(
            Problem.error(
                "yaml-multiple-documents",
                Msg.of("only one YAML document per file is read; remove the second '---' "
                    + "document"),
                file,
                loc(p.currentTokenLocation()),
                ""));
      }
      return Optional.of(root);
    } catch (StreamConstraintsException e) {
      problems.add(
          Problem.error(
              "yaml-limit", limitMessage(e), file, loc(e.getLocation()), ""));
      return Optional.empty();
    } catch (JsonProcessingException e) {
      problems.add(
          Problem.error(
              "yaml-syntax", YamlSyntax.message(e), file, syntaxLoc(e, text), ""));
      return Optional.empty();
    } catch (IOException e) {
      problems.add(Problem.error("yaml-syntax", e.getMessage() == null ? Msg.of("malformed YAML")
          : Msg.of("malformed YAML: %s", Msg.verbatim(e.getMessage())), file, Loc.FILE, ""));
      return Optional.empty();
    } catch (LimitException e) {
      problems.add(Problem.error("yaml-limit", e.text, file, e.at, ""));
      return Optional.empty();
    } finally {
      t.aliasesFound();
    }
  }

  /** One problem for every alias of the file: a bomb holds thousands. */
  private void aliasesFound() {
    if (firstAlias == null) {
      return;
    }
    Problem p = firstAlias;
    problems.add(aliases == 1 ? p : new Problem(p.severity(), p.code(),
        Msg.of("%s (%d aliases in the file)", p.text(), aliases), p.file(), p.line(), p.column(),
        p.path()));
    firstAlias = null;
  }

  private static YAMLFactory factory(int length) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // found and reported by us, with both places
    options.setMaxAliasesForCollections(50);
    options.setNestingDepthLimit(MAX_DEPTH + 1);
    options.setCodePointLimit(Math.max(length + 1, 3 * 1024 * 1024));
    return YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH + 1)
                .maxStringLength(MAX_STRING)
                .maxNumberLength(64)
                .build())
        .build();
  }

  private YNode value(JsonParser p) throws IOException {
    Loc at = loc(p.currentTokenLocation());
    if (++values > MAX_VALUES) {
      throw new LimitException(Msg.of("the YAML holds more than %s values; a checklist or a "
          + "progress file needs far fewer (split the reports into several files, or give them as "
          + "CSV)", String.format("%,d", MAX_VALUES)), at);
    }
    if (p instanceof YAMLParser y && y.isCurrentAlias()) {
      if (aliases++ == 0) {
        String name = y.getText() == null ? "" : y.getText();
        firstAlias = Problem.error("yaml-alias", Msg.of("YAML aliases (*%s) are not allowed: "
            + "write the value out", name.length() > 40 ? name.substring(0, 40) + "…" : name), file,
            at, path());
      }
      return new YScalar("", ScalarType.ALIAS, at);
    }
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT:
        return map(p, at);
      case START_ARRAY:
        return list(p, at);
      case VALUE_STRING:
        return new YScalar(text(p, at), ScalarType.STRING, at);
      case VALUE_NUMBER_INT:
        return new YScalar(p.getText(), ScalarType.INTEGER, at);
      case VALUE_NUMBER_FLOAT:
        return new YScalar(p.getText(), ScalarType.FLOAT, at);
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new YScalar(p.getText(), ScalarType.BOOLEAN, at);
      case VALUE_NULL:
        return new YScalar("", ScalarType.NULL, at);
      default:
        return new YScalar(p.getText(), ScalarType.STRING, at);
    }
  }

  private YNode map(JsonParser p, Loc at) throws IOException {
    enter(at);
    Map<String, Entry> entries = new LinkedHashMap<>();
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      Loc keyAt = loc(p.currentTokenLocation());
      String name = text(p, keyAt);
      p.nextToken();
      keys[segments++] = name;
      YNode v = value(p);
      Entry before = entries.get(name);
      if (before != null) {
        problems.add(
            Problem.error(
                "duplicate-key",
                Msg.of("duplicate key '%s' (first at line %d); YAML keys must be unique", name,
                    before.key().loc().line()),
                file,
                keyAt,
                path()));
      } else {
        entries.put(name, new Entry(new Key(name, keyAt), v));
      }
      segments--;
    }
    depth--;
    return new YMap(entries, at);
  }

  private YNode list(JsonParser p, Loc at) throws IOException {
    enter(at);
    List<YNode> items = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      keys[segments] = null;
      indices[segments++] = items.size();
      items.add(value(p));
      segments--;
    }
    depth--;
    return new YList(items, at);
  }

  /** The path of the value being read, as problems give it: {@code rows[3].target.op}. */
  private String path() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < segments; i++) {
      if (keys[i] == null) {
        b.append('[').append(indices[i]).append(']');
      } else {
        // a key after nothing written (the root, or an empty key of it) takes no dot
        b.append(b.length() == 0 ? "" : ".").append(keys[i]);
      }
    }
    return b.toString();
  }

  /**
   * The text of a string or key. Jackson's string limit does not reach YAML, whose scalars come
   * whole from SnakeYAML, so it is checked here.
   */
  private static String text(JsonParser p, Loc at) throws IOException {
    String s = p.getText();
    if (s != null && s.length() > MAX_STRING) {
      throw new LimitException(Msg.of("a text value is longer than %s characters",
          String.format("%,d", MAX_STRING)), at);
    }
    return s;
  }

  private void enter(Loc at) {
    if (++depth > MAX_DEPTH) {
      throw new LimitException(Msg.of("the YAML is nested more than %d levels deep", MAX_DEPTH),
          at);
    }
  }

  /**
   * Where a syntax error is: at the token that opens the problem, not where the parser gave up
   * (Jackson's location, often lines further on). An unclosed quote, bracket or brace, or a key
   * without its ':', is where it opens (SnakeYAML's context mark); a tab that indents is the tab
   * itself; a key indented deeper than its line may be is at the start of that line.
   */
  private static Loc syntaxLoc(JsonProcessingException e, String text) {
    if (e.getCause() instanceof MarkedYAMLException y) {
      Mark problem = y.getProblemMark();
      if (problem != null && YamlSyntax.isTab(e)) {
        return at(problem);
      }
      if (y.getContextMark() != null && YamlSyntax.opens(y.getContext())) {
        return at(y.getContextMark());
      }
      if (problem != null && "mapping values are not allowed here".equals(y.getProblem())) {
        return keyIndented(text, problem);
      }
    }
    return loc(e.getLocation());
  }

  private static Loc at(Mark m) {
    return new Loc(m.getLine() + 1, m.getColumn() + 1);
  }

  /**
   * A ':' that is not allowed: where its line holds no key before it, the line is a key indented
   * deeper than the mapping it belongs to, read as the continuation of the value above: the start
   * of its line. A second ':' on a line ({@code title: a: b}) stays where it is.
   */
  private static Loc keyIndented(String text, Mark colon) {
    String line = text.lines().skip(colon.getLine()).findFirst().orElse("");
    int[] points = line.codePoints().toArray();
    String before = new String(points, 0, Math.min(colon.getColumn(), points.length));
    if (before.contains(": ")) {
      return at(colon);
    }
    int start = 0;
    while (start < points.length && points[start] == ' ') {
      start++;
    }
    return new Loc(colon.getLine() + 1, start + 1);
  }

  public static Loc loc(JsonLocation l) {
    if (l == null || l.getLineNr() <= 0) {
      return Loc.FILE;
    }
    return new Loc(l.getLineNr(), Math.max(l.getColumnNr(), 0));
  }

  private static Msg limitMessage(StreamConstraintsException e) {
    String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (m.contains("nesting depth")) {
      return Msg.of("the YAML is nested more than %d levels deep", MAX_DEPTH);
    }
    if (m.contains("String value length")) {
      return Msg.of("a text value is longer than %s characters", String.format("%,d", MAX_STRING));
    }
    if (m.contains("Number value length")) {
      return Msg.of("a number is longer than 64 digits");
    }
    return Msg.of("the YAML exceeds a limit: %s", Msg.verbatim(m));
  }

  /** Unwinds the recursion when the document is too deep or too large. */
  private static final class LimitException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Loc at;
    private final transient Msg text;

    LimitException(Msg text, Loc at) {
      super(text.en(), null, false, false);
      this.at = at;
      this.text = text;
    }
  }
}
