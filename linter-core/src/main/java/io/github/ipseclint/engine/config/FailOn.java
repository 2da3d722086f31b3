// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine.config;

import io.github.ipseclint.model.finding.Severity;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The lowest severity that makes a run fail (exit code 1), or {@link #NEVER}. */
public enum FailOn {
  ERROR(Severity.ERROR),
  WARNING(Severity.WARNING),
  NOTE(Severity.NOTE),
  NEVER(null);

  private final Severity threshold;

  FailOn(Severity threshold) {
    this.threshold = threshold;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when a finding of this severity fails the run. */
  public boolean fails(Severity severity) {
    return threshold != null && severity.isAtLeast(threshold);
  }

  public static Optional<FailOn> fromLabel(String label) {
    return Arrays.stream(values()).filter(value -> value.label().equals(label)).findFirst();
  }
}
