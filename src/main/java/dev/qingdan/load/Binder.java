package dev.qingdan.load;

import dev.qingdan.load.YNode.ScalarType;
import dev.qingdan.load.YNode.YList;
import dev.qingdan.load.YNode.YMap;
import dev.qingdan.load.YNode.YScalar;
import dev.qingdan.text.Msg;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Turns located YAML into values, collecting a problem for every field that is missing, unknown or
 * of the wrong type instead of stopping at the first, and remembering where each field was.
 */
public final class Binder {
  /** The most digits a number may have on either side of its decimal point. */
  static final int MAX_DIGITS = 30;

  final String file;
  final List<Problem> problems;
  public final Map<String, Loc> places = new HashMap<>();

  public Binder(String file, List<Problem> problems) {
    this.file = file;
    this.problems = problems;
  }

  public void error(String code, Msg message, Loc at, String path) {
    problems.add(Problem.error(code, message, file, at, path));
  }

  void warning(String code, Msg message, Loc at, String path) {
    problems.add(Problem.warning(code, message, file, at, path));
  }

  /** Reports that the value at {@code path} should be {@code what} but is {@code n}. */
  private void wrongType(YNode n, String path, Msg what) {
    wrongType(n, path, what, n.description());
  }

  private void wrongType(YNode n, String path, Msg what, Msg found) {
    error("type", Msg.of("%s should be %s, found %s", describePath(path), what, found), n.loc(),
        path);
  }

  /** An alias: refused where YAML was read, so every other problem with it would repeat that. */
  public static boolean isAlias(YNode n) {
    return n instanceof YScalar s && s.isAlias();
  }

  public Loc place(String path) {
    return places.getOrDefault(path, Loc.FILE);
  }

  public static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  public YMap map(YNode n, String path) {
    places.put(path, n.loc());
    if (n instanceof YMap m) {
      return m;
    }
    if (isAlias(n)) {
      return null;
    }
    wrongType(n, path, Msg.of("a mapping"));
    return null;
  }

  public YList list(YNode n, String path) {
    places.put(path, n.loc());
    if (n instanceof YList l) {
      return l;
    }
    if (n instanceof YScalar s && s.isNull()) {
      return new YList(List.of(), n.loc());
    }
    if (isAlias(n)) {
      return null;
    }
    wrongType(n, path, Msg.of("a list"));
    return null;
  }

  /** Reports every key of {@code m} that is not in {@code allowed}, with a suggestion. */
  public void onlyKnown(YMap m, String path, List<String> allowed) {
    for (YNode.Entry e : m.entries().values()) {
      String k = e.key().name();
      if (!allowed.contains(k)) {
        error(
            "unknown-field",
            Msg.of("unknown field '%s'%s; allowed here: %s", k, DidYouMean.hint(k, allowed),
                String.join(", ", allowed)),
            e.key().loc(),
            child(path, k));
      }
    }
  }

  /** The value of a required key, or null after reporting it missing. */
  public YNode required(YMap m, String key, String path) {
    YNode v = m.get(key);
    if (v == null) {
      error("missing-field", Msg.of("missing required field '%s'", key), m.loc(),
          child(path, key));
    } else {
      places.put(child(path, key), v.loc());
    }
    return v;
  }

  public YNode optional(YMap m, String key, String path) {
    YNode v = m.get(key);
    if (v != null) {
      places.put(child(path, key), v.loc());
    }
    return v;
  }

  /** A scalar read as written; null after a problem, or for YAML null when {@code nullable}. */
  public String text(YNode n, String path, boolean nullable) {
    if (n == null) {
      return null;
    }
    places.put(path, n.loc());
    if (isAlias(n)) {
      return null;
    }
    if (n instanceof YScalar s) {
      if (s.isNull()) {
        if (!nullable) {
          wrongType(n, path, Msg.of("text"), Msg.of("nothing"));
        }
        return null;
      }
      return s.text();
    }
    wrongType(n, path, Msg.of("text"));
    return null;
  }

