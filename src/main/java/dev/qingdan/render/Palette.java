package dev.qingdan.render;

import dev.qingdan.compute.Light;
import dev.qingdan.compute.RatioStatus;
import org.jline.jansi.Ansi;

/** Colours for the text renderers; the plain palette leaves text as it is. */
public final class Palette {
  public static final Palette PLAIN = new Palette(false);
  public static final Palette ANSI = new Palette(true);

  private final boolean on;

  private Palette(boolean on) {
    this.on = on;
  }

  public static Palette of(boolean color) {
    return color ? ANSI : PLAIN;
  }

  public boolean enabled() {
    return on;
  }

  public String red(String s) {
    return on ? new Ansi().fgRed().a(s).reset().toString() : s;
  }

  public String green(String s) {
    return on ? new Ansi().fgGreen().a(s).reset().toString() : s;
  }

  public String yellow(String s) {
    return on ? new Ansi().fgYellow().a(s).reset().toString() : s;
  }

  public String bold(String s) {
    return on ? new Ansi().bold().a(s).reset().toString() : s;
  }

  public String dim(String s) {
    return on ? new Ansi().a(Ansi.Attribute.INTENSITY_FAINT).a(s).reset().toString() : s;
  }

  /** {@code s} in the colour of a ratio status: met green, missed red, in progress yellow. */
  public String of(RatioStatus status, String s) {
    return switch (status) {
      case MET -> green(s);
      case MISSED -> red(s);
      case IN_PROGRESS -> yellow(s);
      case NO_DATA -> dim(s);
      case NO_TARGET -> s;
    };
  }

  /** {@code s} in the colour of a light; as it is without one. */
  public String of(Light light, String s) {
    if (light == null) {
      return s;
    }
    return switch (light) {
      case GREEN -> green(s);
      case YELLOW -> yellow(s);
      case RED -> red(s);
    };
  }
}
