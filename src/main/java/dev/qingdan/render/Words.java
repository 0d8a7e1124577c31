package dev.qingdan.render;

import dev.qingdan.compute.DeadlineStatus;
import dev.qingdan.compute.Light;
import dev.qingdan.compute.RatioStatus;
import dev.qingdan.text.Lang;
import dev.qingdan.text.Msg;

/**
 * Status and light words as people read them. In English they are the contract's words; in
 * Chinese the words district supervision offices use. JSON always uses the contract's words.
 */
public final class Words {
  private Words() {}

  public static String status(RatioStatus s, Lang lang) {
    return lang.text(word(s));
  }

  public static String status(DeadlineStatus s, Lang lang) {
    return lang.text(word(s));
  }

  public static String light(Light l, Lang lang) {
    return lang.text(word(l));
  }

  static Msg word(RatioStatus s) {
    return switch (s) {
      case MET -> Msg.of("met");
      case MISSED -> Msg.of("missed");
      case IN_PROGRESS -> Msg.of("in-progress");
      case NO_DATA -> Msg.of("no-data");
      case NO_TARGET -> Msg.of("no-target");
    };
  }

  static Msg word(DeadlineStatus s) {
    return switch (s) {
      case DONE -> Msg.of("done");
      case ON_TRACK -> Msg.of("on-track");
      case BEHIND -> Msg.of("behind");
      case OVERDUE -> Msg.of("overdue");
      case PENDING -> Msg.of("pending");
      case ONGOING -> Msg.of("ongoing");
      case NO_DATA -> Msg.of("no-data");
    };
  }

  static Msg word(Light l) {
    return switch (l) {
      case GREEN -> Msg.of("green");
      case YELLOW -> Msg.of("yellow");
      case RED -> Msg.of("red");
    };
  }

  /** {@code 3 rows} or {@code 3 行}: {@code one} for 1, {@code many} otherwise. */
  public static String count(Lang lang, long n, Msg one, Msg many) {
    return lang.text(n == 1 ? one : many);
  }
}
