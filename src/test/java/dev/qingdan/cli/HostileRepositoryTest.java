package dev.qingdan.cli;

import static dev.qingdan.cli.DiffGitTest.git;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diff} and {@code log} in a repository whose own configuration names a command at every
 * place git would run one: none of them runs. Each command touches a marker file named after the
 * setting; the markers' directory stays empty.
 */
@Tag("process")
class HostileRepositoryTest {
  @TempDir Path repo;
  @TempDir Path markers;

  private String touch(String name) {
    return "touch '" + markers.resolve(name) + "'; true";
  }

  private void history() throws Exception {
    git(repo, "init", "-q", "-b", "main");
    Files.writeString(repo.resolve(".gitattributes"), "* filter=evil diff=evil\n");
    Files.copy(Path.of("policies.yaml"), repo.resolve("policies.yaml"));
    git(repo, "add", ".gitattributes", "policies.yaml");
    git(repo, "commit", "-q", "-m", "v1");
    git(repo, "tag", "v1");
    Files.copy(Path.of("examples/policies-revised.yaml"), repo.resolve("policies.yaml"),
        StandardCopyOption.REPLACE_EXISTING);
    git(repo, "commit", "-q", "-am", "v2");
    git(repo, "tag", "v2");
  }

  /** Every setting of .git/config that names a command, and hooks where git looks for them. */
  private void arm() throws Exception {
    String[] settings = {
        "core.fsmonitor", "core.pager", "pager.diff", "pager.log", "diff.external",
        "diff.evil.command", "diff.evil.textconv", "filter.evil.clean", "filter.evil.smudge",
        "filter.evil.process", "core.sshCommand", "core.askPass", "credential.helper",
        "uploadpack.packObjectsHook", "core.alternateRefsCommand", "gpg.program",
        "core.editor", "sequence.editor"};
    for (String s : settings) {
      git(repo, "config", s, touch(s));
    }
    git(repo, "config", "filter.evil.required", "true");
    git(repo, "config", "log.showSignature", "true");
    git(repo, "config", "remote.origin.url", "ssh://example.invalid/x");
    Path hooks = repo.resolve("evil-hooks");
    Files.createDirectories(hooks);
    git(repo, "config", "core.hooksPath", hooks.toString());
    for (Path dir : List.of(hooks, repo.resolve(".git/hooks"))) {
      for (String hook : List.of("post-index-change", "reference-transaction", "post-checkout",
          "pre-auto-gc")) {
        Path h = dir.resolve(hook);
        Files.writeString(h, "#!/bin/sh\n" + touch(dir.getFileName() + "-" + hook) + "\n");
        Files.setPosixFilePermissions(h, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    }
  }

  private List<String> marked() throws IOException {
    try (Stream<Path> s = Files.list(markers)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private Cli.Run run(String... args) {
    return Cli.run(Stream.concat(Stream.of(args[0], "-C", repo.toString()),
        Stream.of(args).skip(1)).toArray(String[]::new));
  }

  @Test
  void noCommandOfTheRepositoryRuns() throws Exception {
    history();
    arm();
    assertEquals(List.of(), marked(), "git itself ran none while the test set up");
    assertEquals(0, run("diff", "HEAD~1", "--format", "json").exit());
    assertEquals(0, run("diff", "HEAD~1", "HEAD").exit());
    assertEquals(0, run("diff", ":policies.yaml", "--exit-code").exit());
    assertEquals(0, run("diff", "HEAD~1", ":policies.yaml").exit());
    assertEquals(0, run("diff", "v1..v2").exit());
    assertEquals(0, run("diff", "v1...v2").exit());
    assertEquals(0, run("log").exit());
    assertEquals(0, run("log", "--format", "json", "v2").exit());
    assertEquals(List.of(), marked());
    // git's own line diff, for a side that is not a checklist
    Files.writeString(repo.resolve("broken.yaml"), "rows: [unclosed\n");
    Cli.Run external = run("diff", "--git-external", "policies.yaml", "broken.yaml", "1111111",
        "100644", "policies.yaml", "2222222", "100644");
    assertEquals(0, external.exit(), external.err());
    assertTrue(external.out().startsWith("diff --git a/policies.yaml b/policies.yaml\n"),
        external.out());
    assertEquals(List.of(), marked());
  }

  /**
   * A partial clone whose missing blob would be fetched from promisor remotes whose transports
   * are commands: ext::, a local path with its own upload-pack, ssh with core.sshCommand, and a
   * remote helper that is an alias.
   */
  @Test
  void aPartialCloneFetchesNothing() throws Exception {
    history();
    String blob = git(repo, "rev-parse", "v1:policies.yaml").strip();
    Files.delete(repo.resolve(".git/objects/" + blob.substring(0, 2) + "/"
        + blob.substring(2)));
    git(repo, "config", "core.repositoryFormatVersion", "1");
    git(repo, "config", "extensions.partialClone", "origin");
    git(repo, "config", "remote.origin.url", "ext::sh -c touch% " + markers.resolve("ext"));
    git(repo, "config", "protocol.ext.allow", "always");
    git(repo, "config", "remote.local.url", repo.toString());
    git(repo, "config", "remote.local.promisor", "true");
    git(repo, "config", "remote.local.uploadpack", touch("uploadpack"));
    git(repo, "config", "protocol.file.allow", "always");
    git(repo, "config", "remote.ssh.url", "ssh://example.invalid/x");
    git(repo, "config", "remote.ssh.promisor", "true");
    git(repo, "config", "core.sshCommand", touch("ssh"));
    git(repo, "config", "protocol.ssh.allow", "always");
    git(repo, "config", "remote.evil.url", "evil::x");
    git(repo, "config", "remote.evil.promisor", "yes");
    git(repo, "config", "protocol.evil.allow", "always");
    git(repo, "config", "alias.remote-evil", "!" + touch("alias"));

    Cli.Run r = run("diff", "v1", "v2");
    assertEquals(2, r.exit(), r.err());
    String version = git(repo, "--version").strip();
    if (!dev.qingdan.load.git.Git.atLeast(version, 2, 44)) {
      assertEquals("qingdan: error: 'v1': the repository is a partial clone (remote 'origin' "
          + "holds its missing objects), and " + version + " cannot be told not to fetch them "
          + "with the commands the repository's configuration names; use git 2.44 or later\n",
          r.err());
    }
    assertEquals(2, run("log").exit());
    assertEquals(List.of(), marked());
  }
}
