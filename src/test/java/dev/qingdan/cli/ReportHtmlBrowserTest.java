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
}
