// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.pairing;

import io.github.ipseclint.negotiation.Peer;

/**
 * Two connections on two hosts that configure the same tunnel, one at each end. {@code left} is
 * the end scanned first.
 */
public record Tunnel(Peer left, Peer right, Origin origin) {

  /** How the tunnel was found. */
  public enum Origin {
    /** The ends' addresses and IDs mirror each other. */
    AUTOMATIC,
    /** An entry of {@code peers:} in the configuration names both ends. */
    EXPLICIT
  }

  /** {@code host-a#conn <-> host-b#conn}. */
  public String label() {
    return left.label() + " <-> " + right.label();
  }
}
