package dev.qingdan.load.git;

import dev.qingdan.load.git.Revisions.Failure;
import dev.qingdan.model.Checklist;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The history of the checklist for {@code log}: the commits that changed it, each read twice. */
public final class History {
  private History() {}

  /**
   * One commit of the checklist's history, with the checklist before and after it.
   *
   * @param commit the commit
   * @param before the checklist in its first parent (empty where there was none)
   * @param after the checklist in the commit (empty where it was removed)
   * @param added whether the commit created the file
   * @param removed whether the commit removed the file
   * @param failure why a side could not be read, or null (then both sides are set)
   */
  public record Step(Git.Commit commit, Checklist before, Checklist after, boolean added,
      boolean removed, Failure failure) {}

  /**
   * The commits of {@code revision} (null: HEAD) that changed {@code object}, a path as git reads
   * it, newest first, at most {@code max} (0: all); {@code shown} names the file in messages.
   */
  static List<Step> steps(Git g, String revision, String object, String shown, int max)
      throws Failure {
    List<Step> steps = new ArrayList<>();
    try {
      List<Git.Commit> commits = g.log(revision, object, max);
      List<String> wanted = new ArrayList<>();
      for (Git.Commit c : commits) {
        wanted.add(c.commit() + ":" + object);
        if (c.parent() != null) {
          wanted.add(c.parent() + ":" + object);
        }
      }
      Map<String, byte[]> blobs = g.blobs(wanted);
      for (Git.Commit c : commits) {
        byte[] now = blobs.get(c.commit() + ":" + object);
        byte[] before = c.parent() == null ? null : blobs.get(c.parent() + ":" + object);
        steps.add(step(c, shown, blank(before) ? null : before, blank(now) ? null : now));
      }
    } catch (Git.GitException e) {
      throw new Failure(e.msg());
    }
    return steps;
  }

  private static Step step(Git.Commit c, String path, byte[] before, byte[] now) {
    String shortId = c.commit().substring(0, 7);
    boolean added = before == null && now != null;
    boolean removed = now == null && before != null;
    try {
      return new Step(c, read(shortId + "^:" + path, before), read(shortId + ":" + path, now),
          added, removed, null);
    } catch (Failure e) {
      return new Step(c, null, null, added, removed, e);
    }
  }

  /** An empty file in the history is no checklist yet, as if it did not exist. */
  private static boolean blank(byte[] bytes) {
    if (bytes == null) {
      return true;
    }
    for (byte b : bytes) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  /** A revision's checklist; none at all (the file did not exist) is an empty one. */
  private static Checklist read(String name, byte[] bytes) throws Failure {
    return bytes == null ? Revisions.empty() : Revisions.parse(name, bytes).checklist();
  }
}
