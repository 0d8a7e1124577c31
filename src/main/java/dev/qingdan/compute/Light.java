package dev.qingdan.compute;

/** The traffic light (三色预警) of a row with a plan. */
public enum Light {
  GREEN("green"),
  YELLOW("yellow"),
  RED("red");

  private final String word;

  Light(String word) {
    this.word = word;
  }

  /** The word used in every output format. */
  public String word() {
    return word;
  }
}
