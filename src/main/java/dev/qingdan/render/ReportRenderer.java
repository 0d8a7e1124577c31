package dev.qingdan.render;

import dev.qingdan.compute.MonthlyReport;
import java.io.PrintWriter;

/** Writes the monthly evaluation of {@code report} in one format. */
public interface ReportRenderer {
  void render(PrintWriter out, MonthlyReport report);
}
