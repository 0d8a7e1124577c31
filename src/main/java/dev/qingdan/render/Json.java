package dev.qingdan.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/** Writes JSON documents the same way everywhere: two-space indent, {@code \n}, UTF-8 text. */
public final class Json {
  private static final JsonFactory FACTORY = new JsonFactory();
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

  /**
   * Writes a document and a final newline. The tree is walked with jackson-core's generator
   * rather than handed to an ObjectMapper: setting up the mapper's serializers took longer than
   * everything else a {@code --format json} run does.
   */
  public static void write(PrintWriter out, JsonNode doc) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(text)) {
      g.setPrettyPrinter(PRETTY.createInstance());
      write(g, doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.print(text);
    out.print('\n');
    out.flush();
  }

  private static void write(JsonGenerator g, JsonNode n) throws IOException {
    switch (n.getNodeType()) {
      case OBJECT -> {
        g.writeStartObject();
        for (Map.Entry<String, JsonNode> e : n.properties()) {
          g.writeFieldName(e.getKey());
          write(g, e.getValue());
        }
        g.writeEndObject();
      }
      case ARRAY -> {
        g.writeStartArray();
        for (JsonNode item : n) {
          write(g, item);
        }
        g.writeEndArray();
      }
      case STRING -> g.writeString(n.textValue());
      case BOOLEAN -> g.writeBoolean(n.booleanValue());
      case NULL -> g.writeNull();
      case NUMBER -> {
        switch (n.numberType()) {
          case INT -> g.writeNumber(n.intValue());
          case LONG -> g.writeNumber(n.longValue());
          case BIG_INTEGER -> g.writeNumber(n.bigIntegerValue());
          case FLOAT -> g.writeNumber(n.floatValue());
          case DOUBLE -> g.writeNumber(n.doubleValue());
          case BIG_DECIMAL -> g.writeNumber(n.decimalValue());
          default -> throw new IllegalArgumentException("unexpected number " + n);
        }
      }
      default -> throw new IllegalArgumentException("not a JSON value: " + n.getNodeType());
    }
  }
}
