package dev.qingdan.render;

import java.io.PrintWriter;

/** Writes a validation report in one format. */
public interface ValidationRenderer {
  void render(PrintWriter out, ValidationReport report);
}
