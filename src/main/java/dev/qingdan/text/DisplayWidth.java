package dev.qingdan.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Terminal column widths of strings that mix Chinese and Latin text, by the rules terminals use.
 *
 * <p>East Asian Wide and Fullwidth characters take two columns; combining marks, format characters,
 * control characters and ANSI escape sequences take none; everything else one. East Asian
 * Ambiguous characters take one column, as tmux, xterm and VTE (GNOME Terminal) draw them: box
 * drawing, "…", "●", and the quotation marks “ ” ‘ ’ too, although Chinese fonts draw them wide.
 * Counting them two would put every column after them one place off in the terminal.
 *
 * <p>This table is the project's own rather than JLine's {@code WCWidth}, which disagrees with the
 * terminals the tests check (TmuxPaneIT): its table is of an older Unicode, so that {@code ✅}
 * (U+2705, which qingdan prints) takes one column there and two in tmux, xterm and VTE, and 20,776
 * code points in all are counted differently (JLine 3.22 to 3.30.6 alike).
 */
public final class DisplayWidth {
  /** Punctuation that must not start a line of Chinese text (禁则). */
  private static final String NO_LINE_START = "，。、；：？！）」』”’》〉】〕〗｝］…,.;:?!)";

  /** Punctuation that must not end a line: opening brackets and quotation marks. */
  private static final String NO_LINE_END = "（「『“‘《〈【〔〖｛［(";

  private static final char ESC = '\u001b';
  private static final String ELLIPSIS = "…";

  private DisplayWidth() {}

  /** Returns the number of terminal columns {@code s} takes. */
  public static int of(String s) {
    int width = 0;
    for (int i = 0; i < s.length(); ) {
      int end = tokenEnd(s, i);
      width += tokenWidth(s, i);
      i = end;
    }
    return width;
  }

  /** Returns the number of terminal columns one code point takes. */
  public static int of(int codePoint) {
    if (isZeroWidth(codePoint)) {
      return 0;
    }
    return isWide(codePoint) ? 2 : 1;
  }

  /**
   * Cuts {@code s} to at most {@code width} columns, ending with "…" when something was cut.
   *
   * <p>A wide character that does not fit whole is dropped, and so are spaces before the "…", so
   * the result may be narrower than {@code width}; it is not padded.
   */
  public static String truncate(String s, int width) {
    if (of(s) <= width) {
      return s;
    }
    if (width <= 0) {
      return "";
    }
    int room = width - of(ELLIPSIS);
    StringBuilder out = new StringBuilder();
    int used = 0;
    for (int i = 0; i < s.length(); ) {
      int end = tokenEnd(s, i);
      int w = tokenWidth(s, i);
      if (used + w > room) {
        break;
      }
      // Zero-width tokens after the last kept character stay: they belong to it.
      out.append(s, i, end);
      used += w;
      i = end;
    }
    // "推进…" reads better than "推进 …".
    return stripTrailingSpaces(out) + ELLIPSIS;
  }

  /** Right-pads {@code s} with spaces to {@code width} columns; wider strings are unchanged. */
  public static String pad(String s, int width) {
    int missing = width - of(s);
    return missing <= 0 ? s : s + " ".repeat(missing);
  }

  /**
   * Breaks {@code s} into lines of at most {@code width} columns.
   *
   * <p>Line feeds (and CR LF, CR) are hard breaks. Otherwise a line breaks at a space or between
   * two wide characters, or between a wide character and a run of narrow ones; a run of narrow
   * characters (a Latin word, a number, "2022-09-30") stays whole. Closing punctuation (，。”）)
   * never starts a line and opening punctuation (“（) never ends one: the character next to it
   * moves with it. The space at a soft break is dropped. Only a piece wider than {@code width}
   * (see {@link #narrowest}) is split, at those rules first and then between code points; a
   * single character wider than {@code width} gets a line of its own. An empty string gives one
   * empty line.
   *
   * @throws IllegalArgumentException if {@code width < 1}
   */
  public static List<String> wrap(String s, int width) {
    if (width < 1) {
      throw new IllegalArgumentException("width must be at least 1: " + width);
    }
    List<String> lines = new ArrayList<>();
    for (String paragraph : paragraphs(s)) {
      Lines out = new Lines(width, lines);
      for (Piece piece : pieces(paragraph)) {
        out.add(piece);
      }
      out.end();
    }
    return lines;
  }

