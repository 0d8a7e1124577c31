package dev.qingdan.load;

import dev.qingdan.model.Checklist;
import java.util.List;
import java.util.Map;

/**
 * A checklist file as read: the value (null when the file could not be read at all), where each
 * field path was written, and every problem found while reading.
 *
 * @param file the file as the user named it
 * @param checklist the checklist, possibly missing rows whose fields were unusable
 * @param places field path to place, for problems found later
 * @param problems the problems found while reading, in file order
 */
public record LoadedChecklist(
    String file, Checklist checklist, Map<String, Loc> places, List<Problem> problems) {
  public LoadedChecklist {
    places = Map.copyOf(places);
    problems = List.copyOf(problems);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
  }

  public Loc place(String path) {
    return places.getOrDefault(path, Loc.FILE);
  }
}
