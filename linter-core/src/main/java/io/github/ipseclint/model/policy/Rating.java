// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.policy;

import io.github.ipseclint.model.finding.Severity;
import java.util.Optional;

/** A profile's verdict on a transform or condition (algorithms.md §4.0), from best to worst. */
public enum Rating {
  OK,
  INFO,
  WARNING,
  ERROR;

  /** The finding severity; none for OK. */
  public Optional<Severity> severity() {
    switch (this) {
      case ERROR:
        return Optional.of(Severity.ERROR);
      case WARNING:
        return Optional.of(Severity.WARNING);
      case INFO:
        return Optional.of(Severity.NOTE);
      default:
        return Optional.empty();
    }
  }

  public Rating worst(Rating other) {
    return compareTo(other) >= 0 ? this : other;
  }

  public boolean isFinding() {
    return this != OK;
  }
}
