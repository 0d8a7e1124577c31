package dev.qingdan.text;

import java.util.Arrays;
import java.util.Locale;

/**
 * A sentence for a person, kept as its English template and arguments until it is printed, so
 * that it can be printed in the reader's language.
 *
 * <p>The template is a {@link String#format} pattern using only {@code %s}, {@code %d} and their
 * numbered forms ({@code %1$s}); a literal percent sign is {@code %%}. The English template is
 * also the key of its translations (as in gettext): {@code Messages} looks it up in the
 * catalogs under {@code dev/qingdan/i18n/}, and a test checks that every template written as a
 * string literal in {@code Msg.of} in the sources has its translations. An argument that is itself
 * a {@code Msg} (a word such as "mapping") is printed in the same language as the sentence around
 * it.
 *
 * <p>A template quotes text from an input file in single quotes ({@code unknown unit '%s'}); such
 * an argument is printed as an excerpt of at most {@link Printable#EXCERPT} characters, so that no
 * message prints a long cell or line whole.
 */
public final class Msg {
  private final String context;
  private final String template;
  private final Object[] args;

  private Msg(String context, String template, Object[] args) {
    this.context = context;
    this.template = template;
    this.args = args;
  }

  /** The sentence {@code template} with {@code args}; the template must be a string literal. */
  public static Msg of(String template, Object... args) {
    return new Msg(null, template, args.clone());
  }

  /**
   * The sentence {@code template} as it is said in {@code context}, translated apart from the same
   * template elsewhere; both must be string literals.
   */
  public static Msg in(String context, String template, Object... args) {
    return new Msg(context, template, args.clone());
  }

  /**
   * Text that is not translated: a message from the operating system or a library, printed as it
   * came.
   */
  public static Msg verbatim(String text) {
    return new Msg(null, "%s", new Object[] {text == null ? "" : text});
  }

  public String template() {
    return template;
  }

  /** The key of its translation: the template, after its context and a {@code |} if it has one. */
  public String key() {
    return context == null ? template : context + "|" + template;
  }

  /** The arguments (a copy), as printed: those the template quotes ('%s') cut to an excerpt. */
  public Object[] args() {
    Object[] a = args.clone();
    int next = 0;
    for (int i = template.indexOf('%'); i >= 0 && i < template.length() - 1;
        i = template.indexOf('%', i + 1)) {
      int j = i + 1;
      while (j < template.length() && Character.isDigit(template.charAt(j))) {
        j++;
      }
      boolean numbered = j > i + 1 && j < template.length() && template.charAt(j) == '$';
      int at = numbered ? j + 1 : i + 1;
      if (at >= template.length() || template.charAt(at) == '%') {
        i = at;
        continue;
      }
      int index = numbered ? Integer.parseInt(template.substring(i + 1, j)) - 1 : next++;
      boolean quoted = i > 0 && template.charAt(i - 1) == '\''
          && at + 1 < template.length() && template.charAt(at + 1) == '\'';
      if (quoted && index >= 0 && index < a.length && a[index] instanceof String s) {
        a[index] = Printable.excerpt(s);
      }
      i = at;
    }
    return a;
  }

  /** The sentence in English. */
  public String en() {
    Object[] a = args();
    for (int i = 0; i < a.length; i++) {
      a[i] = a[i] instanceof Msg m ? m.en() : a[i];
    }
    return format(template, a);
  }

  /** {@code template} filled with {@code args}, as {@code String.format} does in no locale. */
  public static String format(String template, Object[] args) {
    return String.format(Locale.ROOT, template, args);
  }

  @Override
  public String toString() {
    return en();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Msg m && key().equals(m.key()) && Arrays.equals(args, m.args);
  }

  @Override
  public int hashCode() {
    return 31 * key().hashCode() + Arrays.hashCode(args);
  }
}
