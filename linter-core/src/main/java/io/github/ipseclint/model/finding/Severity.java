// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.finding;

import java.util.Locale;

/** How bad a finding is, ordered from most to least severe. */
public enum Severity {
  ERROR,
  WARNING,
  NOTE;

  /** The lower-case word used in text output and SARIF levels. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isAtLeast(Severity threshold) {
    return compareTo(threshold) <= 0;
  }
}