  /** The lines of {@code text} wrapped to fit {@code width}; one line for a width of 0 or less. */
  public static List<String> fit(String text, int width) {
    return width > 0 && of(text) > width ? wrap(text, width) : List.of(text);
  }

  /**
   * Returns the narrowest width at which {@link #wrap} breaks {@code s} only where its rules allow:
   * the width of its widest unbreakable piece (a word, a number, a character with the punctuation
   * that must stay next to it).
   */
  public static int narrowest(String s) {
    int widest = 0;
    for (String paragraph : paragraphs(s)) {
      for (Piece piece : pieces(paragraph)) {
        widest = Math.max(widest, piece.width());
      }
    }
    return widest;
  }

  private static String[] paragraphs(String s) {
    return s.split("\r\n|\r|\n", -1);
  }

  /**
   * An unbreakable piece of a paragraph: its atoms (a wide character or a run of narrow ones, each
   * with the zero-width tokens after it) and the spaces before it.
   */
  private record Piece(String spaces, List<String> atoms, int width) {
    String text() {
      return String.join("", atoms);
    }
  }

  /** Cuts a paragraph (no line breaks) into the pieces a line may break between. */
  private static List<Piece> pieces(String s) {
    List<String> atoms = new ArrayList<>();
    List<String> spacesBefore = new ArrayList<>();
    StringBuilder spaces = new StringBuilder();
    StringBuilder atom = new StringBuilder();
    // 0: no atom open; 1: a run of narrow characters; 2: a wide character.
    int kind = 0;
    for (int i = 0; i < s.length(); ) {
      int end = tokenEnd(s, i);
      int w = tokenWidth(s, i);
      if (s.charAt(i) == ' ') {
        kind = close(atom, spaces, atoms, spacesBefore);
        spaces.append(' ');
      } else if (w == 2 || (w == 1 && kind != 1)) {
        close(atom, spaces, atoms, spacesBefore);
        kind = w;
      } else if (kind == 0) {
        // zero-width at the start: it goes with what follows
        kind = 1;
      }
      if (s.charAt(i) != ' ') {
        atom.append(s, i, end);
      }
      i = end;
    }
    close(atom, spaces, atoms, spacesBefore);
    List<Piece> pieces = new ArrayList<>();
    List<String> joined = new ArrayList<>();
    String before = "";
    for (int a = 0; a < atoms.size(); a++) {
      String text = atoms.get(a);
      // As in Unicode's line breaking rules, spaces between do not make a break possible.
      boolean glued = a > 0 && (NO_LINE_START.indexOf(text.codePointAt(0)) >= 0
          || NO_LINE_END.indexOf(lastCodePoint(atoms.get(a - 1))) >= 0);
      if (!glued && !joined.isEmpty()) {
        pieces.add(new Piece(before, List.copyOf(joined), of(String.join("", joined))));
        joined.clear();
      }
      if (joined.isEmpty()) {
        before = spacesBefore.get(a);
        joined.add(text);
      } else {
        joined.add(spacesBefore.get(a) + text);
      }
    }
    if (!joined.isEmpty() || !spaces.isEmpty()) {
      pieces.add(new Piece(joined.isEmpty() ? spaces.toString() : before, List.copyOf(joined),
          of(String.join("", joined))));
    }
    if (!joined.isEmpty() && !spaces.isEmpty()) {
      // trailing spaces: kept where they fit
      pieces.add(new Piece(spaces.toString(), List.of(), 0));
    }
    return pieces;
  }

