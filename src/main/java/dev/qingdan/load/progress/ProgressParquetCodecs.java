package dev.qingdan.load.progress;

import io.airlift.compress.Decompressor;
import io.airlift.compress.lz4.Lz4Decompressor;
import io.airlift.compress.snappy.SnappyDecompressor;
import io.airlift.compress.zstd.ZstdDecompressor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.zip.GZIPInputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Decompresses the pages of a Parquet file in plain Java: SNAPPY, ZSTD and LZ4_RAW with
 * aircompressor, GZIP with the JDK. parquet-java's own codecs go through Hadoop's codec classes,
 * which need a Hadoop configuration (and its XML parser), and through snappy-java and zstd-jni,
 * which unpack a native library on every run. Reading only: nothing here compresses.
 */
final class ProgressParquetCodecs implements CompressionCodecFactory {
  /**
   * The most a page may unpack to: writers close a page at about 1 MiB (Spark, DuckDB), and a
   * page header from a stranger may claim any size, to be allocated before it is read.
   */
  static final int MAX_PAGE = 64 * 1024 * 1024;

  @Override
  public BytesInputCompressor getCompressor(CompressionCodecName codec) {
    throw new UnsupportedOperationException("Parquet files are only read");
  }

  @Override
  public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
    return switch (codec) {
      case UNCOMPRESSED -> new Plain();
      case SNAPPY -> new Block(new SnappyDecompressor());
      case ZSTD -> new Block(new ZstdDecompressor());
      case LZ4_RAW -> new Block(new Lz4Decompressor());
      case GZIP -> new Gzip();
      default -> throw new Unsupported(codec);
    };
  }

  @Override
  public void release() {}

  /** A codec that is not read (LZO, BROTLI, the old Hadoop LZ4). */
  static final class Unsupported extends RuntimeException {
    final CompressionCodecName codec;

    Unsupported(CompressionCodecName codec) {
      super("compression " + codec + " is not read");
      this.codec = codec;
    }
  }

  /** Pages decompressed whole, one at a time, by {@link #decompress(byte[], int)}. */
  private abstract static class Whole implements BytesInputDecompressor {
    /** The {@code size} bytes that {@code in} holds compressed. */
    abstract byte[] decompress(byte[] in, int size) throws IOException;

    @Override
    public BytesInput decompress(BytesInput bytes, int size) throws IOException {
      if (size < 0 || size > MAX_PAGE) {
        throw new IOException("a page unpacks to " + Integer.toUnsignedString(size)
            + " bytes, more than the limit of " + MAX_PAGE + " for one page");
      }
      return BytesInput.from(decompress(bytes.toByteArray(), size));
    }

    @Override
    public void decompress(ByteBuffer in, int inSize, ByteBuffer out, int outSize)
        throws IOException {
      byte[] whole = new byte[inSize];
      in.get(whole);
      out.put(decompress(BytesInput.from(whole), outSize).toByteArray());
    }

    @Override
    public void release() {}
  }

  /** Uncompressed pages: the bytes as they are. */
  private static final class Plain extends Whole {
    @Override
    public BytesInput decompress(BytesInput bytes, int size) {
      return bytes;
    }

    @Override
    byte[] decompress(byte[] in, int size) {
      return in;
    }
  }

  /** Pages of a block codec of aircompressor. */
  private static final class Block extends Whole {
    private final Decompressor codec;

    Block(Decompressor codec) {
      this.codec = codec;
    }

    @Override
    byte[] decompress(byte[] in, int size) throws IOException {
      byte[] out = new byte[size];
      int n = codec.decompress(in, 0, in.length, out, 0, size);
      if (n != size) {
        throw new IOException("a page decompressed to " + n + " bytes, not " + size);
      }
      return out;
    }
  }

  /** GZIP pages, read as a stream by the JDK. */
  private static final class Gzip extends Whole {
    @Override
    byte[] decompress(byte[] in, int size) throws IOException {
      try (InputStream gz = new GZIPInputStream(new ByteArrayInputStream(in))) {
        byte[] out = gz.readNBytes(size);
        if (out.length != size || gz.read() != -1) {
          throw new IOException("a GZIP page does not decompress to " + size + " bytes");
        }
        return out;
      }
    }
  }
}
