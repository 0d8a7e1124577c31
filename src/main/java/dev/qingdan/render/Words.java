package dev.qingdan.render;

import dev.qingdan.compute.DeadlineStatus;
import dev.qingdan.compute.Light;
import dev.qingdan.compute.RatioStatus;

/**
 * Status and light words as people read them. In English they are the contract's words; in
 * Chinese the words district supervision offices use. JSON always uses the contract's words.
 */
public final class Words {
  private Words() {}

  public static String status(RatioStatus s, Lang lang) {
    if (lang == Lang.en) {
      return s.word();
    }
    return switch (s) {
      case MET -> "达标";
      case MISSED -> "未达标";
      case IN_PROGRESS -> "推进中";
      case NO_DATA -> "无数据";
      case NO_TARGET -> "无目标值";
    };
  }

  public static String status(DeadlineStatus s, Lang lang) {
    if (lang == Lang.en) {
      return s.word();
    }
    return switch (s) {
      case DONE -> "已完成";
      case ON_TRACK -> "序时推进";
      case BEHIND -> "滞后";
      case OVERDUE -> "逾期";
      case PENDING -> "未到期";
      case ONGOING -> "持续推进";
      case NO_DATA -> "无数据";
    };
  }

  public static String light(Light l, Lang lang) {
    if (lang == Lang.en) {
      return l.word();
    }
    return switch (l) {
      case GREEN -> "绿灯";
      case YELLOW -> "黄灯";
      case RED -> "红灯";
    };
  }

  /** {@code 3 rows} or {@code 3 行}. */
  public static String count(long n, String en, Lang lang, String zh) {
    return lang == Lang.zh ? n + " " + zh : n + " " + en + (n == 1 ? "" : "s");
  }
}