  /** Ends the open atom, if any, with the spaces before it; returns the kind "no atom open". */
  private static int close(StringBuilder atom, StringBuilder spaces, List<String> atoms,
      List<String> spacesBefore) {
    if (!atom.isEmpty()) {
      atoms.add(atom.toString());
      spacesBefore.add(spaces.toString());
      atom.setLength(0);
      spaces.setLength(0);
    }
    return 0;
  }

  private static int lastCodePoint(String s) {
    return s.codePointBefore(s.length());
  }

  /** Fills the lines of one paragraph, piece by piece. */
  private static final class Lines {
    private final int width;
    private final List<String> lines;
    private final StringBuilder line = new StringBuilder();
    private int used;
    private boolean first = true;
    private boolean empty = true;

    Lines(int width, List<String> lines) {
      this.width = width;
      this.lines = lines;
    }

    void add(Piece piece) {
      String spaces = empty && !first ? "" : piece.spaces();
      int need = of(spaces) + piece.width();
      if (used + need <= width) {
        append(spaces, piece.text());
        return;
      }
      if (piece.atoms().isEmpty()) {
        // trailing spaces that do not fit are a soft break
        return;
      }
      if (!empty) {
        breakLine();
      }
      if (piece.width() <= width) {
        append("", piece.text());
      } else {
        split(piece);
      }
    }

    /** Breaks a piece wider than a line between its atoms, and an atom between code points. */
    private void split(Piece piece) {
      for (String atom : piece.atoms()) {
        int start = 0;
        while (atom.charAt(start) == ' ') {
          start++;
        }
        String spaces = atom.substring(0, start);
        String text = atom.substring(start);
        if (of(atom) <= width) {
          fit(spaces, text);
          continue;
        }
        for (int i = 0; i < text.length(); ) {
          int end = tokenEnd(text, i);
          fit(i == 0 ? spaces : "", text.substring(i, end));
          i = end;
        }
      }
    }

    /** Appends text, on a new line (without the spaces) when it does not fit. */
    private void fit(String spaces, String text) {
      if (!empty && used + of(spaces) + of(text) > width) {
        breakLine();
      }
      append(empty ? "" : spaces, text);
    }

    private void append(String spaces, String text) {
      line.append(spaces).append(text);
      used += of(spaces) + of(text);
      empty = empty && text.isEmpty() && (spaces.isEmpty() || !first);
    }

    private void breakLine() {
      lines.add(stripTrailingSpaces(line));
      line.setLength(0);
      used = 0;
      first = false;
      empty = true;
    }

    void end() {
      lines.add(line.toString());
    }
  }

  private static String stripTrailingSpaces(CharSequence s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    return s.subSequence(0, end).toString();
  }

  /** End of the token at {@code i}: a whole ANSI CSI sequence, or one code point. */
  private static int tokenEnd(String s, int i) {
    if (s.charAt(i) == ESC && i + 1 < s.length() && s.charAt(i + 1) == '[') {
      // CSI: parameter and intermediate bytes 0x20-0x3F, then one final byte 0x40-0x7E.
      for (int j = i + 2; j < s.length(); j++) {
        char c = s.charAt(j);
        if (c >= 0x40 && c <= 0x7e) {
          return j + 1;
        }
        if (c < 0x20 || c > 0x3f) {
          break;
        }
      }
      // Unterminated: only the ESC is special, and it is a zero-width control character.
      return i + 1;
    }
    return i + Character.charCount(s.codePointAt(i));
  }

  private static int tokenWidth(String s, int start) {
    // An escape sequence starts with ESC, a zero-width control character.
    return of(s.codePointAt(start));
  }

  private static boolean isZeroWidth(int cp) {
    switch (Character.getType(cp)) {
      case Character.NON_SPACING_MARK:
      case Character.ENCLOSING_MARK:
      case Character.CONTROL:
        return true;
      case Character.FORMAT:
        // The soft hyphen and the prepended concatenation marks (Arabic number signs) are drawn.
        return cp != 0xad && !(cp >= 0x600 && cp <= 0x605) && cp != 0x6dd && cp != 0x70f
            && cp != 0x890 && cp != 0x891 && cp != 0x8e2 && cp != 0x110bd && cp != 0x110cd;
      default:
        break;
    }
    // Hangul medial vowels and final consonants join the preceding leading consonant.
    return (cp >= 0x1160 && cp <= 0x11ff) || (cp >= 0xd7b0 && cp <= 0xd7ff);
  }

