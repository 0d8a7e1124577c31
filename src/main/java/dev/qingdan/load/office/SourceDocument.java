package dev.qingdan.load.office;

import dev.qingdan.load.Place;
import dev.qingdan.load.Warning;
import dev.qingdan.text.Cells;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A document to import, whatever its format: its prose paragraphs and table rows in reading order,
 * each with its place.
 *
 * @param file the file as the user named it
 * @param blocks the paragraphs and table rows in order
 * @param warnings what the reader left out of the blocks and why (hidden sheets, rows, columns,
 *     text), for the import to report
 */
public record SourceDocument(String file, List<Block> blocks, List<Warning> warnings) {
  public SourceDocument {
    blocks = List.copyOf(blocks);
    warnings = List.copyOf(warnings);
  }

  /** A document read whole, with nothing left out. */
  public SourceDocument(String file, List<Block> blocks) {
    this(file, blocks, List.of());
  }

  /** A paragraph or a table row. */
  public sealed interface Block permits Paragraph, SourceRow {
    Place place();
  }

  /** A line of prose (a paragraph, a line of text, a sheet row with one cell). */
  public record Paragraph(String text, Place place) implements Block {}

  /**
   * One row of a table.
   *
   * @param cells the cells in column order, cleaned of surrounding blanks; blank for a merged cell
   *     that continues the cell above, and for the columns a wide cell spans
   * @param continued the positions of cells that the source marks as continuing the merged cell
   *     above (Word's vMerge, a workbook's merged region); empty for pasted text, where merges are
   *     lost
   * @param place where the row is
   */
  public record SourceRow(List<String> cells, Set<Integer> continued, Place place)
      implements Block {
    public SourceRow {
      cells = List.copyOf(cells);
      continued = Set.copyOf(continued);
    }
  }

  /**
   * Text as pasted from Word or Excel: a line with a tab between its words is a table row, any
   * other line is prose. Line ends (LF, CRLF, CR), a BOM and blanks at the end of a line (tabs
   * included) make no difference.
   */
  public static SourceDocument ofText(String file, String text) {
    List<Block> blocks = new ArrayList<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      Place place = Place.line(file, i + 1);
      if (isRow(l)) {
        List<String> cells = new ArrayList<>();
        for (String c : l.split("\t", -1)) {
          cells.add(Cells.clean(c));
        }
        blocks.add(new SourceRow(cells, Set.of(), place));
      } else {
        blocks.add(new Paragraph(Cells.clean(l), place));
      }
    }
    return new SourceDocument(file, blocks);
  }

  /** A paragraph's lines as prose: a line break inside a paragraph or cell starts a new line. */
  static void prose(List<Block> blocks, String text, Place place) {
    List<String> lines = text.lines().toList();
    for (String l : lines) {
      blocks.add(new Paragraph(Cells.clean(l), place));
    }
    if (lines.isEmpty()) {
      blocks.add(new Paragraph("", place));
    }
  }

  private static boolean isRow(String line) {
    int end = line.length();
    while (end > 0 && Cells.isBlank(line.charAt(end - 1))) {
      end--;
    }
    return line.lastIndexOf('\t', end - 1) >= 0;
  }
}
