package dev.qingdan.load.table;

import dev.qingdan.load.Place;
import dev.qingdan.load.Warning;
import dev.qingdan.text.Msg;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What an import says as it reads: warnings (something repaired or unread) and notes (info). */
final class ImportLog {
  private final String file;
  private final List<Warning> warnings = new ArrayList<>();
  private final List<Warning> notes = new ArrayList<>();

  ImportLog(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  /** A warning at column {@code column} of {@code place}, or at the file when place is null. */
  void warn(String code, Msg text, Place place, int column) {
    warn(code, text, place == null ? file : place.where(column), place == null ? 0 : place.order());
  }

  void warn(String code, Msg text, String where, int order) {
    warnings.add(new Warning(code, text, where, order));
  }

  /** An info line: how something was read. */
  void note(String code, Msg text, String where, int order) {
    notes.add(new Warning(code, text, where, order));
  }

  /** The warnings in document order (stable: the order said within a place is kept). */
  List<Warning> warnings() {
    return sorted(warnings);
  }

  /** The notes in document order. */
  List<Warning> notes() {
    return sorted(notes);
  }

  private static List<Warning> sorted(List<Warning> said) {
    List<Warning> out = new ArrayList<>(said);
    out.sort(Comparator.comparingInt(Warning::order));
    return List.copyOf(out);
  }
}
