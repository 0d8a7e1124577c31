package dev.qingdan.load.checklist;

import dev.qingdan.load.Loc;
import dev.qingdan.load.Problem;
import dev.qingdan.load.Severity;
import dev.qingdan.model.Checklist;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A checklist file as read: the value (null when the file could not be read at all), where each
 * field path was written, and every problem found while reading.
 *
 * @param file the file as the user named it
 * @param checklist the checklist, possibly missing rows whose fields were unusable
 * @param places field path to place, for problems found later
 * @param rowPaths the field path of each row of the checklist ({@code rows[7]}), in order: rows
 *     that could not be read are left out of the checklist, so a row's index can differ from its
 *     place in the file
 * @param problems the problems found while reading, in file order
 */
public record LoadedChecklist(
    String file,
    Checklist checklist,
    Map<String, Loc> places,
    List<String> rowPaths,
    List<Problem> problems) {
  public LoadedChecklist {
    // a view rather than a copy: the reader's map holds a place for every path of the file (a
    // tenth of a large file's reading went to copying it), and it is not changed afterwards
    places = Collections.unmodifiableMap(places);
    rowPaths = List.copyOf(rowPaths);
    problems = List.copyOf(problems);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
  }

  public Loc place(String path) {
    return places.getOrDefault(path, Loc.FILE);
  }
}
