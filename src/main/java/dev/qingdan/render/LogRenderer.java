package dev.qingdan.render;

import java.io.PrintWriter;

/** Writes the revisions that {@code log} lists in one format. */
public interface LogRenderer {
  void render(PrintWriter out, RevisionLog log);
}
