package dev.qingdan.load.progress;

import dev.qingdan.load.Loc;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads a CSV progress file on every core: block by block, each block cut at line ends into
 * pieces that are read at once ({@link CsvPiece}), then taken in the file's order by one thread,
 * which checks for reports made twice and reports every problem as {@link ProgressCsv} would.
 *
 * <p>A cut may fall inside a quoted cell that holds a line end: the piece before it then reads
 * past the cut, and the piece after it is read again from where that one ended. Bytes that only
 * Jackson reads as the user should hear about them (see {@link CsvPiece}) are left to it, from
 * the row where they are.
 */
final class ProgressCsvParallel {
  /** The bytes read at a time: a block and its pieces' figures are all that is held of a file. */
  static final int BLOCK = 8 << 20;

  /** The fewest bytes worth a piece of their own. */
  static final int PIECE = 1 << 16;

  /** Where Jackson is to go on: the byte, the lines and rows before it, the header seen. */
  record Resume(long offset, int lines, int index, boolean header) {}

  private final ProgressCsv csv;
  private final ProgressChecks checks;
  private final int file;
  private final int threads = Runtime.getRuntime().availableProcessors();
  private final int block;
  private final int piece;
  private final Kept kept;
  private int index;
  private int line;
  private boolean header = true;

  /** A reader of blocks of {@code block} bytes, cut in pieces of {@code piece} bytes or more. */
  ProgressCsvParallel(ProgressCsv csv, ProgressChecks checks, String name, int block,
      int piece) {
    this.block = block;
    this.piece = piece;
    this.csv = csv;
    this.checks = checks;
    this.file = checks.entries.files.indexOf(name);
    this.kept = checks.csv;
  }

  /**
   * What the reads of one load's CSV files keep from piece to piece and from file to file, so
   * that ten files of a year each are read in the memory of one: the meanings of cells (one for
   * each piece being read at once), the arrays of pieces whose rows were taken, and the block.
   */
  static final class Kept {
    private final Queue<CsvPiece.Meanings> meanings = new ConcurrentLinkedQueue<>();
    private final Queue<CsvPiece> spent = new ConcurrentLinkedQueue<>();
    private byte[] block = new byte[0];
  }

  /** The rows of the block {@code buf} (its bytes end at {@code n}) from {@code from}. */
  private CsvPiece parse(byte[] buf, int n, boolean eof, int from, int limit) {
    CsvPiece.Meanings m = kept.meanings.poll();
    if (m == null) {
      m = new CsvPiece.Meanings(checks);
    }
    try {
      return new CsvPiece(buf, n, eof, m).reusing(kept.spent.poll()).parse(from, limit);
    } finally {
      kept.meanings.add(m);
    }
  }

  /** The row at {@code p} of the block {@code buf} as text. */
  private static CsvPiece.Text text(byte[] buf, int n, boolean eof, int p) {
    return new CsvPiece(buf, n, eof, null).text(p);
  }

