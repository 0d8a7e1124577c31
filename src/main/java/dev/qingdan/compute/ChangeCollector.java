package dev.qingdan.compute;

import dev.qingdan.compute.Change.Part;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where the parts of a revision diff put their changes: each change gets its fingerprint and its
 * place in the new revision, and goes to the list of its part (rows and goals, the register, the
 * document).
 */
final class ChangeCollector {
  /** Separates the pieces of an identity and of what a fingerprint hashes. */
  static final String SEP = "\u001f";

  final List<Change> changes = new ArrayList<>();
  final List<Change> register = new ArrayList<>();
  final List<Change> document = new ArrayList<>();
  private final MessageDigest digest = sha256();
  /** The index in the new revision that the next removed row or goal would stand before. */
  int position;

  /**
   * What a modified field belongs to: ids, the title shown, the identity for fingerprints, the
   * indexes and the part.
   */
  record Subject(String id, String oldId, String title, String identity, int i, int j,
      Part part) {}

  void add(Subject at, String field, String old, String neu, Impact impact,
      ChangeDetail detail) {
    add(at, field, old, neu, impact, detail, old, neu);
  }

  /**
   * A modified field whose fingerprint hashes {@code printedOld} and {@code printedNew} rather
   * than the values shown: an edit of several parts at once (a goal's sentence with its target),
   * so that another edit of any of them is another change.
   */
  void add(Subject at, String field, String old, String neu, Impact impact,
      ChangeDetail detail, String printedOld, String printedNew) {
    String fp = fingerprint(digest, ChangeKind.MODIFIED, at.identity(), field, printedOld,
        printedNew);
    put(new Change(ChangeKind.MODIFIED, at.part(), at.id(), at.oldId(), at.title(), field, old,
        neu, impact, detail, fp, at.i(), at.j(), at.j() >= 0 ? at.j() : position));
  }

  void add(ChangeKind kind, String id, String oldId, String title, String field,
      String old, String neu, Impact impact, ChangeDetail detail, String identity, int i, int j,
      Part part) {
    String fp = fingerprint(digest, kind, identity, field, old, neu);
    put(new Change(kind, part, id, oldId, title, field, old, neu, impact, detail, fp, i, j,
        j >= 0 ? j : position));
  }

  private void put(Change c) {
    switch (c.part()) {
      case REGISTER -> register.add(c);
      case DOCUMENT -> document.add(c);
      default -> changes.add(c);
    }
  }

  /**
   * A change's fingerprint: the first 16 hex digits of the SHA-256 of its kind, the identity of
   * its row (of the old revision where the row is in it), its field and its old and new values.
   * Ids are left out on purpose, except in a renumbering, whose values they are.
   */
  static String fingerprint(ChangeKind kind, String identity, String field, String old,
      String neu) {
    return fingerprint(sha256(), kind, identity, field, old, neu);
  }

  private static String fingerprint(MessageDigest md, ChangeKind kind, String identity,
      String field, String old, String neu) {
    String canonical = String.join(SEP, kind.word(), identity, Objects.toString(field, ""),
        Objects.toString(old, "\u0000"), Objects.toString(neu, "\u0000"));
    byte[] h = md.digest(canonical.getBytes(StandardCharsets.UTF_8));
    char[] hex = new char[16];
    for (int k = 0; k < 8; k++) {
      hex[2 * k] = Character.forDigit((h[k] >> 4) & 0xf, 16);
      hex[2 * k + 1] = Character.forDigit(h[k] & 0xf, 16);
    }
    return new String(hex);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
