package dev.qingdan.compute;

/**
 * One change between two revisions of a checklist.
 *
 * @param change what happened
 * @param id the row's id ({@code N.k}) or goal's id in the new revision; null for a removed one
 * @param oldId the id in the old revision; null for an added one
 * @param title the row's title (政策事项) or the goal's indicator, as the new revision has it
 *     where there is one
 * @param field the field that changed ({@code target}, {@code schedule}, …), only for modified
 * @param old the old value as text: the field's old value; the old id of a renumbered row; the
 *     title of a removed row; null otherwise
 * @param neu the new value as text, likewise
 * @param impact what the change does to the plan
 * @param detail more on a modified field, or null
 * @param fingerprint a stable hash of the change, for acknowledging it once reviewed
 * @param oldIndex the row's or goal's index in the old revision's list, or -1
 * @param newIndex its index in the new revision's list, or -1
 * @param goal whether this is an overall goal rather than a row
 * @param newPosition where the change stands in the new revision's list: its new index, or for a
 *     removed one the index of what now follows it (the list's size at the end)
 */
public record Change(
    ChangeKind change,
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
    boolean goal,
    int newPosition) {}
