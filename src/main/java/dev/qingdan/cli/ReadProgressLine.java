package dev.qingdan.cli;

import dev.qingdan.load.progress.ReadMeter;
import dev.qingdan.text.DisplayWidth;
import dev.qingdan.text.Lang;
import dev.qingdan.text.Messages;
import dev.qingdan.text.Msg;
import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A line on a terminal's standard error that says how a read of more than a second goes: the
 * reports read, the speed and the time left, written over itself and wiped when the read is over.
 * Commands make one only when standard output is a terminal and the format is not JSON.
 */
final class ReadProgressLine implements ReadMeter {
  private static final long SECOND = 1_000_000_000L;
  /** The line is written at most this often. */
  private static final long EVERY = SECOND / 4;

  private final PrintWriter err;
  private final Lang lang;
  private final LongSupplier nanos;
  private final long start;
  private long last;
  private int width;

  ReadProgressLine(PrintWriter err, Lang lang, LongSupplier nanos) {
    this.err = err;
    this.lang = lang;
    this.nanos = nanos;
    this.start = nanos.getAsLong();
  }

  @Override
  public void read(long bytes, long total, long reports) {
    long now = nanos.getAsLong();
    if (now - start < SECOND || now - last < EVERY || bytes <= 0) {
      return;
    }
    last = now;
    double seconds = (now - start) / (double) SECOND;
    double perSecond = bytes / seconds;
    long left = (long) Math.ceil(Math.max(total - bytes, 0) / perSecond);
    String line = Messages.text(Msg.of("reading: %s reports, %s MB/s, %d s left",
        String.format("%,d", reports), String.format("%.0f", perSecond / 1e6), left), lang);
    write(line);
  }

  @Override
  public void done() {
    if (width > 0) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
      width = 0;
    }
  }

  private void write(String line) {
    int w = DisplayWidth.of(line);
    err.print("\r" + line + (w < width ? " ".repeat(width - w) : ""));
    err.flush();
    width = Math.max(width, w);
  }
}
