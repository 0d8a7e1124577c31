package dev.qingdan.render;

import dev.qingdan.compute.RatioReport;
import java.io.PrintWriter;

/** Writes the result of {@code ratio} in one format. */
public interface RatioRenderer {
  void render(PrintWriter out, RatioReport report);
}
