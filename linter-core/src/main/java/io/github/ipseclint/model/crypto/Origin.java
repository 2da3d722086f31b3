// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.crypto;

/** Where a transform came from (algorithms.md §1.3). */
public enum Origin {
  /** Written by the user. */
  EXPLICIT,
  /** Implied by another written transform: a strongSwan PRF from an INTEG, a Libreswan INTEG from a PRF. */
  DERIVED,
  /** Filled in from the daemon's defaults. */
  DEFAULT;

  /** Derived and default transforms carry a {@code *} in the canonical text. */
  public boolean isImplied() {
    return this != EXPLICIT;
  }
}
