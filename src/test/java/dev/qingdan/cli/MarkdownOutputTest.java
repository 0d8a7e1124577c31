package dev.qingdan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qingdan.render.Markdown;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Markdown output of a checklist whose titles, indicators, a unit, the checklist's name and
 * a file name hold HTML, links, images and pipes, rendered as GitHub renders it (CommonMark with
 * GFM tables): no script, image or link comes out, every table keeps its columns, and the text
 * reads as it was written.
 */
class MarkdownOutputTest {
  private static final List<org.commonmark.Extension> GFM = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(GFM).build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(GFM).build();

  @TempDir Path dir;
  private HostileChecklist hostile;

  @BeforeEach
  void write() throws IOException {
    hostile = HostileChecklist.write(dir);
  }

  /** Each Markdown output, by what it is. */
  private Map<String, String> outputs() throws IOException {
    String p = hostile.policies.toString();
    String data = hostile.progress.toString();
    Path named = Files.copy(hostile.policies, dir.resolve("<img src=x onerror=alert(4)>`.yaml"));
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("list", run("list", "-p", p, "--format", "markdown"));
    outputs.put("ratio", run("ratio", "-p", p, "--data", data, "--format", "markdown"));
    outputs.put("ratio by unit", run("ratio", "-p", p, "--data", data, "--by", "unit",
        "--format", "markdown"));
    outputs.put("deadlines", run("deadlines", "-p", p, "--data", data, "--as-of", "2022-12-15",
        "--format", "markdown"));
    outputs.put("report", run("report", "-p", p, "--data", data, "--as-of", "2022-12-15",
        "--format", "markdown"));
    outputs.put("diff", run("diff", "policies.yaml", named.toString(), "--format", "markdown"));
    outputs.put("diff back", run("diff", named.toString(), "policies.yaml", "--format",
        "markdown"));
    return outputs;
  }

  private static String run(String... args) {
    Cli.Run run = Cli.run(args);
    assertTrue(run.exit() <= 1, run.block());
    return run.out();
  }

  @Test
  void noMarkupSurvivesAndEveryTableKeepsItsColumns() throws IOException {
    for (Map.Entry<String, String> e : outputs().entrySet()) {
      String what = e.getKey();
      String markdown = e.getValue();
      String html = HTML.render(PARSER.parse(markdown));
      for (String bad : List.of("<script", "<img", "href=\"javascript", "<a ", "<b>")) {
        assertFalse(html.contains(bad), what + ": " + bad + " in\n" + html);
      }
      assertTablesKeepTheirColumns(what, markdown);
    }
  }

  @Test
  void theTextReadsAsWritten() throws IOException {
    Map<String, String> outputs = outputs();
    for (String what : List.of("list", "ratio", "diff")) {
      String text = text(PARSER.parse(outputs.get(what)));
      for (String s : HostileChecklist.MARKUP) {
        assertTrue(text.contains(s), what + ": " + s + " is not in\n" + text);
      }
    }
    assertTrue(text(PARSER.parse(outputs.get("ratio by unit"))).contains(HostileChecklist.UNIT));
    String diff = text(PARSER.parse(outputs.get("diff")));
    assertTrue(diff.contains("《" + HostileChecklist.NAME + "》修订说明"), diff);
    assertTrue(diff.contains("<img src=x onerror=alert(4)>'.yaml"), diff);
  }

  /** The one escaping function: nothing of it is markup, and a viewer shows it as it was. */
  @Test
  void inlineTextIsLiteral() {
    for (String s : List.of("<script>alert(1)</script>", "[x](javascript:alert(1))",
        "![i](http://t/x.png)", "<http://evil>", "*a* _b_ `c` # d \\ e ! (f)", "a|b",
        "&lt;b&gt; ~~g~~ &#60;i&#62;")) {
      assertEquals("<p>" + s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
          + "</p>\n", HTML.render(PARSER.parse(Markdown.block(s))), s);
    }
    for (String s : List.of("- a", "+ b", "1. c", "2) d", "=", "---", "# e", "> f", "-3", "1.5")) {
      assertEquals("<ul>\n<li>" + s.replace(">", "&gt;") + "</li>\n</ul>\n",
          HTML.render(PARSER.parse("- " + Markdown.block(s))), s);
    }
    assertEquals("<p>a b \\u001B</p>\n", HTML.render(PARSER.parse(Markdown.block("a\nb \u001b"))));
    assertEquals("-3", Markdown.block("-3"));
    assertEquals("13.1", Markdown.block("13.1"));
    assertEquals("各镇街\\(园区\\)", Markdown.inline("各镇街(园区)"));
  }

  /** Each line of a table has as many cells as its header, counting only unescaped pipes. */
  private static void assertTablesKeepTheirColumns(String what, String markdown) {
    int header = -1;
    int tables = 0;
    for (String line : markdown.split("\n")) {
      if (!line.startsWith("|")) {
        header = -1;
        continue;
      }
      int cells = pipes(line) - 1;
      if (header < 0) {
        header = cells;
        tables++;
      }
      assertEquals(header, cells, what + ": " + line);
    }
    assertTrue(tables > 0 || what.startsWith("diff"), what + " has no table");
    List<String> wrong = new ArrayList<>();
    PARSER.parse(markdown).accept(new AbstractVisitor() {
      @Override
      public void visit(CustomBlock block) {
        if (block instanceof TableBlock) {
          List<Integer> widths = new ArrayList<>();
          rows(block, widths);
          if (widths.stream().distinct().count() != 1) {
            wrong.add(widths.toString());
          }
        }
        visitChildren(block);
      }
    });
    assertEquals(List.of(), wrong, what);
  }

  private static void rows(Node node, List<Integer> widths) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof TableRow) {
        int cells = 0;
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
          cells += c instanceof TableCell ? 1 : 0;
        }
        widths.add(cells);
      } else {
        rows(n, widths);
      }
    }
  }

  private static int pipes(String line) {
    int n = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '|') {
        n++;
      }
    }
    return n;
  }

  /** The text a reader sees, without the markup. */
  private static String text(Node doc) {
    StringBuilder sb = new StringBuilder();
    doc.accept(new AbstractVisitor() {
      @Override
      public void visit(org.commonmark.node.Text text) {
        sb.append(text.getLiteral());
      }

      @Override
      public void visit(org.commonmark.node.Code code) {
        sb.append(code.getLiteral());
      }

      @Override
      public void visit(org.commonmark.node.SoftLineBreak b) {
        sb.append('\n');
      }
    });
    return sb.toString();
  }
}
