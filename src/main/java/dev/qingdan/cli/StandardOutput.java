package dev.qingdan.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Standard output as a UTF-8 writer that remembers why a write failed: a {@link PrintWriter}
 * swallows the error, and a full disk would otherwise end in a half-written file and exit 0.
 */
public final class StandardOutput extends PrintWriter {
  private final FirstFailure sink;

  public StandardOutput(OutputStream out) {
    this(new FirstFailure(out));
  }

  private StandardOutput(FirstFailure sink) {
    super(new OutputStreamWriter(sink, StandardCharsets.UTF_8), false);
    this.sink = sink;
  }

  /** The first error of a write, or null. */
  public IOException failure() {
    return sink.first;
  }

  /**
   * Whether {@code e} says that the reader of a pipe went away ({@code qingdan list | head -1}):
   * no error the user must see. EPIPE as the JDK words it: the launcher runs Java under the C
   * locale, whose message it is.
   */
  public static boolean brokenPipe(IOException e) {
    return e != null && "Broken pipe".equals(e.getMessage());
  }

  /** A stream that keeps its first error, whose message says why; also {@link OutputFile}'s. */
  static final class FirstFailure extends FilterOutputStream {
    IOException first;

    FirstFailure(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw keep(e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw keep(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw keep(e);
      }
    }

    private IOException keep(IOException e) {
      if (first == null) {
        first = e;
      }
      return e;
    }
  }
}
