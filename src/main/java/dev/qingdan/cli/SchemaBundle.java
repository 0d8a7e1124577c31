package dev.qingdan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.qingdan.render.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A schema of the jar's {@code schema/} folder made whole: the files it refers to ({@code "$ref":
 * "row.schema.json"}, {@code "ratio.schema.json#/$defs/month"}) are embedded under its {@code
 * $defs}, named after their file ({@code $defs/row}, {@code $defs/ratio}), and every reference
 * points inside the one document ({@code #/$defs/row}, {@code #/$defs/ratio/$defs/month}). So a
 * printed schema validates alone, while the files keep one copy of what they share.
 */
final class SchemaBundle {
  /** The {@code $id}s of the schema files start with this; the rest is their path in schema/. */
  static final String BASE = "https://qingdan.dev/schema/";

  private static final String FOLDER = "/dev/qingdan/schema/";
  private static final JsonMapper MAPPER = new JsonMapper();

  private final ObjectNode root;
  /**
   * Where each document lives in the bundle, as a JSON pointer: the root at "", the others under
   * $defs, in the order they are first referred to.
   */
  private final Map<URI, String> at = new LinkedHashMap<>();
  private final Map<URI, ObjectNode> embedded = new LinkedHashMap<>();
  /** The documents whose references are still to rewrite. */
  private final Deque<Map.Entry<URI, JsonNode>> unrewritten = new ArrayDeque<>();

  private SchemaBundle(URI self, ObjectNode root) {
    this.root = root;
    at.put(self, "");
    unrewritten.add(Map.entry(self, root));
  }

  /**
   * The schema of that name ({@code policies}, {@code output/list}) as text: the file itself when
   * it refers to no other file, else the bundled tree.
   */
  static String of(String name) throws IOException {
    String text = read(name + ".schema.json");
    SchemaBundle b = new SchemaBundle(URI.create(BASE + name + ".schema.json"),
        (ObjectNode) MAPPER.readTree(text));
    while (!b.unrewritten.isEmpty()) {
      Map.Entry<URI, JsonNode> next = b.unrewritten.poll();
      b.rewrite(next.getValue(), next.getKey());
    }
    if (b.embedded.isEmpty()) {
      return text.endsWith("\n") ? text : text + "\n";
    }
    ObjectNode defs = b.root.has("$defs") ? (ObjectNode) b.root.get("$defs")
        : b.root.putObject("$defs");
    b.embedded.forEach((uri, schema) -> defs.set(key(uri), schema));
    StringWriter out = new StringWriter();
    Json.write(new PrintWriter(out), b.root);
    return out.toString();
  }

  /** Points every {@code $ref} under the node, in the document {@code base}, into the bundle. */
  private void rewrite(JsonNode node, URI base) throws IOException {
    JsonNode ref = node.get("$ref");
    if (node.isObject() && ref != null && ref.isTextual()) {
      URI target = base.resolve(ref.textValue());
      String fragment = target.getRawFragment() == null ? "" : target.getRawFragment();
      if (!fragment.isEmpty() && !fragment.startsWith("/")) {
        throw new IllegalStateException(base + ": only JSON pointers are bundled, not " + ref);
      }
      URI document = URI.create(target.toString().replaceFirst("#.*", ""));
      if (!at.containsKey(document)) {
        embed(document, base);
      }
      ((ObjectNode) node).put("$ref", "#" + at.get(document) + fragment);
    }
    for (JsonNode child : node) {
      rewrite(child, base);
    }
  }

  /** Reads a file a reference names, without the {@code $id} that would make it a resource. */
  private void embed(URI document, URI from) throws IOException {
    String key = key(document);
    if (root.path("$defs").has(key) || at.containsValue("/$defs/" + key)) {
      throw new IllegalStateException(from + ": $defs/" + key + " is taken, cannot embed "
          + document);
    }
    ObjectNode schema = (ObjectNode) MAPPER.readTree(read(path(document)));
    schema.remove("$schema");
    schema.remove("$id");
    at.put(document, "/$defs/" + key);
    embedded.put(document, schema);
    unrewritten.add(Map.entry(document, schema));
  }

  /** {@code $defs} key of an embedded file: its name without {@code .schema.json}. */
  private static String key(URI document) {
    String path = path(document);
    return path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.schema\\.json$", "");
  }

  private static String path(URI document) {
    String s = document.toString();
    if (!s.startsWith(BASE) || !s.endsWith(".schema.json")) {
      throw new IllegalStateException("not a schema of qingdan: " + s);
    }
    return s.substring(BASE.length());
  }

  private static String read(String path) throws IOException {
    try (InputStream in = SchemaBundle.class.getResourceAsStream(FOLDER + path)) {
      if (in == null) {
        throw new IllegalStateException("the schema " + FOLDER + path + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