  /** A number (integer or decimal), null after a problem or for YAML null when {@code nullable}. */
  public BigDecimal number(YNode n, String path, boolean nullable) {
    if (n == null) {
      return null;
    }
    places.put(path, n.loc());
    if (n instanceof YScalar s
        && (s.type() == ScalarType.INTEGER || s.type() == ScalarType.FLOAT)) {
      try {
        BigDecimal v = new BigDecimal(s.text().replace("_", ""));
        if (v.signum() != 0 && (v.precision() - v.scale() > MAX_DIGITS || v.scale() > MAX_DIGITS)) {
          // 1e999999999 is a short number whose digits, written out, would fill the heap
          error("too-large", Msg.of("%s %s is out of range: at most %d digits before and after "
              + "the decimal point", describePath(path), s.text(), MAX_DIGITS), n.loc(), path);
          return null;
        }
        return v;
      } catch (NumberFormatException e) {
        // falls through to the type problem: YAML numbers like .inf are no counts
      }
    }
    if (n instanceof YScalar s && s.isNull() && nullable || isAlias(n)) {
      return null;
    }
    wrongType(n, path, Msg.of("a number"));
    return null;
  }

  /** A YAML boolean, null when absent, YAML null or after a problem. */
  public Boolean flag(YNode n, String path) {
    if (n == null) {
      return null;
    }
    places.put(path, n.loc());
    if (n instanceof YScalar s && s.type() == ScalarType.BOOLEAN) {
      return Boolean.valueOf(s.text().toLowerCase(Locale.ROOT));
    }
    if (n instanceof YScalar s && s.isNull() || isAlias(n)) {
      return null;
    }
    wrongType(n, path, Msg.of("true or false"));
    return null;
  }

  /** A whole non-negative number that fits 64 bits. */
  public Long count(YNode n, String path, boolean nullable) {
    BigDecimal v = number(n, path, nullable);
    if (v == null) {
      return null;
    }
    try {
      return Values.whole(v);
    } catch (Values.Refused e) {
      switch (e.fault) {
        case NEGATIVE -> error("negative", Msg.of("%s must not be negative, found %s",
            describePath(path), v.toPlainString()), n.loc(), path);
        case FRACTION -> error("fraction", Msg.of("%s must be a whole number, found %s",
            describePath(path), v.toPlainString()), n.loc(), path);
        default -> error("too-large", Msg.of("%s is too large: %s", describePath(path),
            v.toPlainString()), n.loc(), path);
      }
      return null;
    }
  }

  public LocalDate date(YNode n, String path, boolean nullable) {
    return parsed(n, path, nullable, Msg.of("a date YYYY-MM-DD"), Values::date,
        (s, e) -> Msg.of("%s: %s is not a day of the calendar", describePath(path), s));
  }

  public YearMonth month(YNode n, String path, boolean nullable) {
    return parsed(n, path, nullable, Msg.of("a month YYYY-MM"), Values::month,
        (s, e) -> Msg.of("%s: %s has no month %d", describePath(path), s, e.detail));
  }

  /** Reads a value from text as {@link Values} does. */
  @FunctionalInterface
  private interface Parse<T> {
    T apply(String text) throws Values.Refused;
  }

  /**
   * A value read from a scalar by {@code parse}: text not written as {@code what} is of the wrong
   * type; a well-formed text that names no value (2022-13) is said by {@code why}.
   */
  private <T> T parsed(YNode n, String path, boolean nullable, Msg what, Parse<T> parse,
      BiFunction<String, Values.Refused, Msg> why) {
    if (n == null) {
      return null;
    }
    String s = text(n, path, nullable);
    if (s == null) {
      return null;
    }
    try {
      return parse.apply(s);
    } catch (Values.Refused e) {
      if (e.fault == Values.Fault.FORM) {
        wrongType(n, path, what);
      } else {
        error("date", why.apply(s, e), n.loc(), path);
      }
      return null;
    }
  }

  /** A list of texts; every item must be a scalar. */
  public List<String> texts(YNode n, String path) {
    List<String> out = new ArrayList<>();
    if (n == null) {
      return out;
    }
    YList l = list(n, path);
    if (l == null) {
      return out;
    }
    for (int i = 0; i < l.items().size(); i++) {
      String s = text(l.items().get(i), path + "[" + i + "]", false);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  static Msg describePath(String path) {
    return path.isEmpty() ? Msg.of("the document") : Msg.verbatim("'" + path + "'");
  }
}
