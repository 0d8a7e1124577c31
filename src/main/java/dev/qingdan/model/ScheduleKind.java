package dev.qingdan.model;

/** The shape of a schedule (进度安排). */
public enum ScheduleKind {
  /** No due date: 持续, 即时, 依申请/申报享受. */
  ONGOING("ongoing"),
  /** Carried out within a span of months: {@code 5-12 月}, {@code 全年}. */
  WINDOW("window"),
  /** Starts in a month and runs on: {@code 5 月起}. */
  START("start"),
  /** Done every month without a monthly target: {@code 每月…}. */
  RECURRING("recurring"),
  /** Things to deliver by due dates: {@code 9月底前出台…}, {@code 上半年完成…}. */
  DELIVERABLE("deliverable"),
  /** A cumulative count plan: {@code 5月：上线2个；6月-11月：各上线1个}. */
  CUMULATIVE("cumulative"),
  /** The target must hold in every month of the window: {@code 1月-12月，保持每月…}. */
  EACH_MONTH("each-month");

  private final String yaml;

  ScheduleKind(String yaml) {
    this.yaml = yaml;
  }

  /** The word used in YAML and JSON. */
  public String yaml() {
    return yaml;
  }

  public static ScheduleKind fromYaml(String s) {
    for (ScheduleKind k : values()) {
      if (k.yaml.equals(s)) {
        return k;
      }
    }
    return null;
  }
}
