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
  NEVER
}
