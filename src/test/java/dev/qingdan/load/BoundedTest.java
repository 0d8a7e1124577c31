package dev.qingdan.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BoundedTest {
  private static InputStream bytes(int n) {
    byte[] b = new byte[n];
    java.util.Arrays.fill(b, (byte) 'a');
    return new ByteArrayInputStream(b);
  }

  @Test
  void aStreamOfExactlyTheLimitReadsToItsEnd() throws IOException {
    try (InputStream in = Bounded.stream(bytes(10), 10)) {
      assertArrayEquals("aaaaaaaaaa".getBytes(StandardCharsets.US_ASCII), in.readAllBytes());
      assertEquals(-1, in.read());
    }
  }

  @Test
  void oneByteMoreFailsAsTooLarge() throws IOException {
    try (InputStream in = Bounded.stream(bytes(11), 10)) {
      IOException e = assertThrows(IOException.class, in::readAllBytes);
      assertTrue(Bounded.passed(e));
    }
  }

  @Test
  void aSingleByteReadPastTheLimitFailsToo() throws IOException {
    try (InputStream in = Bounded.stream(bytes(3), 2)) {
      assertEquals('a', in.read());
      assertEquals('a', in.read());
      IOException e = assertThrows(IOException.class, in::read);
      assertTrue(Bounded.passed(e));
    }
  }

  @Test
  void aReaderOverTheStreamFailsAsTooLarge() throws IOException {
    try (Reader r = new InputStreamReader(Bounded.stream(bytes(5000), 4096),
        StandardCharsets.UTF_8)) {
      IOException e = assertThrows(IOException.class, () -> r.transferTo(java.io.Writer
          .nullWriter()));
      assertTrue(Bounded.passed(e));
    }
  }

  @Test
  void anotherFailureIsNotTheLimit() {
    assertEquals(false, Bounded.passed(new IOException("disk")));
  }
}
