package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing is lost when qingdan writes a file: an existing file is replaced only with --force and
 * only whole, and a write that fails midway (a full disk, a killed process) leaves it as it was.
 */
class OutputFileTest {
  @TempDir Path dir;

  @Test
  void writesANewFileAndRefusesToReplaceOneWithoutForce() throws IOException {
    Path f = dir.resolve("out.yaml");
    OutputFile.write(f, false, w -> w.print("first\n"));
    assertEquals("first\n", Files.readString(f));
    UserException e = assertThrows(UserException.class,
        () -> OutputFile.write(f, false, w -> w.print("second\n")));
    assertEquals(f + ": already exists; pass --force to replace it", e.getMessage());
    assertEquals("first\n", Files.readString(f));
    OutputFile.write(f, true, w -> w.print("second\n"));
    assertEquals("second\n", Files.readString(f));
    assertEquals(List.of("out.yaml"), names());
  }

  @Tag("process")
  @Test
  void forceNeverReplacesAFifoOrALinkAndKeepsAFilesPermissions() throws Exception {
    Path fifo = dir.resolve("pipe");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
    UserException e = assertThrows(UserException.class,
        () -> OutputFile.write(fifo, true, w -> w.print("x\n")));
    assertEquals(ExitCode.TROUBLE, e.exitCode());
    assertEquals(fifo + ": is not a regular file (a device, a FIFO or a socket); qingdan writes "
        + "only regular files", e.getMessage());
    assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "the FIFO is still there");

    Path outside = Files.createTempFile("qingdan-outside", ".txt");
    try {
      Files.writeString(outside, "elsewhere\n");
      Path link = Files.createSymbolicLink(dir.resolve("link.txt"), outside);
      e = assertThrows(UserException.class,
          () -> OutputFile.write(link, true, w -> w.print("x\n")));
      assertEquals(link + ": is a symbolic link; name the file it points to", e.getMessage());
      assertTrue(Files.isSymbolicLink(link));
      assertEquals("elsewhere\n", Files.readString(outside));
    } finally {
      Files.deleteIfExists(outside);
    }

