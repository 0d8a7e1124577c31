package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.qingdan.text.Lang;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line of a long read: nothing in its first second, then written over itself. */
class ReadProgressLineTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void saysNothingOfAReadUnderASecond() {
    StringWriter text = new StringWriter();
    AtomicLong now = new AtomicLong(5 * SECOND);
    ReadProgressLine line = new ReadProgressLine(new PrintWriter(text), Lang.en, now::get);
    now.addAndGet(SECOND / 2);
    line.read(20_000_000, 40_000_000, 500_000);
    line.done();
    assertEquals("", text.toString());
  }

  @Test
  void saysTheReportsTheSpeedAndTheTimeLeftThenWipesItself() {
    StringWriter text = new StringWriter();
    AtomicLong now = new AtomicLong(5 * SECOND);
    ReadProgressLine line = new ReadProgressLine(new PrintWriter(text), Lang.en, now::get);
    now.addAndGet(2 * SECOND);
    line.read(20_000_000, 60_000_000, 540_000);
    now.addAndGet(SECOND / 10); // too soon to write again
    line.read(22_000_000, 60_000_000, 600_000);
    now.addAndGet(SECOND);
    line.read(60_000_000, 60_000_000, 1_092_864);
    line.done();
    String first = "reading: 540,000 reports, 10 MB/s, 4 s left";
    String second = "reading: 1,092,864 reports, 19 MB/s, 0 s left";
    assertEquals("\r" + first + "\r" + second + "\r" + " ".repeat(second.length()) + "\r",
        text.toString());
  }

  @Test
  void speaksChinese() {
    StringWriter text = new StringWriter();
    AtomicLong now = new AtomicLong(0);
    ReadProgressLine line = new ReadProgressLine(new PrintWriter(text), Lang.zh, now::get);
    now.addAndGet(2 * SECOND);
    line.read(20_000_000, 60_000_000, 540_000);
    assertEquals("\r读取中：540,000 条报告，10 MB/s，约 4 秒", text.toString());
  }
}
