package dev.qingdan.load.table;

import dev.qingdan.model.Row;
import dev.qingdan.model.RowId;
import dev.qingdan.model.Target;
import dev.qingdan.phrase.ScheduleParser;
import dev.qingdan.phrase.SentenceTargets;
import dev.qingdan.phrase.TargetParser;
import dev.qingdan.text.Msg;
import java.util.ArrayList;
import java.util.List;

/**
 * The measures of an imported row: the row itself where its target cell reads as a target, or
 * where no cell states one; else one row for each target that the target cell's sentence, or (in a
 * table without a target column) the task text, states ({@code 改造老旧小区12个、新增充电桩300个}: rows
 * N.1 and N.2, each with its indicator). Every figure not read is named in a warning.
 */
final class Measures {
  private final ImportLog log;
  private final String where;
  private final int order;
  private final int year;
  private int targets;

  /** Measures of the row at {@code where} (its order in the document) in a plan of {@code year}. */
  Measures(ImportLog log, String where, int order, int year) {
    this.log = log;
    this.where = where;
    this.order = order;
    this.year = year;
  }

  /** How many targets the rows made so far were read with. */
  int targets() {
    return targets;
  }

  /**
   * The rows {@code row} stands for; {@code column} says the table has a target column, and
   * {@code sentence} is its cell, else the task text that states the targets, with {@code
   * detail} the content that details the task (empty for none).
   */
  List<Row> of(Row row, boolean column, String sentence, String detail) {
    if (column && TargetParser.parse(sentence).isPresent()) {
      return List.of(row);
    }
    SentenceTargets.Reading r = SentenceTargets.read(sentence, detail);
    String id = row.id().toString();
    if (r.summary() != null) {
      log.note("measures", Msg.of("row %s: %s", id, r.summary()), where, order);
    }
    for (Msg note : r.figureNotes()) {
      log.warn("target", Msg.of("row %s: %s", id, note), where, order);
    }
    if (r.found().isEmpty()) {
      if (column && !sentence.isEmpty() && r.notes().isEmpty()) {
        log.warn("target", Msg.of("row %s: cannot read the target '%s'", id, sentence), where,
            order);
      }
      return List.of(row);
    }
    String schedule = row.schedule().text();
    // what the row's own reading said of its schedule, without a target, is said already
    List<String> said = messages(TextSchedule.parse(schedule, year, null)).stream().map(Msg::en)
        .toList();
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < r.found().size(); i++) {
      SentenceTargets.Found f = r.found().get(i);
      Target t = f.target();
      RowId rid = new RowId(row.id().item(), row.id().k() + i);
      String indicator = row.indicator() == null || row.indicator().isEmpty()
          ? (f.indicator() == null ? "" : f.indicator()) : row.indicator();
      ScheduleParser.Result sched = TextSchedule.parse(schedule, year, t);
      if (!schedule.isEmpty()) {
        // read against its target, the schedule may say more (a plan of 8 for a target of 12)
        for (Msg m : messages(sched)) {
          if (!said.contains(m.en())) {
            log.warn("schedule", Msg.of("row %s: %s", rid.toString(), m), where, order);
          }
        }
      }
      targets++;
      out.add(new Row(rid, row.title(), row.points(), row.lead(), row.partners(), row.goal(),
          indicator, t, sched.schedule(), row.definition(), row.method(), row.extra()));
    }
    return out;
  }

  /** The notes and the stated assumptions of a schedule's reading. */
  private static List<Msg> messages(ScheduleParser.Result r) {
    List<Msg> out = new ArrayList<>(r.notes());
    out.addAll(r.ambiguities());
    return out;
  }
}
