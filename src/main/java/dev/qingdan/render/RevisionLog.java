package dev.qingdan.render;

import dev.qingdan.compute.DiffResult;
import java.util.List;

/**
 * What one run of {@code log} shows: the revisions of the checklist in the git history, each with
 * what it changed.
 *
 * @param path the checklist's path, as the history names it
 * @param entries the revisions, newest first
 */
public record RevisionLog(String path, List<Entry> entries) {
  public RevisionLog {
    entries = List.copyOf(entries);
  }

  /**
   * One revision.
   *
   * @param commit the commit's full hash
   * @param date the author date, YYYY-MM-DD
   * @param author the author's name
   * @param subject the first line of the commit message
   * @param created whether the checklist first appears in this commit
   * @param deleted whether this commit deletes it
   * @param diff what changed against the first parent, or null when it could not be compared
   * @param error why it could not be compared, or null
   */
  public record Entry(String commit, String date, String author, String subject, boolean created,
      boolean deleted, DiffResult diff, String error) {}
}
