package dev.qingdan.render;

import java.io.PrintWriter;
import java.util.List;

/** Markdown table rows, with the cell text escaped so that a {@code |} never splits a cell. */
public final class Markdown {
  private Markdown() {}

  public static void row(PrintWriter out, List<String> cells) {
    StringBuilder sb = new StringBuilder("|");
    for (String c : cells) {
      sb.append(' ').append(cell(c)).append(" |");
    }
    out.print(sb + "\n");
  }

  /** Escapes a cell: pipes, backslashes and line breaks. */
  public static String cell(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "<br>")
        .replace("\n", "<br>");
  }
}
