package dev.qingdan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTextTest {
  @Test
  void utf8WithAndWithoutBom() throws Exception {
    byte[] plain = "区税务局\n".getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[plain.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(plain, 0, bom, 3, plain.length);
    assertEquals("区税务局\n", SourceText.decode("f", plain));
    assertEquals("区税务局\n", SourceText.decode("f", bom));
  }

  @Test
  void gbkIsRefusedByNameWithItsPlace() {
    byte[] gbk = "id: 1\n名称: 区税务局\n".getBytes(Charset.forName("GBK"));
    InputException e = assertThrows(InputException.class, () -> SourceText.decode("f.yaml", gbk));
    assertTrue(e.problem().message().contains("GBK"), e.problem().message());
    assertEquals(2, e.problem().line());
    assertEquals(1, e.problem().column());
    assertFalse(e.unreadable());
  }

  @Test
  void utf16IsRefusedByName() {
    byte[] le = "\uFEFFid: 1\n".getBytes(StandardCharsets.UTF_16LE);
    assertTrue(assertThrows(InputException.class, () -> SourceText.decode("f", le)).problem()
        .message().contains("UTF-16"));
    byte[] noBom = "id: 1\n".getBytes(StandardCharsets.UTF_16LE);
    assertTrue(assertThrows(InputException.class, () -> SourceText.decode("f", noBom)).problem()
        .message().contains("UTF-16"));
  }

  @Test
  void utf32IsRefusedByItsMarkInEitherOrder() {
    for (String order : new String[] {"UTF-32BE", "UTF-32LE"}) {
      byte[] bytes = "\uFEFFid: 1\n".getBytes(Charset.forName(order));
      assertEquals("the file is UTF-32 (" + (order.endsWith("BE") ? "big" : "little")
          + "-endian byte order mark), not UTF-8; save it as UTF-8",
          assertThrows(InputException.class, () -> SourceText.decode("f", bytes)).problem()
              .message());
    }
  }

  @Test
  void aBadByteAfterAUtf8MarkIsPlacedAsIfTheMarkWereNotThere() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ':', ' ', (byte) 0xFF, '\n'};
    InputException e = assertThrows(InputException.class, () -> SourceText.decode("f", bytes));
    assertEquals(1, e.problem().line());
    assertEquals(4, e.problem().column());
  }

  @Test
  void aMissingFileAndADirectoryAreUnreadable(@TempDir Path dir) {
    InputException missing = assertThrows(InputException.class,
        () -> SourceText.read(dir.resolve("nope.yaml"), "nope.yaml", 100));
    assertTrue(missing.unreadable());
    assertEquals("nope.yaml: no such file", missing.getMessage());
    assertTrue(assertThrows(InputException.class, () -> SourceText.read(dir, "d", 100))
        .unreadable());
  }

  @Test
  void aFileOverTheLimitIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("big.yaml");
    Files.write(big, new byte[2048]);
    InputException e = assertThrows(InputException.class,
        () -> SourceText.read(big, "big.yaml", 1024));
    assertEquals("too-large", e.problem().code());
    assertFalse(e.unreadable());
  }

  @Test
  void locateCountsLinesAndCharacters() {
    assertEquals(new Loc(1, 1), SourceText.locate("ab\ncd", 0));
    assertEquals(new Loc(2, 2), SourceText.locate("ab\ncd", 4));
    assertEquals(new Loc(1, 3), SourceText.locate("区税x", 2));
  }
}
