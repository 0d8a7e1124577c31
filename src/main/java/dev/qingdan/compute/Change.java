package dev.qingdan.compute;

/**
 * One change between two revisions of a checklist.
 *
 * @param change what happened
 * @param part what changed: a row, a goal, the unit register or the document
 * @param id the row's id ({@code N.k}) or goal's id in the new revision, or the unit's name there;
 *     null for a removed one and for the document
 * @param oldId the id (or the unit's name) in the old revision; null for an added one
 * @param title the row's title (政策事项) or the goal's indicator, as the new revision has it
 *     where there is one; the unit's or phrase's name; the document's field
 * @param field the field that changed ({@code target}, {@code schedule}, … of a row; {@code name},
 *     {@code aliases} of a unit; {@code unit} or {@code generic} for a unit or generic phrase added
 *     or removed; {@code date}, {@code number}, … of the document)
 * @param old the old value as text: the field's old value; the old id of a renumbered row; the
 *     title of a removed row; null otherwise
 * @param neu the new value as text, likewise
 * @param impact what the change does to the plan
 * @param detail more on a modified field, or null
 * @param fingerprint a stable hash of the change, for acknowledging it once reviewed
 * @param oldIndex the row's, goal's or unit's index in the old revision's list, or -1
 * @param newIndex its index in the new revision's list, or -1
 * @param newPosition where the change stands in the new revision's list: its new index, or for a
 *     removed one the index of what now follows it (the list's size at the end)
 */
public record Change(
    ChangeKind change,
    Part part,
    String id,
    String oldId,
    String title,
    String field,
    String old,
    String neu,
    Impact impact,
    ChangeDetail detail,
    String fingerprint,
    int oldIndex,
    int newIndex,
    int newPosition) {
  /** The part of the checklist a change belongs to. */
  public enum Part {
    /** A row of the table. */
    ROW,
    /** An overall goal (G1, G2). */
    GOAL,
    /** The unit register: {@code units} and {@code generic}. */
    REGISTER,
    /** The document's metadata. */
    DOCUMENT
  }

  /** Whether this is an overall goal rather than a row. */
  public boolean goal() {
    return part == Part.GOAL;
  }
}
