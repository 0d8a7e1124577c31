package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** What a user of {@code report} sees: approval tests of every format, language and error. */
class ReportCommandTest {
  static final String DATA = "examples/progress-2022.yaml";
  private static final String CSV = "examples/progress-2022.csv";

  @Test
  void help() {
    Cli.verify("help", "report", "--help");
  }

  @Test
  void text() {
    Cli.verify("aug31-en", "report", "--data", DATA, "--as-of", "2022-08-31");
    Cli.verify("aug31-zh", "report", "--data", DATA, "--as-of", "2022-08-31", "--lang", "zh");
    Cli.verify("dec15-en", "report", "--data", DATA, "--as-of", "2022-12-15");
  }

  @Test
  void ceilingsLevelsAndGrowthRates() {
    String dir = "src/test/resources/deadlines/";
    Cli.verify("sep30", "report", "-p", dir + "bounds.yaml", "--data", dir
        + "bounds-progress.yaml", "--as-of", "2022-09-30");
  }

  @Test
  void theLanguageComesFromTheLocale() {
    Cli.Run zh = Cli.run(new Terminal(false, 0, Map.of("LANG", "zh_CN.UTF-8")), "report",
        "--data", DATA, "--as-of", "2022-08-31");
    assertEquals(Cli.run("report", "--data", DATA, "--as-of", "2022-08-31", "--lang", "zh")
        .block(), zh.block());
    Cli.Run en = Cli.run(new Terminal(false, 0, Map.of("LANG", "zh_CN.UTF-8", "LC_ALL", "C")),
        "report", "--data", DATA, "--as-of", "2022-08-31");
    assertTrue(en.out().startsWith("Monthly evaluation"), en.out());
  }

  @Test
  void markdown() {
    Cli.verify("dec15-en", "report", "--data", DATA, "--as-of", "2022-12-15", "--format",
        "markdown");
    Cli.verify("mar31-zh", "report", "--data", DATA, "--as-of", "2022-03-31", "--format",
        "markdown", "--lang", "zh");
  }

  @Test
  void json() {
    Cli.verify("aug31", "report", "--data", DATA, "--as-of", "2022-08-31", "--format", "json");
  }

  @Test
  void jsonStaysInTheContractsWordsInChinese() {
    Cli.Run en = Cli.run("report", "--data", DATA, "--as-of", "2022-08-31", "--format", "json");
    Cli.Run zh = Cli.run("report", "--data", DATA, "--as-of", "2022-08-31", "--format", "json",
        "--lang", "zh");
    assertEquals(en.block(), zh.block());
  }

  @Test
  void html() {
    Cli.verify("aug31-en", "report", "--data", DATA, "--as-of", "2022-08-31", "--format", "html");
    Cli.verify("aug31-zh", "report", "--data", DATA, "--as-of", "2022-08-31", "--format", "html",
        "--lang", "zh");
  }

  @Test
  void thresholdsAndThrough() {
    // --red 36.4 turns 13.1 (36.3 points behind) yellow; --through 2022-11 leaves out December:
    // 22.2's miss and G2's last 911 are not counted yet.
    Cli.verify("dec15", "report", "--data", DATA, "--as-of", "2022-12-15", "--through",
        "2022-11", "--red", "36.4", "--yellow", "5", "--due-soon", "20");
  }

  @Test
  void theYamlAndTheCsvExampleGiveTheSameReport() {
    for (String format : List.of("text", "json", "markdown", "html")) {
      Cli.Run yaml = Cli.run("report", "--data", DATA, "--as-of", "2022-10-31", "--format",
          format);
      Cli.Run csv = Cli.run("report", "--data", CSV, "--as-of", "2022-10-31", "--format", format);
      assertEquals(0, yaml.exit(), yaml.err());
      assertEquals(yaml.block(), csv.block(), format);
    }
  }

