package dev.qingdan.load;

import dev.qingdan.text.Msg;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Tells an input's encoding by its first bytes. Input files are UTF-8, with or without a byte order
 * mark (BOM); a UTF-16 or UTF-32 BOM names the encoding the file really has, so that the refusal
 * can say it.
 */
public final class Encoding {
  /** The BOM as a character, where text was decoded without removing it. */
  static final char BOM = '\uFEFF';

  /** The byte order marks told apart: UTF-8's, which is skipped, and those that are refused. */
  private static final ByteOrderMark[] BOMS = {ByteOrderMark.UTF_8, ByteOrderMark.UTF_16BE,
      ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_32BE, ByteOrderMark.UTF_32LE};

  private Encoding() {}

  /** {@code in} past a byte order mark of any Unicode encoding; its {@code getBOM()} names it. */
  public static BOMInputStream pastBom(InputStream in) throws IOException {
    return BOMInputStream.builder().setInputStream(in).setByteOrderMarks(BOMS).get();
  }

  /** The byte order mark at the start of {@code head}; null where there is none. */
  public static ByteOrderMark bom(byte[] head) {
    try (BOMInputStream in = BOMInputStream.builder().setByteArray(head)
        .setByteOrderMarks(BOMS).get()) {
      return in.getBOM();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // bytes in memory are always there to read
    }
  }

  /** The encoding a UTF-16 or UTF-32 {@code bom} names; null for UTF-8's or none. */
  public static Msg otherUnicode(ByteOrderMark bom) {
    if (ByteOrderMark.UTF_32BE.equals(bom)) {
      return Msg.of("UTF-32 (big-endian byte order mark)");
    }
    if (ByteOrderMark.UTF_32LE.equals(bom)) {
      return Msg.of("UTF-32 (little-endian byte order mark)");
    }
    if (ByteOrderMark.UTF_16BE.equals(bom)) {
      return Msg.of("UTF-16 (big-endian byte order mark)");
    }
    if (ByteOrderMark.UTF_16LE.equals(bom)) {
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
    if (otherUnicode(bom(bytes)) != null) {
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
