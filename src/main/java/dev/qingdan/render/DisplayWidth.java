package dev.qingdan.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Terminal column widths of strings that mix Chinese and Latin text.
 *
 * <p>East Asian Wide and Fullwidth characters take two columns, combining marks, format characters,
 * control characters and ANSI escape sequences take none, everything else one. Ambiguous-width
 * characters such as box drawing take one column, as in most terminals; the exception is the
 * Chinese quotation marks “ and ”, which Chinese fonts draw wide.
 */
public final class DisplayWidth {
  /** Punctuation that must not start a line of Chinese text. */
  private static final String NO_LINE_START = "，。、；：？！）」』”’》〉】〕…,.;:?!)";

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
   * <p>Line feeds (and CR LF, CR) are hard breaks. Otherwise a line may break anywhere next to a
   * wide character, and a run of narrow characters (a Latin word, a number) moves whole to the next
   * line when it does not fit, unless it is too long for a line of its own. The space at a soft
   * break is dropped. A code point is never split; a single character wider than {@code width} gets
   * a line of its own. An empty string gives one empty line.
   *
   * @throws IllegalArgumentException if {@code width < 1}
   */
  public static List<String> wrap(String s, int width) {
    if (width < 1) {
      throw new IllegalArgumentException("width must be at least 1: " + width);
    }
    List<String> lines = new ArrayList<>();
    for (String paragraph : s.split("\r\n|\r|\n", -1)) {
      wrapParagraph(paragraph, width, lines);
    }
    return lines;
  }

  private static void wrapParagraph(String s, int width, List<String> lines) {
    StringBuilder line = new StringBuilder();
    int lineWidth = 0;
    // Where the run of narrow non-space characters at the end of the line starts, or -1.
    int wordStart = -1;
    int wordWidth = 0;
    // Spaces that would start a line after a soft break are dropped with the break.
    boolean afterSoftBreak = false;
    int lastTokenStart = -1;
    for (int i = 0; i < s.length(); ) {
      int end = tokenEnd(s, i);
      int w = tokenWidth(s, i);
      boolean space = s.charAt(i) == ' ';
      if (space && (lineWidth + w > width || (afterSoftBreak && line.length() == 0))) {
        if (line.length() > 0) {
          lines.add(stripTrailingSpaces(line));
          line.setLength(0);
          lineWidth = 0;
          wordStart = -1;
          afterSoftBreak = true;
        }
        i = end;
        continue;
      }
      if (lineWidth + w > width && line.length() > 0) {
        String before = wordStart > 0 ? stripTrailingSpaces(line.substring(0, wordStart)) : "";
        if (w == 1 && of(before) > 0) {
          // Move the unfinished word to the next line instead of splitting it. It fits there
          // with this character, as it shared its old line with at least one column of text.
          String word = line.substring(wordStart);
          lines.add(before);
          line.setLength(0);
          line.append(word);
          lineWidth = wordWidth;
          wordStart = 0;
        } else if (NO_LINE_START.indexOf(s.codePointAt(i)) >= 0 && lastTokenStart > 0
            && width >= 4) {
          // Chinese typesetting never starts a line with closing punctuation (禁则): the
          // character before it moves down with it.
          String carried = line.substring(lastTokenStart);
          lines.add(stripTrailingSpaces(line.substring(0, lastTokenStart)));
          line.setLength(0);
          line.append(carried);
          lineWidth = of(carried);
          wordStart = -1;
        } else {
          lines.add(stripTrailingSpaces(line));
          line.setLength(0);
          lineWidth = 0;
          wordStart = -1;
        }
        afterSoftBreak = true;
      }
      if (w == 1 && !space) {
        if (wordStart < 0) {
          wordStart = line.length();
          wordWidth = 0;
        }
        wordWidth += 1;
      } else if (w > 0) {
        wordStart = -1;
      }
      lastTokenStart = line.length();
      line.append(s, i, end);
      lineWidth += w;
      i = end;
    }
    lines.add(line.toString());
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
      case Character.FORMAT:
      case Character.CONTROL:
        return true;
      default:
        break;
    }
    // Hangul medial vowels and final consonants join the preceding leading consonant.
    return (cp >= 0x1160 && cp <= 0x11ff)
        || (cp >= 0xfe00 && cp <= 0xfe0f) // variation selectors
        || (cp >= 0xe0100 && cp <= 0xe01ef);
  }

  private static boolean isWide(int cp) {
    if (cp < 0x1100) {
      return false;
    }
    return cp <= 0x115f // Hangul Jamo leading consonants
        || cp == 0x201c
        || cp == 0x201d // “ ” as Chinese fonts draw them
        || cp == 0x2329
        || cp == 0x232a
        || (cp >= 0x2e80 && cp <= 0x303e) // CJK radicals, ideographic description, CJK punctuation
        || (cp >= 0x3041 && cp <= 0x33ff) // kana, bopomofo, Hangul compatibility jamo, CJK symbols
        || (cp >= 0x3400 && cp <= 0x4dbf) // CJK extension A
        || (cp >= 0x4e00 && cp <= 0x9fff) // CJK unified ideographs
        || (cp >= 0xa000 && cp <= 0xa4cf) // Yi
        || (cp >= 0xa960 && cp <= 0xa97f) // Hangul Jamo extended A
        || (cp >= 0xac00 && cp <= 0xd7a3) // Hangul syllables
        || (cp >= 0xf900 && cp <= 0xfaff) // CJK compatibility ideographs
        || (cp >= 0xfe10 && cp <= 0xfe19) // vertical forms
        || (cp >= 0xfe30 && cp <= 0xfe6f) // CJK compatibility forms, small form variants
        || (cp >= 0xff00 && cp <= 0xff60) // fullwidth forms
        || (cp >= 0xffe0 && cp <= 0xffe6) // fullwidth signs
        || (cp >= 0x1b000 && cp <= 0x1b2ff) // kana supplement and extensions
        || (cp >= 0x1f300 && cp <= 0x1f64f) // pictographs, emoticons
        || (cp >= 0x1f680 && cp <= 0x1f6ff) // transport and map symbols
        || (cp >= 0x1f900 && cp <= 0x1f9ff) // supplemental symbols and pictographs
        || (cp >= 0x20000 && cp <= 0x2fffd) // CJK extensions B-F, compatibility supplement
        || (cp >= 0x30000 && cp <= 0x3fffd); // CJK extensions G-H
  }
}