  @Test
  void theJsonConformsToItsSchema() throws Exception {
    for (String asOf : List.of("2022-01-15", "2022-08-31", "2022-12-15", "2023-02-01")) {
      Cli.Run run = Cli.run("report", "--data", DATA, "--as-of", asOf, "--format", "json");
      assertEquals(0, run.exit(), run.err());
      assertEquals(List.of(), OutputSchemaTest.check("report", run.out()), asOf);
    }
    Cli.Run run = Cli.run("report", "--data", DATA, "--as-of", "2022-08-31", "--format", "json");
    assertFalse(OutputSchemaTest.check("report", run.out().replace("\"light\" : \"red\"",
        "\"light\" : \"crimson\"").replace("\"light\": \"red\"", "\"light\": \"crimson\""))
        .isEmpty());
  }

  /** Each row's objects are exactly those that ratio and deadlines print for the same date. */
  @Test
  void theJsonRowsAreThoseOfRatioAndDeadlines() throws Exception {
    ObjectMapper m = new ObjectMapper();
    JsonNode report = m.readTree(Cli.run("report", "--data", DATA, "--as-of", "2022-10-15",
        "--format", "json").out());
    JsonNode ratio = m.readTree(Cli.run("ratio", "--data", DATA, "--through", "2022-10",
        "--format", "json").out());
    JsonNode deadlines = m.readTree(Cli.run("deadlines", "--data", DATA, "--as-of",
        "2022-10-15", "--format", "json").out());
    Map<String, JsonNode> ratios = new java.util.HashMap<>();
    ratio.get("indicators").forEach(i -> ratios.put(i.get("id").asText(), i));
    Map<String, JsonNode> rows = new java.util.HashMap<>();
    deadlines.get("rows").forEach(r -> rows.put(r.get("id").asText(), r));
    int n = 0;
    for (String list : List.of("rows", "goals")) {
      for (JsonNode line : report.get(list)) {
        String id = line.get("id").asText();
        assertEquals(ratios.get(id), line.get("ratio"), id);
        assertEquals(rows.get(id), line.get("deadline"), id);
        assertEquals(rows.get(id).get("light"), line.get("light"), id);
        n++;
      }
    }
    assertEquals(34, n);
    assertEquals(ratio.get("completeness"), report.get("completeness"));
  }

  @Test
  void theHeadlineAsJson() throws Exception {
    // worked out by hand in MonthlyReportTest
    JsonNode h = new ObjectMapper().readTree(Cli.run("report", "--data", DATA, "--as-of",
        "2022-12-15", "--format", "json").out()).get("headline");
    assertEquals(List.of(16, 3, 3, 1, 2, 1, 3), List.of(h.get("met").asInt(),
        h.get("missed").asInt(), h.get("behind").asInt(), h.get("overdue").asInt(),
        h.get("green").asInt(), h.get("yellow").asInt(), h.get("red").asInt()));
  }

