package dev.qingdan.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.qingdan.text.Msg;
import dev.qingdan.text.Printable;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SnakeYAML's syntax errors in words that can be translated. A class of its own so that its
 * patterns are compiled only when a file has a syntax error, not on every read.
 */
final class YamlSyntax {
  private YamlSyntax() {}

  /** Whether the error is a tab used for indentation. */
  static boolean isTab(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    return m != null && (m.contains("'\\t'") || m.toLowerCase(Locale.ROOT).contains("tab"));
  }

  /**
   * Whether SnakeYAML's context of an error is a token that opens what is left unclosed: a quote,
   * a '[' or '{', a key that never gets its ':'. Its mark is where the problem starts.
   */
  static boolean opens(String context) {
    return context != null && switch (context) {
      case "while scanning a quoted scalar", "while scanning a double-quoted scalar",
          "while parsing a flow sequence", "while parsing a flow mapping",
          "while scanning a simple key" -> true;
      default -> false;
    };
  }

  /** The message of a syntax error, from SnakeYAML's (as Jackson passes it on). */
  static Msg message(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    if (m == null) {
      return Msg.of("malformed YAML");
    }
    // SnakeYAML's messages carry a copy of the line and a caret; the location is shown already.
    String first = m.lines().map(String::strip).filter(s -> !s.isEmpty()).findFirst().orElse(m);
    if (isTab(e)) {
      return Msg.of("malformed YAML: a tab character is used for indentation; indent with spaces");
    }
    if (m.contains("exceeds the limit") || m.contains("code points")) {
      return Msg.of("the YAML document is larger than the limit");
    }
    Msg parts = null;
    for (String line : m.lines().map(String::strip).toList()) {
      if (line.isEmpty() || line.startsWith("in 'reader'") || line.startsWith("^")) {
        continue;
      }
      if (line.startsWith("at [Source") || line.contains("line ") && line.contains("column ")) {
        continue;
      }
      Msg part = syntaxLine(line);
      parts = parts == null ? part : Msg.of("%s; %s", parts, part);
    }
    return Msg.of("malformed YAML: %s", parts != null ? parts : syntaxLine(first));
  }

  private static final Pattern BUT_GOT =
      Pattern.compile("expected ',' or '([\\]}])', but got (.*)");
  private static final Pattern BUT_FOUND = Pattern.compile("(expected <block end>|expected the "
      + "node content|expected '<document start>'), but found '(.*)'");
  private static final Pattern CANNOT_START = Pattern.compile("found character '(.+)' that cannot "
      + "start any token\\. \\(Do not use \\1 for indentation\\)");
  private static final Pattern FOUND = Pattern.compile("(found unknown escape character|found "
      + "undefined tag handle|expected chomping or indentation indicators, but found|expected '>', "
      + "but found|expected alphabetic or numeric character, but found) (.*)");
  private static final Pattern ESCAPE = Pattern.compile("expected escape sequence of (\\d+) "
      + "hexadecimal numbers, but found: (.*)");

  /**
   * One line of a SnakeYAML message in words that can be translated: the wordings a broken
   * checklist commonly meets; any other line (a copy of the YAML, a rare wording) as it is.
   */
  private static Msg syntaxLine(String line) {
    Msg fixed = switch (line) {
      case "while parsing a block mapping" -> Msg.of("while parsing a block mapping");
      case "while parsing a block collection" -> Msg.of("while parsing a block collection");
      case "while parsing a flow sequence" -> Msg.of("while parsing a flow sequence");
      case "while parsing a flow mapping" -> Msg.of("while parsing a flow mapping");
      case "while parsing a node" -> Msg.of("while parsing a node");
      case "while scanning a simple key" -> Msg.of("while scanning a simple key");
      case "while scanning a quoted scalar" -> Msg.of("while scanning a quoted scalar");
      case "while scanning a double-quoted scalar" ->
          Msg.of("while scanning a double-quoted scalar");
      case "while scanning a block scalar" -> Msg.of("while scanning a block scalar");
      case "while scanning a tag" -> Msg.of("while scanning a tag");
      case "while scanning an anchor" -> Msg.of("while scanning an anchor");
      case "while scanning an alias" -> Msg.of("while scanning an alias");
      case "while scanning a directive" -> Msg.of("while scanning a directive");
      case "while scanning for the next token" -> Msg.of("while scanning for the next token");
      case "mapping values are not allowed here" -> Msg.of("mapping values are not allowed here");
      case "mapping keys are not allowed here" -> Msg.of("mapping keys are not allowed here");
      case "sequence entries are not allowed here" ->
          Msg.of("sequence entries are not allowed here");
      case "could not find expected ':'" -> Msg.of("could not find expected ':'");
      case "found unexpected end of stream" -> Msg.of("found unexpected end of stream");
      case "found unexpected document separator" -> Msg.of("found unexpected document separator");
      case "special characters are not allowed" -> Msg.of("special characters are not allowed");
      case "unexpected character found" -> Msg.of("unexpected character found");
      case "found duplicate YAML directive" -> Msg.of("found duplicate YAML directive");
      case "found incompatible YAML document (version 1.* is required)" ->
          Msg.of("found incompatible YAML document (version 1.* is required)");
      default -> null;
    };
    if (fixed != null) {
      return fixed;
    }
    Matcher m;
    if ((m = BUT_GOT.matcher(line)).matches()) {
      return m.group(1).equals("]") ? Msg.of("expected ',' or ']', but got %s", found(m))
          : Msg.of("expected ',' or '}', but got %s", found(m));
    }
    if ((m = BUT_FOUND.matcher(line)).matches()) {
      return switch (m.group(1)) {
        case "expected <block end>" -> Msg.of("expected <block end>, but found '%s'", m.group(2));
        case "expected the node content" ->
            Msg.of("expected the node content, but found '%s'", m.group(2));
        default -> Msg.of("expected '<document start>', but found '%s'", m.group(2));
      };
    }
    if ((m = CANNOT_START.matcher(line)).matches()) {
      return Msg.of("found character '%1$s' that cannot start any token. (Do not use %1$s for "
          + "indentation)", m.group(1));
    }
    if ((m = ESCAPE.matcher(line)).matches()) {
      return Msg.of("expected escape sequence of %s hexadecimal numbers, but found: %s",
          m.group(1), found(m));
    }
    if ((m = FOUND.matcher(line)).matches()) {
      return switch (m.group(1)) {
        case "found unknown escape character" ->
            Msg.of("found unknown escape character %s", found(m));
        case "found undefined tag handle" -> Msg.of("found undefined tag handle %s", found(m));
        case "expected '>', but found" -> Msg.of("expected '>', but found %s", found(m));
        case "expected alphabetic or numeric character, but found" ->
            Msg.of("expected alphabetic or numeric character, but found %s", found(m));
        default -> Msg.of("expected chomping or indentation indicators, but found %s", found(m));
      };
    }
    // a copy of the file's line, or a wording not listed: no more than an excerpt of the file
    return Msg.verbatim(Printable.excerpt(line));
  }

  /** What SnakeYAML found, from the file: an excerpt. */
  private static String found(Matcher m) {
    return Printable.excerpt(m.group(2));
  }
}
