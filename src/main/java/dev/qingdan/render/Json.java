package dev.qingdan.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Collection;

/** Writes JSON documents the same way everywhere: two-space indent, {@code \n}, UTF-8 text. */
public final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private Json() {}

  /** A new document object with {@code "schemaVersion": 1} first, as the contract asks. */
  public static ObjectNode document() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("schemaVersion", 1);
    return o;
  }

  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  public static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  public static ArrayNode strings(Collection<String> items) {
    ArrayNode a = array();
    items.forEach(a::add);
    return a;
  }

  /** A number without a trailing {@code .0}: 100 stays 100, 99.5 stays 99.5. */
  public static JsonNode number(BigDecimal v) {
    if (v == null) {
      return JsonNodeFactory.instance.nullNode();
    }
    BigDecimal s = v.stripTrailingZeros();
    if (s.scale() <= 0) {
      return JsonNodeFactory.instance.numberNode(s.toBigIntegerExact());
    }
    return JsonNodeFactory.instance.numberNode(s);
  }

  /** Writes a document and a final newline. */
  public static void write(PrintWriter out, JsonNode doc) {
    try {
      out.print(MAPPER.writer(PRETTY).writeValueAsString(doc));
      out.print('\n');
      out.flush();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
