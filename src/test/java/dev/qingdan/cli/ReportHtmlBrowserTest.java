package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Opens the HTML report in headless Chromium (Debian's {@code chromium}) and fails on any console
 * message: a script error, a resource that did not load. Skipped where Chromium is missing, except
 * on CI (the environment variable CI is set), where .ci/run installs it and its absence fails.
 */
@Tag("process")
class ReportHtmlBrowserTest {
  /** Debian's Chromium; another path with -Dqingdan.chromium=PATH. */
  private static final Path CHROMIUM =
      Path.of(System.getProperty("qingdan.chromium", "/usr/bin/chromium"));
  private static final Pattern CONSOLE = Pattern.compile("CONSOLE|Uncaught");
  private static final Pattern URL = Pattern.compile("(?i)https?://");

  @TempDir static Path dir;

  @BeforeAll
  static void needsChromium() {
    if (!Files.isExecutable(CHROMIUM)) {
      if (System.getenv("CI") != null) {
        fail(CHROMIUM + " is missing on CI: .ci/run must install it (apt-get install chromium)");
      }
      Assumptions.abort(CHROMIUM + " is not installed (apt-get install chromium)");
    }
  }

  /** What Chromium printed, and whether it ended in time. */
  record Browser(int exit, String out, String err) {
    List<String> console() {
      return err.lines().filter(l -> CONSOLE.matcher(l).find()).toList();
    }
  }

  static Browser chromium(Path page, String... what) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(dir, "profile");
    List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
        "--enable-logging=stderr", "--v=0"));
    cmd.addAll(List.of(what));
    cmd.add(page.toUri().toString());
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      fail("chromium did not finish within 120 s on " + page);
    }
    return new Browser(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  static Path report(String lang) throws IOException {
    Path page = dir.resolve("report-" + lang + ".html");
    Cli.Run run = Cli.run("report", "--data", ReportCommandTest.DATA, "--as-of", "2022-08-31",
        "--format", "html", "--lang", lang, "-o", page.toString(), "--force");
    assertEquals(0, run.exit(), run.err());
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertFalse(URL.matcher(html).find(), "the page names a URL");
    return page;
  }

  @Test
  void theEnglishPageLoadsWithoutAConsoleMessage() throws Exception {
    Browser b = chromium(report("en"), "--dump-dom");
    assertEquals(0, b.exit(), b.err());
    assertEquals(List.of(), b.console());
    for (String heading : List.of("<h1>Monthly evaluation (每月评估)</h1>", "<h2>Headline</h2>",
        "<h2>Red and yellow lights, and what turns them green</h2>", "<h3>Missed targets</h3>",
        "<h2>Progress against plan</h2>", "<h2>Ratios by month</h2>", "<h2>Goals</h2>",
        "<h2>By lead unit</h2>", "<h3>区市场监管局</h3>", "<h2>Reporting</h2>")) {
      assertTrue(b.out().contains(heading), heading);
    }
    assertTrue(b.out().contains("<svg class=\"chart heatmap\""));
  }

  @Test
  void theChinesePageLoadsAndRenders() throws Exception {
    Path page = report("zh");
    Browser b = chromium(page, "--dump-dom");
    assertEquals(0, b.exit(), b.err());
    assertEquals(List.of(), b.console());
    for (String heading : List.of("<h1>每月评估</h1>", "<h2>概况</h2>", "<h2>红灯、黄灯及转绿条件</h2>",
        "<h2>序时进度</h2>", "<h2>各月比率</h2>", "<h2>工作目标</h2>", "<h2>按牵头单位</h2>",
        "<h2>报送情况</h2>")) {
      assertTrue(b.out().contains(heading), heading);
    }
    Path png = dir.resolve("report-zh.png");
    Browser shot = chromium(page, "--screenshot=" + png, "--window-size=1280,2400",
        "--hide-scrollbars");
    assertEquals(0, shot.exit(), shot.err());
    assertEquals(List.of(), shot.console());
    byte[] bytes = Files.readAllBytes(png);
    assertTrue(bytes.length > 10_000, "a screenshot of " + bytes.length + " bytes");
    assertEquals((byte) 0x89, bytes[0]);
    assertEquals('P', bytes[1]);
  }

  /** The check itself: a page with a script error and a missing image does not pass. */
  @Test
  void aConsoleErrorIsCaught() throws Exception {
    Path page = dir.resolve("broken.html");
    Files.writeString(page, "<!DOCTYPE html><html><body><h1>x</h1><img src=\"missing.png\">"
        + "<script>console.error('boom'); notDefined();</script></body></html>");
    Browser b = chromium(page, "--dump-dom");
    List<String> console = b.console();
    assertTrue(console.stream().anyMatch(l -> l.contains("boom")), b.err());
    assertTrue(console.stream().anyMatch(l -> l.contains("Uncaught ReferenceError")), b.err());
  }

  /** Where the layout test keeps its screenshots, to be looked at: target/browser/. */
  private static final Path SHOTS = Path.of("target", "browser");

  /**
   * The page in a frame {@code width} px wide (Chromium's window is never narrower than 500 px),
   * checked by layout-check.js once laid out; returns what the check found, one problem a line,
   * and keeps a screenshot of the frame.
   */
  static String layout(String lang, int width) throws Exception {
    String check = Files.readString(Path.of("src/test/resources/browser/layout-check.js"),
        StandardCharsets.UTF_8);
    Path checked = dir.resolve("checked-" + lang + ".html");
    Files.writeString(checked, Files.readString(report(lang), StandardCharsets.UTF_8)
        .replace("</body>", "<script>" + check + "</script></body>"), StandardCharsets.UTF_8);
    Path frame = dir.resolve("frame-" + lang + "-" + width + ".html");
    Files.writeString(frame, "<!DOCTYPE html><html><body style=\"margin:0\"><iframe src=\""
        + checked.getFileName() + "\" style=\"border:0;width:" + width + "px;height:7000px\">"
        + "</iframe><pre id=\"out\"></pre><script>addEventListener('message', function (e) {"
        + " document.getElementById('out').textContent = e.data; });</script></body></html>",
        StandardCharsets.UTF_8);
    Browser b = chromium(frame, "--dump-dom", "--window-size=1300,7000",
        "--virtual-time-budget=10000");
    assertEquals(0, b.exit(), b.err());
    assertEquals(List.of(), b.console());
    Files.createDirectories(SHOTS);
    Path png = SHOTS.resolve("report-" + lang + "-" + width + ".png");
    Browser shot = chromium(frame, "--screenshot=" + png.toAbsolutePath(),
        "--window-size=" + Math.max(500, width) + ",7000", "--hide-scrollbars");
    assertEquals(0, shot.exit(), shot.err());
    String out = b.out();
    int start = out.indexOf("<pre id=\"out\">");
    int end = out.indexOf("</pre>", start);
    assertTrue(start >= 0 && end > start, out);
    return out.substring(start + "<pre id=\"out\">".length(), end)
        .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  /**
   * On a phone (420 px) and a desktop (1280 px), in both languages, no two text boxes overlap, no
   * word, number or date breaks over lines, no text is drawn under 10 px or cut by its chart, and
   * the page is never wider than the screen: a wide table scrolls in its own box.
   */
  @ParameterizedTest(name = "{0} at {1} px")
  @CsvSource({"en,420", "zh,420", "en,1280", "zh,1280"})
  void thePageFitsAPhoneAndADesktop(String lang, int width) throws Exception {
    assertEquals("width " + width + "\n\nEND", layout(lang, width));
  }

  /** The layout check itself finds overlapping text, a broken date and a page too wide. */
  @Test
  void theLayoutCheckFindsWhatItLooksFor() throws Exception {
    String check = Files.readString(Path.of("src/test/resources/browser/layout-check.js"),
        StandardCharsets.UTF_8);
    Path page = dir.resolve("overlap.html");
    Files.writeString(page, "<!DOCTYPE html><html><body>"
        + "<p style=\"position:absolute;top:0;left:0;margin:0\">100.0%</p>"
        + "<p style=\"position:absolute;top:0;left:8px;margin:0\">达标</p>"
        + "<p style=\"position:absolute;top:80px;width:20px;overflow-wrap:anywhere\">2022-04</p>"
        + "<p style=\"position:absolute;top:200px;font-size:6px\">tiny</p>"
        + "<div style=\"width:3000px;position:absolute;top:300px\">wide</div>"
        + "<script>" + check + "</script></body></html>", StandardCharsets.UTF_8);
    Browser b = chromium(page, "--dump-dom", "--window-size=800,600");
    assertEquals(0, b.exit(), b.err());
    String out = b.out();
    assertTrue(out.contains("overlap: 100.0% | 达标"), out);
    assertTrue(out.contains("broken: 2022-04"), out);
    assertTrue(out.contains("small: 6.0px tiny"), out);
    assertTrue(out.matches("(?s).*page \\d+ px wide in 800.*"), out);
  }
}