  private static boolean isWide(int cp) {
    if (cp < WIDE[0]) {
      return false;
    }
    // The last range that starts at or before cp.
    int lo = 0;
    int hi = WIDE.length / 2 - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (WIDE[2 * mid] <= cp) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return cp <= WIDE[2 * lo + 1];
  }

  /**
   * The ranges of code points two columns wide, first and last of each: East Asian Wide and
   * Fullwidth in Unicode 15.0 (EastAsianWidth.txt), as the C library's wcwidth() counts them
   * (glibc 2.36, which tmux asks) and as xterm and VTE draw them. Unassigned code points between
   * two ranges are in the range, as they will be ideographs or emoji.
   */
  private static final int[] WIDE = {
      0x1100, 0x115f, 0x231a, 0x231b, 0x2329, 0x232a, 0x23e9, 0x23ec, 0x23f0, 0x23f0,
      0x23f3, 0x23f3, 0x25fd, 0x25fe, 0x2614, 0x2615, 0x2648, 0x2653, 0x267f, 0x267f,
      0x2693, 0x2693, 0x26a1, 0x26a1, 0x26aa, 0x26ab, 0x26bd, 0x26be, 0x26c4, 0x26c5,
      0x26ce, 0x26ce, 0x26d4, 0x26d4, 0x26ea, 0x26ea, 0x26f2, 0x26f3, 0x26f5, 0x26f5,
      0x26fa, 0x26fa, 0x26fd, 0x26fd, 0x2705, 0x2705, 0x270a, 0x270b, 0x2728, 0x2728,
      0x274c, 0x274c, 0x274e, 0x274e, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797,
      0x27b0, 0x27b0, 0x27bf, 0x27bf, 0x2b1b, 0x2b1c, 0x2b50, 0x2b50, 0x2b55, 0x2b55,
      0x2e80, 0x3029, 0x302e, 0x303e, 0x3041, 0x3096, 0x309b, 0xa4c6, 0xa960, 0xa97c,
      0xac00, 0xd7a3, 0xf900, 0xfaff, 0xfe10, 0xfe19, 0xfe30, 0xfe6b, 0xff01, 0xff60,
      0xffe0, 0xffe6, 0x16fe0, 0x16fe3, 0x16ff0, 0x1b2fb, 0x1f004, 0x1f004, 0x1f0cf, 0x1f0cf,
      0x1f18e, 0x1f18e, 0x1f191, 0x1f19a, 0x1f200, 0x1f320, 0x1f32d, 0x1f335, 0x1f337, 0x1f37c,
      0x1f37e, 0x1f393, 0x1f3a0, 0x1f3ca, 0x1f3cf, 0x1f3d3, 0x1f3e0, 0x1f3f0, 0x1f3f4, 0x1f3f4,
      0x1f3f8, 0x1f43e, 0x1f440, 0x1f440, 0x1f442, 0x1f4fc, 0x1f4ff, 0x1f53d, 0x1f54b, 0x1f54e,
      0x1f550, 0x1f567, 0x1f57a, 0x1f57a, 0x1f595, 0x1f596, 0x1f5a4, 0x1f5a4, 0x1f5fb, 0x1f64f,
      0x1f680, 0x1f6c5, 0x1f6cc, 0x1f6cc, 0x1f6d0, 0x1f6d2, 0x1f6d5, 0x1f6df, 0x1f6eb, 0x1f6ec,
      0x1f6f4, 0x1f6fc, 0x1f7e0, 0x1f7f0, 0x1f90c, 0x1f93a, 0x1f93c, 0x1f945, 0x1f947, 0x1f9ff,
      0x1fa70, 0x1faf8, 0x20000, 0x3fffd
  };
}