    Path shared = dir.resolve("shared.html");
    Files.writeString(shared, "old\n");
    Set<PosixFilePermission> rw = PosixFilePermissions.fromString("rw-rw----");
    Files.setPosixFilePermissions(shared, rw);
    OutputFile.write(shared, true, w -> w.print("new\n"));
    assertEquals("new\n", Files.readString(shared));
    assertEquals(rw, Files.getPosixFilePermissions(shared));
  }

  @Test
  void aDiskThatFillsUpMidwayLeavesTheOldFile() throws IOException {
    Path f = dir.resolve("out.yaml");
    Files.writeString(f, "the old file\n");
    UserException e = assertThrows(UserException.class, () -> OutputFile.write(f, true,
        w -> bigContent(w, 1 << 20), out -> new FullAfter(out, 100_000)));
    assertEquals(ExitCode.TROUBLE, e.exitCode());
    assertEquals(f + ": cannot write: No space left on device; the file is unchanged",
        e.getMessage());
    assertEquals("the old file\n", Files.readString(f));
    assertEquals(List.of("out.yaml"), names(), "the temporary file is removed");
  }

  @Test
  void aRendererThatFailsMidwayLeavesNoFile() throws IOException {
    Path f = dir.resolve("new.yaml");
    assertThrows(IllegalStateException.class, () -> OutputFile.write(f, false, w -> {
      bigContent(w, 200_000);
      throw new IllegalStateException("a bug while rendering");
    }));
    assertFalse(Files.exists(f));
    assertEquals(List.of(), names());
  }

  /** A real full disk: a 64 KiB tmpfs, where mounting one is permitted (root on Linux). */
  @Tag("process")
  @Test
  void aFullTmpfsLeavesTheOldFile() throws Exception {
    Path mnt = dir.resolve("tiny");
    Files.createDirectories(mnt);
    assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mnt.toString()) == 0,
        "mounting a tmpfs is not permitted here");
    try {
      Path f = mnt.resolve("out.yaml");
      Files.writeString(f, "the old file\n");
      UserException e = assertThrows(UserException.class,
          () -> OutputFile.write(f, true, w -> bigContent(w, 1 << 20)));
      assertTrue(e.getMessage().startsWith(f + ": cannot write: "), e.getMessage());
      assertTrue(e.getMessage().endsWith("; the file is unchanged"), e.getMessage());
      assertEquals("the old file\n", Files.readString(f));
      try (Stream<Path> s = Files.list(mnt)) {
        assertEquals(List.of("out.yaml"), s.map(p -> p.getFileName().toString()).toList());
      }
    } finally {
      run("umount", mnt.toString());
    }
  }

  /**
   * A writer killed with SIGKILL halfway through its output: the old file is intact, the only
   * thing left is a hidden temporary file, and the next write removes it.
   */
  @Tag("process")
  @Test
  @Timeout(60)
  void aKilledWriterLeavesTheOldFileAndTheNextRunTidiesUp() throws Exception {
    Path f = dir.resolve("out.yaml");
    Process p = writerHalfway(f);
    p.destroyForcibly(); // SIGKILL: no finally block, no shutdown hook runs
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals("the old file\n", Files.readString(f));
    List<String> left = names();
    assertEquals(2, left.size(), left.toString());
    String tmp = left.get(0);
    assertTrue(tmp.matches("\\.out\\.yaml\\.\\d+-[0-9a-z]+\\.tmp"), tmp);
    assertTrue(Files.size(dir.resolve(tmp)) >= 1 << 18, "it was killed while writing");
    OutputFile.write(f, true, w -> w.print("the new file\n"));
    assertEquals("the new file\n", Files.readString(f));
    assertEquals(List.of("out.yaml"), names(), "the dead writer's temporary file is removed");
  }

  /**
   * qingdan itself, importing a large table with -o over an existing file, killed at once when
   * its temporary file appears: the target is the old file or the whole new one, never a part.
   */
  @Tag("process")
  @Test
  @Timeout(120)
  void aKilledImportNeverLeavesAPartialFile() throws Exception {
    Path f = dir.resolve("plan.yaml");
    Files.writeString(f, "the old file\n");
    Path table = dir.resolve("big.txt");
    Files.writeString(table, bigTable(3000));
    Process p = java("dev.qingdan.Main", "import", "--force", "-o", f.toString(),
        table.toString());
    boolean killed = false;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (p.isAlive() && System.nanoTime() < deadline) {
      if (names().stream().anyMatch(n -> n.startsWith(".plan.yaml."))) {
        p.destroyForcibly();
        killed = true;
        break;
      }
      Thread.sleep(1);
    }
    p.waitFor(30, TimeUnit.SECONDS);
    String now = Files.readString(f);
    assertTrue(now.equals("the old file\n") || now.endsWith("method: 办法3000\n"),
        "killed: " + killed + "; the file holds " + now.length() + " characters");
    if (killed && now.equals("the old file\n")) {
      OutputFile.removeStale(dir, "plan.yaml");
      assertFalse(names().stream().anyMatch(n -> n.startsWith(".plan.yaml.")));
    }
  }

  /**
   * A writer stopped with SIGTERM (or SIGINT, Ctrl-C) halfway through its output: its shutdown
   * hook removes the temporary file, and the old file is intact.
   */
  @Tag("process")
  @Test
  @Timeout(60)
  void aTerminatedWriterLeavesNoTemporaryFile() throws Exception {
    Path f = dir.resolve("out.yaml");
    Process p = writerHalfway(f);
    assertEquals(2, names().size(), "the temporary file is there: " + names());
    p.destroy(); // SIGTERM: the JVM runs its shutdown hooks
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals("the old file\n", Files.readString(f));
    assertEquals(List.of("out.yaml"), names());
  }

  /**
   * qingdan importing the Word document with -o, sent SIGTERM the moment its temporary file
   * appears: no temporary file stays, and the output is either not there or whole.
   */
  @Tag("process")
  @Test
  @Timeout(120)
  void aTerminatedImportLeavesNoTemporaryFile() throws Exception {
    Path f = dir.resolve("out.yaml");
    Process p = java("dev.qingdan.Main", "import", "examples/plan-2022.docx", "-o",
        f.toString());
    boolean terminated = false;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (p.isAlive() && System.nanoTime() < deadline) {
      if (names().stream().anyMatch(n -> n.startsWith(".out.yaml."))) {
        p.destroy();
        terminated = true;
        break;
      }
      Thread.onSpinWait();
    }
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertTrue(terminated, "the temporary file was seen");
    List<String> left = names();
    assertTrue(left.isEmpty() || left.equals(List.of("out.yaml")), left.toString());
    if (!left.isEmpty()) {
      assertEquals(Cli.run("import", "examples/plan-2022.docx").out(), Files.readString(f));
    }
  }

  /** Writes 256 KiB, says so on stdout, and waits to be killed. */
  static final class SlowWriter {
    public static void main(String[] args) {
      OutputFile.write(Path.of(args[0]), true, w -> {
        bigContent(w, 1 << 18);
        w.flush();
        System.out.println("halfway");
        System.out.flush();
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
    }
  }

  // ---- helpers ----

  /** A {@link SlowWriter} replacing {@code f} (which holds "the old file"), once it is halfway. */
  private static Process writerHalfway(Path f) throws IOException {
    Files.writeString(f, "the old file\n");
    Process p = java(SlowWriter.class.getName(), f.toString());
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
        StandardCharsets.UTF_8))) {
      assertEquals("halfway", r.readLine(), "the writer got halfway");
    }
    return p;
  }

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted()
          .toList();
    }
  }

  static void bigContent(PrintWriter w, int bytes) {
    String line = "- 一行又一行的输出 line of output\n";
    for (int n = 0; n < bytes; n += line.getBytes(StandardCharsets.UTF_8).length) {
      w.print(line);
    }
  }

  private static String bigTable(int rows) {
    StringBuilder b = new StringBuilder("测联〔2022〕1号\n\n2022年5月25日\n\n附件 1\n\n");
    b.append("序号\t政策事项\t政策要点\t牵头单位\t协同单位\t定性目标\t量化指标\t量化指标值\t进度安排\t"
        + "指标说明\t实现方式\n");
    for (int i = 1; i <= rows; i++) {
      b.append(i).append("\t事项").append(i).append("\t要点").append(i)
          .append("\t区税务局\t-\t目标\t指标\t100%\t全年\t甲/乙\t办法").append(i).append('\n');
    }
    return b.toString();
  }

  private static Process java(String main, String... args) throws IOException {
    List<String> cmd = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), main));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  private static int run(String... cmd) throws InterruptedException {
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    } catch (IOException e) {
      return -1;
    }
  }

  /** A stream onto a disk that is full after {@code room} bytes. */
  private static final class FullAfter extends FilterOutputStream {
    private long room;

    FullAfter(OutputStream out, long room) {
      super(out);
      this.room = room;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (len > room) {
        out.write(b, off, (int) room);
        room = 0;
        throw new IOException("No space left on device");
      }
      out.write(b, off, len);
      room -= len;
    }
  }
}
