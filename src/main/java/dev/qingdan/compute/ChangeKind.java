package dev.qingdan.compute;

/** The kinds of change between two revisions of a checklist, in the contract's words. */
public enum ChangeKind {
  /** A row or goal only in the new revision. */
  ADDED("added"),
  /** A row or goal only in the old revision. */
  REMOVED("removed"),
  /** One field of a row or goal that is in both revisions. */
  MODIFIED("modified"),
  /** A row in both revisions whose id changed, because rows before it were removed or added. */
  RENUMBERED("renumbered");

  private final String word;

  ChangeKind(String word) {
    this.word = word;
  }

  /** The word used in JSON. */
  public String word() {
    return word;
  }
}
