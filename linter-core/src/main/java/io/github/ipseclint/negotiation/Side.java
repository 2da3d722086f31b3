// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation;

/** The two ends of a simulated tunnel as the user named them ({@code simulate LEFT RIGHT}). */
public enum Side {
  LEFT,
  RIGHT;

  public Side other() {
    return this == LEFT ? RIGHT : LEFT;
  }

  /** {@code left} or {@code right}, as in the JSON output. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
