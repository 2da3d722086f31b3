// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.report.negotiation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats of the {@code simulate} report, by the name {@code --format} takes. */
public enum SimulationFormat {
  TEXT,
  JSON;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<SimulationFormat> fromLabel(String label) {
    return Arrays.stream(values()).filter(format -> format.label().equals(label)).findFirst();
  }

  public String render(SimulationInput input) {
    return switch (this) {
      case TEXT -> SimulationText.render(input);
      case JSON -> SimulationJson.render(input);
    };
  }
}
