package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A symbolic link committed to a checkout ({@code policies.yaml -> ~/.netrc}) is refused unread
 * when it leads out of the working directory, in every command that reads a file and every
 * format, unless {@code --allow-symlinks} says to read it; a link that stays in the tree is read.
 * The tests run in the project's directory, so the links are made under {@code target/}; the file
 * they point to is in a temporary directory, outside.
 */
class SymlinkTest {
  private static final String SECRET = "s3cret";
  private static final String NETRC = "machine example.com login someone@example.com password "
      + SECRET + "\n";

  @TempDir Path outside;
  private Path tree;
  private Path netrc;
  private Path real;

  @BeforeEach
  void links() throws Exception {
    Files.createDirectories(Path.of("target"));
    tree = Files.createTempDirectory(Path.of("target"), "links-");
    netrc = outside.resolve(".netrc");
    Files.writeString(netrc, NETRC);
    real = netrc.toRealPath();
    for (String name : List.of("policies.yaml", "progress.csv", "progress.yaml", "acks.yaml",
        "plan.txt")) {
      Files.createSymbolicLink(tree.resolve(name), netrc);
    }
    // a directory link: the file is not a link itself, its way goes through one
    Files.createSymbolicLink(tree.resolve("home"), outside);
    // a link that stays in the tree
    Files.createSymbolicLink(tree.resolve("checklist.yaml"),
        Path.of("policies.yaml").toAbsolutePath());
  }

  @AfterEach
  void remove() throws Exception {
    try (Stream<Path> s = Files.list(tree)) {
      for (Path p : s.toList()) {
        Files.delete(p);
      }
    }
    Files.delete(tree);
  }

  private String at(String name) {
    return tree.resolve(name).toString();
  }

  private String refused(String name) {
    return at(name) + ": a symbolic link to a file outside the working directory ("
        + real + "); not read. Use --allow-symlinks to read it";
  }

  private static void assertNoSecret(String what, Cli.Run r) {
    assertFalse((r.out() + r.err()).contains(SECRET), what + ": the file's content is shown:\n"
        + r.block());
  }