  /**
   * Reads {@code path} from byte {@code from} (past a BOM); answers where Jackson is to go on,
   * or null when the file is read.
   *
   * @throws HeaderRefused when the header is wrong (and said so)
   */
  Resume read(Path path, long from) throws IOException {
    int keptBefore = checks.entries.size();
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      ch.position(from);
      int size = (int) Math.min(block, Math.max(ch.size() - from, 0) + 1);
      if (kept.block.length < size || kept.block.length > block) {
        kept.block = new byte[size];
      }
      byte[] buf = kept.block;
      long blockOffset = from;
      int carry = 0;
      boolean eof = false;
      while (!eof) {
        int n = carry;
        ByteBuffer bb = ByteBuffer.wrap(buf);
        bb.position(carry);
        while (bb.hasRemaining()) {
          if (ch.read(bb) < 0) {
            eof = true;
            break;
          }
        }
        n = bb.position();
        if (!eof && n < buf.length) {
          eof = true;
        }
        int done = block(buf, n, eof);
        if (done < 0) {
          return resume(blockOffset);
        }
        if (!eof && done == 0) {
          return new Resume(blockOffset, line, index, header); // a row longer than a block
        }
        carry = n - done;
        System.arraycopy(buf, done, buf, 0, carry);
        if (blockOffset == from && !eof) {
          // room for the rest at once, not by doubling: as many reports kept as in the first
          // block, for as many bytes (rows with errors are not kept, and take no room)
          long kept = checks.entries.size() - keptBefore;
          checks.expect((int) Math.min(1 << 28, kept * (ch.size() - from - done) / done));
        }
        blockOffset += done;
        checks.meter.read(blockOffset, ch.size(), checks.entries.taken());
      }
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /** The threads that read pieces, made when a file is large enough to have several. */
  private ExecutorService pool;

  private ExecutorService pool() {
    if (pool == null) {
      pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "qingdan-csv");
        t.setDaemon(true);
        return t;
      });
    }
    return pool;
  }

  private Resume odd;

  private Resume resume(long blockOffset) {
    return new Resume(blockOffset + odd.offset, odd.lines, odd.index, odd.header);
  }

  /**
   * Reads the rows of {@code buf} up to {@code n}: answers where the last whole row ends, or -1
   * when a row is left to Jackson ({@link #odd}, its offset in the block).
   */
  private int block(byte[] buf, int n, boolean eof) throws InterruptedException {
    int pieces = (int) Math.max(1, Math.min(threads * 4L, n / piece));
    int[] cuts = new int[pieces + 1];
    cuts[pieces] = n;
    for (int k = 1; k < pieces; k++) {
      int c = Math.max(cuts[k - 1], (int) ((long) n * k / pieces));
      while (c < n && buf[c - 1] != '\n') {
        c++;
      }
      cuts[k] = c;
    }
    List<Future<CsvPiece>> futures = new ArrayList<>(pieces);
    if (pieces > 1) {
      for (int k = 0; k < pieces; k++) {
        int from = cuts[k];
        int limit = cuts[k + 1];
        futures.add(pool().submit(() -> parse(buf, n, eof, from, limit)));
      }
    }
    try {
      return take(futures, cuts, buf, n, eof);
    } finally {
      for (Future<CsvPiece> f : futures) { // none may read the block once it is refilled
        try {
          f.get();
        } catch (ExecutionException e) {
          // its rows were not taken
        }
      }
    }
  }

  private int take(List<Future<CsvPiece>> futures, int[] cuts, byte[] buf, int n, boolean eof)
      throws InterruptedException {
    int end = 0;
    for (int k = 0; k < cuts.length - 1; k++) {
      CsvPiece p;
      try {
        p = futures.isEmpty() ? parse(buf, n, eof, 0, n) : futures.get(k).get();
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
      if (p.start != end) {
        p = parse(buf, n, eof, end, Math.max(end, cuts[k + 1]));
      }
      take(p, buf, n, eof);
      if (kept.spent.size() < threads * 4) {
        kept.spent.add(p);
      }
      if (p.odd >= 0) {
        odd = new Resume(p.odd, line + p.oddLine, index, header);
        return -1;
      }
      line += p.lines;
      end = p.end;
      if (p.incomplete) {
        break;
      }
    }
    return end;
  }

  /** Takes the rows of a piece, in order. */
  private void take(CsvPiece p, byte[] buf, int n, boolean eof) {
    int text = 0;
    for (int r = 0; r < p.rows; r++) {
      int at = line + p.rowLine[r];
      if (header) {
        CsvPiece.Text t = p.kind[r] == CsvPiece.TEXT ? p.texts.get(text++)
            : text(buf, n, eof, p.rowStart[r]);
        if (!csv.header(t.cells(), place(t, at, 0))) {
          throw new HeaderRefused();
        }
        header = false;
        continue;
      }
      if (p.kind[r] == CsvPiece.FIGURES && checks.acceptFigures(p.month[r], p.id[r], p.unit[r],
          p.numerator[r], p.denominator[r], p.count[r], p.note[r], file, at + 1)) {
        index++;
        continue;
      }
      CsvPiece.Text t = p.kind[r] == CsvPiece.TEXT ? p.texts.get(text++)
          : text(buf, n, eof, p.rowStart[r]);
      List<Loc> places = new ArrayList<>(t.cells().size());
      for (int c = 0; c < t.cells().size(); c++) {
        places.add(place(t, at, c));
      }
      csv.row(index++, t.cells(), places);
    }
  }

  /** Thrown when the header is wrong: the file is read no further. */
  static final class HeaderRefused extends RuntimeException {
    HeaderRefused() {
      super(null, null, false, false);
    }
  }

  private static Loc place(CsvPiece.Text t, int rowLine, int c) {
    return new Loc(rowLine + 1 + t.lines()[c], t.columns()[c]);
  }

  boolean headerPending() {
    return header;
  }
}
