package dev.qingdan.load.progress;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The fields of a progress report, in the order of the CSV header. A new figure is a new constant
 * here (its key, whether it is required, how it is written) and a check in {@link ProgressChecks}.
 */
enum ProgressField {
  PERIOD(true, Kind.TEXT),
  ID(true, Kind.TEXT),
  UNIT(false, Kind.TEXT),
  NUMERATOR(false, Kind.NUMBER),
  DENOMINATOR(false, Kind.NUMBER),
  COUNT(false, Kind.NUMBER),
  DONE(false, Kind.TEXT),
  NOTE(false, Kind.NOTE),
  /** A level's figure (an average time, a rate measured elsewhere); YAML only. */
  VALUE(false, Kind.NUMBER, false);

  /** How a field is written. */
  enum Kind {
    /** A scalar read as written, spaces around it removed in CSV. */
    TEXT,
    /** A number: a YAML number (not text such as {@code "15"}), or a CSV cell. */
    NUMBER,
    /** Free text, kept exactly as written; YAML null is no note. */
    NOTE
  }

  /** The keys of every field, in order: the YAML keys. */
  static final List<String> KEYS = Arrays.stream(values()).map(f -> f.key).toList();

  /** The fields of the CSV header, in order: the contract fixes it, so a level is YAML only. */
  static final List<ProgressField> CSV = Arrays.stream(values()).filter(f -> f.csv).toList();

  /** The CSV header's names. */
  static final List<String> CSV_KEYS = CSV.stream().map(f -> f.key).toList();

  /** The key as written in YAML and in the CSV header. */
  final String key;
  final boolean required;
  final Kind kind;
  final boolean csv;

  ProgressField(boolean required, Kind kind) {
    this(required, kind, true);
  }

  ProgressField(boolean required, Kind kind, boolean csv) {
    this.key = name().toLowerCase(Locale.ROOT);
    this.required = required;
    this.kind = kind;
    this.csv = csv;
  }
}
