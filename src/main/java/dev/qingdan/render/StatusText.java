package dev.qingdan.render;

import dev.qingdan.compute.DeadlineStatus;
import dev.qingdan.compute.Light;
import dev.qingdan.compute.RatioStatus;

/**
 * Statuses and lights as people read them: the contract's word in English, its Chinese name in
 * Chinese. JSON keeps the contract's words whatever the language.
 */
public final class StatusText {
  private StatusText() {}

  public static String of(RatioStatus s, Lang lang) {
    return switch (s) {
      case MET -> lang.pick("达标", s.word());
      case MISSED -> lang.pick("未达标", s.word());
      case IN_PROGRESS -> lang.pick("推进中", s.word());
      case NO_DATA -> lang.pick("无数据", s.word());
      case NO_TARGET -> lang.pick("无目标值", s.word());
    };
  }

  public static String of(DeadlineStatus s, Lang lang) {
    return switch (s) {
      case DONE -> lang.pick("已完成", s.word());
      case ON_TRACK -> lang.pick("正常", s.word());
      case BEHIND -> lang.pick("滞后", s.word());
      case OVERDUE -> lang.pick("逾期", s.word());
      case PENDING -> lang.pick("未到期", s.word());
      case ONGOING -> lang.pick("持续推进", s.word());
      case NO_DATA -> lang.pick("无数据", s.word());
    };
  }

  public static String of(Light l, Lang lang) {
    return switch (l) {
      case GREEN -> lang.pick("绿灯", l.word());
      case YELLOW -> lang.pick("黄灯", l.word());
      case RED -> lang.pick("红灯", l.word());
    };
  }
}
