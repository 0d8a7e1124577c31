package dev.qingdan.load;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that fails with {@link TooLarge} past a number of bytes: a file checked for its size
 * may grow while it is read.
 */
public final class BoundedInputStream extends FilterInputStream {
  private final long limit;
  private long read;

  /** Thrown when the stream passed its limit. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
  }

  public BoundedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  /** Whether {@code e}, as thrown or as wrapped by a reader, says the limit was passed. */
  public static boolean passed(IOException e) {
    return e instanceof TooLarge || e.getCause() instanceof TooLarge;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(long n) throws IOException {
    read += n;
    if (read > limit) {
      throw new TooLarge();
    }
  }
}
