package dev.qingdan.cli;

import dev.qingdan.compute.Thresholds;
import dev.qingdan.text.Msg;
import java.math.BigDecimal;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The traffic-light thresholds, shared by {@code deadlines} and {@code report}. */
public class LightOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--yellow",
      paramLabel = "N",
      defaultValue = "10",
      description = "Yellow from this many points behind plan (default: ${DEFAULT-VALUE}).")
  BigDecimal yellow;

  @Option(
      names = "--red",
      paramLabel = "N",
      defaultValue = "30",
      description = "Red above this many points behind plan (default: ${DEFAULT-VALUE}).")
  BigDecimal red;

  @Option(
      names = "--due-soon",
      paramLabel = "N",
      defaultValue = "7",
      description = "Yellow when a milestone not yet reached falls due within N days "
          + "(default: ${DEFAULT-VALUE}).")
  int dueSoon;

  /** The thresholds given, or a usage error (exit 2) naming all three when they do not fit. */
  Thresholds thresholds() {
    try {
      return new Thresholds(yellow, red, dueSoon);
    } catch (IllegalArgumentException e) {
      throw Usage.error(mixee.commandLine(), Msg.of("thresholds: need 0 <= --yellow <= --red and "
          + "--due-soon >= 0 (got --yellow %s, --red %s, --due-soon %d)", yellow.toPlainString(),
          red.toPlainString(), dueSoon));
    }
  }
}
