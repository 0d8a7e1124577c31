package dev.qingdan.load.office;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Apache POI logs through the Log4j API, which prints to stderr by default: a part POI cannot
 * parse would print a stack trace beside qingdan's one message. Each check runs in a JVM of its
 * own, since the logging is set up once a JVM.
 */
@Tag("process")
class PoiLoggingTest {
  /** Parses the core properties with the external entity through POI, as opening a package does. */
  public static void main(String[] args) {
    try {
      DocumentHelper.readDocument(new ByteArrayInputStream(
          OfficeFiles.CORE_WITH_ENTITY.getBytes(StandardCharsets.UTF_8)));
      System.out.print("read");
    } catch (Exception e) {
      System.out.print("refused");
    }
  }

  @Test
  void aPartPoiCannotParseLogsNothing() throws Exception {
    assertEquals(List.of("0", "refused", ""), java(PoiLoggingTest.class.getName()));
  }

  @Test
  void importOfAPackageWithAnExternalEntityPrintsOneLine() throws Exception {
    Path docx = Path.of("target/poi-logging/core-entity.docx");
    Files.createDirectories(docx.getParent());
    Files.write(docx, OfficeFiles.withPart(Files.readAllBytes(Path.of("examples/plan-2022.docx")),
        "docProps/core.xml", OfficeFiles.CORE_WITH_ENTITY.getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of("2", "", "qingdan: error: " + docx + ": its part docProps/core.xml "
        + "declares a DOCTYPE, which Word and Excel never write; it is not read\n"),
        java("dev.qingdan.Main", "import", docx.toString()));
  }

  /** Exit code, stdout and stderr of {@code java -cp <this classpath> args}. */
  private static List<String> java(String... args) throws IOException, InterruptedException {
    Path out = Files.createTempFile("poi-logging", ".out");
    Path err = Files.createTempFile("poi-logging", ".err");
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path")));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
    }
    try {
      return List.of(String.valueOf(p.exitValue()), Files.readString(out), Files.readString(err));
    } finally {
      Files.delete(out);
      Files.delete(err);
    }
  }
}
