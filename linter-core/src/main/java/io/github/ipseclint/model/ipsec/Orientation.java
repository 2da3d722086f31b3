// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

/**
 * Which ipsec.conf end is local, and why. ipseclint cannot see the host's interfaces; it takes
 * the addresses the user says are the host's and otherwise assumes {@code left} is local.
 */
public record Orientation(End local, Basis basis) {

  /** The ipsec.conf end that is local; {@code LOCAL} for swanctl, which has no left/right. */
  public enum End {
    LEFT,
    RIGHT,
    LOCAL
  }

  /** Why that end was chosen. */
  public enum Basis {
    /** swanctl says {@code local}/{@code remote} itself. */
    EXPLICIT,
    /** An address of {@code right} is one of this host's addresses (charon swaps the ends). */
    RIGHT_IS_HOST_ADDRESS,
    /** An address of {@code left} is one of this host's addresses. */
    LEFT_IS_HOST_ADDRESS,
    /**
     * No host address matched: charon's documented fallback "assuming left=local". For Libreswan
     * this is ipseclint's assumption only; pluto leaves such a connection unoriented.
     */
    ASSUMED_LEFT
  }

  public boolean isAssumption() {
    return basis == Basis.ASSUMED_LEFT;
  }
}
