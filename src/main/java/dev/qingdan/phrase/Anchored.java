package dev.qingdan.phrase;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern with characters one of which every match contains. java.util.regex tries a pattern
 * that starts with optional parts ({@code (?:2022年)?5月}) at every position of a text, so the
 * schedule parser looks only in texts that hold one of the anchors (ScheduleFormsTest checks them).
 */
final class Anchored {
  final String anchors;
  final Pattern pattern;

  Anchored(String anchors, String regex) {
    this.anchors = anchors;
    this.pattern = Pattern.compile(regex);
  }

  /** Whether {@code text} may hold a match: it has one of the anchors. */
  boolean mayMatch(CharSequence text) {
    String s = text.toString();
    for (int i = 0; i < anchors.length(); i++) {
      if (s.indexOf(anchors.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether the pattern is found in {@code text}. */
  boolean find(CharSequence text) {
    return matcher(text).find();
  }

  /**
   * A matcher over {@code text}, or over the empty text when {@code text} holds no anchor, whose
   * {@code find()} is then false at once. Searching from an index ({@code find(int)}) needs
   * {@link #mayMatch} and the pattern itself.
   */
  Matcher matcher(CharSequence text) {
    return pattern.matcher(mayMatch(text) ? text : "");
  }
}
