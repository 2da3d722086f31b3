// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

/** How one end authenticates in one round (negotiation.md §10). */
public enum AuthMethod {
  PSK,
  /** Certificates or raw public keys (RSA, ECDSA, EdDSA signatures). */
  PUBKEY,
  /** EAP; the round names the type. */
  EAP,
  /** IKEv1 XAuth, a second round after PSK or pubkey. */
  XAUTH,
  /** RFC 7619 NULL authentication. */
  NULL,
  /** Libreswan {@code authby=never}: the connection never negotiates (a shunt). */
  NEVER,
  /**
   * strongSwan {@code rightauth=any}: a remote round that accepts whatever method the peer uses.
   * Never a local method: charon authenticates itself with a public key for an "any" round.
   */
  ANY;

  /** True when a round expecting this method accepts a peer that authenticated with {@code used}. */
  public boolean accepts(AuthMethod used) {
    return this == ANY || this == used;
  }
}
