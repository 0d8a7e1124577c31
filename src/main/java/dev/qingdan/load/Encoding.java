package dev.qingdan.load;

import dev.qingdan.text.Msg;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Tells an input's encoding by its first bytes. Input files are UTF-8, with or without a byte order
 * mark (BOM); a UTF-16 or UTF-32 BOM names the encoding the file really has, so that the refusal
 * can say it.
 */
public final class Encoding {
  /** The BOM as a character, where text was decoded without removing it. */
  static final char BOM = '\uFEFF';

  private Encoding() {}

  /** The length of a UTF-8 BOM at the start of {@code head}: 3, or 0 where there is none. */
  public static int utf8BomLength(byte[] head) {
    return head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB
        && (head[2] & 0xff) == 0xBF ? 3 : 0;
  }

  /** The encoding a UTF-16 or UTF-32 BOM at the start of {@code head} names; null for none. */
  public static Msg otherUnicode(byte[] head) {
    if (startsWith(head, 0, 0, 0xFE, 0xFF)) {
      return Msg.of("UTF-32 (big-endian byte order mark)");
    }
    if (startsWith(head, 0xFF, 0xFE, 0, 0)) {
      return Msg.of("UTF-32 (little-endian byte order mark)");
    }
    if (startsWith(head, 0xFE, 0xFF)) {
      return Msg.of("UTF-16 (big-endian byte order mark)");
    }
    if (startsWith(head, 0xFF, 0xFE)) {
      return Msg.of("UTF-16 (little-endian byte order mark)");
    }
    return null;
  }

  /** The problem of a file whose BOM names {@code encoding} (from {@link #otherUnicode}). */
  public static Problem refused(String name, Msg encoding) {
    return Problem.error("encoding", Msg.of("the file is %s, not UTF-8; save it as UTF-8",
        encoding), name, Loc.FILE, "");
  }

  /** {@code text} past a leading BOM character. */
  public static String withoutBom(String text) {
    return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
  }

  /** A UTF-8 decoder that fails on an invalid byte rather than putting in a replacement. */
  public static CharsetDecoder strictUtf8() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** Whether {@code bytes} starts with the bytes {@code magic}, each given as 0 to 255. */
  public static boolean startsWith(byte[] bytes, int... magic) {
    if (bytes.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((bytes[i] & 0xff) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /** A NUL byte near the start, where no byte order mark tells UTF-16 or UTF-32 by name. */
  public static boolean isBinary(byte[] bytes) {
    if (otherUnicode(bytes) != null) {
      return false;
    }
    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }
}
