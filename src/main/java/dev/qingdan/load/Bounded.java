package dev.qingdan.load;

import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * Streams that fail with {@link TooLarge} past a number of bytes: a file checked for its size may
 * grow while it is read.
 */
public final class Bounded {
  /** Thrown when a stream passed its limit. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
  }

  private Bounded() {}

  /**
   * {@code in}, failing once more than {@code limit} bytes are read from it: a stream of exactly
   * {@code limit} bytes reads to its end.
   */
  public static InputStream stream(InputStream in, long limit) throws IOException {
    // commons-io calls onMaxCount on the read that finds the count at the maximum, whether or not
    // the stream has more: one more byte from the stream tells a longer one from one that ends
    // at the limit.
    return BoundedInputStream.builder()
        .setInputStream(in)
        .setMaxCount(limit)
        .setOnMaxCount((max, count) -> {
          if (in.read() >= 0) {
            throw new TooLarge();
          }
        })
        .get();
  }

  /** Whether {@code e}, as thrown or as wrapped by a reader, says the limit was passed. */
  public static boolean passed(IOException e) {
    return e instanceof TooLarge || e.getCause() instanceof TooLarge;
  }
}
