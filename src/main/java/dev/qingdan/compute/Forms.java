package dev.qingdan.compute;

import dev.qingdan.model.Checklist;
import dev.qingdan.model.Measure;
import dev.qingdan.model.ProgressEntry;
import dev.qingdan.model.Row;
import dev.qingdan.model.UnitRegister;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * The monthly forms of the lead units ({@code qingdan template}): which rows each unit reports,
 * and the cumulative figures its reports gave before the form's month.
 */
public final class Forms {
  /** The figures a form asks for; a level (value) and a row without an indicator have no form. */
  private static final Set<Measure> REPORTED = Set.of(Measure.RATIO, Measure.COUNT, Measure.DONE);

  private Forms() {}

  /** The register names of the units that lead a row with a form, in the checklist's order. */
  public static List<String> leadUnits(Checklist c) {
    UnitRegister register = UnitRegister.of(c);
    Set<String> units = new LinkedHashSet<>();
    for (Row row : c.rows()) {
      if (REPORTED.contains(Measure.of(row))) {
        units.addAll(Ratios.leads(register, row));
      }
    }
    return List.copyOf(units);
  }

  /**
   * The rows {@code unit} (a register name) leads and reports, in the checklist's order, each with
   * what its reports (those of the unit, and those that name no unit) add up to before
   * {@code period}.
   */
  public static List<FormRow> rows(Checklist c, String unit, YearMonth period,
      List<ProgressEntry> entries) {
    UnitRegister register = UnitRegister.of(c);
    List<FormRow> rows = new ArrayList<>();
    for (Row row : c.rows()) {
      Measure m = Measure.of(row);
      if (!REPORTED.contains(m) || !Ratios.leads(register, row).contains(unit)) {
        continue;
      }
      String id = row.id().toString();
      Long numerator = null;
      Long denominator = null;
      Long count = null;
      LocalDate done = null;
      for (ProgressEntry e : entries) {
        if (!e.id().equals(id) || !e.period().isBefore(period)
            || e.unit() != null && !e.unit().equals(unit)) {
          continue;
        }
        numerator = add(numerator, e.numerator(), "numerator", id);
        denominator = add(denominator, e.denominator(), "denominator", id);
        count = add(count, e.count(), "count", id);
        if (e.done() != null && (done == null || e.done().isBefore(done))) {
          done = e.done();
        }
      }
      rows.add(new FormRow(id, row.indicator(), row.definition().text(), row.target().text(),
          row.schedule().text(), m, numerator, denominator, count, done,
          denominator == null || denominator == 0 ? null
              : Exact.percent(new BigFraction(numerator, denominator))));
    }
    return rows;
  }

  private static Long add(Long sum, Long figure, String field, String id) {
    if (figure == null) {
      return sum;
    }
    return sum == null ? figure : FigureOverflow.add(sum, figure, field, id);
  }
}
