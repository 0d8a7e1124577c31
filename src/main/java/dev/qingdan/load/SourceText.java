package dev.qingdan.load;

import dev.qingdan.text.Msg;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.commons.io.ByteOrderMark;

/**
 * Reads an input file as UTF-8 text, strictly: a BOM is allowed, any other encoding is refused by
 * name, so that a GBK file saved from Excel never turns into mojibake silently.
 */
public final class SourceText {
  /** The largest input qingdan reads whole; larger files are refused before reading. */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  private SourceText() {}

  /** Reads {@code path}, shown to the user as {@code name}. */
  public static String read(Path path, String name, long maxBytes) throws InputException {
    return read(path, name, maxBytes, Links.STRICT);
  }

  /** Reads {@code path}, shown to the user as {@code name}, following links as {@code links}. */
  public static String read(Path path, String name, long maxBytes, Links links)
      throws InputException {
    return decode(name, readBytes(path, name, maxBytes, links));
  }

  /**
   * Refuses a directory, a missing file, one that cannot be read and a link that leads out of the
   * tree, as {@link #readBytes} does, for a reader that streams the file instead; returns the
   * path to open ({@link Links#check}).
   */
  public static Path checkReadable(Path path, String name, Links links) throws InputException {
    if (Files.isDirectory(path)) {
      throw unreadable(name, "file-unreadable", Msg.of("is a directory, not a file"));
    }
    if (!Files.exists(path)) {
      throw unreadable(name, "file-missing", Msg.of("no such file"));
    }
    Path open = links.check(path, name);
    if (!Files.isReadable(open)) {
      throw unreadable(name, "file-unreadable", Msg.of("permission denied"));
    }
    return open;
  }

  /** A file that cannot be read at all: the whole run is trouble. */
  public static InputException unreadable(String name, String code, Msg message) {
    return fail(name, code, message, true);
  }

  /** What names standard input where a file is asked for, as in yamllint, jq and kubeconform. */
  public static final String STDIN = "-";

  /** The name standard input is shown under in messages. */
  public static final String STDIN_NAME = "<stdin>";

  /** Set when standard input has been read: it can be read once. */
  private static final java.util.concurrent.atomic.AtomicBoolean STDIN_READ =
      new java.util.concurrent.atomic.AtomicBoolean();

  /** Whether {@code path} is {@code -}, standard input. */
  public static boolean isStdin(Path path) {
    return path.toString().equals(STDIN);
  }

  /** The name of {@code path} in messages: {@code <stdin>} for {@code -}, else {@code name}. */
  public static String shown(Path path, String name) {
    return isStdin(path) ? STDIN_NAME : name;
  }

  /**
   * Whether {@code path} can be read only once, as it comes: standard input, a FIFO, a device, a
   * shell's process substitution ({@code <(cat x.csv)}, a pipe under /dev/fd).
   */
  public static boolean isStream(Path path) {
    return isStdin(path) || Files.exists(path) && !Files.isRegularFile(path)
        && !Files.isDirectory(path);
  }

  /** Reads the bytes of {@code path}, refusing a missing, unreadable or too large file. */
  public static byte[] readBytes(Path path, String name, long maxBytes) throws InputException {
    return readBytes(path, name, maxBytes, Links.STRICT);
  }