  @Test
  void aLinkOutOfTheTreeIsRefusedInEveryFormat() throws Exception {
    for (String format : List.of("text", "github", "junit", "json")) {
      for (List<String> args : List.of(
          List.of("validate", at("policies.yaml")),
          List.of("validate", "--data", at("progress.csv")),
          List.of("validate", "--data", at("progress.yaml")),
          List.of("validate", at("home/.netrc")))) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of("--format", format));
        Cli.Run r = Cli.run(all.toArray(String[]::new));
        assertEquals(2, r.exit(), r.block());
        assertNoSecret(String.join(" ", all), r);
        String file = args.get(args.size() - 1);
        assertTrue(r.err().contains(file + ": a symbolic link to a file outside the working "
            + "directory"), r.block());
      }
    }
  }

  @Test
  void everyCommandThatReadsAFileRefusesIt() {
    String[][] runs = {
        {"policies.yaml", "list", "-p", at("policies.yaml")},
        {"policies.yaml", "show", "1.1", "-p", at("policies.yaml"), "--format", "json"},
        {"progress.csv", "ratio", "--data", at("progress.csv"), "--format", "json"},
        {"progress.yaml", "deadlines", "--as-of", "2022-08-31", "--data", at("progress.yaml")},
        {"progress.csv", "report", "--as-of", "2022-08-31", "--data", at("progress.csv")},
        {"plan.txt", "import", at("plan.txt")},
        {"policies.yaml", "diff", at("policies.yaml"), "policies.yaml"},
        {"acks.yaml", "diff", "policies.yaml", "policies.yaml", "--ack", at("acks.yaml"),
            "--fail-on", "tightening"},
    };
    for (String[] run : runs) {
      String[] args = Stream.of(run).skip(1).toArray(String[]::new);
      Cli.Run r = Cli.run(args);
      assertEquals(2, r.exit(), r.block());
      assertNoSecret(String.join(" ", args), r);
      assertEquals("qingdan: error: " + refused(run[0]) + "\n", r.err(), String.join(" ", args));
    }
  }

  @Test
  void withTheOptionItIsRead() {
    Cli.Run r = Cli.run("validate", at("policies.yaml"), "--allow-symlinks", "--format", "json");
    assertEquals(1, r.exit(), r.block());
    assertTrue(r.out().contains("found the text 'machine example.com login someone@"),
        r.out());
    assertEquals(1, Cli.run("validate", at("home/.netrc"), "--allow-symlinks").exit());
  }

  @Test
  void aLinkWithinTheTreeAndAPathTheUserWroteAreRead() throws Exception {
    Cli.Run r = Cli.run("validate", at("checklist.yaml"));
    assertEquals(0, r.exit(), r.block());
    // outside the tree, but no link: the user's own choice
    Cli.Run own = Cli.run("validate", netrc.toString());
    assertEquals(1, own.exit(), own.block());
    assertNoSecret("validate " + netrc, own);
  }

  /** Messages quote at most 60 characters of a line or a cell. */
  @Test
  void messagesQuoteAnExcerpt() throws Exception {
    String pad = "machine example.com login someone@example.com password ";
    Path yaml = outside.resolve("broken.yaml");
    Files.writeString(yaml, "rows: [" + pad + SECRET + "\n");
    Path csv = outside.resolve("header.csv");
    Files.writeString(csv, "period,id,unit,numerator,denominator,count,done,note," + pad + SECRET
        + "\n");
    Path unit = outside.resolve("unit.csv");
    Files.writeString(unit, "period,id,unit,numerator,denominator,count,done,note\n"
        + "2022-06,1.1," + pad.replace(' ', '_') + SECRET + ",1,2,,,\n");
    Path key = outside.resolve("key.yaml");
    Files.writeString(key, "reports:\n  - period: 2022-06\n    id: \"1.1\"\n    "
        + pad.replace(' ', '_') + SECRET + ": 1\n");
    for (String format : List.of("text", "github", "junit", "json")) {
      for (String[] args : new String[][] {
          {"validate", yaml.toString()},
          {"validate", "--data", csv.toString()},
          {"validate", "--data", unit.toString()},
          {"validate", "--data", key.toString()}}) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--format", format));
        Cli.Run r = Cli.run(all.toArray(String[]::new));
        assertEquals(1, r.exit(), r.block());
        assertTrue(args[args.length - 1].equals(yaml.toString())
            || (r.out() + r.err()).contains("…"), r.block());
        assertNoSecret(String.join(" ", all), r);
      }
    }
  }

  /**
   * The case itself: a checkout whose policies.yaml is a link to ~/.netrc, and CI running qingdan
   * there with no file named (the file read ahead on a second core is not a link's).
   */
  @Tag("process")
  @Test
  void theDefaultChecklistOfACheckout(@TempDir Path checkout) throws Exception {
    Files.createSymbolicLink(checkout.resolve("policies.yaml"), netrc);
    for (String format : List.of("text", "github", "junit", "json")) {
      Cli.Run r = process(checkout, "validate", "--format", format);
      assertEquals(2, r.exit(), r.block());
      assertNoSecret("validate --format " + format, r);
      assertTrue(r.err().contains("policies.yaml: a symbolic link to a file outside the working "
          + "directory (" + real + "); not read. Use --allow-symlinks to read it\n"), r.block());
    }
    Cli.Run list = process(checkout, "list");
    assertEquals(new Cli.Run(2, "", "qingdan: error: " + refused("policies.yaml")
        .substring(tree.toString().length() + 1) + "\n"), list);
    Cli.Run allowed = process(checkout, "validate", "--allow-symlinks");
    assertEquals(1, allowed.exit(), allowed.block());
    assertTrue(allowed.out().contains("found the text 'machine example.com login someone@"),
        allowed.block());
  }

  /** qingdan as its own process, started in {@code dir}. */
  private static Cli.Run process(Path dir, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), dev.qingdan.Main.class.getName()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    pb.environment().put("LANG", "C.UTF-8");
    Path out = Files.createTempFile("qingdan-out", ".txt");
    Path err = Files.createTempFile("qingdan-err", ".txt");
    try {
      Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      p.getOutputStream().close();
      int exit = p.waitFor();
      return new Cli.Run(exit, Files.readString(out), Files.readString(err));
    } finally {
      Files.delete(out);
      Files.delete(err);
    }
  }
}
