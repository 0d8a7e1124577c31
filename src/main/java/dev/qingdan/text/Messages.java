package dev.qingdan.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints a {@link Msg} in a language. English is the template itself; Chinese comes from the
 * catalogs {@code dev/qingdan/i18n/zh-*.tsv}, read on the first Chinese message (an English run
 * never reads them).
 *
 * <p>A catalog line is {@code English template<TAB>Chinese template}; blank lines and lines
 * starting with {@code #} are skipped. The Chinese template takes the same arguments and may put
 * them in another order with numbered specifiers ({@code %2$s ... %1$s}).
 */
public final class Messages {
  /** The catalogs, one per part of the program. */
  static final List<String> CATALOGS =
      List.of("cli", "checklist", "progress", "input", "render");

  private static volatile Map<String, String> zh;

  private Messages() {}

  /** {@code m} in {@code lang}, safe to print on one line; English where no translation exists. */
  public static String text(Msg m, Lang lang) {
    return Printable.escape(raw(m, lang));
  }

  /** {@code m} in {@code lang} as it is, for text that may hold line breaks or a table's cells. */
  public static String raw(Msg m, Lang lang) {
    if (lang == Lang.en) {
      return m.en();
    }
    String template = zh().getOrDefault(m.key(), m.template());
    Object[] args = m.args();
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof Msg inner) {
        args[i] = raw(inner, lang);
      }
    }
    return Msg.format(template, args);
  }

  /** The Chinese catalog: English template to Chinese template. */
  static Map<String, String> zh() {
    Map<String, String> m = zh;
    if (m == null) {
      Map<String, String> all = new LinkedHashMap<>();
      for (String name : CATALOGS) {
        all.putAll(read("zh-" + name + ".tsv"));
      }
      zh = m = Map.copyOf(all);
    }
    return m;
  }

  /** One catalog file, in order. */
  static Map<String, String> read(String name) {
    Map<String, String> entries = new HashMap<>();
    try (InputStream in = Messages.class.getResourceAsStream("/dev/qingdan/i18n/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the message catalog " + name + " is missing from the jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab < 0 || line.indexOf('\t', tab + 1) >= 0) {
          throw new IllegalStateException(name + ":" + n + ": need English<TAB>Chinese");
        }
        if (entries.put(line.substring(0, tab), line.substring(tab + 1)) != null) {
          throw new IllegalStateException(name + ":" + n + ": the English template is there twice");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }
}