  // ---- html ----

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh"})
  void theHtmlStandsAlone(String lang) {
    String html = Cli.run("report", "--data", DATA, "--as-of", "2022-08-31", "--format", "html",
        "--lang", lang).out();
    assertFalse(Pattern.compile("(?i)https?:").matcher(html).find(), "a URL");
    assertFalse(Pattern.compile("(?i)<script|<link|@import|@font-face|url\\((?!#)|src=")
        .matcher(html).find(), "something loaded from elsewhere");
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"" + (lang.equals("zh") ? "zh-CN"
        : "en") + "\">"));
    assertTrue(html.contains("\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\""));
    assertTrue(html.contains("@media print"));
    // the four burn-ups and the heat map
    for (String id : List.of("G1", "G2", "13.1", "20.1")) {
      assertTrue(html.contains("<figure id=\"burnup-" + id + "\">"), id);
    }
    assertEquals(5, count(html, "<svg class=\"chart"));
    // the heat map: 19 rows with a ratio indicator x 8 months
    assertEquals(19 * 8, count(html, "<g class=\"cell ") - 5);
    // every light with its word, not colour alone
    Matcher m = Pattern.compile("<span class=\"light (\\w+)\"><span class=\"dot\"></span>([^<]+)"
        + "</span>").matcher(html);
    int lights = 0;
    while (m.find()) {
      lights++;
      assertFalse(m.group(2).isBlank());
    }
    assertTrue(lights >= 6 + 3, "lights: " + lights); // 6 cards of rows + the attention list
  }

  @Test
  void theHtmlEscapesTheData(@TempDir Path dir) throws Exception {
    // A checklist whose texts hold markup: they must show as text.
    String policies = Files.readString(Path.of("policies.yaml"), StandardCharsets.UTF_8)
        .replace("title: 加快个体工商户准入准营", "title: \"加快<b>准入</b> & <script>x</script>\"")
        .replace("indicator: 小微主体职业劳动者培训", "indicator: \"培训 \\\"<i>\\\" & '\"");
    Path p = dir.resolve("policies.yaml");
    Files.writeString(p, policies, StandardCharsets.UTF_8);
    Cli.Run run = Cli.run("report", "-p", p.toString(), "--data", DATA, "--as-of", "2022-08-31",
        "--format", "html");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("加快&lt;b&gt;准入&lt;/b&gt; &amp; &lt;script&gt;x&lt;/script&gt;"),
        run.out());
    assertTrue(run.out().contains("培训 &quot;&lt;i&gt;&quot; &amp; &#39;"));
    assertFalse(run.out().contains("<script"));
    assertFalse(run.out().contains("<i>"));
  }

  @Test
  void rowsWithoutALeadUnitOfTheRegisterComeLast(@TempDir Path dir) throws Exception {
    // 12.1 led by a generic phrase (区级有关单位) has no unit of the register to answer for it
    String policies = Files.readString(Path.of("policies.yaml"), StandardCharsets.UTF_8)
        .replace("lead: [区商务局]", "lead: [区级有关单位]");
    Path p = dir.resolve("policies.yaml");
    Files.writeString(p, policies, StandardCharsets.UTF_8);
    Cli.Run run = Cli.run("report", "-p", p.toString(), "--data", DATA, "--as-of", "2022-08-31",
        "--format", "json");
    assertEquals(0, run.exit(), run.err());
    JsonNode units = new ObjectMapper().readTree(run.out()).get("units");
    JsonNode last = units.get(units.size() - 1);
    assertTrue(last.get("unit").isNull());
    assertEquals("[\"12.1\"]", last.get("ids").toString());
    for (JsonNode u : units) {
      assertFalse("区商务局".equals(u.get("unit").asText()));
    }
    assertEquals(List.of(), OutputSchemaTest.check("report", run.out()));
    Cli.Run text = Cli.run("report", "-p", p.toString(), "--data", DATA, "--as-of",
        "2022-08-31", "--lang", "zh");
    assertTrue(text.out().contains("\n（未列入单位名单的牵头单位）：牵头1项：无目标值1\n"), text.out());
  }

  @Test
  void theHtmlIsTheSameEveryTime() {
    String[] args = {"report", "--data", DATA, "--as-of", "2022-08-31", "--format", "html"};
    assertEquals(Cli.run(args).out(), Cli.run(args).out());
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  // ---- -o ----

  @Test
  void writesTheFileAtomically(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("report.html");
    Cli.Run run = Cli.run("report", "--data", DATA, "--as-of", "2022-08-31", "--format", "html",
        "-o", out.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals("", run.out());
    assertEquals("qingdan: wrote " + out + "\n", run.err());
    assertEquals(Cli.run("report", "--data", DATA, "--as-of", "2022-08-31", "--format", "html")
        .out(), Files.readString(out, StandardCharsets.UTF_8));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(out), files.toList(), "no temporary file left");
    }
  }

  @Test
  void anExistingFileIsKeptWithoutForce(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("report.md");
    Files.writeString(out, "keep me\n");
    Cli.Run run = Cli.run("report", "--data", DATA, "--as-of", "2022-08-31", "-o",
        out.toString());
    assertEquals(2, run.exit());
    assertEquals("qingdan: error: " + out + ": already exists; pass --force to replace it\n",
        run.err());
    assertEquals("keep me\n", Files.readString(out));
    Cli.Run forced = Cli.run("report", "--data", DATA, "--as-of", "2022-08-31", "-o",
        out.toString(), "--force", "--format", "markdown");
    assertEquals(0, forced.exit(), forced.err());
    assertTrue(Files.readString(out, StandardCharsets.UTF_8).startsWith("# Monthly evaluation"));
  }

  @Test
  void outputFileErrors() throws Exception {
    Path dir = Path.of("target", "report-test");
    Files.createDirectories(dir);
    Path existing = dir.resolve("exists.txt");
    Files.writeString(existing, "x");
    Cli.verify("exists", "report", "--data", DATA, "--as-of", "2022-08-31", "-o",
        existing.toString());
    Cli.verify("no-dir", "report", "--data", DATA, "--as-of", "2022-08-31", "-o",
        "target/no-such-dir/report.txt");
  }

  // ---- errors ----

  @Test
  void errors() {
    Cli.verify("no-data", "report", "--as-of", "2022-08-31");
    Cli.verify("missing-data", "report", "--data", "src/test/resources/progress/nope.yaml",
        "--as-of", "2022-08-31");
    Cli.verify("bad-data", "report", "--data", "src/test/resources/progress/bad.yaml",
        "--as-of", "2022-08-31");
    Cli.verify("gbk-data", "report", "--data", "src/test/resources/progress/gbk.csv",
        "--as-of", "2022-08-31");
    Cli.verify("bad-date", "report", "--data", DATA, "--as-of", "2022-02-30");
    Cli.verify("bad-month", "report", "--data", DATA, "--as-of", "2022-08-31", "--through",
        "2022-13");
    Cli.verify("through-after", "report", "--data", DATA, "--as-of", "2022-08-31", "--through",
        "2022-09");
    Cli.verify("thresholds", "report", "--data", DATA, "--as-of", "2022-08-31", "--yellow", "40");
    Cli.verify("bad-format", "report", "--data", DATA, "--format", "pdf");
    Cli.verify("bad-lang", "report", "--data", DATA, "--lang", "fr");
  }

  // ---- today's date comes from the clock ----

  @Test
  void asOfDefaultsToTodayInTheLocalTimeZone() {
    // 2022-08-30T20:00Z is already 2022-08-31 in Shanghai (UTC+8).
    Clock clock = Clock.fixed(Instant.parse("2022-08-30T20:00:00Z"), ZoneId.of("Asia/Shanghai"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = QingdanCommand.commandLine(Terminal.pipe(), new PrintWriter(out),
        new PrintWriter(err));
    ReportCommand r = cl.getSubcommands().get("report").getCommand();
    r.clock(clock);
    int exit = cl.execute("report", "--data", DATA, "--format", "json");
    assertEquals(0, exit, err.toString());
    Cli.Run explicit = Cli.run("report", "--as-of", "2022-08-31", "--data", DATA, "--format",
        "json");
    assertEquals(explicit.out(), out.toString());
    assertTrue(out.toString().contains("\"through\": \"2022-08\""));
  }

  @Test
  void lightsAreColouredOnATerminal() {
    Cli.Run run = Cli.run(Cli.terminal(0), "report", "--as-of", "2022-12-15", "--data", DATA);
    assertTrue(run.out().contains("\u001b[31m● red"), run.out());
    assertTrue(run.out().contains("\u001b[33m● yellow"), run.out());
    assertTrue(run.out().contains("\u001b[32m● green"), run.out());
    Cli.Run plain = Cli.run(new Terminal(true, 0, Map.of("NO_COLOR", "1")), "report",
        "--as-of", "2022-12-15", "--data", DATA);
    assertFalse(plain.out().contains("\u001b["), plain.out());
  }

  /** At 80 columns spare columns leave the wider tables, named under each. */
  @Test
  void tablesFitTerminalsOf120And160Columns() {
    var runs = Cli.verifyAtWidths("report", "--data", DATA, "--as-of", "2022-08-31");
    Cli.assertFits(runs.get(80), 80);
    Cli.assertFits(runs.get(120), 120);
    Cli.assertFits(runs.get(160), 160);
  }

  @Test
  void textFitsANarrowTerminal() {
    Cli.Run run = Cli.run(new Terminal(false, 120, Map.of()), "report", "--as-of", "2022-08-31",
        "--data", DATA);
    assertEquals(0, run.exit());
    for (String line : run.out().split("\n")) {
      assertTrue(dev.qingdan.text.DisplayWidth.of(line) <= 140, line);
    }
  }

  /**
   * A table too wide for the terminal leaves out its columns that are empty in every row before
   * any figure: at 80 columns 区发改局's rows keep actual and ratio, and have no light, no
   * actual/planned and nothing to turn green.
   */
  @Test
  void emptyColumnsGoBeforeFigures() {
    Cli.Run run = Cli.run(new Terminal(false, 80, Map.of()), "report", "--as-of", "2022-06-30",
        "--data", DATA);
    assertTrue(run.out().contains("""
        区发改局: leads 2 rows: 2 met; reported 12 of 12 expected reports (100.0%)
        id   item          target  due         actual   ratio  status  schedule
        ───  ────────────  ──────  ───  ─────────────  ──────  ──────  ────────
        9.1  保障个体工商  100%    –    185059/185059  100.0%  met     ongoing
             户水电气供应
        9.2  保障个体工商  100%    –      13457/13457  100.0%  met     ongoing
             户水电气供应

        """), run.out());
  }

  /**
   * At 40 columns every line fits, in either language: a table that cannot fit even without its
   * spare columns shows each row as a block of its own, its cells wrapped between words.
   */
  @Test
  void everyTableFitsFortyColumns() {
    for (String lang : List.of("en", "zh")) {
      Cli.Run run = Cli.run(new Terminal(false, 40, Map.of()), "report", "--as-of", "2022-06-30",
          "--data", DATA, "--lang", lang);
      assertEquals(0, run.exit(), run.err());
      Cli.assertFits(run, 40);
    }
    Cli.Run en = Cli.run(new Terminal(false, 40, Map.of()), "report", "--as-of", "2022-06-30",
        "--data", DATA);
    assertTrue(en.out().contains("""
        Red and yellow lights, and what turns
        them green
        light           ● red
        id              7.1
        lead            区国资中心
        item            房屋租金减免
        actual/planned  0/1
        schedule        behind
        due             2022-12-31
        to turn green   1 more deliverable
                        now (reach 1 of 2)

        Missed targets
        """), en.out());
  }

  /** At 40 columns the title and the headings wrap between words, in either language. */
  @Test
  void titlesWrapAtFortyColumns() {
    Cli.Run en = Cli.run(new Terminal(false, 40, Map.of()), "report", "--as-of", "2022-06-30",
        "--data", DATA);
    assertTrue(en.out().startsWith("""
        Monthly evaluation (每月评估) as of
        2022-06-30, reports through 2022-06

        """), en.out());
    assertTrue(en.out().contains("""

        Red and yellow lights, and what turns
        them green
        """), en.out());
    Cli.Run zh = Cli.run(new Terminal(false, 40, Map.of()), "report", "--as-of", "2022-06-30",
        "--data", DATA, "--lang", "zh");
    assertTrue(zh.out().startsWith("""
        每月评估：截至 2022-06-30（报送数据截至
        2022-06）

        """), zh.out());
  }
}
