package dev.qingdan.render;

import java.io.PrintWriter;

/** Writes the rows of {@code deadlines} in one format. */
public interface DeadlinesRenderer {
  void render(PrintWriter out, DeadlinesReport report);
}
