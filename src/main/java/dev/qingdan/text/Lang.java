package dev.qingdan.text;

import java.util.Locale;
import java.util.Map;

/**
 * The language of what people read: messages, table headers and statuses. JSON keys and status
 * words in JSON stay as the contract says, whatever the language.
 */
public enum Lang {
  zh,
  en;

  /** {@code m} in this language, line breaks kept: {@code lang.text(Msg.of("id"))}. */
  public String text(Msg m) {
    // English is the template itself: an English run need not load the catalogs' reader.
    return this == en ? m.en() : Messages.raw(m, this);
  }

  /** The locale of this language, for what the JDK names (months). */
  public Locale locale() {
    return this == zh ? Locale.CHINESE : Locale.ENGLISH;
  }

  /**
   * The language of the locale in the environment, as POSIX orders it: LC_ALL, then LC_MESSAGES,
   * then LANG; Chinese for a {@code zh} locale, English otherwise (C and POSIX included).
   */
  public static Lang fromEnvironment(Map<String, String> env) {
    for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
      String value = env.get(name);
      if (value != null && !value.isEmpty()) {
        return value.toLowerCase(Locale.ROOT).startsWith("zh") ? zh : en;
      }
    }
    return en;
  }
}