  /**
   * Reads the bytes of {@code path}, refusing a missing, unreadable or too large file, and a link
   * that leads out of the tree unless {@code links} allows it. Every file qingdan reads whole is
   * read here.
   */
  public static byte[] readBytes(Path path, String name, long maxBytes, Links links)
      throws InputException {
    if (isStdin(path)) {
      return readStdin(maxBytes);
    }
    if (Files.isDirectory(path)) {
      throw fail(name, "file-unreadable", Msg.of("is a directory, not a file"), true);
    }
    path = links.check(path, name);
    long size;
    try {
      size = Files.size(path);
    } catch (NoSuchFileException e) {
      throw fail(name, "file-missing", Msg.of("no such file"), true);
    } catch (IOException e) {
      throw fail(name, "file-unreadable", cannotRead(e), true);
    }
    if (size > maxBytes) {
      throw fail(
          name,
          "too-large",
          Msg.of("the file is %s, more than the limit of %s", mib(size), mib(maxBytes)),
          false);
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      // Read at most one byte past the limit: the file may have grown since Files.size.
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (AccessDeniedException e) {
      throw fail(name, "file-unreadable", Msg.of("permission denied"), true);
    } catch (IOException e) {
      throw fail(name, "file-unreadable", cannotRead(e), true);
    }
    if (bytes.length > maxBytes) {
      throw fail(name, "too-large", Msg.of("the file is larger than the limit of %s",
          mib(maxBytes)), false);
    }
    return bytes;
  }

  private static byte[] readStdin(long maxBytes) throws InputException {
    if (!STDIN_READ.compareAndSet(false, true)) {
      throw fail(STDIN_NAME, "file-unreadable", Msg.of("standard input is named twice; it can "
          + "be read once"), true);
    }
    byte[] bytes;
    try {
      bytes = System.in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (IOException e) {
      throw fail(STDIN_NAME, "file-unreadable", cannotRead(e), true);
    }
    if (bytes.length > maxBytes) {
      throw fail(STDIN_NAME, "too-large", Msg.of("the file is larger than the limit of %s",
          mib(maxBytes)), false);
    }
    return bytes;
  }

  /**
   * Decodes bytes as UTF-8, allowing one leading BOM. The byte order mark is looked for only in
   * bytes that are not UTF-8: a UTF-16 or UTF-32 mark holds a byte (FE or FF) that UTF-8 never
   * has, and UTF-8's own decodes to U+FEFF, which is dropped. Valid text, nearly every file, is
   * decoded without setting up commons-io's search, which a cold run pays for
   * (docs/performance.md).
   */
  public static String decode(String name, byte[] bytes) throws InputException {
    // the bytes are decoded in place rather than as a stream: a bad byte's line and column are
    // counted from its offset in them
    CharsetDecoder decoder = Encoding.strictUtf8();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    var result = decoder.decode(in, out, true);
    if (result.isError()) {
      ByteOrderMark bom = Encoding.bom(bytes);
      Msg other = Encoding.otherUnicode(bom);
      if (other != null) {
        throw new InputException(Encoding.refused(name, other), false);
      }
      int start = bom == null ? 0 : bom.length();
      int bad = in.position();
      Loc at = locate(bytes, start, bad);
      throw new InputException(
          Problem.error(
              "encoding",
              Msg.of("the file is not UTF-8%s (invalid byte 0x%s); save it as UTF-8",
                  guess(bytes, start), String.format("%02X", bytes[bad] & 0xff)),
              name,
              at,
              ""),
          false);
    }
    decoder.flush(out);
    out.flip();
    String text = Encoding.withoutBom(out.toString());
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw new InputException(
          Problem.error(
              "encoding",
              Msg.of("the file contains a NUL byte: it is binary or UTF-16, not UTF-8 text"),
              name,
              locate(text, nul),
              ""),
          false);
    }
    int tooFar = pastLongLine(text, MAX_LINE_CHARS);
    if (tooFar >= 0) {
      throw new InputException(
          Problem.error(
              "too-large",
              Msg.of("a line longer than %s characters: no cell of a checklist or a report is "
                  + "that long (the YAML parser would take minutes on it)",
                  String.format("%,d", MAX_LINE_CHARS)),
              name,
              locate(text, tooFar),
              ""),
          false);
    }
    return text;
  }

  /**
   * The longest line read: the YAML parser's time and memory grow with the square of a token's
   * length, so a 10 MB line within the file limit would take minutes and gigabytes. The longest
   * line of the real checklist is about 500 characters.
   */
  public static final int MAX_LINE_CHARS = 100_000;

  /** The offset of the first character past {@code max} on a line, or -1 when none is longer. */
  static int pastLongLine(String text, int max) {
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      if (end - start > max) {
        return start + max;
      }
      start = end + 1;
    }
    return -1;
  }

  /** The place of character offset {@code offset} in {@code text}. */
  public static Loc locate(String text, int offset) {
    int line = 1;
    int col = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        col = 1;
      } else if (!Character.isLowSurrogate(text.charAt(i))) {
        col++;
      }
    }
    return new Loc(line, col);
  }

  private static Loc locate(byte[] bytes, int start, int offset) {
    String before = new String(bytes, start, offset - start, StandardCharsets.UTF_8);
    return locate(before, before.length());
  }

  private static Msg guess(byte[] bytes, int start) {
    int zeros = 0;
    int n = Math.min(bytes.length, start + 4096);
    for (int i = start; i < n; i++) {
      if (bytes[i] == 0) {
        zeros++;
      }
    }
    if (zeros * 2 > n - start) {
      return Msg.of(" (it looks like UTF-32 without a byte order mark)");
    }
    if (zeros * 4 > n - start) {
      return Msg.of(" (it looks like UTF-16 without a byte order mark)");
    }
    if (decodes(bytes, start, Charset.forName("GB18030"))) {
      return Msg.of(" (it looks like GBK/GB18030, as Excel and Notepad save Chinese text)");
    }
    return Msg.verbatim("");
  }

  private static boolean decodes(byte[] bytes, int start, Charset cs) {
    try {
      cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** A size for a message: {@code 64.0 MiB} (formatted in the default locale), or bytes. */
  private static Object mib(long bytes) {
    return bytes >= 1024 * 1024
        ? String.format("%.1f MiB", bytes / (1024.0 * 1024.0))
        : Msg.of("%d bytes", bytes);
  }

  public static Msg cannotRead(IOException e) {
    return Msg.of("cannot read the file: %s", Msg.verbatim(String.valueOf(e.getMessage())));
  }

  private static InputException fail(String name, String code, Msg text, boolean unreadable) {
    return new InputException(Problem.error(code, text, name, Loc.FILE, ""), unreadable);
  }
}
