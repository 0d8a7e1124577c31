package dev.qingdan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import dev.qingdan.load.checklist.ChecklistReader;
import dev.qingdan.load.checklist.LoadedChecklist;
import dev.qingdan.model.Row;
import dev.qingdan.render.ChecklistYamlWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Checks the JSON Schemas in {@code schema/}: they are valid 2020-12 schemas, they accept the
 * checklist and progress formats, and they reject what the formats forbid.
 *
 * <p>The YAML is read with Jackson's {@link YAMLMapper}, so unquoted dates stay strings as in the
 * tool, and handed to json-schema-validator as a tree.
 */
class SchemaFilesTest {
  private static final Path POLICIES_SCHEMA = Path.of("schema", "policies.schema.json");
  private static final Path PROGRESS_SCHEMA = Path.of("schema", "progress.schema.json");

  /** As the tool reads it: unquoted 2022-05-31 and 2022-06 are strings, 13.1 a number. */
  private static final YAMLMapper YAML = new YAMLMapper();

  /** Strict JSON: no duplicate keys, nothing after the document. */
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder.schemaRegistryConfig(
                  SchemaRegistryConfig.builder()
                      .pathType(PathType.JSON_POINTER)
                      .formatAssertionsEnabled(true)
                      .build()));

  private static final String CHECKLIST =
      """
      # yaml-language-server: $schema=schema/policies.schema.json
      schemaVersion: 1
      document:
        title: 鄞州区贯彻落实《浙江省人民政府办公厅关于扶持个体工商户纾困发展的若干意见》的实施方案
        number: 鄞个联〔2022〕2号
        issuer: 鄞州区扶持个体工商户发展工作联席会议办公室
        date: 2022-05-25
        year: 2022
        checklist: 鄞州区扶持个体工商户纾困发展若干意见任务实施清单
      units:
        - name: 区税务局
        - name: 区市场监管局
        - name: 区人社局
          aliases: [区人力社保局]
      generic:
        - 区级有关单位
        - 各镇街(园区)
      goals:
        - id: G1
          indicator: 小微主体职业劳动者培训
          text: 力争全年实现小微主体职业劳动者培训3000人次
          target:
            text: 3000人次
            op: ">="
            value: 3000
            unit: 人次
          schedule:
            text: 全年
            kind: window
            from: 2022-01
            to: 2022-12
            milestones:
              - due: 2022-12-31
                cumulative: 3000
      rows:
        - id: "1.1"
          title: 对月销售额15万元以下的小规模纳税人免征增值税
          points: 小规模纳税人发生增值税应税销售行为，月度合计销售额未超过15万元的，免征增值税。
          lead: [区税务局]
          partners: []
          goal: 符合条件的个体工商户全部享受免征政策，做到应享尽享。
          indicator: 政策享受率
          target:
            text: 100%
            op: ">="
            value: 100
            unit: "%"
          schedule:
            text: 依纳税人申报享受
            kind: ongoing
          definition:
            text: 实际享受的个体工商户数量/符合条件并申报的个体工商户数量
            numerator: 实际享受的个体工商户数量
            denominator: 符合条件并申报的个体工商户数量
          method: 将“全程电子化登记系统”
        - id: 20.1
          title: 加快个体工商户准入准营
          points: 全面实施准入准营“一件事”改革，分批推动高频行业证照集成办理，实现“准入即准营”。
          lead: [区市场监管局]
          partners: [区级有关单位]
          goal: 出台准入准营“一件事”改革实施方案，推动个体工商户高频办事行业证照集成办理
          indicator: 准入准营“一件事”应用场景上线数
          target:
            text: 8个
            op: ">="
            value: 8
            unit: 个
          schedule:
            text: 5月：上线2个应用场景； 6月-11月：各上线1个应用场景
            kind: cumulative
            from: 2022-05
            to: 2022-11
            milestones:
              - due: 2022-05-31
                cumulative: 2
              - due: 2022-06-30
                cumulative: 3
              - due: 2022-07-31
                cumulative: 4
              - due: 2022-08-31
                cumulative: 5
              - due: 2022-09-30
                cumulative: 6
              - due: 2022-10-31
                cumulative: 7
              - due: 2022-11-30
                cumulative: 8
          definition:
            text: 个体工商户可以通过准入准营“一件事”应用可以实现营业执照和相关许可证同步办理
            numerator: null
            denominator: null
          method: 建设准入准营“一件事”平台。
      """;

  private static final String PROGRESS =
      """
      # yaml-language-server: $schema=schema/progress.schema.json
      reports:
        - period: 2022-06
          id: "1.1"
          unit: 区税务局
          numerator: 1520
          denominator: 1520
        - period: 2022-06
          id: 13.1
          count: 410
          note: 第一批培训
        - period: 2022-07
          id: 20
          unit: 区市场监管局
          count: 1
        - period: 2022-09
          id: G1
          count: 0
        - period: 2022-09
          id: "19.1"
          done: 2022-09-20
      """;

  // ---- (a) the schema files ----

  @Test
  void schemaFilesAreValidJsonAndValid2020_12Schemas() throws IOException {
    Schema meta = metaSchema();
    for (Path file : List.of(POLICIES_SCHEMA, PROGRESS_SCHEMA)) {
      JsonNode schema = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
      assertEquals(
          SpecificationVersion.DRAFT_2020_12.getDialectId(),
          schema.get("$schema").asText(),
          file + ": $schema");
      assertEquals(
          "https://qingdan.dev/schema/" + file.getFileName(),
          schema.get("$id").asText(),
          file + ": $id");
      assertNoErrors(file.toString(), meta.validate(schema));
      // and the validator can compile it, every $ref included
      REGISTRY.getSchema(schema).initializeValidators();
    }
  }

  @Test
  void theMetaSchemaCheckCatchesABrokenSchema() throws IOException {
    JsonNode schema = JSON.readTree(Files.readString(POLICIES_SCHEMA, StandardCharsets.UTF_8));
    ((ObjectNode) schema.at("/properties/rows")).put("minItems", -1);
    List<Error> errors = metaSchema().validate(schema);
    assertTrue(
        errors.stream()
            .anyMatch(e -> e.getInstanceLocation().toString().equals("/properties/rows/minItems")),
        () -> "a negative minItems passes the meta-schema:\n" + describe(errors));
  }

  // ---- (b), (c) the checklist ----

  @Test
  void aValidChecklistPasses() throws IOException {
    assertNoErrors("checklist sample", validate(POLICIES_SCHEMA, CHECKLIST));
  }

  /**
   * Each case changes one line of the valid sample ({@code from} becomes {@code to}, {@code \n}
   * for a line break) and expects an error of that keyword at that place that names the key or
   * shows the value.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          unknown key in a row | '    method: 将“全程电子化登记系统”' | '    method: 将“全程电子化登记系统”\n    owner: 区财政局' | /rows/0                                  | additionalProperties | owner
          missing lead         | '    lead: [区税务局]\n'             | ''                                 | /rows/0                                  | required             | lead
          bad schedule kind    | '      kind: cumulative'           | '      kind: monthly'               | /rows/1/schedule/kind                    | enum                 | monthly
          bad date             | '        - due: 2022-06-30'        | '        - due: 2022-6-30'          | /rows/1/schedule/milestones/1/due        | pattern              | 2022-6-30
          impossible date      | '        - due: 2022-06-30'        | '        - due: 2022-06-31'         | /rows/1/schedule/milestones/1/due        | format               | 2022-06-31
          negative cumulative  | '          cumulative: 4'          | '          cumulative: -1'          | /rows/1/schedule/milestones/2/cumulative | minimum              | -1
          bad row id           | '  - id: "1.1"'                   | '  - id: "1.0"'                    | /rows/0/id                               | pattern              | 1.0
          row id without k     | '  - id: 20.1'                    | '  - id: 20'                       | /rows/1/id                               | not                  | 20
          bad goal id          | '  - id: G1'                      | '  - id: G0'                       | /goals/0/id                              | pattern              | G0
          month 13 in a window | '      from: 2022-05'              | '      from: 2022-13'               | /rows/1/schedule/from                    | pattern              | 2022-13
          """)
  void aBadChecklistFailsAtTheRightPlace(
      String what, String from, String to, String location, String keyword, String mention)
      throws IOException {
    String yaml = replaceOnce(CHECKLIST, from.translateEscapes(), to.translateEscapes());
    assertFailsAt(what, validate(POLICIES_SCHEMA, yaml), location, keyword, mention);
  }

  /** A row's extra cells: the schema takes text under any header; qingdan reads and writes it. */
  @Test
  void extraCellsOfARowAreTextUnderTheirHeader() throws IOException {
    String yaml = replaceOnce(CHECKLIST, "    method: 将“全程电子化登记系统”\n",
        "    method: 将“全程电子化登记系统”\n    extra:\n      进展情况: 已完成\n      备注: \"\"\n");
    assertNoErrors("extra cells", validate(POLICIES_SCHEMA, yaml));
    assertFailsAt("a number in extra", validate(POLICIES_SCHEMA, yaml.replace("备注: \"\"",
        "备注: 3")), "/rows/0/extra/备注", "type", "integer");
    LoadedChecklist read = ChecklistReader.parse("extra.yaml", yaml);
    assertEquals(List.of(), read.problems(), "problems");
    Row row = read.checklist().rows().get(0);
    assertEquals(List.of(Map.entry("进展情况", "已完成"), Map.entry("备注", "")),
        List.copyOf(row.extra().entrySet()));
    assertEquals(Map.of(), read.checklist().rows().get(1).extra());
    StringWriter written = new StringWriter();
    ChecklistYamlWriter.writeRow(new PrintWriter(written), row);
    assertTrue(written.toString().endsWith("\nextra:\n  进展情况: 已完成\n  备注: \"\"\n"),
        written.toString());
  }

  // ---- (d) progress ----

  @Test
  void aValidProgressFilePasses() throws IOException {
    assertNoErrors("progress sample", validate(PROGRESS_SCHEMA, PROGRESS));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          month 13             | '  - period: 2022-06\n    id: "1.1"' | '  - period: 2022-13\n    id: "1.1"' | /reports/0/period    | pattern              | 2022-13
          negative count       | '    count: 410'                     | '    count: -5'                      | /reports/1/count     | minimum              | -5
          unknown key          | '    note: 第一批培训'                | '    note: 第一批培训\n    remark: x'  | /reports/1           | additionalProperties | remark
          fractional numerator | '    numerator: 1520'                | '    numerator: 1.5'                 | /reports/0/numerator | type                 | 1.5
          bad done date        | '    done: 2022-09-20'               | '    done: 2022-09'                  | /reports/4/done      | pattern              | 2022-09
          missing period       | '  - period: 2022-09\n    id: G1'   | '  - id: G1'                         | /reports/3           | required             | period
          bad id               | '    id: G1'                         | '    id: 1.1.1'                      | /reports/3/id        | pattern              | 1.1.1
          """)
  void aBadProgressFileFailsAtTheRightPlace(
      String what, String from, String to, String location, String keyword, String mention)
      throws IOException {
    String yaml = replaceOnce(PROGRESS, from.translateEscapes(), to.translateEscapes());
    assertFailsAt(what, validate(PROGRESS_SCHEMA, yaml), location, keyword, mention);
  }

  // ---- (e) the project's own checklist ----

  @Test
  void theProjectsPoliciesYamlIsValid() throws IOException {
    Path file = Path.of("policies.yaml");
    String yaml = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    assumeFalse(yaml.isBlank(), "policies.yaml is empty: nothing to check yet");
    assertNoErrors(file.toString(), validate(POLICIES_SCHEMA, yaml));
  }

  // ---- helpers ----

  /** The 2020-12 meta-schema, which the validator bundles (no network). */
  private static Schema metaSchema() {
    return REGISTRY.getSchema(
        SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
  }

  /** Reads YAML with Jackson 2 and validates it against a schema file. */
  private static List<Error> validate(Path schemaFile, String yaml) throws IOException {
    Schema schema =
        REGISTRY.getSchema(JSON.readTree(Files.readString(schemaFile, StandardCharsets.UTF_8)));
    return schema.validate(YAML.readTree(yaml));
  }

  private static String replaceOnce(String text, String from, String to) {
    int at = text.indexOf(from);
    assertTrue(at >= 0, () -> "sample has no " + from);
    assertEquals(-1, text.indexOf(from, at + 1), () -> "sample has " + from + " twice");
    return text.substring(0, at) + to + text.substring(at + from.length());
  }

  private static void assertNoErrors(String what, List<Error> errors) {
    assertTrue(errors.isEmpty(), () -> what + " has errors:\n" + describe(errors));
  }

  private static void assertFailsAt(
      String what, List<Error> errors, String location, String keyword, String mention) {
    assertFalse(errors.isEmpty(), what + ": no error");
    assertTrue(
        errors.stream()
            .anyMatch(
                e ->
                    e.getInstanceLocation().toString().equals(location)
                        && keyword.equals(e.getKeyword())
                        && (e.getMessage().contains(mention)
                            || mention.equals(e.getProperty())
                            || e.getInstanceNode() != null
                                && e.getInstanceNode().toString().contains(mention))),
        () ->
            what + ": no " + keyword + " error at " + location + " about " + mention + ":\n"
                + describe(errors));
  }

  private static String describe(List<Error> errors) {
    return errors.stream()
        .map(e -> "  " + e.getInstanceLocation() + " [" + e.getKeyword() + "] " + e.getMessage())
        .collect(Collectors.joining("\n"));
  }
}
