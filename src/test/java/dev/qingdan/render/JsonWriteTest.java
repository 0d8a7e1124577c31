package dev.qingdan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Json#write} prints exactly what Jackson's ObjectMapper prints for the same tree. */
class JsonWriteTest {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String[] TEXT = {"", "a", "清单", "引号\"与\\反斜杠", "tab\tnew\nline",
      "\u0001", "emoji \uD83D\uDE00", "</script>"};

  private static String mapper(JsonNode n) throws Exception {
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(
        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    return new ObjectMapper().writer(pretty).writeValueAsString(n) + "\n";
  }

  private static String ours(JsonNode n) {
    StringWriter s = new StringWriter();
    Json.write(new PrintWriter(s), n);
    return s.toString();
  }

  private static JsonNode random(Random r, int depth) {
    int kind = r.nextInt(depth > 3 ? 9 : 11);
    return switch (kind) {
      case 0 -> F.textNode(TEXT[r.nextInt(TEXT.length)]);
      case 1 -> F.numberNode(r.nextInt());
      case 2 -> F.numberNode(r.nextLong());
      case 3 -> F.numberNode(new BigInteger(80, r));
      case 4 -> Json.number(BigDecimal.valueOf(r.nextInt(100_000), r.nextInt(6)));
      case 5 -> F.numberNode(r.nextDouble() * 1000);
      case 6 -> F.numberNode(r.nextFloat());
      case 7 -> F.booleanNode(r.nextBoolean());
      case 8 -> F.nullNode();
      case 9 -> {
        ArrayNode a = F.arrayNode();
        for (int i = r.nextInt(4); i > 0; i--) {
          a.add(random(r, depth + 1));
        }
        yield a;
      }
      default -> {
        ObjectNode o = F.objectNode();
        for (int i = r.nextInt(5); i > 0; i--) {
          o.set(TEXT[r.nextInt(TEXT.length)] + i, random(r, depth + 1));
        }
        yield o;
      }
    };
  }

  @Test
  void sameTextAsObjectMapper() throws Exception {
    Random r = new Random(20221231);
    for (int i = 0; i < 3000; i++) {
      ObjectNode doc = Json.document();
      doc.set("value", random(r, 0));
      assertEquals(mapper(doc), ours(doc), "case " + i);
    }
  }

  @Test
  void emptyContainersAndTheDocumentHeader() throws Exception {
    ObjectNode doc = Json.document();
    doc.set("rows", Json.array());
    doc.set("o", Json.object());
    assertEquals("{\n  \"schemaVersion\": 1,\n  \"rows\": [ ],\n  \"o\": { }\n}\n", ours(doc));
    assertEquals(mapper(doc), ours(doc));
  }
}
