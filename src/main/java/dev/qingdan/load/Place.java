package dev.qingdan.load;

/**
 * Where a line of an imported document is, as a user finds it again: a line of a text file, a row
 * or paragraph of a Word document, a cell of a workbook.
 *
 * @param file the file as the user named it
 * @param order the position in the document, for sorting: the line number of a text file, the
 *     block number of a Word document, the row number across the sheets of a workbook
 * @param label {@code table 2, row 5} or {@code paragraph 12} in a Word document; the sheet's name
 *     in a workbook; null in a text file
 * @param row the 1-based row of the sheet in a workbook, 0 elsewhere
 */
public record Place(String file, int order, String label, int row) {
  /** Line {@code line} of a text file. */
  public static Place line(String file, int line) {
    return new Place(file, line, null, 0);
  }

  /** A block of a Word document: {@code table 2, row 5} or {@code paragraph 12}. */
  public static Place block(String file, int order, String label) {
    return new Place(file, order, label, 0);
  }

  /** Row {@code row} (1-based) of a sheet. */
  public static Place sheetRow(String file, int order, String sheet, int row) {
    return new Place(file, order, sheet, row);
  }

  /** {@code file:line}, {@code file:table 2, row 5} or {@code file:Sheet1!A12}. */
  public String where() {
    return where(0);
  }

  /**
   * The place of the cell in column {@code column} (0-based position in the row): a workbook names
   * the cell ({@code Sheet1!H12}); a text line or a Word row is named whole.
   */
  public String where(int column) {
    if (row > 0) {
      return file + ":" + sheetRef(label) + "!" + columnName(column) + row;
    }
    if (label != null) {
      return file + ":" + label;
    }
    return order > 0 ? file + ":" + order : file;
  }

  /** A as 0, Z as 25, AA as 26: the column letters of a sheet. */
  public static String columnName(int column) {
    StringBuilder sb = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      sb.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return sb.toString();
  }

  /** A sheet's name as a cell reference writes it: quoted where it has spaces or punctuation. */
  static String sheetRef(String sheet) {
    boolean plain = !sheet.isEmpty() && !Character.isDigit(sheet.charAt(0))
        && sheet.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
    return plain ? sheet : "'" + sheet.replace("'", "''") + "'";
  }
}
