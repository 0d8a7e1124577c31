package dev.qingdan.phrase;

import dev.qingdan.text.Cells;
import dev.qingdan.model.Definition;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an indicator definition (指标说明) and finds its numerator and denominator where the text
 * is a ratio: {@code A/B}, {@code X=A/B} or {@code A占B之比}.
 */
public final class DefinitionParser {
  private static final Pattern SHARE = Pattern.compile("(.+?)占(.+?)(?:之比|的比例|的比重|比例)");

  private DefinitionParser() {}

  public static Definition parse(String text) {
    String s = text == null ? "" : Cells.clean(text);
    s = s.replaceAll("[。．.；;]+$", "");
    int eq = Math.max(s.indexOf('='), s.indexOf('＝'));
    if (eq >= 0) {
      s = s.substring(eq + 1).strip();
    }
    String[] parts = s.split("[/／]", -1);
    if (parts.length == 2 && !parts[0].isBlank() && !parts[1].isBlank()) {
      return new Definition(text, parts[0].strip(), parts[1].strip());
    }
    Matcher m = SHARE.matcher(s);
    if (m.matches()) {
      return new Definition(text, m.group(1).strip(), m.group(2).strip());
    }
    return new Definition(text, null, null);
  }
}
