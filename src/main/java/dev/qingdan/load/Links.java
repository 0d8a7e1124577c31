package dev.qingdan.load;

import dev.qingdan.text.Msg;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which symbolic links an input file may go through. A pull request can commit {@code
 * policies.yaml -> ~/.netrc}; read in CI, its lines would be quoted in messages that annotations
 * and test reports publish. So a file is refused unread when its real place is outside the working
 * directory tree and a symbolic link took it there: the file itself is a link, or it is written
 * inside the tree and a link on its way leads out. A link that stays in the tree is followed; a
 * path outside the tree that the user wrote, through no link of its own, is the user's choice.
 *
 * @param tree the working directory: the files of the checkout
 * @param allowed whether links that lead out are followed all the same ({@code --allow-symlinks})
 */
public record Links(Path tree, boolean allowed) {
  /** The working directory of the process, links that lead out refused. */
  public static final Links STRICT = new Links(Path.of(""), false);

  /**
   * The path to open for {@code path} (shown as {@code name}): its real path where it has one,
   * else {@code path} itself (standard input, a pipe, a file that does not exist, which the read
   * then reports).
   *
   * @throws InputException when a link leads out of the tree and that is not allowed
   */
  public Path check(Path path, String name) throws InputException {
    if (SourceText.isStdin(path)) {
      return path;
    }
    Path real;
    try {
      real = path.toRealPath();
    } catch (IOException | SecurityException e) {
      return path;
    }
    if (allowed || within(real)) {
      return real;
    }
    Path written = path.toAbsolutePath().normalize();
    if (!Files.isSymbolicLink(path) && !within(written)) {
      return real;
    }
    throw SourceText.unreadable(name, "symlink-outside", Msg.of("a symbolic link to a file "
        + "outside the working directory (%s); not read. Use --allow-symlinks to read it",
        real.toString()));
  }

  /** Whether {@code p} lies in the tree, as written or as it really is. */
  private boolean within(Path p) {
    Path written = tree.toAbsolutePath().normalize();
    if (p.startsWith(written)) {
      return true;
    }
    try {
      return p.startsWith(tree.toRealPath());
    } catch (IOException | SecurityException e) {
      return false;
    }
  }
}
