package dev.qingdan.load;

import dev.qingdan.text.Msg;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML value that remembers where it was written, so every problem can point at its place. */
public sealed interface YNode {
  /** Where the value starts. */
  Loc loc();

  /** What the value is, for messages such as "expected a list, found a mapping". */
  Msg description();

  /** A key of a mapping with the place it was written. */
  record Key(String name, Loc loc) {}

  /** A mapping in the order written; duplicate keys were reported and dropped when reading. */
  record YMap(Map<String, Entry> entries, Loc loc) implements YNode {
    public YMap {
      entries = new LinkedHashMap<>(entries);
    }

    public YNode get(String key) {
      Entry e = entries.get(key);
      return e == null ? null : e.value();
    }

    @Override
    public Msg description() {
      return Msg.of("a mapping");
    }
  }

  /** One key and its value. */
  record Entry(Key key, YNode value) {}

  /** A sequence. */
  record YList(List<YNode> items, Loc loc) implements YNode {
    public YList {
      items = List.copyOf(items);
    }

    @Override
    public Msg description() {
      return Msg.of("a list");
    }
  }

  /**
   * A scalar exactly as written.
   *
   * @param text the text as written (for {@code id: 13.1} this is {@code 13.1})
   * @param type what YAML made of it
   */
  record YScalar(String text, ScalarType type, Loc loc) implements YNode {
    public boolean isNull() {
      return type == ScalarType.NULL;
    }

    /** Whether this stands for a YAML alias, refused and reported where it was read. */
    public boolean isAlias() {
      return type == ScalarType.ALIAS;
    }

    @Override
    public Msg description() {
      return switch (type) {
        case NULL -> Msg.of("nothing (null)");
        case STRING -> Msg.of("the text '%s'", abbreviate(text));
        case INTEGER, FLOAT -> Msg.of("the number %s", abbreviate(text));
        case BOOLEAN -> Msg.of("the boolean %s", text);
        case ALIAS -> Msg.of("an alias");
      };
    }

    private static String abbreviate(String s) {
      return s.length() <= 40 ? s : s.substring(0, 39) + "…";
    }
  }

  /** The types YAML's core schema gives a plain or quoted scalar. */
  enum ScalarType {
    STRING,
    INTEGER,
    FLOAT,
    BOOLEAN,
    NULL,
    /** Not a YAML type: an alias, which qingdan refuses (its problem is reported once). */
    ALIAS
  }
}
