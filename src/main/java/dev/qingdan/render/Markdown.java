package dev.qingdan.render;

import dev.qingdan.text.Printable;
import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text from the inputs in Markdown: every Markdown writer passes each title, unit, indicator,
 * schedule text and file name through {@link #inline} (or {@link #block}, {@link #code}), so that
 * nothing a checklist says becomes markup. A title {@code <script>}, {@code [x](javascript:...)},
 * {@code ![i](...)} or {@code <http://...>} is shown as written, never run, linked or loaded,
 * wherever the Markdown is rendered (GitHub, GitLab, a CommonMark viewer).
 */
public final class Markdown {
  /**
   * The characters of inline markup: emphasis, code, links, images, HTML, tables; and of what
   * GitHub would show otherwise than written: an entity ({@code &lt;}), a strikethrough.
   */
  private static final String INLINE = "\\`*_[]<>|#!()&~";
  /** What starts a block at the beginning of a line: a list item, a heading underline. */
  private static final Pattern BLOCK =
      Pattern.compile("^(?:([-+=])(?!\\d)|(\\d{1,9})([.)])(?=[ \\t]|$))");

  private Markdown() {}

  /**
   * {@code s} as literal Markdown text within a line (after other text, in a heading, in a table
   * cell): line breaks become spaces, other control characters visible escapes ({@link
   * Printable}), and every character of {@code \ ` * _ [ ] < > | # ! ( ) & ~} gets a backslash. A
   * viewer shows the text as it was written; a table cell is never split.
   */
  public static String inline(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    String line = oneLine(s);
    StringBuilder sb = new StringBuilder(line.length() + 8);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (INLINE.indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /**
   * {@code s} as {@link #inline}, for text that starts a paragraph or a list item, where a leading
   * {@code -}, {@code +}, {@code =} or {@code 1.} would start a block (a list, a heading's
   * underline): that one gets a backslash too.
   */
  public static String block(String s) {
    String text = inline(s);
    Matcher m = BLOCK.matcher(text);
    if (!m.lookingAt()) {
      return text;
    }
    return (m.group(1) != null ? "\\" + m.group(1) : m.group(2) + "\\" + m.group(3))
        + text.substring(m.end());
  }

  /**
   * {@code s} as a code span: a file name or a revision, shown in monospace as written. Inside a
   * span nothing is markup; only a backtick (which would end it, written {@code '}) and a line
   * break (which could start a block) are changed.
   */
  public static String code(String s) {
    return "`" + oneLine(s).replace('`', '\'') + "`";
  }

  /** Line breaks as spaces (a line break could start a block), other controls as escapes. */
  private static String oneLine(String s) {
    return Printable.escape(s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '));
  }

  /** A table row of text cells, each escaped ({@link #inline}): a {@code |} never splits one. */
  public static void row(PrintWriter out, List<String> cells) {
    StringBuilder sb = new StringBuilder("|");
    for (String c : cells) {
      sb.append(' ').append(inline(c)).append(" |");
    }
    out.print(sb + "\n");
  }

  /** The line under a table's header: {@code ---} for each column, {@code ---:} right-aligned. */
  static void alignment(PrintWriter out, List<Boolean> right) {
    StringBuilder sb = new StringBuilder("|");
    for (boolean r : right) {
      sb.append(r ? " ---: |" : " --- |");
    }
    out.print(sb + "\n");
  }
}
