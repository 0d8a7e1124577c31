package dev.qingdan.render;

import java.io.PrintWriter;

/** Writes a diff in one format. */
public interface DiffRenderer {
  void render(PrintWriter out, DiffReport report);
}
